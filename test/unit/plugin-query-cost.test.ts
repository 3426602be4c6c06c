// The price of an operation, worked out by hand on a small schema shaped like the API's (connections, subgraphs,
// fragments, variables), the page arguments' ranges, and the plugin that refuses or reports the price on a Yoga.
import { buildSchema, type ExecutionArgs, GraphQLError, parse } from 'graphql';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it, vi } from 'vitest';
import { costLimits, operationCost, useQueryCost } from '../../server/plugins/query-cost.ts';

const typeDefs = /* GraphQL */ `
  scalar Count
  type Query {
    entities(first: Int = 20): EntityConnection!
    search(first: Int): [Entity!]!
    neighbourhood(id: ID!, depth: Int = 1, limit: Int = 100): Subgraph
    partnerInvolvement(maxHops: Int = 2): [Path!]!
    findings(first: Count): [Finding!]!
    assessments(first: Int): [Finding!]!
    entity(id: ID!): Entity
    node: Node
    results: [Result!]!
    count: Int
  }
  type Mutation { touch(first: Int): [Entity!]! }
  interface Node { id: ID!, links(limit: Int): [Link!]! }
  type EntityConnection { totalCount: Int!, nodes: [Entity!]! }
  type Entity implements Node { id: ID!, name: String, tags: [String!]!, neighbours(last: Int): [Entity!]!, links(limit: Int): [Link!]! }
  type Subgraph { nodes: [Entity!]!, edges: [Edge!]! }
  type Edge { id: ID!, source: Entity! }
  type Path { hops: [Edge!]! }
  type Finding implements Node { id: ID!, links(limit: Int): [Link!]! }
  type Link { id: ID! }
  union Result = Entity | Finding
`;

const schema = buildSchema(typeDefs);
const costOf = (query: string, variableValues?: Record<string, unknown>, operationName?: string) =>
  operationCost({ schema, document: parse(query), variableValues, operationName });

/** The range error operationCost throws for a document, as a client would read it. */
function rangeErrorOf(query: string, variableValues?: Record<string, unknown>) {
  try {
    costOf(query, variableValues);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return { message: (error as GraphQLError).message, extensions: (error as GraphQLError).extensions };
  }
  return null;
}

const outOfRange = (argument: string, message: string) => ({ message, extensions: { code: 'BAD_USER_INPUT', argument, http: { status: 400 } } });

describe('operationCost', () => {
  it('counts each object a field returns as 1 and scalars as nothing', () => {
    expect(costOf('{ count }')).toBe(0);
    expect(costOf('{ entity(id: "fenmarsh") { id name } }')).toBe(1);
    expect(costOf('{ entity(id: "fenmarsh") { id } node { id } count }')).toBe(2);
  });

  it('counts a list by its page argument (first, last or limit), else as ten', () => {
    expect(costOf('{ search { id } }')).toBe(costLimits.defaultListSize);
    expect(costOf('{ search(first: 5) { id tags } }')).toBe(5);
    expect(costOf('{ entity(id: "fenmarsh") { neighbours(last: 3) { id } } }')).toBe(1 + 3);
    expect(costOf('{ assessments(first: 4) { links(limit: 2) { id } } }')).toBe(4 * (1 + 2));
    expect(costOf('{ search(first: 2) { neighbours { id } } }')).toBe(2 * (1 + 10));
    // An explicit null is no page at all.
    expect(costOf('{ search(first: null) { id } }')).toBe(10);
  });

  it('sizes the lists inside a connection or subgraph by the page argument of the field that holds them', () => {
    expect(costOf('{ entities(first: 40) { totalCount nodes { id } } }')).toBe(1 + 40);
    // The argument's default counts when none is given.
    expect(costOf('{ entities { nodes { id } } }')).toBe(1 + 20);
    expect(costOf('{ neighbourhood(id: "fenmarsh", limit: 30) { nodes { id } edges { source { id } } } }')).toBe(1 + 30 + 30 * (1 + 1));
    // Only the lists directly inside: a list below those has no page of its own.
    expect(costOf('{ entities(first: 3) { nodes { neighbours { id } } } }')).toBe(1 + 3 * (1 + 10));
  });

  it('counts a page size sent as a variable, or the variable’s default, as a literal one', () => {
    expect(costOf('query ($n: Int) { search(first: $n) { id } }', { n: 7 })).toBe(7);
    expect(costOf('query ($n: Int = 4) { search(first: $n) { id } }')).toBe(4);
    expect(costOf('query ($n: Int) { search(first: $n) { id } }')).toBe(10);
    expect(costOf('query ($n: Int) { entities(first: $n) { nodes { id } } }', { n: 6 })).toBe(1 + 6);
  });

  it('prices fragments where they are spread, narrowed to their type, with the page of the field around them', () => {
    expect(costOf('{ search(first: 2) { ...Near } } fragment Near on Entity { neighbours(last: 3) { id } }')).toBe(2 * (1 + 3));
    expect(costOf('{ entities(first: 6) { ...Page } } fragment Page on EntityConnection { nodes { id } }')).toBe(1 + 6);
    expect(costOf('{ entities(first: 6) { ... on EntityConnection { nodes { id } } } }')).toBe(1 + 6);
    expect(costOf('{ entities(first: 6) { ... @include(if: true) { nodes { id } } } }')).toBe(1 + 6);
    expect(costOf('{ node { id ... on Entity { neighbours(last: 2) { id } } } }')).toBe(1 + 2);
    expect(costOf('{ node { links(limit: 4) { id } } }')).toBe(1 + 4);
    expect(costOf('{ results { __typename ... on Finding { links(limit: 2) { id } } } }')).toBe(10 * (1 + 2));
  });

  it('does not count introspection', () => {
    expect(costOf('{ __typename __schema { types { name fields { name type { name } } } } }')).toBe(0);
    expect(costOf('{ __type(name: "Entity") { fields { name } } search(first: 3) { __typename id } }')).toBe(3);
  });

  it('prices the operation named, a mutation as a query, and nothing for a missing one', () => {
    const two = 'query Few { search(first: 2) { id } } query Many { search(first: 9) { id } }';
    expect(costOf(two, {}, 'Few')).toBe(2);
    expect(costOf(two, {}, 'Many')).toBe(9);
    expect(costOf(two, {}, 'Neither')).toBe(0);
    expect(costOf('mutation { touch(first: 3) { id } }')).toBe(3);
    // The schema has no subscriptions.
    expect(costOf('subscription { ticks { id } }')).toBe(0);
  });

  it('prices what it cannot find in the schema as nothing rather than failing', () => {
    expect(costOf('{ nowhere { id } search(first: 2) { id } }')).toBe(2);
    expect(costOf('{ count { id } }')).toBe(0);
    expect(costOf('{ results { id } }')).toBe(10);
    expect(costOf('{ node { ... on Nowhere { id } ...Absent ...Elsewhere } } fragment Elsewhere on Nowhere { id }')).toBe(1);
  });

  it('refuses a page argument out of its range, naming it, with the bounds and the value given', () => {
    expect(rangeErrorOf('{ search(first: 0) { id } }')).toEqual(outOfRange('first', 'Argument first must be from 1 to 100, got 0.'));
    expect(rangeErrorOf('{ search(first: 101) { id } }')).toEqual(outOfRange('first', 'Argument first must be from 1 to 100, got 101.'));
    expect(rangeErrorOf('{ search(first: 1) { id } search2: search(first: 100) { id } }')).toBeNull();
    expect(rangeErrorOf('{ neighbourhood(id: "fenmarsh", depth: 4) { nodes { id } } }')).toEqual(outOfRange('depth', 'Argument depth must be from 1 to 3, got 4.'));
    expect(rangeErrorOf('{ neighbourhood(id: "fenmarsh", depth: 3, limit: 1001) { nodes { id } } }')).toEqual(
      outOfRange('limit', 'Argument limit must be from 1 to 1000, got 1001.'),
    );
    expect(rangeErrorOf('{ partnerInvolvement(maxHops: 0) { hops { id } } }')).toEqual(outOfRange('maxHops', 'Argument maxHops must be from 1 to 4, got 0.'));
    expect(rangeErrorOf('query ($n: Int) { entities(first: $n) { nodes { id } } }', { n: 501 })).toEqual(
      outOfRange('first', 'Argument first must be from 1 to 500, got 501.'),
    );
    // Only the API's page arguments have ranges.
    expect(rangeErrorOf('{ entity(id: "fenmarsh") { neighbours(last: 100000) { id } } }')).toBeNull();
  });

  it('refuses a page size that is not a whole number', () => {
    expect(rangeErrorOf('{ findings(first: 2.5) { id } }')).toEqual(outOfRange('first', 'Argument first must be from 1 to 500, got 2.5.'));
    expect(rangeErrorOf('{ findings(first: "ten") { id } }')).toEqual(outOfRange('first', 'Argument first must be from 1 to 500, got ten.'));
    expect(costOf('{ findings(first: 3) { id } }')).toBe(3);
  });
});

function pricedServer(extra: Plugin[] = []) {
  const resolved = vi.fn(() => [{ id: 'f1', links: [{ id: 'l1' }] }]);
  const yoga = createYoga({
    schema: createSchema({ typeDefs, resolvers: { Query: { assessments: resolved, search: () => [], count: () => 3 } } }),
    plugins: [...extra, useQueryCost()],
    logging: false,
  });
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await yoga.fetch('http://local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return { ask, resolved };
}

describe('the query cost plugin', () => {
  it('reports each answer’s cost beside the limit, and lets an operation costing exactly the limit run', async () => {
    const { ask, resolved } = pricedServer();
    expect(await ask('{ count }')).toEqual({ status: 200, body: { data: { count: 3 }, extensions: { cost: { requested: 0, limit: 250_000 } } } });
    const atLimit = await ask('query ($n: Int) { assessments(first: 500) { links(limit: $n) { id } } }', { n: 499 });
    expect(atLimit).toEqual({
      status: 200,
      body: { data: { assessments: [{ links: [{ id: 'l1' }] }] }, extensions: { cost: { requested: 250_000, limit: 250_000 } } },
    });
    expect(resolved).toHaveBeenCalledTimes(1);
  });

  it('refuses an operation over the limit with its cost, saying what to lower, before anything runs', async () => {
    const { ask, resolved } = pricedServer();
    expect(await ask('{ assessments(first: 500) { links(limit: 500) { id } } }')).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'The query costs 250500, over the limit of 250000: ask for smaller pages (first, limit) or fewer nested lists.',
            extensions: { code: 'QUERY_TOO_COMPLEX', cost: { requested: 250_500, limit: 250_000 } },
          },
        ],
      },
    });
    expect(resolved).not.toHaveBeenCalled();
  });

  it('refuses a page argument out of range with 400, naming it, before anything runs', async () => {
    const { ask, resolved } = pricedServer();
    expect(await ask('query ($n: Int) { assessments(first: $n) { id } }', { n: 0 })).toEqual({
      status: 400,
      body: { errors: [{ message: 'Argument first must be from 1 to 500, got 0.', extensions: { code: 'BAD_USER_INPUT', argument: 'first' } }] },
    });
    expect(resolved).not.toHaveBeenCalled();
  });

  it('keeps the extensions other plugins gave the answer', async () => {
    const stamp: Plugin = {
      onExecute: () => ({ onExecuteDone: ({ result, setResult }) => void setResult({ ...result, extensions: { ...('extensions' in result ? result.extensions : {}), force: 'Greywater' } }) }),
    };
    const { ask } = pricedServer([stamp]);
    expect((await ask('{ search(first: 2) { id } }')).body).toEqual({
      data: { search: [] },
      extensions: { force: 'Greywater', cost: { requested: 2, limit: 250_000 } },
    });
  });

  it('lets an unexpected failure while pricing through as it is, rather than as a refusal', () => {
    const refuse = vi.fn();
    const onExecute = useQueryCost().onExecute!;
    const broken = { schema, document: { kind: 'Document' }, variableValues: {} } as unknown as ExecutionArgs;
    const call = () => onExecute({ args: broken, setResultAndStopExecution: refuse } as unknown as Parameters<typeof onExecute>[0]);
    expect(call).toThrow(TypeError);
    expect(refuse).not.toHaveBeenCalled();
  });
});
