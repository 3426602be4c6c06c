import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityKinds, judgements, relationshipTypes } from '../../server/graph/records.ts';
import { graphql, testApp } from '../support/api.ts';
import { inGraph, testDriver } from '../support/database.ts';

let driver: Driver;
let app: ReturnType<typeof testApp>;
beforeAll(() => {
  driver = testDriver();
  app = testApp(driver, { NODE_ENV: 'production' });
});
afterAll(async () => {
  await driver.close();
});

const injections = [
  '"}) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 --",
  '`) DETACH DELETE n RETURN (`',
  '\\u0027; DROP CONSTRAINT entity_id; //',
  '${process.exit()}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '*:*',
  'name:* OR summary:*',
  '"',
  '\\',
  '\u0000',
  '\u202e\u200b\ufeff',
  '🚓'.repeat(60),
  'cheshire-constabulary',
  'vetting',
];

const anyText = fc.oneof(
  fc.constantFrom(...injections),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code)), maxLength: 20 }),
  fc.string({ maxLength: 400 }),
);

const anyInt = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 3, 4, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, Number.MAX_SAFE_INTEGER, 1e308, -0.5, Number.NaN),
  fc.double(),
);

const enumList = (values: readonly string[]) =>
  fc.option(fc.array(fc.oneof(fc.constantFrom(...values), fc.constantFrom('BOGUS', '', 'works_with')), { maxLength: 60 }), { nil: null });

const fields: { name: string; query: string; variables: fc.Arbitrary<Record<string, unknown>> }[] = [
  {
    name: 'entity',
    query: 'query ($id: ID!) { entity(id: $id) { id relationships { id } } }',
    variables: fc.record({ id: anyText }),
  },
  {
    name: 'entities',
    query: 'query ($kind: EntityKind, $first: Int, $after: String) { entities(kind: $kind, first: $first, after: $after) { totalCount nodes { id } } }',
    variables: fc.record({ kind: fc.option(fc.constantFrom(...entityKinds, 'BOGUS'), { nil: null }), first: anyInt, after: fc.option(anyText, { nil: null }) }),
  },
  {
    name: 'search',
    query: 'query ($text: String!, $first: Int) { search(text: $text, first: $first) { score snippet entity { id } } }',
    variables: fc.record({ text: anyText, first: anyInt }),
  },
  {
    name: 'graph',
    query:
      'query ($k: [EntityKind!], $t: [RelationshipType!], $j: [Judgement!], $s: [ID!]) { graph(kinds: $k, types: $t, judgements: $j, sources: $s) { truncated nodes { id } } }',
    variables: fc.record({
      k: enumList(entityKinds),
      t: enumList(relationshipTypes),
      j: enumList(judgements),
      s: fc.option(fc.array(fc.oneof(anyText, fc.constant('cheshire-peel-assessment')), { maxLength: 60 }), { nil: null }),
    }),
  },
  {
    name: 'neighbourhood',
    query: 'query ($id: ID!, $d: Int, $l: Int, $t: [RelationshipType!], $k: [EntityKind!]) { neighbourhood(id: $id, depth: $d, limit: $l, types: $t, kinds: $k) { truncated nodes { id } } }',
    variables: fc.record({ id: anyText, d: anyInt, l: anyInt, t: enumList(relationshipTypes), k: enumList(entityKinds) }),
  },
  {
    name: 'shortestPath',
    query: 'query ($from: ID!, $to: ID!, $t: [RelationshipType!]) { shortestPath(from: $from, to: $to, types: $t) { length } }',
    variables: fc.record({ from: anyText, to: anyText, t: enumList(relationshipTypes) }),
  },
  {
    name: 'partnerInvolvement',
    query: 'query ($id: ID!, $h: Int) { partnerInvolvement(partnerId: $id, maxHops: $h) { reached { id } } }',
    variables: fc.record({ id: anyText, h: anyInt }),
  },
  {
    name: 'sources',
    query: 'query ($first: Int, $after: ID) { sources(first: $first, after: $after) { id sentences { index } } }',
    variables: fc.record({ first: anyInt, after: fc.option(anyText, { nil: null }) }),
  },
  {
    name: 'source',
    query: 'query ($id: ID!) { source(id: $id) { id sentences { index } } }',
    variables: fc.record({ id: anyText }),
  },
];

const expectedCodes = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'QUERY_TOO_COMPLEX']);

async function counts() {
  const { records } = await driver.executeQuery(`MATCH (n) WHERE ${inGraph('n')} WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships`);
  return records[0]?.toObject();
}

describe('fuzzed arguments', () => {
  it.each(fields.map((f) => [f.name, f] as const))('%s: never a 5xx, never an unmasked error', async (_, field) => {
    // Requests that got past graphql-js's own checks of the variables to ours (the pricing's ranges, the resolvers').
    let reachedOurChecks = 0;
    await fc.assert(
      fc.asyncProperty(field.variables, async (variables) => {
        const response = await graphql(app, field.query, variables);
        const body = JSON.stringify(response);
        expect([200, 400], body).toContain(response.status);
        expect(body).not.toMatch(/Unexpected error|INTERNAL_SERVER_ERROR|\bat .+\.(ts|js):\d+|Neo4jError|Neo\.ClientError/);
        if (response.status === 200) reachedOurChecks += 1;
        for (const error of response.errors ?? []) {
          // Past validation every refusal carries a code; a 400 is graphql-js rejecting a variable's value, or
          // the pricing refusing a page or depth argument out of its range, naming it, before anything runs.
          if (response.status === 200) expect(expectedCodes, body).toContain(error.extensions?.code);
          else if (error.extensions?.code === 'BAD_USER_INPUT' && typeof error.extensions?.argument === 'string') {
            reachedOurChecks += 1;
            expect(error.message, body).toMatch(new RegExp(`^Argument ${error.extensions.argument} must be from \\d+ to \\d+`));
          } else expect(error.message, body).toMatch(/^(Variable "\$\w+" |Too many errors processing variables)/);
        }
      }),
      { numRuns: 40, seed: 20161, endOnFailure: true },
    );
    // The generators reach the resolvers' own checks, not only graphql-js's.
    expect(reachedOurChecks).toBeGreaterThan(0);
  });

  it('leaves the graph exactly as it was', async () => {
    const before = await counts();
    for (const field of fields) {
      const samples = fc.sample(field.variables, { numRuns: 10, seed: 7 });
      for (const variables of samples) await graphql(app, field.query, variables);
    }
    expect(await counts()).toEqual(before);
  });
});
