// Automatic persisted queries on a Yoga of their own: a hash alone once the server knows its text, the answers
// Apollo's link looks for when it does not, and a hash that does not match its text refused.
import { createHash } from 'node:crypto';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { usePersistedQueries } from '../../server/plugins/persisted-queries.ts';

function persistedServer(max = 10) {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { force(name: String!): String, plain: Int }',
      resolvers: { Query: { force: (_: unknown, { name }: { name: string }) => `${name} Constabulary`, plain: () => 1 } },
    }),
    plugins: [usePersistedQueries({ max })],
    logging: false,
  });
  return async (body: Record<string, unknown>) => {
    const response = await yoga.fetch('http://local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persisted = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });

const forceQuery = 'query ($name: String!) { force(name: $name) }';
const notFound = { status: 200, body: { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] } };

describe('automatic persisted queries', () => {
  it('answers an unknown hash with the not-found error, then runs it by hash once its text has been sent', async () => {
    const ask = persistedServer();
    expect(await ask({ variables: { name: 'Fenmarsh' }, extensions: persisted(forceQuery) })).toEqual(notFound);
    const withText = await ask({ query: forceQuery, variables: { name: 'Fenmarsh' }, extensions: persisted(forceQuery) });
    expect(withText).toEqual({ status: 200, body: { data: { force: 'Fenmarsh Constabulary' } } });
    const byHash = await ask({ variables: { name: 'Greywater' }, extensions: persisted(forceQuery) });
    expect(byHash).toEqual({ status: 200, body: { data: { force: 'Greywater Constabulary' } } });
  });

  it('refuses a hash that is not the SHA-256 of the text sent with it, and does not remember that text', async () => {
    const ask = persistedServer();
    const claimed = persisted('{ plain }');
    const mismatch = await ask({ query: forceQuery, variables: { name: 'Fenmarsh' }, extensions: claimed });
    expect(mismatch).toEqual({
      status: 400,
      body: {
        errors: [{ message: 'PersistedQueryMismatch: sha256Hash is not the SHA-256 of the query sent with it.', extensions: { code: 'PERSISTED_QUERY_MISMATCH' } }],
      },
    });
    expect(await ask({ extensions: claimed })).toEqual(notFound);
  });

  it('ignores extensions that are not a version 1 persisted query, as a plain request', async () => {
    const ask = persistedServer();
    const hash = sha256('{ plain }');
    for (const extensions of [null, { persistedQuery: null }, { persistedQuery: { version: 2, sha256Hash: hash } }, { persistedQuery: { version: 1, sha256Hash: 7 } }, { other: true }]) {
      expect(await ask({ query: '{ plain }', extensions }), JSON.stringify(extensions)).toEqual({ status: 200, body: { data: { plain: 1 } } });
      // Nothing was remembered under the hash.
      expect(await ask({ extensions: persisted('{ plain }') })).toEqual(notFound);
    }
    // Without a query or a persisted one, Yoga's own refusal stands.
    const neither = await ask({ extensions: { persistedQuery: { version: 2, sha256Hash: hash } } });
    expect(neither.status).toBe(400);
    expect(JSON.stringify(neither.body)).not.toContain('Persisted');
  });

  it('leaves a query that is not text to Yoga, which refuses it', async () => {
    const ask = persistedServer();
    expect(await ask({ query: 5, extensions: persisted('5') })).toEqual({
      status: 400,
      body: { errors: [{ message: 'Expected "query" param to be a string, but given number.', extensions: { code: 'BAD_REQUEST' } }] },
    });
  });

  it('forgets the least recently used text beyond its size, which the client then simply sends again', async () => {
    const ask = persistedServer(2);
    const texts = ['{ plain }', '{ a: plain }', '{ b: plain }'];
    for (const query of texts) await ask({ query, extensions: persisted(query) });
    expect(await ask({ extensions: persisted(texts[0]!) })).toEqual(notFound);
    expect(await ask({ extensions: persisted(texts[2]!) })).toEqual({ status: 200, body: { data: { b: 1 } } });
    expect(await ask({ extensions: persisted(texts[1]!) })).toEqual({ status: 200, body: { data: { a: 1 } } });
  });
});
