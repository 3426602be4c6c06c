// Gives every refusal a code and the same HTTP status whichever way it came (GET or POST, JSON or parse, validation,
// variables), and keeps parser and runtime details out of the messages.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { type ExecutionResult, getOperationAST, getVariableValues, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The header a GET request or a form post must carry: a browser cannot add it to a cross-site request unasked. */
export const csrfHeader = 'x-graphql-csrf';

const csrfRefusal = () =>
  new GraphQLError(
    `GET requests and form or text/plain posts must carry the header ${csrfHeader} (any value); or POST JSON with content-type application/json.`,
    { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
  );

export function useRequestErrors(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: [csrfHeader] });
  return {
    onRequestParse(payload) {
      try {
        // Stryker disable next-line OptionalChaining: equivalent, see docs/mutation-survivors.md
        csrf.onRequestParse?.(payload);
      } catch {
        throw csrfRefusal();
      }
    },
    // graphql-js reports bad variables without a code; checked here, they are answered like a bad argument.
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent, see docs/mutation-survivors.md
      if (!operation?.variableDefinitions?.length) return;
      const { errors } = getVariableValues(args.schema, operation.variableDefinitions, args.variableValues ?? {}, { maxErrors: 10 });
      if (errors === undefined) return;
      setResultAndStopExecution({
        errors: errors.map(
          (error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } }),
        ),
      });
    },
    onResultProcess({ result }) {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, see docs/mutation-survivors.md
      if (Array.isArray(result) || !('errors' in result)) return;
      const { errors, data } = result as ExecutionResult;
      // An answer without data is a refusal of the whole request: nothing ran.
      const refused = data === undefined;
      for (const error of errors ?? []) {
        const extensions = error.extensions as Record<string, unknown> & { http?: { spec?: boolean } };
        // Yoga answers parse and validation errors with 200 when the client accepts application/json, as the
        // GraphQL-over-HTTP spec allows; one status for one cause, whatever the Accept header, is easier to rely on.
        if (extensions.http?.spec) extensions.http.spec = false;
        // Yoga copies the JSON parser's own message here, which says nothing the client needs.
        delete extensions.originalError;
        extensions.code ??= refused ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
      }
    },
  };
}
