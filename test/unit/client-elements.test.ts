// The pure conversion from API graph to Cytoscape elements, checked in a headless Cytoscape.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { edgeElement, nodeElement, toElements } from '../../client/src/elements.ts';
import { force, needsVetting, otherAgencies, slice, vetting, worksWith } from '../fixtures/client-graph.ts';

describe('elements', () => {
  it('turns an entity into a node classed by kind', () => {
    expect(nodeElement(vetting)).toEqual({
      group: 'nodes',
      data: { id: 'vetting', label: 'Vetting', kind: 'THEME', summary: null, degree: 1, pillar: 'LEGITIMACY' },
      classes: 'kind-theme',
    });
  });

  it('turns a relationship into an edge that carries its quote and sentence, classed by type and judgement', () => {
    expect(edgeElement(needsVetting)).toEqual({
      group: 'edges',
      data: {
        id: 'cheshire-peel-assessment/s18/cheshire-constabulary/needs_improvement/vetting',
        source: 'cheshire-constabulary',
        target: 'vetting',
        type: 'NEEDS_IMPROVEMENT',
        judgement: 'AREA_FOR_IMPROVEMENT',
        basis: 'STATED',
        status: 'ESTABLISHED',
        review: 'ACCEPTED',
        finding: 'cheshire-peel-assessment/s18.1',
        label: 'needs to improve',
        quote: 'the force needs to improve some areas of vetting',
        sentence: 18,
        sourceId: 'cheshire-peel-assessment',
      },
      classes: 'type-needs-improvement judgement-area-for-improvement',
    });
  });

  it('classes an inferred edge so it is drawn apart, and names its own id as its finding when it has none', () => {
    const element = edgeElement({ ...needsVetting, judgement: null, basis: 'INFERRED', finding: null });
    expect(element.classes).toBe('type-needs-improvement basis-inferred');
    expect(element.data.finding).toBe(needsVetting.id);
  });

  it('gives nodes before edges, and a headless Cytoscape takes them as they are', () => {
    const elements = toElements(slice);
    expect(elements.map((e) => e.group)).toEqual(['nodes', 'nodes', 'nodes', 'nodes', 'nodes', 'edges', 'edges', 'edges', 'edges']);
    const cy = cytoscape({ headless: true, elements });
    expect(cy.nodes().length).toBe(5);
    expect(cy.edges().length).toBe(4);
    expect(cy.getElementById(worksWith.id).source().id()).toBe(force.id);
    cy.destroy();
  });

  it('drops edges whose ends are neither in the answer nor already drawn, and duplicates', () => {
    const partial = { nodes: [otherAgencies, otherAgencies], edges: [worksWith, worksWith, needsVetting] };
    expect(toElements(partial).map((e) => e.data.id)).toEqual(['cheshire-other-agencies']);
    expect(toElements(partial, new Set([force.id])).map((e) => e.data.id)).toEqual(['cheshire-other-agencies', worksWith.id]);
  });
});
