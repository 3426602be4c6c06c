// Relay conventions for integrators: any object found again by its id, and assessments as a connection.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { graphql, testApp } from '../support/api.ts';
import { testDriver } from '../support/database.ts';

let driver: Driver;
let app: App;
beforeAll(() => {
  driver = testDriver();
  app = testApp(driver);
});
afterAll(async () => {
  await driver.close();
});

const nodeQuery = /* GraphQL */ `query ($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Entity { name }
    ... on Finding { judgement evidence { sentence } }
    ... on Assessment { title force { id } }
    ... on Relationship { type source { id } target { id } }
  }
}`;

describe('node(id)', () => {
  it.each([
    ['cheshire-constabulary', { __typename: 'Force', id: 'cheshire-constabulary', name: 'Cheshire Constabulary' }],
    ['cheshire-peel-assessment/s18.1', { __typename: 'Finding', id: 'cheshire-peel-assessment/s18.1', judgement: 'AREA_FOR_IMPROVEMENT', evidence: { sentence: 18 } }],
    [
      'cheshire-peel-assessment',
      { __typename: 'Assessment', id: 'cheshire-peel-assessment', title: "HMI Mike Cunningham's assessment of Cheshire Constabulary", force: { id: 'cheshire-constabulary' } },
    ],
    [
      'cheshire-peel-assessment/s18.1/cheshire-constabulary/needs_improvement/vetting',
      {
        __typename: 'Relationship',
        id: 'cheshire-peel-assessment/s18.1/cheshire-constabulary/needs_improvement/vetting',
        type: 'NEEDS_IMPROVEMENT',
        source: { id: 'cheshire-constabulary' },
        target: { id: 'vetting' },
      },
    ],
  ])('finds %s again, whatever it is, in one round trip', async (id, expected) => {
    const response = await graphql(app, nodeQuery, { id });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ node: expected });
    expect(response.roundTrips).toBe(1);
  });

  it('is null for an id nothing has', async () => {
    const response = await graphql(app, nodeQuery, { id: 'cheshire-peel-assessment/s99.9/a/works_with/b' });
    expect(response.data).toEqual({ node: null });
  });
});

describe('assessments', () => {
  it('lists assessments as a connection, with what is known of each', async () => {
    const response = await graphql(
      app,
      /* GraphQL */ `{ assessments(force: "cheshire-constabulary", first: 10) {
        totalCount edges { cursor node { id year fictional force { id name } } } nodes { id }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.roundTrips).toBe(1);
    const page = response.data!.assessments;
    expect(page.totalCount).toBe(1);
    expect(page.edges[0].node).toEqual({ id: 'cheshire-peel-assessment', year: 2016, fictional: false, force: { id: 'cheshire-constabulary', name: 'Cheshire Constabulary' } });
    expect(page.nodes).toEqual([{ id: 'cheshire-peel-assessment' }]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: page.edges[0].cursor, endCursor: page.edges[0].cursor });
  });

  it('filters by year and kind, and pages on from a cursor', async () => {
    const none = await graphql(app, '{ assessments(year: 2019) { totalCount nodes { id } } }');
    expect(none.data).toEqual({ assessments: { totalCount: 0, nodes: [] } });
    const kind = await graphql(app, '{ assessments(kind: "PEEL HMI observations (transcript)") { totalCount } }');
    expect(kind.data!.assessments.totalCount).toBeGreaterThanOrEqual(1);
    const first = await graphql(app, '{ assessments(first: 1) { pageInfo { endCursor } } }');
    const next = await graphql(app, 'query ($after: String) { assessments(first: 1, after: $after) { nodes { id } pageInfo { hasPreviousPage } } }', {
      after: first.data!.assessments.pageInfo.endCursor,
    });
    expect(next.data!.assessments.nodes.map((n: { id: string }) => n.id)).not.toContain('cheshire-peel-assessment');
    expect(next.data!.assessments.pageInfo.hasPreviousPage).toBe(true);
  });

  it('names the argument it refuses', async () => {
    const response = await graphql(app, '{ assessments(first: 0) { totalCount } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

describe('entities', () => {
  it('gives each entity with its cursor, as Relay clients expect', async () => {
    const response = await graphql(app, '{ entities(kind: PARTNER, first: 1) { edges { cursor node { id } } pageInfo { startCursor endCursor hasPreviousPage } } }');
    const { edges, pageInfo } = response.data!.entities;
    expect(edges).toHaveLength(1);
    expect(pageInfo.startCursor).toBe(edges[0].cursor);
    expect(pageInfo.endCursor).toBe(edges[0].cursor);
    expect(pageInfo.hasPreviousPage).toBe(false);
  });
});

describe('filters integrators asked for', () => {
  it("filters an entity's relationships by judgement and by assessment", async () => {
    const response = await graphql(
      app,
      /* GraphQL */ `{ entity(id: "cheshire-constabulary") {
        afi: relationships(direction: OUT, judgements: [AREA_FOR_IMPROVEMENT]) { target { id } }
        none: relationships(assessments: ["no-such-assessment"]) { id }
        cheshire: relationships(assessments: ["cheshire-peel-assessment"], types: [WORKS_WITH]) { target { id } }
      } }`,
    );
    expect(response.errors).toBeUndefined();
    const entity = response.data!.entity;
    expect(entity.afi.map((r: { target: { id: string } }) => r.target.id).sort()).toEqual(['managing-abuse-of-authority', 'mobile-devices', 'vetting']);
    expect(entity.none).toEqual([]);
    expect(entity.cheshire.map((r: { target: { id: string } }) => r.target.id).sort()).toEqual(['cheshire-other-agencies', 'cheshire-partner-organisations']);
    expect(response.roundTrips).toBe(1);
  });

  it('searches only the kinds and types asked for', async () => {
    const themes = await graphql(app, '{ search(text: "vetting", kinds: [THEME]) { entity { id kind } relationship { id } } }');
    expect(themes.errors).toBeUndefined();
    const hits = themes.data!.search as { entity: { kind: string } | null; relationship: unknown }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.filter((hit) => hit.entity).every((hit) => hit.entity!.kind === 'THEME')).toBe(true);
    const quotes = await graphql(app, '{ search(text: "partner organisations", types: [INFORMS]) { relationship { type } } }');
    const types = (quotes.data!.search as { relationship: { type: string } | null }[]).flatMap((hit) => (hit.relationship ? [hit.relationship.type] : []));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['INFORMS']));
  });
});
