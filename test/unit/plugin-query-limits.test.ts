// The query limits on a Yoga of their own: each refuses a document just past its limit with 400, a code and a
// message of its own, lets one at the limit through, and field suggestions are hidden in production only.
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { costLimits } from '../../server/plugins/query-cost.ts';
import { queryLimits, useQueryLimits } from '../../server/plugins/query-limits.ts';

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: unknown };
}

function limitedServer(production = false) {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type Query { plain(ids: [Int]): Int, node: Node, nodes(first: Int): [Node] }
        type Node { id: ID, next: Node }
        type Subscription { ticks: Int }
      `,
      resolvers: {
        Query: { plain: () => 1, node: () => ({ id: 'n' }), nodes: () => [] },
        Node: { next: ({ id }: { id: string }) => ({ id: `${id}+` }) },
      },
    }),
    plugins: useQueryLimits({ production }),
    logging: false,
  });
  return async (query: string): Promise<Answer> => {
    const response = await yoga.fetch('http://local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };
}

const refusal = (message: string): Answer => ({ status: 400, body: { errors: [{ message, extensions: { code: 'QUERY_TOO_COMPLEX' } }] } });

/** A selection `depth` fields deep: node, then next inside it, down to an id. */
const nested = (depth: number) => `{ node { ${'next { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;

describe('the query limits', () => {
  it('refuses a subscription at validation, with 400 and a code', async () => {
    const ask = limitedServer();
    const answer = await ask('subscription Ticks { ticks }');
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ message: 'Subscriptions are not offered: ask again with a query.', locations: [{ line: 1, column: 1 }], extensions: { code: 'BAD_REQUEST' } }]);
  });

  it('counts tokens while parsing: a document of 4000 runs, one more is refused', async () => {
    const ask = limitedServer();
    // Ten tokens around the list: { plain ( ids : [ ] ) } and each value one more.
    const ofTokens = (tokens: number) => `{ plain(ids: [${'1 '.repeat(tokens - 9)}]) }`;
    expect((await ask(ofTokens(queryLimits.tokens))).body.data).toEqual({ plain: 1 });
    expect(await ask(ofTokens(queryLimits.tokens + 1))).toEqual(
      refusal('The document has more than 4000 tokens (names, values and punctuation); send a smaller one.'),
    );
  });

  it('refuses a selection deeper than 8, as a validation error without the parser’s words', async () => {
    const ask = limitedServer();
    const atLimit = await ask(nested(queryLimits.depth));
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.errors).toBeUndefined();
    expect(await ask(nested(queryLimits.depth + 1))).toEqual(refusal('Query depth limit of 8 exceeded, found 9.'));
  });

  it('counts a fragment’s depth where it is spread', async () => {
    const ask = limitedServer();
    const spread = await ask(`{ node { next { next { next { ...Deeper } } } } } fragment Deeper on Node { next { next { next { next { id } } } } }`);
    expect(spread).toEqual(refusal('Query depth limit of 8 exceeded, found 9.'));
  });

  it('does not count introspection, however deep, towards the depth', async () => {
    const ask = limitedServer();
    const answer = await ask('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }');
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('refuses more than 30 aliases', async () => {
    const ask = limitedServer();
    const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, k) => `a${k}: plain`).join(' ')} }`;
    expect((await ask(aliased(queryLimits.aliases))).status).toBe(200);
    expect(await ask(aliased(queryLimits.aliases + 1))).toEqual(refusal('Aliases limit of 30 exceeded, found 31.'));
  });

  it('refuses more than 10 directives', async () => {
    const ask = limitedServer();
    const directed = (count: number) => `{ ${Array.from({ length: count }, (_, k) => `a${k}: plain @include(if: true)`).join(' ')} }`;
    expect((await ask(directed(queryLimits.directives))).status).toBe(200);
    expect(await ask(directed(queryLimits.directives + 1))).toEqual(refusal('Directives limit of 10 exceeded, found 11.'));
  });

  it('prices the operation last, once it has passed every other check', async () => {
    const ask = limitedServer();
    const answer = await ask('{ nodes(first: 300000) { id } }');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: { requested: 300_000, limit: costLimits.maxCost } });
    expect(await ask('{ node { id } }')).toEqual({ status: 200, body: { data: { node: { id: 'n' } }, extensions: { cost: { requested: 1, limit: costLimits.maxCost } } } });
  });

  it('suggests field names in development and hides them in production', async () => {
    const misspelt = '{ plai }';
    const development = await limitedServer(false)(misspelt);
    expect(development.body.errors?.[0]?.message).toBe('Cannot query field "plai" on type "Query". Did you mean "plain"?');
    const production = await limitedServer(true)(misspelt);
    expect(production.body.errors?.[0]?.message).toBe('Cannot query field "plai" on type "Query". [Suggestion hidden]');
  });
});
