// The explorer across assessments in headless Chromium, on copies of the fictional samples: pick a force and its
// years, compare it with another force by theme and by PEEL pillar, follow a theme across the force's years, see what
// changed between its two years; each view restored by its URL.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadExamples, removeExamples } from '../../server/examples.ts';
import { parseCsv } from '../e2e/support/csv.ts';
import { type PageWindow, useExplorerSession } from '../e2e/support/explorer-session.ts';
import { waitForGraph } from '../e2e/support/browser.ts';
import { copiedIds, copyExamples } from './support/copied-examples.ts';

const session = useExplorerSession();
let directory: string;
let page: Page;

beforeAll(async () => {
  directory = await copyExamples();
  await loadExamples(session.driver, { directory, actor: 'local:explorer-assessments-test' });
});
afterAll(async () => {
  await removeExamples(session.driver, { directory, actor: 'local:explorer-assessments-test' });
  await rm(directory, { recursive: true, force: true });
});
beforeEach(() => {
  page = session.page;
  // Three views and three reloads against a Neo4j other test files are writing to: generous, as a busy machine needs.
  page.setDefaultTimeout(60_000);
});

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000, interval: 100 });

interface CopiedFile {
  assessment: { id: string; sentences: string[] };
  entities: { id: string; kind: string; pillar: string | null }[];
  findings: { id: string; sentence: number; quote: string; basis: string; judgement: string | null; participants: { entity: string }[] }[];
}

const copied = async (id: string) => JSON.parse(await readFile(path.join(directory, `${id}.json`), 'utf8')) as CopiedFile;

/** The stated findings of an assessment about any theme of a PEEL pillar: what a cell of the matrix by pillar cites. */
async function quotesUnderPillar(assessment: string, pillar: string): Promise<string[]> {
  const file = await copied(assessment);
  const themes = new Set(file.entities.filter((e) => e.kind === 'THEME' && e.pillar === pillar).map((e) => e.id));
  return file.findings.filter((f) => f.basis === 'STATED' && f.participants.some((p) => themes.has(p.entity))).map((f) => f.quote);
}

/** The sentences of an assessment that state its findings about a theme, as the timeline cites them. */
async function sentencesAbout(assessment: string, theme: string): Promise<string[]> {
  const file = await copied(assessment);
  return file.findings
    .filter((f) => f.basis === 'STATED' && f.participants.some((p) => p.entity === theme))
    .map((f) => file.assessment.sentences[f.sentence - 1] as string);
}

/** The stated findings of an assessment about a theme: what a compare cell cites. */
async function quotesAbout(assessment: string, theme: string): Promise<string[]> {
  const file = await copied(assessment);
  return file.findings.filter((f) => f.basis === 'STATED' && f.participants.some((p) => p.entity === theme)).map((f) => f.quote);
}

async function pickForce(force: string): Promise<void> {
  await page.locator(`#picker-force option[value="${force}"]`).waitFor({ state: 'attached' });
  await page.locator('#picker-force').selectOption(force);
  // Listed once every item is an assessment of the force (the list before it held every force's).
  const prefix = force.split('-')[0] as string;
  await eventually(async () => {
    const listed = await page.locator('#picker-results .picker-item').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.assessment ?? ''));
    return listed.length > 0 && listed.every((id) => id.startsWith(prefix));
  }).toBe(true);
}

const reportsShown = () => page.evaluate(() => (window as unknown as PageWindow).peelGraph.reports.map((r: any) => r.assessment.id) as string[]);

describe('many assessments in the explorer', () => {
  it('picks a force and its years, compares it with another force, and diffs its two years, each view restored by its URL', { timeout: 300_000 }, async () => {
    await session.open('?panel=assessments');
    // Nothing in the URL: the seed's assessment, as before the samples were loaded.
    expect(await reportsShown()).toEqual(['cheshire-peel-assessment']);

    // Choose: a force, its years in the list (labelled fictional), all of them in the graph.
    await pickForce(copiedIds.force);
    const items = page.locator('#picker-results .picker-item');
    expect(await items.evaluateAll((all) => all.map((item) => (item as HTMLElement).dataset.assessment))).toEqual([copiedIds.earlier, copiedIds.later]);
    for (const text of await items.allInnerTexts()) expect(text).toContain('fictional');
    await page.locator('#picker-all-years').click();
    await eventually(reportsShown).toEqual([copiedIds.earlier, copiedIds.later]);
    await waitForGraph(page);
    expect(page.url()).toContain(`assessments=${copiedIds.earlier}%2C${copiedIds.later}`);
    const drawnForces = await page.evaluate(() => (window as unknown as PageWindow).peelGraph.cy.nodes('[kind = "FORCE"]').map((n: any) => n.id()));
    expect(drawnForces).toEqual([copiedIds.force]);
    expect(await page.locator('#legend').innerText()).toMatch(/Forces\s*1/);
    await page.getByRole('tab', { name: 'Report' }).click();
    expect(await page.locator('#panel-report h2').innerText()).toContain('Wyvernmoor Constabulary, 2021 (fictional)');
    expect(await page.locator('#report-choice option').count()).toBe(2);

    // A shared link opens the same assessments.
    await page.reload();
    await waitForGraph(page);
    expect(await reportsShown()).toEqual([copiedIds.earlier, copiedIds.later]);

    // Compare: the force's latest assessment beside the other force's, theme by theme.
    await page.getByRole('tab', { name: 'Assessments' }).click();
    await pickForce(copiedIds.force);
    await page.locator(`#pick-${copiedIds.later}`).check();
    await pickForce(copiedIds.otherForce);
    await page.locator(`#pick-${copiedIds.other}`).check();
    await page.locator('#picker-compare').click();
    const matrix = page.locator('#compare-matrix');
    await matrix.waitFor();
    expect(page.url()).toContain(`compare=${copiedIds.force}%2C${copiedIds.otherForce}`);
    expect(await matrix.locator('tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.force))).toEqual([copiedIds.force, copiedIds.otherForce]);
    expect(await page.locator('.compared-assessments li').allInnerTexts()).toEqual([
      expect.stringContaining('fictional'),
      expect.stringContaining('fictional'),
    ]);
    // Vetting: the force's words and the other force's side by side.
    const vetting = 'copy-vetting';
    const cell = matrix.locator(`.matrix-cell[data-force="${copiedIds.force}"][data-theme="${vetting}"]`);
    expect(await cell.innerText()).toBe(String((await quotesAbout(copiedIds.later, vetting)).length));
    await cell.click();
    const columns = page.locator('#compare-findings .column');
    await eventually(() => columns.count()).toBe(2);
    const laterQuotes = await quotesAbout(copiedIds.later, vetting);
    const otherQuotes = await quotesAbout(copiedIds.other, vetting);
    expect(laterQuotes.length).toBeGreaterThan(0);
    expect(otherQuotes.length).toBeGreaterThan(0);
    expect(await columns.nth(0).locator('q').allInnerTexts()).toEqual(expect.arrayContaining(laterQuotes.map((q) => `“${q}”`)));
    expect(await columns.nth(1).locator('q').allInnerTexts()).toEqual(expect.arrayContaining(otherQuotes.map((q) => `“${q}”`)));

    // The matrix as CSV: a row per force, each cell its judgements in words.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#compare-csv').click()]);
    const rows = parseCsv(await readFile((await download.path()) as string, 'utf8'));
    expect(rows[0]?.slice(0, 4)).toEqual(['force_id', 'force', 'assessment', 'fictional']);
    expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual([
      [copiedIds.force, 'Wyvernmoor Constabulary', copiedIds.later, 'true'],
      [copiedIds.otherForce, 'Thistlemarsh Police', copiedIds.other, 'true'],
    ]);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#compare-svg').click()]);
    const svg = await readFile((await svgDownload.path()) as string, 'utf8');
    expect(svg).toContain('Wyvernmoor Constabulary');

    await page.reload();
    await waitForGraph(page);
    await eventually(() => page.locator('#compare-matrix tbody tr').count()).toBe(2);

    // The same forces by PEEL pillar: a column per pillar their themes state, and one for the force as a whole.
    await page.locator('#compare-by-pillar').click();
    await eventually(() => page.locator('#compare-by-pillar').getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toContain('compare-by=pillar');
    expect(await matrix.locator('thead .theme-head').evaluateAll((heads) => heads.map((head) => (head as HTMLElement).dataset.theme))).toEqual([
      'EFFECTIVENESS',
      'EFFICIENCY',
      'LEGITIMACY',
      'NO_PILLAR',
    ]);
    const legitimacyQuotes = await quotesUnderPillar(copiedIds.later, 'LEGITIMACY');
    expect(legitimacyQuotes.length).toBeGreaterThan(1);
    const legitimacy = matrix.locator(`.matrix-cell[data-force="${copiedIds.force}"][data-theme="LEGITIMACY"]`);
    expect(await legitimacy.innerText()).toBe(String(legitimacyQuotes.length));
    await legitimacy.click();
    await eventually(() => columns.count()).toBe(2);
    expect(await columns.nth(0).locator('q').allInnerTexts()).toEqual(expect.arrayContaining(legitimacyQuotes.map((q) => `“${q}”`)));
    // Each finding under the pillar names its theme.
    expect(await columns.nth(0).locator('.fact-theme').allInnerTexts()).toContain('Vetting (copy)');
    const [pillarCsv] = await Promise.all([page.waitForEvent('download'), page.locator('#compare-csv').click()]);
    expect(parseCsv(await readFile((await pillarCsv.path()) as string, 'utf8'))[0]?.slice(4)).toEqual(['Effectiveness', 'Efficiency', 'Legitimacy', 'No pillar stated']);
    const [pillarSvg] = await Promise.all([page.waitForEvent('download'), page.locator('#compare-svg').click()]);
    expect(await readFile((await pillarSvg.path()) as string, 'utf8')).toContain('Legitimacy');

    await page.reload();
    await waitForGraph(page);
    await eventually(() => page.locator(`.matrix-cell[data-force="${copiedIds.force}"][data-theme="LEGITIMACY"]`).count()).toBe(1);
    expect(await page.locator('#compare-by-pillar').getAttribute('aria-pressed')).toBe('true');

    // From a finding under the pillar to its theme across the force's years: each year's words, in year order.
    await page.locator(`.matrix-cell[data-force="${copiedIds.force}"][data-theme="LEGITIMACY"]`).click();
    await columns.nth(0).locator(`.timeline-link[data-theme="${vetting}"]`).first().click();
    const timeline = page.locator('#theme-timeline');
    await timeline.waitFor();
    expect(page.url()).toContain(`timeline-force=${copiedIds.force}&timeline-theme=${vetting}`);
    const expectTimeline = async () => {
      const entries = page.locator('#theme-timeline .timeline-entry');
      expect(await entries.evaluateAll((all) => all.map((entry) => (entry as HTMLElement).dataset.assessment))).toEqual([copiedIds.earlier, copiedIds.later]);
      for (const [index, assessment] of [copiedIds.earlier, copiedIds.later].entries()) {
        const quotes = await quotesAbout(assessment, vetting);
        expect(quotes.length).toBeGreaterThan(0);
        expect(await entries.nth(index).locator('q').allInnerTexts()).toEqual(expect.arrayContaining(quotes.map((q) => `“${q}”`)));
        expect(await entries.nth(index).locator('blockquote p').allInnerTexts()).toEqual(expect.arrayContaining(await sentencesAbout(assessment, vetting)));
        expect(await entries.nth(index).locator('.badge').allInnerTexts()).not.toHaveLength(0);
      }
    };
    await expectTimeline();
    expect(await page.locator('.timeline-summary').innerText()).toBe('2021 Area for improvement → 2023 Improved');
    await page.reload();
    await waitForGraph(page);
    await page.locator('#theme-timeline').waitFor();
    await expectTimeline();

    // What changed: the force's two years, every category with its quotes on both sides.
    await page.locator('#analysis-close').click();
    expect(page.url()).not.toContain('compare=');
    await page.getByRole('tab', { name: 'Assessments' }).click();
    await pickForce(copiedIds.force);
    await page.locator(`#pick-${copiedIds.earlier}`).check();
    // A reload started the picker afresh: nothing is chosen but what is checked now.
    await page.locator(`#pick-${copiedIds.later}`).check();
    await page.locator('#picker-diff').click();
    await page.locator('.diff-category').first().waitFor();
    expect(page.url()).toContain(`diff-from=${copiedIds.earlier}&diff-to=${copiedIds.later}`);
    const earlier = await copied(copiedIds.earlier);
    const later = await copied(copiedIds.later);
    const quotesOf = (file: CopiedFile) => new Set(file.findings.map((f) => `“${f.quote}”`));
    const sentencesOf = (file: CopiedFile) => new Set(file.assessment.sentences);
    for (const category of ['new', 'resolved', 'persisting', 'worse']) {
      const changes = page.locator(`.diff-category[data-category="${category}"] .diff-change`);
      expect(await changes.count(), category).toBeGreaterThan(0);
      for (const change of await changes.all()) {
        const [before, after] = await change.locator('.diff-side').all();
        if (category !== 'new') {
          expect(quotesOf(earlier).has(await before!.locator('q').innerText()), category).toBe(true);
          expect(sentencesOf(earlier).has(await before!.locator('blockquote p').innerText()), category).toBe(true);
        }
        expect(quotesOf(later).has(await after!.locator('q').innerText()), category).toBe(true);
        expect(sentencesOf(later).has(await after!.locator('blockquote p').innerText()), category).toBe(true);
      }
    }
    expect(await page.locator('.diff-between').innerText()).toMatch(/fictional.*fictional/s);

    await page.reload();
    await waitForGraph(page);
    await eventually(() => page.locator('.diff-category[data-category="worse"] .diff-change').count()).toBeGreaterThan(0);

    // From a change to its theme across the years, and from the timeline back to what changed between them.
    await page.locator(`.diff-category[data-category="resolved"] .timeline-link[data-theme="${vetting}"]`).click();
    await page.locator('#theme-timeline').waitFor();
    expect(page.url()).toContain(`timeline-force=${copiedIds.force}&timeline-theme=${vetting}`);
    expect(page.url()).not.toContain('diff-from=');
    await page.locator('#theme-timeline .diff-link').click();
    await page.locator('.diff-category').first().waitFor();
    expect(page.url()).toContain(`diff-from=${copiedIds.earlier}&diff-to=${copiedIds.later}`);
  });
});
