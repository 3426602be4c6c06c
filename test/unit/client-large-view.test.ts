// Large views trade finish for speed: fcose's draft, spread to the size, without animation, and labels only when readable; small views keep the force-directed refinement and every label.
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toElements } from '../../client/src/elements.ts';
import { isLargeView, labelledClass, largeViewElements, largeViewLabelPx } from '../../client/src/large-view.ts';
import { elementsInView, labelWhereReadable, labelZoom, withEveryLabel } from '../../client/src/large-view-labels.ts';
import { layoutOptions } from '../../client/src/layouts.ts';
import { minNodeLabelPx, stylesheet } from '../../client/src/style.ts';
import { slice } from '../fixtures/client-graph.ts';

const fcose = (elementCount: number, animate = false) => layoutOptions('fcose', { elementCount, animate }) as unknown as Record<string, unknown>;

describe('large views', () => {
  // A failed assertion must not leave the fake clock to the tests after it.
  afterEach(() => {
    vi.useRealTimers();
  });

  it('start at the threshold', () => {
    expect(isLargeView(largeViewElements - 1)).toBe(false);
    expect(isLargeView(largeViewElements)).toBe(true);
  });

  it('refine fcose with its default cooling, animated when asked, below the threshold', () => {
    expect(fcose(63, true)).toMatchObject({ quality: 'default', animate: true, nodeSeparation: 70, randomize: true, nodeDimensionsIncludeLabels: true });
    // `proof` cools two to three times longer, for drawings no better once labels are in the node boxes.
    expect(fcose(largeViewElements - 1)).toMatchObject({ quality: 'default' });
  });

  it('lay out with the spectral draft alone, never animated, spread wider as they grow', () => {
    const at1k = fcose(largeViewElements, true);
    const at5k = fcose(5000, true);
    expect(at1k).toMatchObject({ quality: 'draft', animate: false, randomize: true });
    expect(at5k).toMatchObject({ quality: 'draft', animate: false });
    expect(at5k.nodeSeparation).toBeGreaterThan(at1k.nodeSeparation as number);
    expect(layoutOptions('grid', { elementCount: 5000, animate: true })).toMatchObject({ animate: false });
  });

  it('draw labels only from the large-view size on screen, except on marked and selected elements', () => {
    const small = cytoscape({ headless: true, styleEnabled: true, elements: toElements(slice), style: stylesheet() });
    const large = cytoscape({ headless: true, styleEnabled: true, elements: toElements(slice), style: stylesheet({ large: true }) });
    const node = (cy: cytoscape.Core) => cy.getElementById('vetting');
    expect(node(small).numericStyle('min-zoomed-font-size')).toBe(minNodeLabelPx);
    expect(node(large).numericStyle('min-zoomed-font-size')).toBe(largeViewLabelPx);
    expect(large.edges().map((edge) => edge.numericStyle('min-zoomed-font-size'))).toEqual(large.edges().map(() => largeViewLabelPx));
    const edge = large.edges().first();
    edge.select();
    expect(edge.numericStyle('min-zoomed-font-size')).toBe(0);
    const marked = large.edges().last();
    large.batch(() => marked.addClass('path'));
    expect(marked.numericStyle('min-zoomed-font-size')).toBe(0);
    small.destroy();
    large.destroy();
  });

  it('size nodes without labels in the layout, as a large view holds none when it is laid out', () => {
    expect(fcose(63)).toMatchObject({ nodeDimensionsIncludeLabels: true });
    expect(fcose(largeViewElements)).toMatchObject({ nodeDimensionsIncludeLabels: false });
  });

  it('hold labels only where labelled or marked, as Cytoscape measures every label it holds, drawn or not', () => {
    const small = cytoscape({ headless: true, styleEnabled: true, elements: toElements(slice), style: stylesheet() });
    const large = cytoscape({ headless: true, styleEnabled: true, elements: toElements(slice), style: stylesheet({ large: true }) });
    expect(small.elements().filter((element) => element.style('label') === '').length).toBe(0);
    expect(large.elements().map((element) => element.style('label'))).toEqual(large.elements().map(() => ''));
    const node = large.getElementById('vetting');
    large.batch(() => node.addClass(labelledClass));
    expect(node.style('label')).toBe('Vetting');
    const [selected, marked] = [large.edges().first(), large.edges().last()];
    selected.select();
    large.batch(() => marked.addClass('path'));
    expect(selected.style('label')).toBe(selected.data('label'));
    expect(marked.style('label')).toBe(marked.data('label'));
    small.destroy();
    large.destroy();
  });

  it('label what is in view once zoomed in to where labels are drawn, and nothing before', () => {
    vi.useFakeTimers();
    const container = { width: 1000, height: 600 };
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(slice), style: stylesheet({ large: true }) });
    // Headless Cytoscape has no container to measure: give it the size of one.
    Object.assign(cy, { width: () => container.width, height: () => container.height });
    cy.nodes().forEach((node, index) => {
      node.position({ x: index * 1500, y: 0 });
    });
    labelWhereReadable(cy);
    cy.viewport({ zoom: labelZoom * 0.9, pan: { x: 0, y: 300 } });
    vi.advanceTimersByTime(500);
    expect(cy.elements(`.${labelledClass}`).length).toBe(0);
    cy.viewport({ zoom: labelZoom, pan: { x: 0, y: 300 } });
    // Nothing while the viewport is still moving.
    expect(cy.elements(`.${labelledClass}`).length).toBe(0);
    vi.advanceTimersByTime(500);
    const inView = elementsInView(cy);
    expect(inView.nonempty()).toBe(true);
    expect(inView.nodes().length).toBeLessThan(cy.nodes().length);
    expect(cy.elements(`.${labelledClass}`).same(inView)).toBe(true);
    const first = inView.nodes().first();
    expect(first.nonempty()).toBe(true);
    expect(first.data('label')).toMatch(/\S/);
    expect(first.style('label')).toBe(first.data('label'));
    cy.destroy();
  });

  it('label every element for an export, and take the labels back after it', () => {
    const large = cytoscape({ headless: true, styleEnabled: true, elements: toElements(slice), style: stylesheet({ large: true }) });
    const seen = large.getElementById('vetting');
    seen.addClass(labelledClass);
    const drawn = withEveryLabel(large, () => large.elements().map((element) => element.style('label')));
    expect(drawn.filter((label) => label === '')).toEqual([]);
    expect(large.elements(`.${labelledClass}`).map((element) => element.id())).toEqual(['vetting']);
    large.destroy();
  });

  /** A headless Cytoscape whose viewport is `width` × `height` on screen, with one node at each of `positions`. */
  function viewOf(width: number, height: number, positions: Record<string, { x: number; y: number }>) {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheet({ large: true }),
      layout: { name: 'preset' },
      elements: Object.entries(positions).map(([id, position]) => ({ group: 'nodes' as const, data: { id, label: id }, position })),
    });
    Object.assign(cy, { width: () => width, height: () => height });
    return cy;
  }

  it('count a node in view up to half a view past each edge, inclusive', () => {
    // At zoom 1 and no pan, a 100 × 50 view shows x from 0 to 100 and y from 0 to 50.
    const cy = viewOf(100, 50, {
      left: { x: -50, y: 0 },
      beyondLeft: { x: -50.5, y: 0 },
      right: { x: 150, y: 0 },
      beyondRight: { x: 150.5, y: 0 },
      top: { x: 0, y: -25 },
      aboveTop: { x: 0, y: -25.5 },
      bottom: { x: 0, y: 75 },
      belowBottom: { x: 0, y: 75.5 },
    });
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    expect(elementsInView(cy).map((element) => element.id()).sort()).toEqual(['bottom', 'left', 'right', 'top']);
    // Zoomed in twice and panned, the view covers x 50..100 and y 25..50; its margins 25 and 12.5.
    cy.viewport({ zoom: 2, pan: { x: -100, y: -50 } });
    expect(elementsInView(cy).map((element) => element.id()).sort()).toEqual([]);
    cy.getElementById('left').position({ x: 25, y: 12.5 });
    cy.getElementById('right').position({ x: 125, y: 62.5 });
    cy.getElementById('top').position({ x: 24.5, y: 30 });
    cy.getElementById('bottom').position({ x: 60, y: 63 });
    expect(elementsInView(cy).map((element) => element.id()).sort()).toEqual(['left', 'right']);
    cy.destroy();
  });

  it('take the edges of the nodes in view along, even those leading out of it', () => {
    const cy = viewOf(100, 100, { near: { x: 10, y: 10 }, close: { x: 20, y: 20 }, far: { x: 1000, y: 1000 }, farther: { x: 2000, y: 2000 } });
    cy.add([
      { group: 'edges', data: { id: 'near-close', source: 'near', target: 'close' } },
      { group: 'edges', data: { id: 'near-far', source: 'near', target: 'far' } },
      { group: 'edges', data: { id: 'far-farther', source: 'far', target: 'farther' } },
    ]);
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    expect(elementsInView(cy).map((element) => element.id()).sort()).toEqual(['close', 'near', 'near-close', 'near-far']);
    cy.destroy();
  });

  it('label only once the viewport has been still for the settling time, from exactly the zoom where labels are drawn', () => {
    vi.useFakeTimers();
    // At this zoom the largest label font stands exactly as tall as a large view draws labels.
    expect(labelZoom * 13).toBeCloseTo(largeViewLabelPx, 10);
    const cy = viewOf(100, 100, { seen: { x: 10, y: 10 } });
    labelWhereReadable(cy);
    const labelled = () => cy.elements(`.${labelledClass}`).map((element) => element.id());
    cy.viewport({ zoom: labelZoom, pan: { x: 0, y: 0 } });
    vi.advanceTimersByTime(100);
    // Another move restarts the wait.
    cy.viewport({ zoom: labelZoom, pan: { x: 1, y: 0 } });
    vi.advanceTimersByTime(119);
    expect(labelled()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(labelled()).toEqual(['seen']);
    cy.destroy();
  });

  it('do no work for a region already labelled', () => {
    vi.useFakeTimers();
    const cy = viewOf(100, 100, { seen: { x: 10, y: 10 } });
    labelWhereReadable(cy);
    const batch = vi.spyOn(cy, 'batch');
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    vi.advanceTimersByTime(120);
    expect(batch).toHaveBeenCalledTimes(1);
    cy.viewport({ zoom: 1, pan: { x: 2, y: 0 } });
    vi.advanceTimersByTime(120);
    expect(batch).toHaveBeenCalledTimes(1);
    cy.destroy();
  });

  it('leave no wait pending once the graph is destroyed, and ignore a viewport event after it', () => {
    vi.useFakeTimers();
    const cy = viewOf(100, 100, { seen: { x: 10, y: 10 } });
    labelWhereReadable(cy);
    // Cytoscape keeps timers of its own; the settling wait is the one the viewport adds.
    const ownTimers = vi.getTimerCount();
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    expect(vi.getTimerCount()).toBe(ownTimers + 1);
    cy.destroy();
    expect(vi.getTimerCount()).toBe(ownTimers);
    cy.emit('viewport');
    vi.advanceTimersByTime(120);
    expect(cy.elements(`.${labelledClass}`).length).toBe(0);
  });

  it('take the labels back after an export that fails, and hand back what the export drew', () => {
    const large = cytoscape({ headless: true, styleEnabled: true, elements: toElements(slice), style: stylesheet({ large: true }) });
    expect(() =>
      withEveryLabel(large, () => {
        throw new Error('the drawing failed');
      }),
    ).toThrow('the drawing failed');
    expect(large.elements(`.${labelledClass}`).length).toBe(0);
    expect(withEveryLabel(large, () => large.elements(`.${labelledClass}`).length)).toBe(large.elements().length);
    large.destroy();
  });
});
