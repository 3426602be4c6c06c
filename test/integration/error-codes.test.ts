// Every refusal, route by route: a code in extensions, the same code and status for the same cause, nothing internal.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/api.ts';
import { testDriver } from '../support/database.ts';

let driver: Driver;
let app: ReturnType<typeof testApp>;
beforeAll(() => {
  driver = testDriver();
  app = testApp(driver);
});
afterAll(async () => {
  await driver.close();
});

interface Answer {
  status: number;
  codes: (string | undefined)[];
  messages: string[];
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function send(path: string, init: RequestInit): Promise<Answer> {
  const response = await app.fetch(`http://local${path}`, init);
  const body = (await response.json()) as Answer['body'];
  return {
    status: response.status,
    codes: (body.errors ?? []).map((error) => error.extensions?.code as string | undefined),
    messages: (body.errors ?? []).map((error) => error.message),
    body,
  };
}

const accepts = { json: 'application/json', graphqlResponse: 'application/graphql-response+json' } as const;

function post(payload: unknown, accept: string = accepts.json): Promise<Answer> {
  return send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(payload) });
}

function get(params: Record<string, unknown>, headers: Record<string, string> = { 'x-graphql-csrf': '1' }): Promise<Answer> {
  const search = new URLSearchParams(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
  return send(`/graphql?${search}`, { method: 'GET', headers });
}

/** Each cause of refusal, with the code and status it must get on every route that can reach it. */
const causes = [
  { cause: 'a syntax error', params: { query: '{ stats { nodes }' }, code: 'GRAPHQL_PARSE_FAILED', status: 400 },
  { cause: 'an unknown field', params: { query: '{ statz }' }, code: 'GRAPHQL_VALIDATION_FAILED', status: 400 },
  { cause: 'the token limit', params: { query: `{ stats { ${'nodes '.repeat(5000)} } }` }, code: 'QUERY_TOO_COMPLEX', status: 400 },
  { cause: 'the depth limit', params: { query: `{ entity(id: "vetting") { ${'relationships { target { '.repeat(6)}id${' } }'.repeat(6)} } }` }, code: 'QUERY_TOO_COMPLEX', status: 400 },
  {
    cause: 'a bad enum value in variables',
    params: { query: 'query ($t: [RelationshipType!]) { graph(types: $t) { truncated } }', variables: { t: ['NOPE'] } },
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  {
    cause: 'a variable of the wrong type',
    params: { query: 'query ($d: Int!) { neighbourhood(id: "vetting", depth: $d) { truncated } }', variables: { d: 'deep' } },
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  {
    cause: 'a missing required variable',
    params: { query: 'query ($d: Int!) { neighbourhood(id: "vetting", depth: $d) { truncated } }' },
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  { cause: 'no query at all', params: {}, code: 'BAD_REQUEST', status: 400 },
  { cause: 'a page argument out of range', params: { query: '{ neighbourhood(id: "vetting", depth: 9) { truncated } }' }, code: 'BAD_USER_INPUT', status: 400 },
  { cause: 'an empty search text', params: { query: '{ search(text: "  ") { score } }' }, code: 'BAD_USER_INPUT', status: 200 },
  {
    cause: 'a cost over the limit',
    params: { query: '{ entities(first: 500) { nodes { relationships { target { relationships { target { relationships { id } } } } } } } }' },
    code: 'QUERY_TOO_COMPLEX',
    status: 400,
  },
  { cause: 'an unknown id', params: { query: '{ neighbourhood(id: "no-such-entity") { truncated } }' }, code: 'NOT_FOUND', status: 200 },
];

describe('error codes', () => {
  describe.each(causes)('$cause', ({ params, code, status }) => {
    it.each([
      ['POST accepting application/json', () => post(params, accepts.json)],
      ['POST accepting application/graphql-response+json', () => post(params, accepts.graphqlResponse)],
      ['GET with the CSRF header', () => get(params)],
    ])(`answers ${code} with ${status} by %s`, async (_, route) => {
      const answer = await route();
      expect(answer.codes, JSON.stringify(answer.body).slice(0, 300)).toEqual([code]);
      expect(answer.status).toBe(status);
    });
  });

  it('refuses a GET without the CSRF header with 403, naming the header', async () => {
    const answer = await get({ query: '{ stats { nodes } }' }, {});
    expect(answer.status).toBe(403);
    expect(answer.codes).toEqual(['CSRF_HEADER_REQUIRED']);
    expect(answer.messages[0]).toContain('x-graphql-csrf');
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded'])('refuses a %s post without the CSRF header the same way', async (contentType) => {
    const answer = await send('/graphql', { method: 'POST', headers: { 'content-type': contentType }, body: '{"query":"{ stats { nodes } }"}' });
    expect(answer.status).toBe(403);
    expect(answer.codes).toEqual(['CSRF_HEADER_REQUIRED']);
  });

  it('answers a GET with the header', async () => {
    const answer = await get({ query: '{ stats { nodes } }' });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('answers malformed JSON with BAD_REQUEST and without the parser’s message', async () => {
    const answer = await send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ stats' });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('answers a missing query and a query that is not a string alike', async () => {
    const missing = await post({});
    const number = await post({ query: 42 });
    expect([missing.status, number.status]).toEqual([400, 400]);
    expect([...missing.codes, ...number.codes]).toEqual(['BAD_REQUEST', 'BAD_REQUEST']);
  });

  it('refuses a mutation by GET with 405', async () => {
    const answer = await get({ query: 'mutation { x }' });
    expect(answer.status).toBe(405);
    expect(answer.codes).toEqual(['BAD_REQUEST']);
  });

  it.each(['/sdl', '/api', '/metrics', '/graphql/extra'])('answers %s with 404', async (path) => {
    const response = await app.fetch(`http://local${path}`);
    expect(response.status).toBe(404);
    await response.body?.cancel();
  });
});

describe('automatic persisted queries', () => {
  const query = '{ stats { nodes } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const persistedQuery = { version: 1, sha256Hash };

  it('answers an unknown hash with PersistedQueryNotFound, so a client sends the text, then knows the hash', async () => {
    const unknown = await post({ extensions: { persistedQuery } });
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    const registered = await post({ query, extensions: { persistedQuery } });
    expect(registered.body.errors).toBeUndefined();
    const byHash = await post({ extensions: { persistedQuery } });
    expect(byHash.body).toEqual(registered.body);
    const byGet = await get({ extensions: { persistedQuery } });
    expect(byGet.body).toEqual(registered.body);
  });

  it('refuses a hash that is not the query’s', async () => {
    const answer = await post({ query: '{ stats { relationships } }', extensions: { persistedQuery } });
    expect(answer.status).toBe(400);
    expect(answer.codes).toEqual(['PERSISTED_QUERY_MISMATCH']);
  });
});
