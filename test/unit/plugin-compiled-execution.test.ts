// What compiled execution leaves alone and how it reports a failed compile: writes run as they are, the operation a
// request names is the one compiled, and every reason graphql-jit gives is logged.
import { GraphQLError } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it, vi } from 'vitest';
import { useCompiledExecution } from '../../server/plugins/compiled-execution.ts';

function compiledServer(compile?: typeof compileQuery) {
  const compiledRuns: boolean[] = [];
  // graphql-jit marks its results with the serializer of the compiled query; graphql-js's results have none.
  const probe: Plugin = { onExecute: () => ({ onExecuteDone: ({ result }) => void compiledRuns.push('stringify' in result) }) };
  let touched = 0;
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type Query { force(name: String!): String, count: Int }
        type Mutation { touch: Int }
      `,
      resolvers: {
        Query: { force: (_: unknown, { name }: { name: string }) => `${name} Constabulary`, count: () => 3 },
        Mutation: { touch: () => (touched += 1) },
      },
    }),
    logging: false,
    plugins: [useCompiledExecution({ compileOnUse: 2, compile }), probe],
  });
  const ask = async (query: string, extra: Record<string, unknown> = {}) => {
    const response = await yoga.fetch('http://local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, ...extra }),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return { ask, compiledRuns };
}

describe('compiled execution', () => {
  it('never compiles a mutation, however often it is sent', async () => {
    const { ask, compiledRuns } = compiledServer();
    const answers = [];
    for (let run = 0; run < 3; run += 1) answers.push((await ask('mutation { touch }')).body);
    expect(answers).toEqual([{ data: { touch: 1 } }, { data: { touch: 2 } }, { data: { touch: 3 } }]);
    expect(compiledRuns).toEqual([false, false, false]);
  });

  it('compiles the operation a request names from a document that has several', async () => {
    const { ask, compiledRuns } = compiledServer();
    const document = 'query Count { count } query Force($name: String!) { force(name: $name) }';
    const answers = [];
    for (const name of ['Fenmarsh', 'Greywater', 'Fenmarsh']) answers.push((await ask(document, { operationName: 'Force', variables: { name } })).body);
    expect(answers).toEqual([{ data: { force: 'Fenmarsh Constabulary' } }, { data: { force: 'Greywater Constabulary' } }, { data: { force: 'Fenmarsh Constabulary' } }]);
    expect(compiledRuns).toEqual([false, true, true]);
  });

  it('logs every reason a document could not be compiled, once', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { ask, compiledRuns } = compiledServer(() => ({ errors: [new GraphQLError('first reason'), new GraphQLError('second reason')] }));
      for (let run = 0; run < 3; run += 1) expect((await ask('{ count }')).body).toEqual({ data: { count: 3 } });
      expect(compiledRuns).toEqual([false, false, false]);
      expect(logged.mock.calls.map((call) => call.join(' '))).toEqual(['a document could not be compiled and runs as it is: first reason; second reason']);
    } finally {
      logged.mockRestore();
    }
  });
});
