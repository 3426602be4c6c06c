// The seed's text drafted through the API, reviewed by replaying the seed's reviewed findings against the draft,
// and published: the published findings are the seed's, and the effort it took is what the bench reports.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findingShape, planReview, replayReview } from '../../bench/review-replay.ts';
import type { App } from '../../server/app.ts';
import { exportAssessment } from '../../server/assessments/export-assessment.ts';
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { sourceFile } from '../support/source-text.ts';
import { graphql, testApp } from '../support/api.ts';
import { bearer, createTestToken, testTokenStore } from '../support/auth.ts';
import { testDriver } from '../support/database.ts';

let driver: Driver;
let app: App;
let secret: string;

beforeAll(async () => {
  driver = testDriver();
  const store = testTokenStore(driver);
  await store.ensureSchema();
  app = testApp(driver);
  ({ secret } = await createTestToken(store, 'editor'));
});
afterAll(() => driver.close());

it('replays the reviewed seed against its draft and publishes the seed findings, with effort per kept finding within 1.3', async () => {
  const reference = await exportAssessment(driver, 'cheshire-peel-assessment');
  const api = (query: string, variables: Record<string, unknown>) => graphql(app, query, variables, bearer(secret));
  const started = await api('mutation($input: StartDraftInput!) { startDraft(input: $input) { id findings { nodes { id sentence start end quote type judgement basis status inferredFrom version participants { role entity { id name kind existing } } review { status by at reason } cue confidence draft } } } }', {
    input: { text: await readFile(sourceFile, 'utf8'), fileName: 'cheshire-peel-assessment.txt', assessment: 'cheshire-replayed', year: 2016 },
  });
  expect(started.errors).toBeUndefined();
  const draft = started.data!.startDraft;
  const plan = planReview(draft.findings.nodes, reference.findings);
  expect(plan.effort.kept).toBe(34);
  expect(plan.effort.perKept).toBeLessThanOrEqual(1.3);

  await replayReview(api, draft.id, plan);
  const published = await api('mutation($id: ID!) { publishDraft(id: $id) { id } }', { id: draft.id });
  expect(published.errors).toBeUndefined();
  const replayed = await exportAssessment(driver, 'cheshire-replayed');
  expect(replayed.findings.map(findingShape).sort()).toEqual(reference.findings.map(findingShape).sort());
  expect(replayed.assessment.sentences).toEqual(reference.assessment.sentences);
});
