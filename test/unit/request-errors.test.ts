// The request-errors plugin on a Yoga of its own, without Neo4j: every refusal gets a code and one HTTP status for
// one cause, the CSRF refusal names its header, bad variables are a bad argument, and no parser's words leak.
import { GraphQLError } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { csrfHeader, useRequestErrors } from '../../server/plugins/request-errors.ts';

const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { twice(n: Int!): Int, plain: Int, broken: Int, refusing: Int }',
    resolvers: {
      Query: {
        twice: (_: unknown, { n }: { n: number }) => 2 * n,
        plain: () => 1,
        broken: () => {
          throw new Error('a resolver bug with internal details');
        },
        refusing: () => {
          throw new GraphQLError('refused without a code');
        },
      },
    },
  }),
  plugins: [useRequestErrors()],
  logging: false,
});

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function ask(init: RequestInit & { url?: string }): Promise<Answer> {
  const response = await yoga.fetch(init.url ?? 'http://local/graphql', init);
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}
const postJson = (body: string, accept = 'application/graphql-response+json') =>
  ask({ method: 'POST', headers: { 'content-type': 'application/json', accept }, body });

describe('the request-errors plugin', () => {
  it('refuses a GET without the CSRF header with 403 and a code, naming the header; with it, answers', async () => {
    const refused = await ask({ url: 'http://local/graphql?query=%7Bplain%7D' });
    expect(refused.status).toBe(403);
    expect(refused.body.errors).toEqual([{ message: expect.stringContaining(csrfHeader), extensions: { code: 'CSRF_HEADER_REQUIRED' } }]);
    const answered = await ask({ url: 'http://local/graphql?query=%7Bplain%7D', headers: { [csrfHeader]: '1' } });
    expect(answered).toEqual({ status: 200, body: { data: { plain: 1 } } });
  });

  it('answers bad variables as a bad argument (400), every one of them, and runs nothing', async () => {
    const bad = await postJson(JSON.stringify({ query: 'query($n: Int!, $m: Int!) { twice(n: $n) other: twice(n: $m) }', variables: { n: 'two', m: null } }));
    expect(bad.status).toBe(400);
    expect(bad.body.data).toBeUndefined();
    expect(bad.body.errors).toHaveLength(2);
    for (const error of bad.body.errors!) expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(bad.body.errors![0]!.message).toContain('$n');
    expect(bad.body.errors![1]!.message).toContain('$m');
    // At most ten, then graphql-js's own word that it stopped counting.
    const many = Array.from({ length: 12 }, (_, k) => k);
    const flood = await postJson(JSON.stringify({ query: `query(${many.map((k) => `$v${k}: Int!`).join(', ')}) { ${many.map((k) => `a${k}: twice(n: $v${k})`).join(' ')} }`, variables: Object.fromEntries(many.map((k) => [`v${k}`, 'x'])) }));
    expect(flood.status).toBe(400);
    expect(flood.body.errors).toHaveLength(11);
    const good = await postJson(JSON.stringify({ query: 'query($n: Int!) { twice(n: $n) }', variables: { n: 2 } }));
    expect(good).toEqual({ status: 200, body: { data: { twice: 4 } } });
  });

  it('answers a parse or validation error with 400 whatever the client accepts, and the same code', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const parse = await postJson(JSON.stringify({ query: '{ plain' }), accept);
      expect(parse.status, accept).toBe(400);
      expect(parse.body.errors![0]!.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
      const validation = await postJson(JSON.stringify({ query: '{ nothing }' }), accept);
      expect(validation.status, accept).toBe(400);
      expect(validation.body.errors![0]!.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    }
  });

  it('codes a request without a query as a bad request (400)', async () => {
    const empty = await postJson('{}');
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
  });

  it('keeps the JSON parser’s own words out of a malformed body’s answer, and codes it BAD_REQUEST', async () => {
    const malformed = await postJson('{"query": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toHaveLength(1);
    expect(malformed.body.errors![0]!.extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(JSON.stringify(malformed.body)).not.toContain('originalError');
  });

  it('codes a failure inside an answer that has data as an internal error, without its details', async () => {
    const failed = await postJson(JSON.stringify({ query: '{ plain broken }' }));
    expect(failed.status).toBe(200);
    expect(failed.body.data).toEqual({ plain: 1, broken: null });
    expect(failed.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(JSON.stringify(failed.body)).not.toContain('internal details');
    const uncoded = await postJson(JSON.stringify({ query: '{ plain refusing }' }));
    expect(uncoded.body.errors).toEqual([expect.objectContaining({ message: 'refused without a code', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
  });
});
