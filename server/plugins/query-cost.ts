// Prices an operation before it runs, from the objects it may return, refuses one that costs too much naming the
// argument to lower, and reports what each answer cost in `extensions.cost`.
//
// Priced at execution rather than validation, page sizes sent as variables count as much as literal ones; the
// operation has passed validation, so its fragments exist and do not cycle.
import {
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type GraphQLField,
  GraphQLList,
  type GraphQLNamedType,
  type GraphQLSchema,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  type SelectionSetNode,
  valueFromAST,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The ranges of the arguments that size an answer, checked before the cost so that a refusal names the argument
 * rather than a total. Keyed by field coordinate.
 */
export const pageArgumentRanges: Record<string, Record<string, readonly [number, number]>> = {
  'Query.entities': { first: [1, 500] },
  'Query.search': { first: [1, 100] },
  'Query.neighbourhood': { depth: [1, 3], limit: [1, 1000] },
  'Query.partnerInvolvement': { maxHops: [1, 4] },
  'Query.sources': { first: [1, 500] },
  'Query.findings': { first: [1, 500] },
  'Query.assessments': { first: [1, 500] },
};

export const costLimits = {
  /**
   * The most an operation may cost. The largest view the explorer copies as a query (30 neighbourhoods of 1000)
   * (each relationship with its finding's id) costs 210,101; a page of 500 entities with their relationships, ends and
   * evidence 25,501.
   */
  maxCost: 250_000,
  /** How many objects a list without a page argument is counted as returning. */
  defaultListSize: 10,
} as const;

/** Arguments that say how many objects a list returns. */
const pageSizeArguments = ['first', 'last', 'limit'];

interface Pricing {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function argumentValues(pricing: Pricing, field: GraphQLField<unknown, unknown>, node: FieldNode): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const definition of field.args) {
    const given = node.arguments?.find((argument) => argument.name.value === definition.name);
    const value = given ? valueFromAST(given.value, definition.type, pricing.variables) : definition.defaultValue;
    if (value !== undefined) values.set(definition.name, value);
  }
  return values;
}

function checkRanges(coordinate: string, values: Map<string, unknown>): void {
  for (const [name, [min, max]] of Object.entries(pageArgumentRanges[coordinate] ?? {})) {
    const value = values.get(name);
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new GraphQLError(`Argument ${name} must be from ${min} to ${max}, got ${String(value)}.`, {
        extensions: { code: 'BAD_USER_INPUT', argument: name, http: { status: 400 } },
      });
    }
  }
}

/**
 * The cost of a selection: each object a field may return costs 1, scalars nothing. A list returns as many objects as
 * its page argument, else as many as the page argument of the field above it (a connection's or subgraph's lists),
 * else `defaultListSize`.
 */
function priceSelection(pricing: Pricing, type: GraphQLNamedType, selectionSet: SelectionSetNode, inheritedPage: number | null): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const narrowed = selection.typeCondition ? pricing.schema.getType(selection.typeCondition.name.value) : type;
      if (narrowed) cost += priceSelection(pricing, narrowed, selection.selectionSet, inheritedPage);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = pricing.fragments.get(selection.name.value);
      const narrowed = fragment && pricing.schema.getType(fragment.typeCondition.name.value);
      if (fragment && narrowed) cost += priceSelection(pricing, narrowed, fragment.selectionSet, inheritedPage);
    } else {
      cost += priceField(pricing, type, selection, inheritedPage);
    }
  }
  return cost;
}

function priceField(pricing: Pricing, parent: GraphQLNamedType, node: FieldNode, inheritedPage: number | null): number {
  // Introspection is for tools and is small; __typename is free.
  if (node.name.value.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) return 0;
  const field = parent.getFields()[node.name.value];
  if (field === undefined || node.selectionSet === undefined) return 0;
  const coordinate = `${parent.name}.${field.name}`;
  const values = argumentValues(pricing, field, node);
  checkRanges(coordinate, values);
  const page = pageSizeArguments.map((name) => values.get(name)).find((value): value is number => typeof value === 'number') ?? null;
  const isList = getNullableType(field.type) instanceof GraphQLList;
  const count = isList ? (page ?? inheritedPage ?? costLimits.defaultListSize) : 1;
  const returned = getNamedType(field.type);
  if (!isCompositeType(returned)) return 0;
  // A page argument on a field that returns one object sizes the lists directly inside it.
  const pageBelow = isList ? null : page;
  return count * (1 + priceSelection(pricing, returned, node.selectionSet, pageBelow));
}

/** The cost of the operation the arguments name; throws the range error of the first argument out of range. */
export function operationCost(args: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName' | 'variableValues'>): number {
  const operation = getOperationAST(args.document, args.operationName);
  const root = operation && args.schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const fragments = new Map(
    (args.document as DocumentNode).definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  // Coerced, so a variable's default counts; bad variables were refused before this runs.
  const { coerced } = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
  const pricing = { schema: args.schema, fragments, variables: coerced ?? {} };
  return priceSelection(pricing, root, operation.selectionSet, null);
}

function tooCostly(cost: number): GraphQLError {
  return new GraphQLError(
    `The query costs ${cost}, over the limit of ${costLimits.maxCost}: ask for smaller pages (first, limit) or fewer nested lists.`,
    { extensions: { code: 'QUERY_TOO_COMPLEX', cost: { requested: cost, limit: costLimits.maxCost }, http: { status: 400 } } },
  );
}

export function useQueryCost(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost: number;
      try {
        cost = operationCost(args);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        setResultAndStopExecution({ errors: [error] });
        return;
      }
      if (cost > costLimits.maxCost) {
        setResultAndStopExecution({ errors: [tooCostly(cost)] });
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!('data' in result)) return;
          setResult({ ...result, extensions: { ...result.extensions, cost: { requested: cost, limit: costLimits.maxCost } } });
        },
      };
    },
  };
}
