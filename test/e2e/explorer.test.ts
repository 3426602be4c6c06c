// The explorer in headless Chromium against the real seeded graph: seeing, tracing and citing the findings.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { nodePoint, type RunningServer, waitForGraph } from './support/browser.ts';
import { eventually, useExplorerSession, type PageWindow } from './support/explorer-session.ts';

const session = useExplorerSession();
// The tests below read these names; the session sets them up and tears them down.
let driver: Driver;
let server: RunningServer;
let page: Page;
beforeAll(() => {
  ({ driver, server } = session);
});
beforeEach(() => {
  page = session.page;
});

const open = (query?: string) => session.open(query);

const selected = () => page.evaluate(() => (window as unknown as PageWindow).peelGraph.state.selected as string | null);

describe('the first screen', () => {
  it('shows every entity of the seed, with a legend, and answers "whom does the force work with" in one click', async () => {
    await open();
    const { records } = await driver.executeQuery('MATCH (n:Entity) RETURN n.id AS id, n.name AS name ORDER BY id');
    const seeded = records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string }));
    expect(seeded).toHaveLength(34);

    const drawn = await page.evaluate(() => (window as unknown as PageWindow).peelGraph.cy.nodes().map((n: any) => n.id()).sort());
    expect(drawn).toEqual(seeded.map((e) => e.id));
    await eventually(() => page.locator('#status').textContent()).toBe('34 entities and 43 relationships shown.');
    const legend = await page.locator('#legend').innerText();
    expect(legend).toMatch(/Themes\s*20/);
    // Judgements count the inspector's findings, once each, not the lines they draw as.
    expect(legend).toMatch(/Area for improvement\s*3/);
    expect(legend).toMatch(/Strength\s*21/);
    expect(legend).toMatch(/Inferred from context\s*2/);

    // The layout is seeded: a reload (or anyone opening the same link) sees the same drawing.
    const positions = () => page.evaluate(() => (window as unknown as PageWindow).peelGraph.cy.nodes().map((n: any) => [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))]));
    const before = await positions();
    await page.reload();
    await waitForGraph(page);
    expect(await positions()).toEqual(before);

    await mkdir(path.join(projectRoot, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: path.join(projectRoot, 'test-artifacts', 'explorer-main.png') });

    // The question a new user brings, answered from the first screen.
    await page.getByRole('button', { name: "Trace Cheshire Constabulary's partners" }).click();
    const partners = page.locator('#panel-partners');
    await eventually(() => partners.locator('.partner-story h3').allInnerTexts()).toEqual(['Other agencies', 'Partner organisations']);
    const text = await partners.innerText();
    expect(text).toContain('“The force also works well with other agencies to reduce reoffending”');
    expect(text).toContain(
      '“Cheshire Constabulary is exploring new ways of working with partner organisations to reduce demand, pool resources and improve service outcomes”',
    );
    expect(text).toContain('only being explored');
    expect(text).toContain('Reducing demand');
    expect(text).toContain('sentence 12');
    await page.screenshot({ path: path.join(projectRoot, 'test-artifacts', 'explorer-partners.png') });
    const traced = await page.evaluate(() => (window as unknown as PageWindow).peelGraph.cy.edges('.trace').map((e: any) => e.id()).sort());
    expect(traced).toContain('cheshire-peel-assessment/s8.1/cheshire-constabulary/works_with/cheshire-other-agencies');
    expect(traced).toContain('cheshire-peel-assessment/s10.3/cheshire-partner-organisations/informs/serious-and-organised-crime-response');
    expect(page.url()).toContain('partner=all');
  });
});

describe('reading the evidence', () => {
  it('clicking a node shows its relationships, each with its quote and sentence', async () => {
    await open();
    const point = await nodePoint(page, 'cheshire-other-agencies');
    await page.mouse.click(point.x, point.y);
    await eventually(selected).toBe('cheshire-other-agencies');
    const details = page.locator('#panel-details');
    await eventually(() => details.locator('h2').innerText()).toBe('Other agencies');
    const quotes = await details.locator('.fact q').allInnerTexts();
    expect(quotes).toContain('“The force also works well with other agencies to reduce reoffending”');
    expect(quotes).toContain(
      '“works well with other agencies to reduce reoffending and to identify, investigate and bring to justice repeat and dangerous offenders”',
    );
    expect(await details.innerText()).toContain('sentence 8');
  });

  it('search suggests entities and quotes, and choosing one focuses and highlights it', async () => {
    await open();
    await page.locator('#search-input').fill('vetting');
    const option = page.locator('#search-results [role="option"]').first();
    await option.waitFor();
    expect(await page.locator('#search-results .quote-snippet').first().innerText()).toBe('“the force needs to improve some areas of vetting”');
    await page.locator('#search-input').press('ArrowDown');
    await page.locator('#search-input').press('Enter');
    await eventually(selected).toBe('vetting');
    const state = await page.evaluate(() => {
      const cy = (window as unknown as PageWindow).peelGraph.cy;
      const node = cy.getElementById('vetting');
      const { x, y } = node.renderedPosition();
      return { highlighted: node.hasClass('highlighted'), inView: x > 0 && y > 0 && x < cy.width() && y < cy.height(), faded: cy.nodes('.faded').length };
    });
    expect(state).toEqual({ highlighted: true, inView: true, faded: expect.any(Number) });
    expect(state.faded).toBeGreaterThan(20);
    expect(await page.locator('#panel-details h2').innerText()).toBe('Vetting');
  });

  it('clicking a sentence of the report lights up the facts it states', async () => {
    await open();
    await page.getByRole('tab', { name: 'Report' }).click();
    await page.locator('li[data-sentence="8"] button').click();
    const marked = await page.evaluate(() => (window as unknown as PageWindow).peelGraph.cy.edges('.highlighted').map((e: any) => e.id()).sort());
    expect(marked).toEqual([
      'cheshire-peel-assessment/s8.1/cheshire-constabulary/has_strength/reducing-reoffending',
      'cheshire-peel-assessment/s8.1/cheshire-constabulary/works_with/cheshire-other-agencies',
      'cheshire-peel-assessment/s8.1/cheshire-other-agencies/supports/reducing-reoffending',
      'cheshire-peel-assessment/s8.2/cheshire-constabulary/tackles/repeat-and-dangerous-offenders',
      'cheshire-peel-assessment/s8.2/cheshire-other-agencies/tackles/repeat-and-dangerous-offenders',
    ]);
    const fadedEdges = await page.evaluate(() => (window as unknown as PageWindow).peelGraph.cy.edges('.faded').length);
    expect(fadedEdges).toBe(43 - 5);
    expect(await page.locator('li[data-sentence="8"] .sentence-tags').innerText()).toContain('Strength ×2');
    expect(page.url()).toContain('sentence=8');
  });

  it('selecting a relationship marks its sentence in the report', async () => {
    await open('?panel=report');
    await page.evaluate(() => (window as unknown as PageWindow).peelGraph.select('cheshire-peel-assessment/s18.1/cheshire-constabulary/needs_improvement/vetting'));
    await eventually(() => page.locator('li.sentence.cited').getAttribute('data-sentence')).toBe('18');
    await page.getByRole('tab', { name: 'Details' }).click();
    expect(await page.locator('#panel-details blockquote mark').innerText()).toBe('the force needs to improve some areas of vetting');
  });
});

describe('tracing', () => {
  it('the path tool gives a cited narrative that copies as Markdown', async () => {
    await open();
    await page.getByRole('tab', { name: 'Path' }).click();
    await page.locator('#path-from').selectOption('cheshire-other-agencies');
    await page.locator('#path-to').selectOption('vetting');
    await page.getByRole('button', { name: 'Find path' }).click();
    const steps = page.locator('.narrative > li');
    await eventually(() => steps.count()).toBe(2);
    expect(await steps.nth(0).innerText()).toContain('“The force also works well with other agencies to reduce reoffending”');
    expect(await steps.nth(1).innerText()).toContain('“the force needs to improve some areas of vetting”');
    expect(await steps.nth(1).innerText()).toContain('sentence 18');
    const onPath = await page.evaluate(() => (window as unknown as PageWindow).peelGraph.cy.elements('.path').map((e: any) => e.id()).sort());
    expect(onPath).toEqual([
      'cheshire-constabulary',
      'cheshire-other-agencies',
      'cheshire-peel-assessment/s18.1/cheshire-constabulary/needs_improvement/vetting',
      'cheshire-peel-assessment/s8.1/cheshire-constabulary/works_with/cheshire-other-agencies',
      'vetting',
    ]);
    await page.locator('#copy-path-markdown').click();
    await eventually(() => page.locator('#status').textContent()).toBe('Path copied as Markdown.');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toBe(
      [
        '### From Other agencies to Vetting: 2 steps',
        '',
        '1. **Cheshire Constabulary** works with **Other agencies**: “The force also works well with other agencies to reduce reoffending” (sentence 8, strength)',
        '2. **Cheshire Constabulary** needs to improve on **Vetting**: “the force needs to improve some areas of vetting” (sentence 18, area for improvement)',
        '',
        "Source: HMI Mike Cunningham's assessment of Cheshire Constabulary.",
        '',
      ].join('\n'),
    );
  });

  it('expands with a cap, shows more, and undoes and redoes', async () => {
    await open();
    const has = (id: string) => page.evaluate((nodeId) => (window as unknown as PageWindow).peelGraph.cy.getElementById(nodeId).nonempty(), id);
    await page.evaluate(() => (window as unknown as PageWindow).peelGraph.select('vetting'));
    await page.locator('#panel-details').getByRole('button', { name: 'Hide' }).click();
    expect(await has('vetting')).toBe(false);
    expect(page.url()).toContain('hide=vetting');

    await page.evaluate(() => (window as unknown as PageWindow).peelGraph.select('cheshire-constabulary'));
    await page.locator('#panel-details').getByRole('button', { name: 'Expand' }).click();
    // 31 neighbours and a cap of 20 per expansion: the answer is cut short, so "Show more" is offered.
    const showMore = page.locator('#panel-details').getByRole('button', { name: 'Show more' });
    await showMore.waitFor();
    await showMore.click();
    await eventually(async () => page.url()).toContain('expand=cheshire-constabulary%4040');
    const count = () => page.evaluate(() => (window as unknown as PageWindow).peelGraph.cy.nodes().length as number);
    expect(await count()).toBe(34);
    expect(await has('vetting')).toBe(true);
    expect(await showMore.count()).toBe(0);

    // Whichever expansion brought vetting back, one step back takes it away again, and one forward returns it.
    await page.locator('#undo').click();
    expect(await has('vetting')).toBe(false);
    expect(await count()).toBe(33);
    expect(page.url()).toContain('hide=vetting');
    await page.locator('#redo').click();
    expect(await count()).toBe(34);
  });
});

describe('sharing', () => {
  it('a deep link restores selection, filters, hidden entities, layout and panel', async () => {
    await open('?select=cheshire-other-agencies&kinds=FORCE,PARTNER,THEME,RISK&hide=reducing-demand&layout=grid&panel=details');
    const view = await page.evaluate(() => {
      const explorer = (window as unknown as PageWindow).peelGraph;
      const cy = explorer.cy;
      return {
        selected: cy.$(':selected').map((e: any) => e.id()),
        shownKinds: [...new Set(cy.nodes().not('.filtered').map((n: any) => n.data('kind')))].sort(),
        hiddenGone: cy.getElementById('reducing-demand').empty(),
        layout: explorer.state.layout,
      };
    });
    expect(view).toEqual({ selected: ['cheshire-other-agencies'], shownKinds: ['FORCE', 'PARTNER', 'RISK', 'THEME'], hiddenGone: true, layout: 'grid' });
    expect(await page.locator('[data-layout="grid"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#panel-details h2').innerText()).toBe('Other agencies');
    expect(await page.locator('#entities-table tbody tr').count()).toBe(1 + 2 + 19 + 4);

    // The copied GraphQL is the query behind this view, and the API answers it.
    await page.locator('#share-menu summary').click();
    await page.locator('#copy-graphql').click();
    await eventually(() => page.locator('#status').textContent()).toBe('GraphQL query for this view copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('graph(kinds: $kinds, types: $types, judgements: $judgements, sources: $sources)');
    expect(copied).toContain('# The explorer then hides these entities: reducing-demand');
    const [document, commentedVariables] = copied.split('\n# Variables\n') as [string, string];
    const variables = JSON.parse(commentedVariables.split('\n').map((line) => line.replace(/^# ?/, '')).join('\n'));
    expect(variables).toEqual({ kinds: ['FORCE', 'PARTNER', 'THEME', 'RISK'], types: null, judgements: null, sources: ['cheshire-peel-assessment'] });
    const response = await fetch(new URL('graphql', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (await response.json()) as { errors?: unknown; data: { graph: { nodes: { id: string }[] } } };
    expect(body.errors).toBeUndefined();
    // The API's answer is the canvas before the explorer hides reducing-demand.
    expect(body.data.graph.nodes.map((n) => n.id)).toContain('reducing-demand');
    expect(body.data.graph.nodes).toHaveLength(1 + 2 + 20 + 4);
  });
});

describe('keyboard', () => {
  it('tabs into the graph, moves to a neighbour with the arrow keys and selects it with Enter', async () => {
    await open();
    // The last control before the graph in tab order is the legend's last entry.
    await page.locator('#legend button').last().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph');
    await eventually(() => page.locator('#status').textContent()).toMatch(/^Graph: Cheshire Constabulary, force/);
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => (window as unknown as PageWindow).peelGraph.cy.nodes('.keyboard-focus').map((n: any) => n.id()));
    expect(focused).toHaveLength(1);
    const neighbours = await page.evaluate(() => (window as unknown as PageWindow).peelGraph.cy.getElementById('cheshire-constabulary').neighborhood('node').map((n: any) => n.id()));
    expect(neighbours).toContain(focused[0]);
    await page.keyboard.press('Enter');
    await eventually(selected).toBe(focused[0]);
    await page.keyboard.press('Escape');
    await eventually(selected).toBe(null);
  });
});
