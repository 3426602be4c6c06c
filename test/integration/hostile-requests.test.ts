import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryLimits } from '../../server/plugins/query-limits.ts';
import { explorerOperations } from '../support/explorer-operations.ts';
import { graphql, testApp } from '../support/api.ts';
import { testDriver } from '../support/database.ts';

let driver: Driver;
let app: ReturnType<typeof testApp>;
beforeAll(() => {
  driver = testDriver();
  app = testApp(driver, { NODE_ENV: 'production' });
});
afterAll(async () => {
  await driver.close();
});

const nest = (levels: number, leaf = 'id') =>
  Array.from({ length: levels }).reduce<string>((inner) => `relationships { target { ${inner} } }`, leaf);

/** What an HTTP client sends: a body, a content type, a method. */
interface Hostile {
  name: string;
  method?: 'GET' | 'POST';
  path?: string;
  contentType?: string;
  body?: string;
  query?: string;
  variables?: Record<string, unknown>;
}

const deepFragment = `fragment Deep on Entity { ${nest(6)} }`;

const corpus: Hostile[] = [
  { name: 'deep nesting', query: `{ entity(id: "vetting") { ${nest(10)} } }` },
  { name: 'deep nesting through inline fragments', query: `{ entity(id: "vetting") { ${Array.from({ length: 10 }).reduce<string>((inner) => `... on Theme { relationships { target { ${inner} } } }`, 'id')} } }` },
  { name: 'deep nesting through named fragments', query: `{ entity(id: "vetting") { ...Deep relationships { target { relationships { target { ...Deep } } } } } } ${deepFragment}` },
  {
    name: 'fragment depth caching: a fragment first met shallow, then spread deep',
    query: `{ a: entity(id: "vetting") { ...Deep } b: entity(id: "vetting") { relationships { target { relationships { target { relationships { target { ...Deep } } } } } } } } ${deepFragment}`,
  },
  { name: 'a fragment named __schema hiding depth', query: `{ entity(id: "vetting") { ...__schema } } fragment __schema on Entity { ${nest(10)} }` },
  { name: 'a fragment named __schema spread from introspection', query: `{ __schema { queryType { name } } entity(id: "vetting") { ...__schema } } fragment __schema on Entity { ${nest(10)} }` },
  { name: 'a fragment cycle', query: '{ entity(id: "vetting") { ...A } } fragment A on Entity { relationships { target { ...B } } } fragment B on Entity { relationships { target { ...A } } }' },
  { name: 'a self-spreading fragment', query: '{ entity(id: "vetting") { ...A } } fragment A on Entity { id ...A }' },
  { name: 'alias flood', query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }` },
  { name: 'alias flood of one scalar', query: `{ stats { ${Array.from({ length: 200 }, (_, i) => `n${i}: nodes`).join(' ')} } }` },
  { name: 'directive flood', query: `{ stats ${'@include(if: true) '.repeat(100)}{ nodes } }` },
  { name: 'repeated skip directives', query: `{ stats { nodes ${'@skip(if: false) '.repeat(50)} } }` },
  { name: 'token bomb of fields', query: `{ stats { ${'nodes '.repeat(5000)} } }` },
  { name: 'token bomb of punctuation', query: `{ stats { nodes } }${' {'.repeat(6000)}` },
  { name: 'cost bomb: neighbourhood fan-out with nested relationships', query: `{ a: graph { nodes { ${nest(3, 'id evidence: relationships { evidence { quote source { text sentences { text relationships { id } } } } }')} } } }` },
  { name: 'cost bomb: a page of 500 with nested relationships', query: `{ entities(first: 500) { nodes { ${nest(3)} } } }` },
  { name: 'wide query across every root field with nesting', query: `{ ${Array.from({ length: 40 }, (_, i) => `g${i}: graph { nodes { relationships { target { relationships { target { id } } } } } }`).join(' ')} }` },
  { name: 'huge list argument', query: `{ graph(types: [${'WORKS_WITH '.repeat(60)}]) { truncated } }` },
  { name: 'huge list argument in variables', query: 'query ($t: [RelationshipType!]) { graph(types: $t) { truncated } }', variables: { t: Array.from({ length: 5000 }, () => 'WORKS_WITH') } },
  { name: 'huge number argument', query: '{ neighbourhood(id: "vetting", limit: 99999999999) { truncated } }' },
  { name: 'huge number in variables', query: 'query ($l: Int) { neighbourhood(id: "vetting", limit: $l) { truncated } }', variables: { l: 1e308 } },
  { name: 'negative depth', query: '{ neighbourhood(id: "vetting", depth: -1) { truncated } }' },
  { name: 'over-long id', query: 'query ($id: ID!) { entity(id: $id) { id } }', variables: { id: 'x'.repeat(5000) } },
  { name: 'over-long search text', query: 'query ($t: String!) { search(text: $t) { score } }', variables: { t: 'abuse '.repeat(1000) } },
  { name: 'batched array of operations', body: JSON.stringify(Array.from({ length: 20 }, () => ({ query: '{ stats { nodes } }' }))) },
  { name: 'oversized body', body: JSON.stringify({ query: `{ stats { nodes } } # ${'x'.repeat(200_000)}` }) },
  { name: 'malformed JSON', body: '{"query": "{ stats { nodes } }"' },
  { name: 'JSON that is not an object', body: '"{ stats { nodes } }"' },
  { name: 'no query at all', body: '{}' },
  { name: 'a query that is not a string', body: '{"query": {"$ne": null}}' },
  { name: 'GET without the CSRF header', method: 'GET', path: '/graphql?query=%7B%20stats%20%7B%20nodes%20%7D%20%7D' },
  { name: 'form-encoded POST (a cross-site form)', contentType: 'application/x-www-form-urlencoded', body: 'query=%7B%20stats%20%7B%20nodes%20%7D%20%7D' },
  { name: 'text/plain POST (a simple cross-site request)', contentType: 'text/plain', body: JSON.stringify({ query: '{ stats { nodes } }' }) },
  { name: 'a mutation the API does not have', query: 'mutation { deleteEverything }' },
  { name: 'a subscription', query: 'subscription { stats { nodes } }' },
  { name: 'an unknown field', query: '{ entitie { id } }' },
  { name: 'a syntax error', query: '{ stats { nodes }' },
  { name: 'variables of the wrong type', query: 'query ($d: Int!) { neighbourhood(id: "vetting", depth: $d) { truncated } }', variables: { d: 'deep' } },
  { name: 'several operations and no operationName', query: 'query A { stats { nodes } } query B { sources { id } }' },
  { name: 'an operationName that names no operation', body: JSON.stringify({ query: 'query A { stats { nodes } }', operationName: 'B' }) },
];

describe('hostile requests', () => {
  it.each(corpus.map((c) => [c.name, c] as const))('refuses %s with a clear 4xx or coded error, without touching Neo4j', async (_, hostile) => {
    const method = hostile.method ?? 'POST';
    const body = method === 'GET' ? undefined : (hostile.body ?? JSON.stringify({ query: hostile.query, variables: hostile.variables }));
    const response = await app.fetch(`http://local${hostile.path ?? '/graphql'}`, {
      method,
      headers: method === 'GET' ? {} : { 'content-type': hostile.contentType ?? 'application/json', accept: 'application/graphql-response+json' },
      body,
    });
    const text = await response.text();
    const status = `${response.status} ${text.slice(0, 300)}`;
    expect(response.status, status).toBeLessThan(500);
    expect(text).not.toMatch(/\bat .+\.(ts|js):\d+|Neo4j|Cypher|MATCH \(/);
    // Refused before any query ran: no Cypher round trip was made.
    expect(response.headers.get('server-timing'), status).toBeNull();
    if (response.status === 200) {
      // Past validation, only an argument check may refuse: a coded error and no data.
      const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[]; data?: Record<string, unknown> | null };
      expect(parsed.errors?.map((e) => e.extensions?.code), status).toEqual(['BAD_USER_INPUT']);
      expect(Object.values(parsed.data ?? {}).every((value) => value === null), status).toBe(true);
    } else {
      expect(response.status, status).toBeGreaterThanOrEqual(400);
    }
  });

  it('blocks field suggestions in production', async () => {
    const { errors } = await graphql(app, '{ entitie { id } }');
    expect(errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it(`accepts every query the explorer sends (depth ≤ ${queryLimits.depth}, cost ≤ ${queryLimits.cost})`, async () => {
    expect(explorerOperations.length).toBeGreaterThan(5);
    for (const { name, query, variables } of explorerOperations) {
      const response = await graphql(app, query, variables);
      expect(response.status, name).toBe(200);
      expect(response.errors, name).toBeUndefined();
    }
  });

  it('still answers introspection, which other tools need', async () => {
    const { errors, data } = await graphql(app, '{ __schema { queryType { name } types { name fields { name type { name ofType { name ofType { name } } } } } } }');
    expect(errors).toBeUndefined();
    expect(data?.__schema.queryType.name).toBe('Query');
  });

  it('can turn introspection off', async () => {
    const closed = testApp(driver, { GRAPHQL_INTROSPECTION: 'false' });
    const { errors } = await graphql(closed, '{ __schema { queryType { name } } }');
    expect(errors?.[0]?.message).toMatch(/introspection/i);
  });
});
