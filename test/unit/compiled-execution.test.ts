import { GraphQLError, Source } from 'graphql';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it, vi } from 'vitest';
import { compileQuery } from 'graphql-jit';
import { offsetOf, useCompiledExecution } from '../../server/plugins/compiled-execution.ts';

/** A small API with the failures the real one has: a coded error, an unexpected one, and arguments to get wrong. */
function testServer(compile?: typeof compileQuery) {
  const compiledRuns: boolean[] = [];
  // graphql-jit marks its results with the serializer of the compiled query; graphql-js's results have none.
  const probe: Plugin = { onExecute: () => ({ onExecuteDone: ({ result }) => void compiledRuns.push('stringify' in result) }) };
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type Query { item(id: ID!, limit: Int): Item, busy: Int, broken: Int }
        type Item { id: ID!, parts(limit: Int = 2): [Part!]! }
        type Part { n: Int! }
      `,
      resolvers: {
        Query: {
          item: (_: unknown, { id }: { id: string }) => ({ id }),
          busy: () => {
            throw new GraphQLError('The server is busy.', { extensions: { code: 'SERVER_BUSY', http: { status: 503 } } });
          },
          broken: () => {
            throw new TypeError('secret detail');
          },
        },
        Item: { parts: (_: unknown, { limit }: { limit: number }) => Array.from({ length: limit }, (_, n) => ({ n })) },
      },
    }),
    logging: false,
    plugins: [useCompiledExecution({ compileOnUse: 2, compile }), probe],
  });
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await yoga.fetch('http://local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.json() };
  };
  return { ask, compiledRuns };
}

const itemQuery = 'query ($id: ID!) { item(id: $id) { id parts(limit: 3) { n } } }';

describe('compiled execution', () => {
  it('runs a document as it is the first time and compiled from its second use, with the same answer', async () => {
    const { ask, compiledRuns } = testServer();
    const answers = [await ask(itemQuery, { id: 'a' }), await ask(itemQuery, { id: 'a' }), await ask(itemQuery, { id: 'b' })];
    expect(compiledRuns).toEqual([false, true, true]);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual({ status: 200, body: { data: { item: { id: 'b', parts: [{ n: 0 }, { n: 1 }, { n: 2 }] } } } });
  });

  it('gives a compiled resolver error the same place, path, code and status as an interpreted one', async () => {
    const { ask, compiledRuns } = testServer();
    const query = '{\n  item(id: "x") { id }\r\n  busy\r  broken\n}';
    const interpreted = await ask(query);
    const compiled = await ask(query);
    expect(compiledRuns).toEqual([false, true]);
    expect(compiled).toEqual(interpreted);
    expect(compiled.status).toBe(503);
    expect(compiled.body.errors).toEqual([
      { message: 'The server is busy.', locations: [{ line: 3, column: 3 }], path: ['busy'], extensions: { code: 'SERVER_BUSY' } },
      // An unexpected failure is masked, compiled or not.
      { message: 'Unexpected error.', locations: [{ line: 4, column: 3 }], path: ['broken'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });

  it('runs a document graphql-jit cannot compile as it is, every time', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { ask, compiledRuns } = testServer(() => ({ errors: [new GraphQLError('cannot compile')] }));
    const answers = [await ask(itemQuery, { id: 'a' }), await ask(itemQuery, { id: 'a' }), await ask(itemQuery, { id: 'a' })];
    const messages = logged.mock.calls.map((call) => call.join(' '));
    logged.mockRestore();
    expect(compiledRuns).toEqual([false, false, false]);
    expect(messages).toEqual(['a document could not be compiled and runs as it is: cannot compile']);
    expect(answers.map((answer) => answer.body)).toEqual(Array(3).fill({ data: { item: { id: 'a', parts: [{ n: 0 }, { n: 1 }, { n: 2 }] } } }));
  });

  it('leaves bad variables to the standard executor, which answers HTTP 400, even for a compiled document', async () => {
    const { ask, compiledRuns } = testServer();
    const query = 'query ($id: ID!, $limit: Int) { item(id: $id, limit: $limit) { id } }';
    await ask(query, { id: 'a' });
    await ask(query, { id: 'a' });
    const refused = await ask(query, { id: 'a', limit: 'many' });
    expect(compiledRuns).toEqual([false, true, false]);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      errors: [{ message: 'Variable "$limit" got invalid value "many"; Int cannot represent non-integer value: "many"', locations: [{ line: 1, column: 18 }] }],
    });
  });
});

describe('offsetOf', () => {
  it('finds a line and column with every GraphQL line end', () => {
    const source = new Source('ab\ncd\r\nef\rgh');
    const at = (line: number, column: number) => source.body[offsetOf(source, line, column)];
    expect([at(1, 1), at(2, 2), at(3, 1), at(4, 2)]).toEqual(['a', 'd', 'e', 'h']);
  });

  it('counts from where a source says it starts', () => {
    const source = new Source('xy\nz', 'embedded', { line: 10, column: 5 });
    expect(source.body[offsetOf(source, 10, 6)]).toBe('y');
    expect(source.body[offsetOf(source, 11, 1)]).toBe('z');
  });
});
