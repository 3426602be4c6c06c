// Every document the explorer sends, and the API's other fields, answer the same when compiled (from a document's
// second use, server/plugins/compiled-execution.ts) as the first time, when graphql-js runs it.
import { getIntrospectionQuery } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, testApp } from '../support/api.ts';
import { testDriver } from '../support/database.ts';
import { explorerOperations, type Operation } from '../support/explorer-operations.ts';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

// What the explorer does not ask: relationships and sources in full, and pages.
const otherOperations: Operation[] = [
  {
    name: 'entity with its relationships and their sources',
    query: /* GraphQL */ `
      query ($id: ID!) {
        entity(id: $id) {
          id name kind summary degree
          relationships(direction: BOTH) {
            id type judgement
            source { id name kind } target { __typename id name ... on Theme { pillar } }
            evidence { quote sentence source { id title sentences { index text relationships { id } } } }
          }
        }
      }
    `,
    variables: { id: 'cheshire-constabulary' },
  },
  {
    name: 'entities, a page at a time',
    query: /* GraphQL */ `
      query ($first: Int!) {
        entities(kind: PARTNER, first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { id name degree } }
      }
    `,
    variables: { first: 3 },
  },
  // GraphiQL and code generators ask this on every load.
  { name: 'introspection', query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), variables: {} },
];

describe('compiled and interpreted answers', () => {
  it.each([...explorerOperations, ...otherOperations])('$name: the same, compiled as interpreted', async ({ query, variables }) => {
    const app = testApp(driver);
    const interpreted = await graphql(app, query, variables);
    const compiled = await graphql(app, query, variables);
    expect(interpreted.errors).toBeUndefined();
    expect({ status: compiled.status, data: compiled.data, errors: compiled.errors }).toEqual({
      status: interpreted.status,
      data: interpreted.data,
      errors: interpreted.errors,
    });
    expect(compiled.roundTrips).toBe(interpreted.roundTrips);
  });

  it('names the argument of a coded error in the same words, compiled', async () => {
    const app = testApp(driver);
    const query = 'query ($id: ID!) { neighbourhood(id: $id) { truncated } }';
    const [interpreted, compiled] = [await graphql(app, query, { id: 'nobody' }), await graphql(app, query, { id: 'nobody' })];
    expect(compiled.errors).toEqual(interpreted.errors);
    expect(compiled.errors).toEqual([
      { message: 'No entity has id "nobody" (argument id).', path: ['neighbourhood'], locations: [{ line: 1, column: 20 }], extensions: { code: 'NOT_FOUND', argument: 'id', id: 'nobody' } },
    ]);
  });

  it('still refuses bad variables with HTTP 400 once a document is compiled, before any query', async () => {
    const app = testApp(driver);
    const query = 'query ($id: ID!, $depth: Int!) { neighbourhood(id: $id, depth: $depth) { truncated } }';
    await graphql(app, query, { id: 'cheshire-constabulary', depth: 1 });
    await graphql(app, query, { id: 'cheshire-constabulary', depth: 1 });
    const refused = await graphql(app, query, { id: 'cheshire-constabulary', depth: 'deep' });
    expect(refused.status).toBe(400);
    expect(refused.errors?.map((error) => error.message)).toEqual(['Variable "$depth" got invalid value "deep"; Int cannot represent non-integer value: "deep"']);
    expect(refused.roundTrips).toBe(0);
  });
});
