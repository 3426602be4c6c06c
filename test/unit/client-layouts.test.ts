// The layouts one click away: their names, and options that, run by headless Cytoscape, put the graph where they say.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { isLayoutName, layoutOptions } from '../../client/src/layouts.ts';

const node = (id: string, kind: string, label: string): ElementDefinition => ({ group: 'nodes', data: { id, kind, label } });
const edge = (source: string, target: string): ElementDefinition => ({ group: 'edges', data: { id: `${source}->${target}`, source, target } });

/** A force with three findings' themes, one of which a partner also works on. */
const elements = [
  node('fenmarsh-constabulary', 'FORCE', 'Fenmarsh Constabulary'),
  node('vetting', 'THEME', 'Vetting'),
  node('call-handling', 'THEME', 'Call handling'),
  node('missing-people', 'THEME', 'Missing people'),
  node('fenmarsh-council', 'PARTNER', 'Fenmarsh Council'),
  edge('fenmarsh-constabulary', 'vetting'),
  edge('fenmarsh-constabulary', 'call-handling'),
  edge('fenmarsh-constabulary', 'missing-people'),
  edge('fenmarsh-council', 'missing-people'),
];

function laidOut(options: cytoscape.LayoutOptions) {
  const cy = cytoscape({ headless: true, elements, styleEnabled: true, style: [{ selector: 'node', style: { width: 30, height: 30 } }] });
  cy.layout(options).run();
  const at = Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  cy.destroy();
  return at;
}

describe('layouts', () => {
  it('knows its four names and nothing else', () => {
    expect(['fcose', 'concentric', 'breadthfirst', 'grid'].every(isLayoutName)).toBe(true);
    expect([isLayoutName('Grid'), isLayoutName(''), isLayoutName('cose'), isLayoutName(null)]).toEqual([false, false, false, false]);
  });

  it('fits the drawing with a margin, without animation unless asked', () => {
    expect(layoutOptions('grid')).toMatchObject({ name: 'grid', fit: true, padding: 40, animate: false, animationDuration: 350 });
    expect(layoutOptions('concentric', { animate: true })).toMatchObject({ name: 'concentric', animate: true });
  });

  it('puts the best connected entity in the middle of the concentric layout, ranking by degree without loops', () => {
    const themes = ['vetting', 'call-handling', 'missing-people', 'stalking', 'fraud', 'road-safety'];
    const star = [node('fenmarsh-constabulary', 'FORCE', 'Fenmarsh Constabulary'), ...themes.map((id) => node(id, 'THEME', id)), ...themes.map((id) => edge('fenmarsh-constabulary', id)), edge('vetting', 'vetting')];
    const options = layoutOptions('concentric');
    const cy = cytoscape({ headless: true, elements: star, styleEnabled: true, style: [{ selector: 'node', style: { width: 30, height: 30 } }] });
    const rank = (options as unknown as { concentric(n: cytoscape.NodeSingular): number }).concentric;
    expect([rank(cy.$id('fenmarsh-constabulary')), rank(cy.$id('vetting')), rank(cy.$id('fraud'))]).toEqual([6, 1, 1]);
    cy.layout(options).run();
    const centre = cy.$id('fenmarsh-constabulary').position();
    const radii = themes.map((id) => Math.hypot(cy.$id(id).position().x - centre.x, cy.$id(id).position().y - centre.y));
    cy.destroy();
    expect(Math.min(...radii)).toBeGreaterThan(30);
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(1e-6);
  });

  it('hangs the tree from the forces it is given as roots, and picks its own roots when given none', () => {
    const options = layoutOptions('breadthfirst', { roots: ['fenmarsh-constabulary', 'fenmarsh-council'] });
    expect(options).toMatchObject({ name: 'breadthfirst', directed: true, roots: '[id = "fenmarsh-constabulary"], [id = "fenmarsh-council"]' });
    const at = laidOut(options);
    expect(at['fenmarsh-constabulary']!.y).toBeLessThan(at.vetting!.y);
    expect(at['fenmarsh-council']!.y).toBe(at['fenmarsh-constabulary']!.y);
    expect((layoutOptions('breadthfirst') as { roots?: string }).roots).toBeUndefined();
  });

  it('orders the grid by kind, then by name', () => {
    const at = laidOut(layoutOptions('grid'));
    const order = Object.keys(at).sort((a, b) => at[a]!.y - at[b]!.y || at[a]!.x - at[b]!.x);
    expect(order).toEqual(['fenmarsh-constabulary', 'fenmarsh-council', 'call-handling', 'missing-people', 'vetting']);
  });
});
