// A finding's review status and history in the explorer, in headless Chromium against the real server and the writes
// tests' Neo4j: a finding an editor disputes is badged, the legend's Review entries hide or show it (kept in the link
// as reviews=), and its details show its history (who, when, what, before and after) once an editor signs in.
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyAssessment } from '../../server/assessments/apply-assessment.ts';
import type { TokenStore } from '../../server/auth/token-store.ts';
import { eventually, type PageWindow, useExplorerSession } from '../e2e/support/explorer-session.ts';
import { graphql, testApp } from '../support/api.ts';
import { bearer, createTestToken, testTokenStore } from '../support/auth.ts';
import { fictionalAssessment } from '../support/fictional-assessment.ts';

const session = useExplorerSession();
let store: TokenStore;
let page: Page;
let editor: { name: string; secret: string };
const file = fictionalAssessment({ name: 'disputed-downs', sentences: 3 });
const assessment = file.assessment.id;
// Its first accepted finding, disputed below; it draws as one or more relationships.
const disputed = file.findings.find((f) => f.review.status === 'ACCEPTED')!;
/** Each relationship the assessment draws, as `shown` lists it, once the finding is disputed. */
const expected = file.findings
  .flatMap((f) => f.edges.map(() => `${f.id} ${f.id === disputed.id ? 'DISPUTED' : f.review.status}`))
  .sort();
const count = (status: string) => file.findings.filter((f) => (f.id === disputed.id ? 'DISPUTED' : f.review.status) === status).length;
const reason = 'Sentence 1 says this of another force.';

beforeAll(async () => {
  store = testTokenStore(session.driver);
  await store.ensureSchema();
  editor = await createTestToken(store, 'editor');
  const db = session.driver.session();
  try {
    await db.executeWrite((tx) => applyAssessment(tx, file, { actor: 'local:archivist', action: 'ASSESSMENT_IMPORTED', at: new Date() }));
  } finally {
    await db.close();
  }
  const response = await graphql(
    testApp(session.driver),
    'mutation($id: ID!, $reason: String!) { disputeFinding(id: $id, reason: $reason) { id review { status } } }',
    { id: disputed.id, reason },
    bearer(editor.secret),
  );
  expect(response.errors).toBeUndefined();
}, 120_000);
beforeEach(() => {
  page = session.page;
});

/** The finding of each relationship drawn and shown now, with its review. */
const shown = (): Promise<string[]> =>
  page.evaluate(() =>
    (window as unknown as PageWindow).peelGraph
      .shownEdges()
      .map((edge: { finding: string; review: string }) => `${edge.finding} ${edge.review}`)
      .sort(),
  );

const legendEntry = (label: string) => page.locator('#legend section[aria-label="Review"] button.legend-entry', { hasText: label });

describe('review status in the explorer', () => {
  it('badges a disputed finding and filters by review status, keeping the filter in the link', async () => {
    await session.open(`?source=${assessment}`);
    const all = await shown();
    expect(all).toEqual(expected);
    expect(all.filter((line) => line.startsWith(`${disputed.id} `))).toEqual(disputed.edges.map(() => `${disputed.id} DISPUTED`));
    const disputedEdges = all.filter((line) => line.endsWith(' DISPUTED'));
    // The legend counts findings, not lines.
    expect(await legendEntry('Disputed').locator('.legend-count').textContent()).toBe(String(count('DISPUTED')));
    expect(await legendEntry('Accepted').locator('.legend-count').textContent()).toBe(String(count('ACCEPTED')));

    await legendEntry('Disputed').click();
    await eventually(shown).toEqual(all.filter((line) => line.endsWith(' ACCEPTED')));
    expect(await legendEntry('Disputed').getAttribute('aria-pressed')).toBe('false');
    expect(new URL(page.url()).searchParams.get('reviews')).toBe('DRAFT,ACCEPTED,REJECTED');

    // A shared link with only disputed findings opens on them alone.
    await session.open(`?source=${assessment}&reviews=DISPUTED`);
    await eventually(shown).toEqual(disputedEdges);
    expect(await legendEntry('Accepted').getAttribute('aria-pressed')).toBe('false');

    // Selecting it shows the badge, and to a reader no history but how to see it.
    const edge = await page.evaluate((finding) => (window as unknown as PageWindow).peelGraph.shownEdges().find((e: { finding: string }) => e.finding === finding).id, disputed.id);
    await page.evaluate((id) => (window as unknown as PageWindow).peelGraph.select(id), edge);
    await expect.poll(() => page.locator('#panel-details .kind-line .badge.review-disputed').textContent()).toBe('Disputed');
    expect(await page.locator('#panel-details .finding-history').textContent()).toContain('Sign in as an editor to see who changed this finding');
  }, 120_000);

  it("shows a signed-in editor the finding's history: who disputed it, when, why, and the review before and after", async () => {
    await session.open(`?source=${assessment}`);
    await page.locator('#sign-in').click();
    await page.locator('#sign-in-token').fill(editor.secret);
    await page.locator('#sign-in-token').press('Enter');
    await eventually(() => page.locator('#viewer-name').textContent()).toBe(`${editor.name} (editor)`);

    const edge = await page.evaluate((finding) => (window as unknown as PageWindow).peelGraph.shownEdges().find((e: { finding: string }) => e.finding === finding).id, disputed.id);
    await page.evaluate((id) => (window as unknown as PageWindow).peelGraph.select(id), edge);
    const history = page.locator('#panel-details .finding-history');
    await expect.poll(() => history.getAttribute('aria-busy'), { timeout: 20_000 }).toBe('false');

    // Newest first: the dispute, then the import that published it.
    const entries = history.locator('.history-entry');
    expect(await entries.evaluateAll((items) => items.map((item) => item.getAttribute('data-action')))).toEqual(['FINDING_DISPUTED', 'ASSESSMENT_IMPORTED']);
    const dispute = entries.first();
    expect(await dispute.locator('.history-action').textContent()).toBe('Disputed');
    expect(await dispute.locator('.history-actor').textContent()).toBe(editor.name);
    expect(Date.now() - Date.parse((await dispute.locator('time').getAttribute('datetime'))!)).toBeLessThan(10 * 60_000);
    const row = (field: string) => dispute.locator('tbody tr', { has: page.locator(`th:text-is("${field}")`) });
    expect(await row('reason').locator('.history-after').textContent()).toBe(reason);
    expect(await row('reason').locator('.history-before').textContent()).toBe('—');
    expect(await row('status').locator('.history-before').textContent()).toBe('ACCEPTED');
    expect(await row('review').locator('.history-after').textContent()).toBe('DISPUTED');
    expect(await entries.nth(1).locator('.history-actor').textContent()).toBe('local:archivist');
  }, 120_000);
});
