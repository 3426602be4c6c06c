// The server killed (SIGKILL) in the middle of publishing a large assessment: the graph holds all of it or none.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DraftStore } from '../../server/review/draft-store.ts';
import { prepareDraft } from '../../server/review/start-draft.ts';
import { createTestToken, testTokenStore } from '../support/auth.ts';
import { testDriver } from '../support/database.ts';
import { startServer } from './support/spawned-server.ts';

let driver: Driver;
let drafts: DraftStore;
let secret: string;

beforeAll(async () => {
  driver = testDriver();
  drafts = new DraftStore(driver, { queryTimeoutMs: 60_000 });
  const store = testTokenStore(driver);
  await store.ensureSchema();
  ({ secret } = await createTestToken(store, 'editor'));
});
afterAll(() => driver.close());

/** A fictional report of many paragraphs, each drafting into several findings. */
function longFictionalText(force: string, paragraphs: number): string {
  const lines = [`Fictional sample for peel-graph: ${force} is not a real force.`, ''];
  for (let i = 1; i <= paragraphs; i += 1) {
    lines.push(
      `In area ${i}, ${force} is good at protecting vulnerable people and works well with local authorities to safeguard children at risk of exploitation. However, the force needs to improve its vetting procedures in area ${i}.`,
      '',
    );
  }
  return lines.join('\n');
}

/** A draft of the long text with every finding accepted: ready to publish. */
async function reviewedDraft(assessment: string): Promise<{ id: string; findings: number }> {
  const prepared = await prepareDraft({ text: longFictionalText('Fictional Crash Police', 200), force: 'Fictional Crash Police', year: 2025, kind: 'PEEL', assessment }, (request) => drafts.lookUpEntities(request), 'crash-test', 10_000_000);
  const draft = await drafts.create(prepared);
  // Reviewing a thousand findings through the API is not what this test is about: they are accepted in one go.
  await driver.executeQuery('MATCH (f:DraftFinding {draft: $id}) SET f.review = "ACCEPTED", f.reviewedBy = "crash-test"', { id: draft.id });
  return { id: draft.id, findings: draft.progress.total };
}

async function publishedFindings(assessment: string): Promise<{ findings: number; sources: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    `RETURN COUNT { MATCH (f:Finding {assessment: $id}) } AS findings, COUNT { MATCH (s:Source {id: $id}) } AS sources,
            COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE r.source = $id } AS relationships`,
    { id: assessment },
  );
  return { findings: Number(records[0]!.get('findings')), sources: Number(records[0]!.get('sources')), relationships: Number(records[0]!.get('relationships')) };
}

/** Resolves once Neo4j shows the transaction publishing the draft (the store names it in the metadata). */
async function publishing(draft: string): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 10) {
    const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD metaData WHERE metaData.action = "publish" AND metaData.draft = $draft RETURN count(*) AS open', { draft });
    if (Number(records[0]!.get('open')) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`the publishing of ${draft} never showed in SHOW TRANSACTIONS`);
}

it('leaves all of an assessment or none when the server is killed while publishing it', async () => {
  // How long one publish takes here, so the kills below land inside one.
  const timed = await reviewedDraft('fictional-crash-timed');
  const server = await startServer();
  const publish = (id: string) =>
    fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: 'mutation($id: ID!) { publishDraft(id: $id) { id } }', variables: { id } }),
    });
  const started = performance.now();
  const response = await (await publish(timed.id)).json();
  const publishMs = performance.now() - started;
  expect(response.errors).toBeUndefined();
  const whole = await publishedFindings('fictional-crash-timed');
  expect(whole.findings).toBeGreaterThan(600);
  server.child.kill('SIGKILL');

  const outcomes: string[] = [];
  for (const [i, fraction] of [0.2, 0.5, 0.8].entries()) {
    const assessment = `fictional-crash-${i}`;
    const draft = await reviewedDraft(assessment);
    const running = await startServer();
    const request = fetch(`${running.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: 'mutation($id: ID!) { publishDraft(id: $id) { id } }', variables: { id: draft.id } }),
    }).catch(() => null);
    // Killed once the publishing transaction is open in Neo4j, a little way into it.
    await publishing(draft.id);
    await new Promise((resolve) => setTimeout(resolve, Math.min(publishMs * fraction, 50 * (i + 1))));
    running.child.kill('SIGKILL');
    await request;
    // Neo4j rolls back a transaction whose connection died; give it the moment that takes.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const after = await publishedFindings(assessment);
    if (after.findings === 0) {
      expect(after).toEqual({ findings: 0, sources: 0, relationships: 0 });
      outcomes.push('none');
    } else {
      expect(after).toEqual(whole);
      outcomes.push('all');
    }
  }
  // Each outcome was all or nothing (checked above); the kills land inside the publishing transaction, so at least
  // one found nothing, or the test would prove nothing.
  expect(outcomes).toContain('none');
}, 600_000);
