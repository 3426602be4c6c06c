// The cost of an operation: reported in every answer, priced before anything runs, refused naming what to lower.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costLimits } from '../../server/plugins/query-cost.ts';
import { graphql, testApp } from '../support/api.ts';
import { testDriver } from '../support/database.ts';
import { explorerOperations } from '../support/explorer-operations.ts';

let driver: Driver;
let app: ReturnType<typeof testApp>;
beforeAll(() => {
  driver = testDriver();
  app = testApp(driver);
});
afterAll(async () => {
  await driver.close();
});

/** The largest page `entities` documents, with every field of each entity, its relationships, ends and evidence. */
const fullestPage = /* GraphQL */ `
  query FullestPage($first: Int = 500) {
    entities(first: $first) {
      totalCount
      nodes {
        id name kind summary degree
        relationships { id type judgement source { id name } target { id name kind } evidence { quote sentence source { id } } }
      }
    }
  }
`;

describe('query cost', () => {
  it('reports each answer’s cost, the same when the document runs compiled', async () => {
    // stats 1 + byKind, a list without a page argument, counted as 10. From its second use the document runs compiled.
    for (let run = 1; run <= 3; run += 1) {
      expect(await costOf('{ stats { nodes byKind { kind count } } }'), `run ${run}`).toEqual({ cost: { requested: 11, limit: costLimits.maxCost } });
    }
  });

  it('counts a page size sent as a variable as much as a literal one', async () => {
    expect(await costOf('{ entities(first: 40) { nodes { id } } }')).toEqual({ cost: { requested: 41, limit: costLimits.maxCost } });
    expect(await costOf('query ($n: Int) { entities(first: $n) { nodes { id } } }', { n: 40 })).toEqual({ cost: { requested: 41, limit: costLimits.maxCost } });
  });

  it('lets the documented largest page through with a full selection', async () => {
    const response = await graphql(app, fullestPage);
    expect(response.errors).toBeUndefined();
    expect(response.data?.entities.nodes.length).toBe(response.data?.entities.totalCount);
  });

  it('keeps every explorer operation far under the limit', async () => {
    for (const { name, query, variables } of explorerOperations) {
      const extensions = await costOf(query, variables);
      expect(extensions?.cost.requested, name).toBeLessThan(costLimits.maxCost / 20);
    }
  });

  it.each([
    ['{ entities(first: 100000) { nodes { id } } }', {}, 'first', 'Argument first must be from 1 to 500, got 100000.'],
    ['query ($n: Int) { entities(first: $n) { nodes { id } } }', { n: 100000 }, 'first', 'Argument first must be from 1 to 500, got 100000.'],
    ['{ neighbourhood(id: "vetting", limit: 5000) { truncated } }', {}, 'limit', 'Argument limit must be from 1 to 1000, got 5000.'],
  ])('refuses %s naming the argument, before pricing it', async (query, variables, argument, message) => {
    const response = await graphql(app, query, variables);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([{ message, extensions: { code: 'BAD_USER_INPUT', argument } }]);
  });

  it('refuses an operation over the limit with its cost, saying what to lower', async () => {
    const response = await graphql(app, '{ entities(first: 500) { nodes { relationships { target { relationships { target { relationships { id } } } } } } } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: { requested: 610_501, limit: costLimits.maxCost } });
    expect(response.errors?.[0]?.message).toMatch(/first, limit/);
  });
});

async function costOf(query: string, variables: Record<string, unknown> = {}): Promise<{ cost: { requested: number; limit: number } } | undefined> {
  const response = await app.fetch('http://local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { extensions?: { cost: { requested: number; limit: number } } }).extensions;
}
