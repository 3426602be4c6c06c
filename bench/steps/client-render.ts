// Step 6: the explorer's drawing path against bare Cytoscape, and against Cytoscape drawing the explorer's style, in
// headless Chromium, canvas and WebGL, at several sizes.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';
import { lookup } from 'mrmime';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { PageInput } from '../client/page-input.ts';
import type { DrawingTimes } from '../client/measure-drawing.ts';
import type { ClientOptions } from '../options.ts';
import { ratio } from '../latency.ts';
import { mixSeed, pick, seededRandom, uniformIndex } from '../random.ts';
import { judgements } from '../../server/graph/records.ts';

/** The pages drawn, each built from bench/client/<file>.html. */
const pageFiles = { 'peel-graph': 'peel-graph', 'styled Cytoscape': 'styled', 'bare Cytoscape': 'bare' } as const;
export type ClientPage = keyof typeof pageFiles;
const pages = Object.keys(pageFiles) as ClientPage[];

export interface DrawingRatios {
  firstDrawRatio: number;
  layoutEndRatio: number;
  frameRatio: number;
  frameP95Ratio: number;
}

export interface ClientRow {
  page: ClientPage;
  renderer: 'canvas' | 'webgl';
  elements: number;
  firstDrawMs: number;
  layoutEndMs: number;
  frame: { p50: number; p95: number; max: number };
  interactiveMs: number;
  /** False when the drawing had not finished after the time limit; its times are then NaN. */
  finished: boolean;
}

export interface ClientRender {
  /** Exactly what was measured, in words for the summary. */
  what: string;
  browser: string;
  glRenderer: string;
  rows: ClientRow[];
  /** peel-graph over bare Cytoscape, with `ownCode`: peel-graph over Cytoscape drawing the explorer's style. */
  overhead: ({ renderer: string; elements: number; ownCode: DrawingRatios } & DrawingRatios)[];
  /** The largest ratio of peel-graph over bare Cytoscape: first frame, layout end, frame p50 or p95. */
  worstOverhead: number;
  /** The largest ratio of peel-graph over Cytoscape drawing the explorer's style: what the explorer's own code adds. */
  worstOwnCodeOverhead: number;
  /**
   * 5,000 elements on the renderer the explorer would pick: the time from handing the data to the page until the layout
   * is done, the graph drawn and the first mouse pan frame ended, provided the pan and zoom frames' p95 is under 50 ms;
   * NaN if frames stay slower.
   */
  interactive5k?: number;
  /** A drawing not done after this long is recorded as not finished. */
  drawTimeoutSeconds: number;
}

const benchClient = fileURLToPath(new URL('../client/', import.meta.url));
class DrawingTimeout extends Error {
  override name = 'DrawingTimeout';
}

/** Longer than any drawing should take even at 5,000 elements on a software renderer. */
const drawTimeoutMs = 180_000;
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const kinds = ['FORCE', 'THEME', 'PARTNER', 'VICTIM_GROUP', 'RISK', 'POWER', 'COMMUNITY'] as const;
const types = ['HAS_STRENGTH', 'NEEDS_IMPROVEMENT', 'WORKS_WITH', 'SAFEGUARDS', 'SUPPORTS', 'THREATENS', 'FACES', 'ENGAGES'] as const;

/** A graph in the API's shape with `count` elements, three in ten of them nodes, as a neighbourhood answer is. */
export function apiShapedGraph(count: number): PageInput['graph'] {
  const random = seededRandom(mixSeed(7, count));
  const nodeCount = Math.max(2, Math.round(count * 0.3));
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const kind = pick(random, kinds);
    return { id: `n${i}`, name: `Synthetic ${kind.toLowerCase().replace('_', ' ')} ${i}`, kind, summary: null, degree: 1 + uniformIndex(random, 40), pillar: null };
  });
  const edges = Array.from({ length: count - nodeCount }, (_, i) => {
    const from = uniformIndex(random, nodeCount);
    // Mostly near neighbours, so the drawing has structure a layout can find rather than a hairball.
    const to = random() < 0.8 ? (from + 1 + uniformIndex(random, 12)) % nodeCount : uniformIndex(random, nodeCount);
    return {
      id: `e${i}`,
      type: pick(random, types),
      judgement: pick(random, judgements),
      basis: 'STATED',
      status: 'ESTABLISHED',
      finding: { id: `f${i}` },
      source: { id: `n${from}` },
      target: { id: `n${to === from ? (to + 1) % nodeCount : to}` },
      evidence: { quote: `Synthetic evidence ${i}.`, sentence: 1 + (i % 40), start: 0, end: 20, source: { id: 'syn-source' } },
    };
  });
  return { nodes, edges } as PageInput['graph'];
}

const percentile = (values: number[], fraction: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]! : Number.NaN;
};
const round = (value: number) => Math.round(value * 10) / 10;

/** One page's row from its repeated drawings: the median of each time, and frame percentiles over all their frames. */
export function rowOf(page: ClientPage, renderer: ClientRow['renderer'], elements: number, drawings: (DrawingTimes | null)[]): ClientRow {
  const done = drawings.filter((times): times is DrawingTimes => times !== null);
  if (done.length < drawings.length) {
    const never = { p50: Number.NaN, p95: Number.NaN, max: Number.NaN };
    return { page, renderer, elements, firstDrawMs: Number.NaN, layoutEndMs: Number.NaN, frame: never, interactiveMs: Number.NaN, finished: false };
  }
  const median = (pick: (times: DrawingTimes) => number) => round(percentile(done.map(pick), 0.5));
  const frames = done.flatMap((times) => times.framesMs);
  return {
    finished: true,
    page,
    renderer,
    elements,
    firstDrawMs: median((times) => times.firstDrawMs),
    layoutEndMs: median((times) => times.layoutEndMs),
    frame: { p50: round(percentile(frames, 0.5)), p95: round(percentile(frames, 0.95)), max: round(Math.max(...frames)) },
    interactiveMs: median((times) => times.interactiveMs),
  };
}

export function ratios(ours: ClientRow, reference: ClientRow): DrawingRatios {
  return {
    firstDrawRatio: ratio(ours.firstDrawMs, reference.firstDrawMs),
    layoutEndRatio: ratio(ours.layoutEndMs, reference.layoutEndMs),
    frameRatio: ratio(ours.frame.p50, reference.frame.p50),
    frameP95Ratio: ratio(ours.frame.p95, reference.frame.p95),
  };
}

const worst = (rows: DrawingRatios[]) => Math.max(...rows.flatMap((row) => [row.firstDrawRatio, row.layoutEndRatio, row.frameRatio, row.frameP95Ratio]).filter(Number.isFinite));

/** Builds the pages (bench/client/<file>.html) with Vite into a temporary folder and serves it on loopback. */
export async function servePages(files: readonly string[] = Object.values(pageFiles)): Promise<{ origin: string; close(): Promise<void> }> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-bench-client-'));
  await build({
    configFile: false,
    root: benchClient,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: Object.fromEntries(files.map((file) => [file, path.join(benchClient, `${file}.html`)])) },
    },
  });
  const server = createServer(async (request, response) => {
    const file = path.join(outDir, path.normalize(new URL(request.url ?? '/', 'http://local').pathname));
    if (!file.startsWith(outDir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': lookup(file) ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  const port = await getPort({ host: '127.0.0.1' });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

export async function measureClient(options: ClientOptions): Promise<ClientRender> {
  const served = await servePages();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs, headless: true });
  try {
    // One tab, brought to the front and loaded afresh for each drawing: a tab opened after another was closed can be
    // treated as hidden, and a hidden tab gets no animation frames, which hung the drawing.
    const problems: string[] = [];
    const openTab = async () => {
      const opened = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      opened.on('pageerror', (error) => problems.push(error.message));
      opened.on('crash', () => problems.push('the page crashed'));
      return opened;
    };
    let tab = await openTab();
    const draw = async (page: ClientPage, input: PageInput): Promise<{ times: DrawingTimes; gl: string }> => {
      problems.length = 0;
      let timer: NodeJS.Timeout | undefined;
      try {
        await tab.goto(`${served.origin}/${pageFiles[page]}.html`);
        await tab.bringToFront();
        await tab.waitForFunction(() => 'draw' in window);
        const gl = await tab.evaluate(() => (window as unknown as { glRenderer(): string }).glRenderer());
        const drawing = tab.evaluate((given) => (window as unknown as { draw(i: PageInput): Promise<DrawingTimes> }).draw(given), input);
        const limit = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new DrawingTimeout(`no result within ${drawTimeoutMs / 1000} s`)), drawTimeoutMs);
        });
        try {
          return { times: await Promise.race([drawing, limit]), gl };
        } catch (error) {
          // A page still busy laying out would hold up the next navigation: start the next drawing in a new tab.
          if (error instanceof DrawingTimeout) {
            await tab.close({ runBeforeUnload: false }).catch(() => {});
            tab = await openTab();
          }
          throw error;
        }
      } catch (error) {
        if (error instanceof DrawingTimeout) throw error;
        throw new Error(`${page} page, ${input.graph.nodes.length + input.graph.edges.length} elements, ${input.webgl ? 'webgl' : 'canvas'}: ${problems.join('; ') || (error as Error).message}`);
      } finally {
        clearTimeout(timer);
      }
    };

    // One small drawing on each page first, so the browser has compiled the code before anything is timed.
    const warm = apiShapedGraph(100);
    let gl = '';
    for (const page of pages) ({ gl } = await draw(page, { graph: warm, webgl: false, frames: 3 }));

    const rows: ClientRow[] = [];
    let turn = 0;
    for (const elements of options.elementCounts) {
      const graph = apiShapedGraph(elements);
      for (const renderer of ['canvas', 'webgl'] as const) {
        // Each page draws `repeats` times, and the order turns round (A B C, B C A, C A B …), so no page always meets a
        // warmer or colder browser and one hiccup of a shared machine decides no row.
        const drawings = new Map<ClientPage, (DrawingTimes | null)[]>(pages.map((page) => [page, []]));
        for (let repeat = 0; repeat < options.repeats; repeat += 1) {
          const first = turn++ % pages.length;
          for (const page of [...pages.slice(first), ...pages.slice(0, first)]) {
            const outcome = await draw(page, { graph, webgl: renderer === 'webgl', frames: options.frames }).catch((error: unknown) => {
              if (error instanceof DrawingTimeout) return null;
              throw error;
            });
            drawings.get(page)!.push(outcome?.times ?? null);
          }
        }
        for (const page of pages) rows.push(rowOf(page, renderer, elements, drawings.get(page)!));
      }
    }

    const overhead = options.elementCounts.flatMap((elements) =>
      (['canvas', 'webgl'] as const).map((renderer) => {
        const row = (page: ClientPage) => rows.find((r) => r.elements === elements && r.renderer === renderer && r.page === page)!;
        return { renderer, elements, ...ratios(row('peel-graph'), row('bare Cytoscape')), ownCode: ratios(row('peel-graph'), row('styled Cytoscape')) };
      }),
    );
    // The explorer keeps to the canvas on a software WebGL (client/src/renderer-choice.ts), so that is what a user gets here.
    const software = /swiftshader|llvmpipe|software|no webgl/i.test(gl);
    const chosen = rows.find((r) => r.elements === 5000 && r.page === 'peel-graph' && r.renderer === (software ? 'canvas' : 'webgl'));
    return {
      what:
        'The explorer\'s drawing path (client/src: `toElements` from elements.ts, `stylesheet()` from style.ts, the extensions, the Cytoscape options of explorer.ts and ' +
        "`layoutOptions('fcose')`, its default layout, all as chosen for the graph's size: fcose's `default` refinement below 1,000 elements, its spectral `draft` and labels from 12 px on screen " +
        'from there, held only by what the user zooms in on, client/src/large-view.ts and large-view-labels.ts) on a page of its own, against bare Cytoscape with its default style given the same elements (data only) and the same layout ' +
        'options, and against "styled Cytoscape": bare Cytoscape given the explorer\'s elements (converted before the clock starts), its `stylesheet()` and the same layout options, ' +
        'so that what the explorer\'s look costs (labels, shapes, a layout that makes room for the labels) is told apart from what its own code costs. Graphs in the API\'s shape, three in ten elements nodes. ' +
        `Each page draws each graph ${options.repeats} time${options.repeats === 1 ? '' : 's'} per renderer, the pages taking turns to go first; a row gives the median of its times and frame percentiles over all its frames. ` +
        'Times from handing over the data. As in the explorer, the layout runs (seeded) in the same task as ' +
        'creating the graph, so the first frame drawn (the canvas renderer\'s `render` event, or for WebGL, which emits none, the second animation frame) shows it laid out. ' +
        'Then the mouse drags the background for half the frames and turns the wheel for the rest, a step each frame, as DOM events Cytoscape handles as a user\'s. ' +
        '"Interactive" is the end of the first such frame; 5,000 elements count as interactive in that time only if the frame p95 is under 50 ms.',
      browser: `Chromium ${browser.version()} (headless, --disable-gpu)`,
      glRenderer: gl,
      rows,
      overhead,
      drawTimeoutSeconds: drawTimeoutMs / 1000,
      worstOverhead: worst(overhead),
      worstOwnCodeOverhead: worst(overhead.map((row) => row.ownCode)),
      ...(chosen ? { interactive5k: chosen.frame.p95 < 50 ? chosen.interactiveMs : Number.NaN } : {}),
    };
  } finally {
    await browser.close();
    await served.close();
  }
}
