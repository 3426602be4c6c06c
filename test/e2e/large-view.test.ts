// A view past the WebGL threshold and the large-view size in headless Chromium, whose WebGL is software (SwiftShader):
// the explorer stays on the canvas and says why, and draws labels only once they are readable.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { labelledClass, largeViewElements, largeViewLabelPx } from '../../client/src/large-view.ts';
import { labelZoom } from '../../client/src/large-view-labels.ts';
import { webglThreshold } from '../../client/src/renderer-choice.ts';
import type { Entity, Relationship, Subgraph } from '../../client/src/model.ts';
import { collectErrors, waitForGraph } from './support/browser.ts';
import { useExplorerSession, type PageWindow } from './support/explorer-session.ts';

// Its page is drawn from a synthetic response, so it opens one itself instead of the session's per-test page.
const session = useExplorerSession({ pages: false });

/** Themes hung off the force, one relationship each, as many as it takes to pass the threshold. */
function syntheticThemes(count: number): Subgraph {
  const nodes: Entity[] = [];
  const edges: Relationship[] = [];
  for (let i = 0; i < count; i++) {
    const id = `synthetic-theme-${i}`;
    nodes.push({ id, name: `Synthetic theme ${i}`, kind: 'THEME', summary: null, degree: 1, pillar: null });
    edges.push({
      id: `synthetic/${id}`,
      type: 'HAS_STRENGTH',
      judgement: 'STRENGTH',
      basis: 'STATED',
      status: 'ESTABLISHED',
      finding: null,
      review: 'ACCEPTED',
      source: { id: 'cheshire-constabulary' },
      target: { id },
      evidence: { quote: 'The force provides a consistently good service.', sentence: 2, start: null, end: null, source: { id: 'cheshire-peel-assessment' } },
    });
  }
  return { nodes, edges, truncated: false };
}

describe('a large view', () => {
  it(`stays on the canvas past ${webglThreshold} elements when WebGL is SwiftShader, says so, and holds labels back until readable`, async () => {
    const page: Page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(30_000);
    const errors = collectErrors(page);
    // The seeded graph is 63 elements and other tests rely on it as it is, so the page gets the real answer
    // with synthetic themes added: the explorer's own loading, renderer choice and drawing do the rest.
    const extra = syntheticThemes(600);
    await page.route('**/graphql', async (route) => {
      const request = route.request();
      if (!(request.postData() ?? '').includes('query GraphView')) return route.fallback();
      const response = await route.fetch();
      const body = (await response.json()) as { data: { graph: Subgraph } };
      body.data.graph.nodes.push(...extra.nodes);
      body.data.graph.edges.push(...extra.edges);
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${session.server.url}?layout=grid`);
    await waitForGraph(page);

    const drawn = await page.evaluate(() => {
      const explorer = (window as unknown as PageWindow).peelGraph;
      const container = document.getElementById('graph') as HTMLElement;
      return {
        elements: explorer.cy.elements().length as number,
        labelThresholds: [...new Set(explorer.cy.elements().map((element: any) => element.numericStyle('min-zoomed-font-size')))],
        zoom: explorer.cy.zoom() as number,
        labels: explorer.cy.elements().filter((element: any) => element.style('label') !== '').length as number,
        renderer: explorer.renderer,
        attribute: container.dataset.renderer,
        // A canvas holding a WebGL context gives no 2D one: every layer Cytoscape drew on is a 2D canvas.
        layers: [...container.querySelectorAll('canvas')].map((canvas) => canvas.getContext('2d') !== null),
      };
    });
    expect(drawn.elements).toBe(34 + 43 + 2 * 600);
    expect(drawn.elements).toBeGreaterThan(webglThreshold);
    expect(drawn.elements).toBeGreaterThanOrEqual(largeViewElements);
    expect(drawn.labelThresholds).toEqual([largeViewLabelPx]);
    // Overview zoom: no label could be drawn, so none is held (sizing them all would cost about a second at 5,000).
    expect(drawn.zoom).toBeLessThan(labelZoom);
    expect(drawn.labels).toBe(0);
    expect(drawn.renderer).toEqual({ options: { name: 'canvas', webgl: false }, reason: 'software-renderer', gpu: expect.stringMatching(/SwiftShader/) });
    expect(drawn.attribute).toBe('canvas');
    expect(drawn.layers.length).toBeGreaterThan(0);
    expect(drawn.layers.every(Boolean)).toBe(true);
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe(`634 entities and 643 relationships shown, drawn on the canvas, as WebGL here runs in software (${drawn.renderer.gpu}) and would be slower.`);

    // Zoomed in where labels are drawn: what is in view gets its label once the viewport settles, the rest waits.
    await page.evaluate(() => {
      const cy = (window as unknown as PageWindow).peelGraph.cy;
      cy.zoom({ level: 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    const labelled = async () =>
      page.evaluate((className) => {
        const cy = (window as unknown as PageWindow).peelGraph.cy;
        const held = cy.elements(`.${className}`);
        const node = held.nodes().first();
        return { held: held.length as number, all: cy.elements().length as number, label: node.nonempty() ? [node.style('label'), node.data('label')] : null };
      }, labelledClass);
    await expect.poll(async () => (await labelled()).label).not.toBeNull();
    const after = await labelled();
    expect(after.held).toBeGreaterThan(0);
    expect(after.held).toBeLessThan(after.all);
    // A node is held: its drawn label is its own name, not nothing.
    const [drawnLabel, ownLabel] = after.label!;
    expect(ownLabel).toMatch(/\S/);
    expect(drawnLabel).toBe(ownLabel);
    await page.close();
    expect(errors).toEqual([]);
  });
});
