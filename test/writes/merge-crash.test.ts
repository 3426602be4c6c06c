// The server killed (SIGKILL) in the middle of merging two entities of many findings: the graph holds all of the
// merge or none of it.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyAssessment } from '../../server/assessments/apply-assessment.ts';
import { createTestToken, testTokenStore } from '../support/auth.ts';
import { testDriver } from '../support/database.ts';
import { fictionalAssessment } from '../support/fictional-assessment.ts';
import { killDuringChange, startServer, transactionOpen } from './support/spawned-server.ts';

let driver: Driver;
let admin: string;

beforeAll(async () => {
  driver = testDriver();
  const store = testTokenStore(driver);
  await store.ensureSchema();
  admin = (await createTestToken(store, 'admin')).secret;
});
afterAll(() => driver.close());

/** A fictional assessment whose two themes share thousands of findings: merging them moves every one. */
async function publishLarge(name: string): Promise<{ into: string; from: string }> {
  const file = fictionalAssessment({ name, sentences: 1_500, findingsPerSentence: 2, themes: 2 });
  const session = driver.session();
  try {
    await session.executeWrite((tx) => applyAssessment(tx, file, { actor: 'local:test', at: new Date(), action: 'ASSESSMENT_IMPORTED' }));
  } finally {
    await session.close();
  }
  return { into: `fictional-${name}-theme-1`, from: `fictional-${name}-theme-2` };
}

type Traces = Record<'fromExists' | 'fromInvolved' | 'intoInvolved' | 'fromRelationships' | 'intoRelationships' | 'intoAliases' | 'audited', number>;

/** The merge's traces, in numbers that do not depend on the entities' ids. */
async function traces({ into, from }: { into: string; from: string }): Promise<Traces> {
  const { records } = await driver.executeQuery(
    `RETURN COUNT { MATCH (:Entity {id: $from}) } AS fromExists,
            COUNT { MATCH (:Finding)-[:INVOLVES]->(:Entity {id: $from}) } AS fromInvolved,
            COUNT { MATCH (:Finding)-[:INVOLVES]->(:Entity {id: $into}) } AS intoInvolved,
            COUNT { MATCH (:Entity {id: $from})-[r]-(:Entity) } AS fromRelationships,
            COUNT { MATCH (:Entity {id: $into})-[r]-(:Entity) } AS intoRelationships,
            coalesce(head(COLLECT { MATCH (e:Entity {id: $into}) RETURN size(coalesce(e.aliases, [])) }), 0) AS intoAliases,
            COUNT { MATCH (a:AuditEntry {action: "ENTITY_MERGED", target: "entity:" + $into}) } AS audited`,
    { into, from },
  );
  return Object.fromEntries(Object.entries(records[0]!.toObject()).map(([k, v]) => [k, Number(v)])) as Traces;
}

const mergeBody = (pair: { into: string; from: string }) =>
  JSON.stringify({ query: 'mutation($into: ID!, $from: ID!) { mergeEntities(into: $into, from: $from, reason: "One theme under two names") { id } }', variables: pair });

it('leaves all of a merge or none when the server is killed while merging', async () => {
  // How long one merge takes here, and what all of it looks like, so the kills below land inside one.
  const timed = await publishLarge('merge-crash-timed');
  const untouched = await traces(timed);
  expect(untouched.fromInvolved).toBeGreaterThan(1_000);
  const server = await startServer();
  const started = performance.now();
  const response = await server.graphql('mutation($into: ID!, $from: ID!) { mergeEntities(into: $into, from: $from, reason: "One theme under two names") { id } }', timed, admin);
  const mergeMs = performance.now() - started;
  expect(response.errors).toBeUndefined();
  const whole = await traces(timed);
  expect(whole).toMatchObject({ fromExists: 0, fromInvolved: 0, fromRelationships: 0, audited: 1 });
  expect(whole.intoInvolved).toBeGreaterThan(untouched.intoInvolved);
  server.child.kill('SIGKILL');

  const outcomes: string[] = [];
  for (const [i, fraction] of [0.2, 0.5, 0.8].entries()) {
    const pair = await publishLarge(`merge-crash-${i}`);
    expect(await traces(pair)).toEqual(untouched);
    // Killed once the merging transaction (the curation names it in the metadata) is open, a little way into it.
    await killDuringChange(mergeBody(pair), admin, () => transactionOpen(driver, 'merge', 'from', pair.from), Math.min(mergeMs * fraction, 50 * (i + 1)));
    const after = await traces(pair);
    if (after.fromExists === 1) {
      expect(after).toEqual(untouched);
      outcomes.push('none');
    } else {
      expect(after).toEqual(whole);
      outcomes.push('all');
    }
  }
  // Each outcome was all or nothing (checked above); the kills land inside the merging transaction, so at least one
  // found nothing, or the test would prove nothing.
  expect(outcomes).toContain('none');
}, 600_000);
