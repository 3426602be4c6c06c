// Runs the operations clients send again and again as compiled JavaScript (graphql-jit) instead of walking the
// document for every field of every answer.
//
// A view of a force asks for thousands of fields; graphql-js resolves each by looking up its definition, building
// its `info` and checking its type at run time. graphql-jit does that once per document and generates one function
// that does only the work left, which cuts the server's own time on a large answer by about two thirds.
import { type DocumentNode, type ExecutionArgs, getOperationAST, getVariableValues, GraphQLError, type Source } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

export interface CompiledExecutionOptions {
  /**
   * Compile a document when it arrives for the this-many-th time (Yoga hands back the same parsed document for the
   * same text). Compiling costs more than running a document once; a document sent once, or by someone probing the API
   * with ever-new ones, is run as it is, as Mercurius does with its `jit` threshold.
   */
  compileOnUse: number;
  /** graphql-jit's compiler; a test may give one that fails. */
  compile?: typeof compileQuery;
}

export function useCompiledExecution({ compileOnUse, compile = compileQuery }: CompiledExecutionOptions): Plugin {
  const uses = new WeakMap<DocumentNode, number>();
  // A document graphql-jit could not compile (null) runs as it is from then on, rather than answering its errors.
  const compiled = new WeakMap<DocumentNode, CompiledQuery | null>();
  const compiledFor = (args: ExecutionArgs): CompiledQuery | null => {
    const known = compiled.get(args.document);
    if (known !== undefined) return known;
    const seen = (uses.get(args.document) ?? 0) + 1;
    uses.set(args.document, seen);
    if (seen < compileOnUse) return null;
    const result = compile(args.schema, args.document, args.operationName ?? undefined);
    if (isCompiledQuery(result)) {
      compiled.set(args.document, result);
      return result;
    }
    console.error('a document could not be compiled and runs as it is:', result.errors?.map((error) => error.message).join('; '));
    compiled.set(args.document, null);
    return null;
  };
  return {
    onExecute({ args, setExecuteFn }) {
      // Writes are few and each runs once: compiling one gains nothing.
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return undefined;
      const query = compiledFor(args);
      if (query === null || !hasValidVariables(args)) return undefined;
      setExecuteFn(async ({ rootValue, contextValue, variableValues }) => ({
        // Yoga writes the answer with the query's own serializer when there is one.
        ...(await query.query(rootValue, contextValue, variableValues)),
        stringify: query.stringify,
      }));
      return {
        onExecuteDone: ({ result, setResult }) => {
          if (!('errors' in result) || !result.errors?.some(isUnlocated)) return;
          const source = args.document.loc?.source;
          if (source === undefined) return;
          setResult({ ...result, errors: result.errors.map((error) => (isUnlocated(error) ? located(error, source) : error)) });
        },
      };
    },
  };
}

/**
 * Bad variables are left to Yoga's own executor: it answers them with HTTP 400, where a compiled query would report
 * them as a plain error in a 200.
 */
function hasValidVariables(args: ExecutionArgs): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  if (operation == null) return false;
  const { errors } = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}, { maxErrors: 1 });
  return errors === undefined;
}

/**
 * graphql-jit's errors carry `locations` but not the document positions Yoga rebuilds every error from, so they would
 * reach the client without them.
 */
export function isUnlocated(error: GraphQLError): boolean {
  return error.nodes === undefined && error.positions === undefined && (error.locations?.length ?? 0) > 0;
}

export function located(error: GraphQLError, source: Source): GraphQLError {
  return new GraphQLError(error.message, {
    source,
    positions: error.locations!.map(({ line, column }) => offsetOf(source, line, column)),
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
}

const lineStartsOf = new WeakMap<Source, number[]>();

/** The character offset of a 1-based line and column, with GraphQL's line ends: \n, \r\n or a lone \r. */
export function offsetOf(source: Source, line: number, column: number): number {
  let starts = lineStartsOf.get(source);
  if (starts === undefined) {
    starts = [0];
    const { body } = source;
    for (let i = 0; i < body.length; i += 1) {
      if (body[i] === '\n' || (body[i] === '\r' && body[i + 1] !== '\n')) starts.push(i + 1);
    }
    lineStartsOf.set(source, starts);
  }
  const start = starts[line - source.locationOffset.line] ?? 0;
  const firstColumn = line === source.locationOffset.line ? source.locationOffset.column : 1;
  return start + column - firstColumn;
}
