// shortestPath with `directed`: a chain of assertions from one entity to another, or null where none runs that way.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, testApp } from '../support/api.ts';
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

const pathQuery = /* GraphQL */ `
  query Path($from: ID!, $to: ID!, $directed: Boolean) {
    shortestPath(from: $from, to: $to, directed: $directed) { length edges { source { id } type target { id } } }
  }
`;

const hops = (path: { edges: { source: { id: string }; type: string; target: { id: string } }[] } | null) =>
  path?.edges.map((edge) => `${edge.source.id} ${edge.type} ${edge.target.id}`) ?? null;

describe('shortestPath directed', () => {
  it('follows each relationship from its source to its target', async () => {
    const { data, errors } = await graphql(app, pathQuery, { from: 'cheshire-constabulary', to: 'vulnerable-victims-of-crime', directed: true });
    expect(errors).toBeUndefined();
    expect(hops(data?.shortestPath)).toEqual([
      'cheshire-constabulary FACES abuse-of-authority-for-sexual-gain',
      'abuse-of-authority-for-sexual-gain THREATENS vulnerable-victims-of-crime',
    ]);
  });

  it('finds no path against the direction of the assertions, where the undirected default finds one', async () => {
    const backwards = { from: 'victims-of-domestic-abuse', to: 'restrictions-on-perpetrators' };
    const directed = await graphql(app, pathQuery, { ...backwards, directed: true });
    expect(directed.errors).toBeUndefined();
    expect(directed.data?.shortestPath).toBeNull();
    const either = await graphql(app, pathQuery, backwards);
    expect(either.data?.shortestPath.length).toBe(2);
  });

  it('does not let a partner reach a risk through the force it works with', async () => {
    const partnerToRisk = { from: 'cheshire-partner-organisations', to: 'abuse-of-authority-for-sexual-gain' };
    expect((await graphql(app, pathQuery, partnerToRisk)).data?.shortestPath.length).toBe(2);
    expect((await graphql(app, pathQuery, { ...partnerToRisk, directed: true })).data?.shortestPath).toBeNull();
    const informs = await graphql(app, pathQuery, { from: 'cheshire-partner-organisations', to: 'serious-and-organised-crime-response', directed: true });
    expect(hops(informs.data?.shortestPath)).toEqual(['cheshire-partner-organisations INFORMS serious-and-organised-crime-response']);
  });
});
