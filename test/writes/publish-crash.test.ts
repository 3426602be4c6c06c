// The server killed (SIGKILL) in the middle of publishing a large assessment: the graph holds all of it or none,
// and the draft is still there, reviewed, for the next server.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DraftStore } from '../../server/review/draft-store.ts';
import { prepareDraft } from '../../server/review/start-draft.ts';
import { createTestToken, testTokenStore } from '../support/auth.ts';
import { testDriver } from '../support/database.ts';
import { killDuringChange, startServer, transactionOpen } from './support/spawned-server.ts';

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
    // Killed once the publishing transaction is open in Neo4j, a little way into it.
    const body = JSON.stringify({ query: 'mutation($id: ID!) { publishDraft(id: $id) { id } }', variables: { id: draft.id } });
    await killDuringChange(body, secret, () => transactionOpen(driver, 'publish', 'draft', draft.id), Math.min(publishMs * fraction, 50 * (i + 1)));
    const after = await publishedFindings(assessment);
    // The draft outlives the server: a new one serves it as reviewed, published only when the assessment is.
    const restarted = await startServer();
    try {
      const kept = await restarted.graphql('query($id: ID!) { draft(id: $id) { progress { total accepted } publishedAt } }', { id: draft.id }, secret);
      expect(kept.data!.draft.progress).toEqual({ total: draft.findings, accepted: draft.findings });
      if (after.findings === 0) {
        expect(after).toEqual({ findings: 0, sources: 0, relationships: 0 });
        expect(kept.data!.draft.publishedAt).toBeNull();
        outcomes.push('none');
      } else {
        expect(after).toEqual(whole);
        expect(kept.data!.draft.publishedAt).toEqual(expect.any(String));
        outcomes.push('all');
      }
    } finally {
      restarted.child.kill('SIGKILL');
    }
  }
  // Each outcome was all or nothing (checked above); the kills land inside the publishing transaction, so at least
  // one found nothing, or the test would prove nothing.
  expect(outcomes).toContain('none');
}, 600_000);
