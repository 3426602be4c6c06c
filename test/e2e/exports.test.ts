// The explorer's exports and "Copy GraphQL" in headless Chromium: each saved file parses and holds exactly the visible view, and each copied query runs.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { type RunningServer } from './support/browser.ts';
import { eventually, useExplorerSession, type PageWindow } from './support/explorer-session.ts';
import { parseCsv } from './support/csv.ts';

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

/** A filtered view with a hidden entity, so "visible" leaves out something of each kind of absence. */
const partView = '?kinds=FORCE,PARTNER,THEME,RISK&hide=reducing-demand&layout=grid';

/** What the canvas shows now, by id. */
function visible(): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const cy = (window as unknown as PageWindow).peelGraph.cy;
    return { nodes: cy.nodes(':visible').map((n: any) => n.id()).sort(), edges: cy.edges(':visible').map((e: any) => e.id()).sort() };
  });
}

/** Chooses an export from the menu and reads the file the browser saves. */
async function exportAs(format: string): Promise<{ filename: string; bytes: Buffer }> {
  await page.locator('#export-menu summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${format}"]`).click()]);
  return { filename: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** The seeded entities with these ids, as Neo4j holds them. */
async function seededEntities(ids: string[]) {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.summary AS summary, toUpper(n.pillar) AS pillar ORDER BY id',
    { ids },
  );
  return records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string, summary: r.get('summary') as string | null, pillar: r.get('pillar') as string | null }));
}

describe('exports', () => {
  it('exports the view as a non-empty PNG image', async () => {
    await open();
    const { filename, bytes } = await exportAs('png');
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(300);
    expect(bytes.length).toBeGreaterThan(20_000);
    expect(filename).toMatch(/^peel-graph-\d{4}-\d{2}-\d{2}\.png$/);
  });

  it('exports the visible view as an SVG that parses and draws, with a shape and label per entity and a line per relationship', async () => {
    await open(partView);
    const shown = await visible();
    expect(shown.nodes).toHaveLength(1 + 2 + 19 + 4);
    const { filename, bytes } = await exportAs('svg');
    expect(filename).toMatch(/^peel-graph-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = bytes.toString('utf8');
    await mkdir(path.join(projectRoot, 'test-artifacts'), { recursive: true });
    await writeFile(path.join(projectRoot, 'test-artifacts', 'explorer-export.svg'), svg);

    const read = await page.evaluate(async (text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      const labelOf = (g: Element) => [...g.querySelectorAll('text.label tspan')].map((t) => t.textContent).join(' ');
      // Drawn as an image, too: an SVG the browser cannot render fails to decode.
      const image = new Image();
      const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      image.src = url;
      await image.decode();
      URL.revokeObjectURL(url);
      const box = (window as unknown as PageWindow).peelGraph.cy.elements(':visible').boundingBox();
      const viewBox = (root as unknown as SVGSVGElement).viewBox.baseVal;
      return {
        parserErrors: doc.getElementsByTagName('parsererror').length,
        root: `${root.namespaceURI} ${root.localName}`,
        nodes: [...doc.querySelectorAll('g.node')].map((g) => ({ id: g.getAttribute('data-id'), shapes: g.querySelectorAll('.shape').length, label: labelOf(g) })),
        edges: [...doc.querySelectorAll('g.edge')].map((g) => ({ id: g.getAttribute('data-id'), lines: g.querySelectorAll('path.line').length, arrows: g.querySelectorAll('.arrow').length })),
        curved: doc.querySelectorAll('path.line[d*="Q"]').length,
        image: [image.naturalWidth, image.naturalHeight],
        framesTheGraph: viewBox.x <= box.x1 && viewBox.y <= box.y1 && viewBox.x + viewBox.width >= box.x2 && viewBox.y + viewBox.height >= box.y2,
      };
    }, svg);

    expect(read.parserErrors).toBe(0);
    expect(read.root).toBe('http://www.w3.org/2000/svg svg');
    const names = new Map((await seededEntities(shown.nodes)).map((e) => [e.id, e.name]));
    expect(read.nodes.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(shown.nodes.map((id) => ({ id, shapes: 1, label: names.get(id) })));
    expect(read.edges.map((e) => e.id).sort()).toEqual(shown.edges);
    expect(read.edges.every((e) => e.lines === 1 && e.arrows === 1)).toBe(true);
    // The force has two relationships to some themes (one per sentence); Cytoscape bends them apart, and so does the SVG.
    expect(read.curved).toBeGreaterThan(0);
    expect(read.image.every((side) => side > 300)).toBe(true);
    expect(read.framesTheGraph).toBe(true);
  });

  it('exports the visible entities and relationships as JSON, every relationship with its quote and sentence', async () => {
    await open(partView);
    const shown = await visible();
    const { filename, bytes } = await exportAs('json');
    expect(filename).toMatch(/^peel-graph-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(bytes.toString('utf8')) as {
      nodes: { id: string; name: string; kind: string; summary: string | null; pillar: string | null }[];
      edges: { id: string; source: string; target: string; type: string; judgement: string | null; quote: string; sentence: number; sourceId: string }[];
    };

    const entities = await seededEntities(shown.nodes);
    expect(json.nodes.map(({ id, name, summary, pillar }) => ({ id, name, summary, pillar })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(entities);

    const { records } = await driver.executeQuery(
      'MATCH (a)-[r]->(b) WHERE r.id IN $ids RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.evidence AS quote, toFloat(r.sentence) AS sentence, r.source AS sourceId ORDER BY id',
      { ids: shown.edges },
    );
    expect(records).toHaveLength(shown.edges.length);
    const seeded = records.map((r) => r.toObject());
    expect(json.edges.map(({ id, source, target, type, quote, sentence, sourceId }) => ({ id, source, target, type, quote, sentence, sourceId })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(seeded);
    expect(json.edges.every((e) => e.quote.length > 0 && Number.isInteger(e.sentence) && e.sentence > 0)).toBe(true);
  });

  it('exports the visible entities as CSV: a header, then one quoted-as-needed row per entity', async () => {
    await open(partView);
    const shown = await visible();
    const { filename, bytes } = await exportAs('nodes-csv');
    expect(filename).toMatch(/^peel-graph-\d{4}-\d{2}-\d{2}-entities\.csv$/);
    const csv = bytes.toString('utf8');
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(['id', 'name', 'kind', 'pillar', 'summary']);
    const kinds = await page.evaluate(() => Object.fromEntries((window as unknown as PageWindow).peelGraph.cy.nodes(':visible').map((n: any) => [n.id(), n.data('kind')])));
    const expected = (await seededEntities(shown.nodes)).map((e) => [e.id, e.name, kinds[e.id], e.pillar ?? '', e.summary ?? '']);
    expect(rows.sort((a, b) => (a[0] as string).localeCompare(b[0] as string))).toEqual(expected);
    // A summary with a comma arrives whole because the file quotes it.
    expect(csv).toContain('investigation,Investigating crime,THEME,EFFECTIVENESS,"The quality of investigations, the skills of those who carry them out, and their supervision."\r\n');
  });

  it('exports the visible relationships as CSV with their quotes', async () => {
    await open('?judgements=AREA_FOR_IMPROVEMENT');
    const { bytes } = await exportAs('edges-csv');
    const csv = bytes.toString('utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,source_id,source_name,type,target_id,target_name,judgement,basis,status,finding,sentence,quote,source_document');
    expect(lines).toHaveLength(1 + 3);
    expect(csv).toContain(
      'Cheshire Constabulary,NEEDS_IMPROVEMENT,vetting,Vetting,AREA_FOR_IMPROVEMENT,STATED,ESTABLISHED,cheshire-peel-assessment/s18.1,18,the force needs to improve some areas of vetting,cheshire-peel-assessment',
    );
  });
});

describe('Copy GraphQL', () => {
  it('copies a query the API accepts for a view with every entity expanded, and the answer is the canvas', async () => {
    await open('?layout=grid');
    const drawn = await page.evaluate(() => (window as unknown as PageWindow).peelGraph.cy.nodes().map((n: any) => n.id()) as string[]);
    // As many expansions as the API's 30 aliases allow in one query.
    expect(drawn.length).toBeGreaterThanOrEqual(30);
    const every = drawn.slice(0, 30);
    await page.evaluate(async (ids) => {
      const explorer = (window as unknown as PageWindow).peelGraph;
      for (const id of ids) await explorer.expand(id, 40);
    }, every);
    expect(await page.evaluate(() => (window as unknown as PageWindow).peelGraph.state.expanded.length)).toBe(30);

    await page.locator('#share-menu summary').click();
    await page.locator('#copy-graphql').click();
    await eventually(() => page.locator('#status').textContent()).toBe('GraphQL query for this view copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [document, commentedVariables] = copied.split('\n# Variables\n') as [string, string];
    const variables = JSON.parse(commentedVariables.split('\n').map((line) => line.replace(/^# ?/, '')).join('\n')) as Record<string, unknown>;
    expect(Object.keys(variables).filter((name) => name.startsWith('expand')).map((name) => variables[name]).sort()).toEqual([...every].sort());
    // The explorer opens one report, and the copied query asks for that report's graph.
    expect(variables.sources).toEqual(['cheshire-peel-assessment']);

    const response = await fetch(new URL('graphql', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (await response.json()) as { errors?: unknown; data: Record<string, { nodes: { id: string }[]; edges: { id: string }[] }> };
    expect(body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(Object.keys(body.data)).toHaveLength(1 + 30);
    const answered = new Set(Object.values(body.data).flatMap((part) => part.nodes.map((n) => n.id)));
    const answeredEdges = new Set(Object.values(body.data).flatMap((part) => part.edges.map((e) => e.id)));
    const shown = await visible();
    expect([...answered].sort()).toEqual(shown.nodes);
    expect([...answeredEdges].sort()).toEqual(shown.edges);
  });
});
