// Large views trade finish for speed: fcose's draft, spread to the size, without animation, and labels only when readable; small views keep proof quality and every label.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../client/src/elements.ts';
import { isLargeView, largeViewElements, largeViewLabelPx } from '../../client/src/large-view.ts';
import { layoutOptions } from '../../client/src/layouts.ts';
import { minNodeLabelPx, stylesheet } from '../../client/src/style.ts';
import { slice } from '../fixtures/client-graph.ts';

const fcose = (elementCount: number, animate = false) => layoutOptions('fcose', { elementCount, animate }) as unknown as Record<string, unknown>;

describe('large views', () => {
  it('start at the threshold', () => {
    expect(isLargeView(largeViewElements - 1)).toBe(false);
    expect(isLargeView(largeViewElements)).toBe(true);
  });

  it('keep fcose at proof quality, animated when asked, below the threshold', () => {
    expect(fcose(63, true)).toMatchObject({ quality: 'proof', animate: true, nodeSeparation: 70, randomize: true });
    expect(fcose(largeViewElements - 1)).toMatchObject({ quality: 'proof' });
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
});
