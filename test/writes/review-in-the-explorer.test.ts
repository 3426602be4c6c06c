// Reviewing in the explorer, in headless Chromium against the real server and the writes tests' Neo4j: signing in
// with a pasted token, uploading a fictional assessment, reviewing it by keyboard, publishing it, and reading it back
// in search, the details panel and the report; readers get no writes, and a document's text never runs as a page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TokenStore } from '../../server/auth/token-store.ts';
import { projectRoot } from '../../server/config.ts';
import { collectErrors, waitForGraph } from '../e2e/support/browser.ts';
import { eventually, useExplorerSession } from '../e2e/support/explorer-session.ts';
import { graphql, testApp } from '../support/api.ts';
import { bearer, createTestToken, testTokenStore } from '../support/auth.ts';

const session = useExplorerSession();
let store: TokenStore;
let page: Page;
beforeAll(async () => {
  store = testTokenStore(session.driver);
  await store.ensureSchema();
});
beforeEach(() => {
  page = session.page;
});

/**
 * Runs steps in a page of their own, where Chromium's console lines for the refusals the steps expect (a 401, a 409)
 * are allowed; any other console error or uncaught exception still fails the test.
 */
async function inOwnPage(expected: RegExp[], steps: () => Promise<void>): Promise<void> {
  const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const previous = page;
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors = collectErrors(page);
  try {
    await steps();
  } finally {
    await context.close();
    page = previous;
  }
  expect(errors.filter((error) => !expected.some((pattern) => pattern.test(error)))).toEqual([]);
}

/** Opens the explorer in the page the steps use, and waits for its graph. */
async function openExplorer(): Promise<void> {
  await page.goto(session.server.url);
  await waitForGraph(page);
}

const refusedWith = (status: number) => new RegExp(`^console: Failed to load resource: the server responded with a status of ${status} `);

const fixture = path.join(projectRoot, 'test/fixtures/assessments/harrowmere-2019.txt');

async function signIn(secret: string): Promise<void> {
  await page.locator('#sign-in').click();
  await page.locator('#sign-in-token').fill(secret);
  await page.locator('#sign-in-token').press('Enter');
}

/** Selects words of one sentence of the draft's text, as a reviewer's mouse would. */
async function selectWords(sentence: number, words: string): Promise<void> {
  const found = await page.evaluate(
    ([number, wanted]) => {
      const element = document.querySelector(`#review-text [data-sentence="${number}"]`);
      const text = element?.textContent ?? '';
      const start = text.indexOf(wanted as string);
      if (!element || start < 0) return false;
      const end = start + (wanted as string).length;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let at = 0;
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const length = node.textContent?.length ?? 0;
        if (start >= at && start < at + length) range.setStart(node, start - at);
        if (end > at && end <= at + length) range.setEnd(node, end - at);
        at += length;
      }
      const selection = window.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    },
    [sentence, words] as const,
  );
  expect(found, `sentence ${sentence} holds "${words}"`).toBe(true);
}

/**
 * Waits for the review to open on the new draft, or for the dialog's refusal: drafting reads the document in a worker
 * thread, which on a loaded machine takes longer than a page's usual wait.
 */
async function draftOpened(): Promise<string> {
  const state = () => page.evaluate(() => document.querySelector('#review-progress')?.textContent || document.querySelector('.new-assessment .form-problem:not([hidden])')?.textContent || '');
  await expect.poll(state, { timeout: 90_000, interval: 200 }).not.toBe('');
  return state();
}

const progress = () => page.locator('#review-progress').textContent();
const current = () => page.locator('#review-card q').textContent();

describe('reviewing an assessment', () => {
  it('signs in, uploads, reviews by keyboard, publishes, and finds the findings in search, details and the report', async () => {
    // The conflict below is answered 409, which Chromium logs.
    await inOwnPage([refusedWith(409)], async () => {
      const editor = await createTestToken(store, 'editor');
      await openExplorer();
      await signIn(editor.secret);
      await eventually(() => page.locator('#viewer-name').textContent()).toBe(`${editor.name} (editor)`);
      // Kept for this tab only.
      expect(await page.evaluate(() => [sessionStorage.getItem('peel-graph.token'), localStorage.length])).toEqual([editor.secret, 0]);

      await page.locator('#new-assessment').click();
      await page.locator('form.new-assessment input[name="file"]').setInputFiles({ name: 'harrowmere-2019.txt', mimeType: 'text/plain', buffer: await readFile(fixture) });
      await page.locator('form.new-assessment input[name="force"]').fill('Harrowmere Police');
      await page.locator('form.new-assessment input[name="year"]').fill('2019');
      await page.getByRole('button', { name: 'Start the draft' }).click();

      expect(await draftOpened()).toBe('0 of 5 reviewed (0 accepted, 0 rejected)');
      await expect(page.locator('#review-title').textContent()).resolves.toContain('(fictional)');
      // Every finding is highlighted on its span, and drawn on the draft's graph.
      expect(await page.locator('#review-text mark.span').allTextContents()).toEqual([
        'Harrowmere Police is good at preventing crime and anti-social behaviour',
        'The force works well with local schools to keep young people safe',
        'the force needs to improve how it investigates burglary',
        'I am concerned that the force does not understand the demand it faces',
        'The force is exploring a joint control room with the fire and rescue service',
      ]);
      const graph = () =>
        page.evaluate(() => {
          const cy = (window as any).peelReview.cy;
          return { edges: cy.edges().length, selected: cy.edges(':selected').map((edge: any) => `${edge.data('source')} ${edge.data('label')} ${edge.data('target')}`) };
        });
      expect(await graph()).toEqual({ edges: 5, selected: ['harrowmere-police strength in preventing-crime'] });
      expect(await current()).toBe('“Harrowmere Police is good at preventing crime and anti-social behaviour”');

      // Accept, then on to the next finding; j/k move without deciding.
      await page.keyboard.press('a');
      await eventually(progress).toBe('1 of 5 reviewed (1 accepted, 0 rejected)');
      expect(await current()).toBe('“The force works well with local schools to keep young people safe”');
      await page.keyboard.press('k');
      expect(await current()).toBe('“Harrowmere Police is good at preventing crime and anti-social behaviour”');
      await expect(page.locator('#review-state').textContent()).resolves.toBe('Accepted');
      // Selecting an edge of the graph selects its finding, and the finding's text is marked as the current span.
      await page.evaluate(() => (window as any).peelReview.cy.edges().filter((edge: any) => edge.data('target') === 'understanding-demand').select());
      await eventually(current).toBe('“I am concerned that the force does not understand the demand it faces”');
      expect(await page.locator('#review-text mark.current').textContent()).toBe('I am concerned that the force does not understand the demand it faces');
      await page.keyboard.press('k');
      await page.keyboard.press('ArrowUp');
      expect(await current()).toBe('“The force works well with local schools to keep young people safe”');

      // "Schools to keep young people" is no theme: reject the finding, and add what the sentence says instead.
      await page.keyboard.press('r');
      await eventually(progress).toBe('2 of 5 reviewed (1 accepted, 1 rejected)');
      expect(await current()).toBe('“the force needs to improve how it investigates burglary”');
      await page.keyboard.press('a');
      await eventually(progress).toBe('3 of 5 reviewed (2 accepted, 1 rejected)');

      if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: path.join(projectRoot, 'docs/images/review.png') });

      // Correct a span: select the words that state the concern, press s, then accept.
      expect(await current()).toBe('“I am concerned that the force does not understand the demand it faces”');
      await selectWords(4, 'the force does not understand the demand it faces');
      await page.keyboard.press('s');
      await eventually(current).toBe('“the force does not understand the demand it faces”');
      await expect(page.locator('#review-state').textContent()).resolves.toBe('To review');
      await page.keyboard.press('a');
      await eventually(progress).toBe('4 of 5 reviewed (3 accepted, 1 rejected)');

      // Another editor accepts the last finding meanwhile: this reviewer's reject is refused, said so, and the finding
      // shown as the other editor left it.
      expect(await current()).toBe('“The force is exploring a joint control room with the fire and rescue service”');
      const draftId = decodeURIComponent(new URL(page.url()).hash.replace('#review=', ''));
      const other = await createTestToken(store, 'editor');
      const app = testApp(session.driver);
      const read = await graphql(app, 'query($id: ID!) { draft(id: $id) { findings { nodes { id quote version } } } }', { id: draftId }, bearer(other.secret));
      const last = (read.data?.draft.findings.nodes as { id: string; quote: string; version: number }[]).find((f) => f.quote.startsWith('The force is exploring'));
      const accepted = await graphql(app, 'mutation($id: ID!, $v: Int!) { acceptDraftFinding(id: $id, version: $v) { id } }', { id: last?.id, v: last?.version }, bearer(other.secret));
      expect(accepted.errors).toBeUndefined();
      await page.keyboard.press('r');
      await eventually(() => page.locator('#review-message').textContent()).toMatch(/^Someone else changed this finding since you opened it/);
      await eventually(progress).toBe('5 of 5 reviewed (4 accepted, 1 rejected)');
      await expect(page.locator('#review-state').textContent()).resolves.toBe('Accepted');

      // Add a finding from selected words: the force works with local schools, a new partner.
      await selectWords(2, 'works well with local schools');
      await page.keyboard.press('n');
      const form = page.locator('#review-form form');
      await form.locator('select[name="type"]').selectOption('WORKS_WITH');
      await form.locator('select[name="judgement"]').selectOption('STRENGTH');
      await form.getByRole('button', { name: 'Add a participant' }).click();
      const partner = form.locator('li.participant').nth(1);
      await partner.locator('select[name="role"]').selectOption('OBJECT');
      await partner.locator('select[name="entity"]').selectOption('__new__');
      await partner.locator('input[name="name"]').fill('Harrowmere local schools');
      await partner.locator('select[name="kind"]').selectOption('PARTNER');
      await form.getByRole('button', { name: 'Add', exact: true }).click();
      await eventually(progress).toBe('6 of 6 reviewed (5 accepted, 1 rejected)');
      expect(await current()).toBe('“works well with local schools”');
      const drawn = await page.locator('#review-card').innerText();
      expect(drawn).toContain('object: Harrowmere local schools');

      // Publish, and the explorer opens the published assessment.
      await page.locator('#review-publish').click();
      // The address, or the review's message if publishing was refused.
      await eventually(() => page.evaluate(() => `${location.search} ${document.querySelector('#review-message')?.textContent ?? ''}`)).toMatch(/^\?source=/);
      await waitForGraph(page);
      const report = page.locator('#panel-report');
      await eventually(() => report.locator('h2').textContent()).toContain('Harrowmere');
      const sentences = await report.innerText();
      expect(sentences).toContain('The force works well with local schools to keep young people safe.');
      // The rejected finding is nowhere; the added one is drawn.
      const edgeIds: string[] = await page.evaluate(() => (window as any).peelGraph.cy.edges().map((edge: any) => `${edge.data('source')} ${edge.data('type')} ${edge.data('target')}`));
      expect(edgeIds.some((id) => id.endsWith('WORKS_WITH harrowmere-local-schools') || id.includes('WORKS_WITH') && id.includes('schools'))).toBe(true);
      expect(edgeIds.some((id) => id.includes('schools-to-keep-young-people'))).toBe(false);

      // Search finds the corrected quote; choosing it shows the finding in the details panel.
      await page.locator('#search-input').fill('understand the demand it faces');
      const hit = page.locator('#search-results [role="option"]', { hasText: 'Harrowmere Police' }).filter({ hasText: 'demand it faces' }).first();
      await hit.click();
      const details = page.locator('#panel-details');
      await eventually(() => details.innerText()).toContain('“the force does not understand the demand it faces”');
      expect(await details.innerText()).toContain('Cause of concern');
    });
  });
});

describe('without an editor', () => {
  it('offers a reader no New assessment, and asks for an editor’s sign-in to review', async () => {
    await openExplorer();
    await expect(page.locator('#sign-in').isVisible()).resolves.toBe(true);
    expect(await page.locator('#new-assessment').count()).toBe(0);

    // An address of a draft asks for a sign-in rather than showing it.
    await page.evaluate(() => {
      location.hash = '#review=any-draft';
    });
    await eventually(() => page.locator('.sign-in-form label').textContent()).toBe('Sign in as an editor to review drafts');
    await expect(page.locator('#review').isHidden()).resolves.toBe(true);

    // A reader is signed in, and still offered no writes.
    const reader = await createTestToken(store, 'reader');
    await page.locator('#sign-in-token').fill(reader.secret);
    await page.locator('#sign-in-token').press('Enter');
    await eventually(() => page.locator('.sign-in-form label').textContent()).toBe('Reviewing needs an editor’s token');
    await page.evaluate(() => {
      location.hash = '';
    });
    await page.reload();
    await waitForGraph(page);
    await eventually(() => page.locator('#viewer-name').textContent()).toBe(`${reader.name} (reader)`);
    expect(await page.locator('#new-assessment').count()).toBe(0);
    await page.locator('#sign-out').click();
    await expect(page.locator('#sign-in').isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => sessionStorage.getItem('peel-graph.token'))).toBeNull();
  });

  it('shows the server’s reason for refusing a token, and does not keep it', async () => {
    const bogus = `pgt_${'B'.repeat(43)}`;
    const refusal = await graphql(testApp(session.driver), '{ viewer { name } }', {}, bearer(bogus));
    const message = refusal.errors?.[0]?.message as string;
    expect(refusal.status).toBe(401);
    expect(message).toBeTruthy();
    await inOwnPage([refusedWith(401)], async () => {
      await openExplorer();
      await page.locator('#sign-in').click();
      await page.locator('#sign-in-token').fill(bogus);
      await page.locator('#sign-in-token').press('Enter');
      await eventually(() => page.locator('.sign-in-message').textContent()).toBe(message);
      expect(await page.evaluate(() => sessionStorage.getItem('peel-graph.token'))).toBeNull();
      // The explorer itself goes on reading anonymously.
      expect(await page.locator('#sign-in-token').isVisible()).toBe(true);
    });
  });

  it('shows a script in a pasted document as text, and never runs it', async () => {
    const editor = await createTestToken(store, 'editor');
    await openExplorer();
    await signIn(editor.secret);
    await page.locator('#new-assessment').click();
    const hostile =
      'Fictional sample for peel-graph: Kestrel Downs Police is not a real force.\n\n' +
      "HMI Ada Quill's assessment of Kestrel Downs Police\n\n" +
      'Kestrel Downs Police is good at preventing crime. The force needs to improve <script>window.pwned = true</script> how it records crime. ' +
      'I am concerned that the force <img src="x" onerror="window.pwned = true"> does not understand demand.\n';
    await page.locator('textarea[name="text"]').fill(hostile);
    await page.locator('form.new-assessment input[name="force"]').fill('Kestrel Downs Police');
    await page.locator('form.new-assessment input[name="year"]').fill('2018');
    await page.getByRole('button', { name: 'Start the draft' }).click();
    expect(await draftOpened()).toMatch(/^0 of \d+ reviewed/);
    const text = page.locator('#review-text');
    const shown = async () => {
      expect(await text.textContent()).toContain('<script>window.pwned = true</script>');
      expect(await text.textContent()).toContain('<img src="x" onerror="window.pwned = true">');
      expect(await text.locator('script, img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    };
    await shown();

    // Back in the explorer, the draft waits among the drafts under review, and opens again from there.
    await page.locator('#review-close').click();
    await expect(page.locator('#review').isHidden()).resolves.toBe(true);
    await page.locator('#new-assessment').click();
    const listed = page.locator('.draft-list button', { hasText: 'Kestrel Downs' });
    await listed.first().click();
    await eventually(() => page.locator('#review-progress').textContent()).toMatch(/^0 of \d+ reviewed/);
    await shown();
  });
});
