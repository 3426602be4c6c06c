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
});
