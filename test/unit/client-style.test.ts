// The stylesheet's rules as Cytoscape computes them: kinds apart by colour and shape, areas for improvement standing out.
import cytoscape from 'cytoscape';
import { afterAll, describe, expect, it } from 'vitest';
import { toElements } from '../../client/src/elements.ts';
import { entityKinds } from '../../client/src/model.ts';
import { labelledClass } from '../../client/src/large-view.ts';
import { kindLooks } from '../../client/src/palette.ts';
import { minNodeLabelPx, stylesheet } from '../../client/src/style.ts';
import { needsVetting, slice, worksWith } from '../fixtures/client-graph.ts';

const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(slice), style: stylesheet() });
afterAll(() => cy.destroy());

describe('stylesheet', () => {
  it('gives every kind its own colour and its own shape, so neither alone has to carry the meaning', () => {
    const colours = new Set(entityKinds.map((kind) => kindLooks[kind].colour.toLowerCase()));
    const shapes = new Set(entityKinds.map((kind) => kindLooks[kind].shape));
    expect(colours.size).toBe(entityKinds.length);
    expect(shapes.size).toBe(entityKinds.length);
    expect(cy.getElementById('cheshire-constabulary').style('shape')).toBe('round-rectangle');
    expect(cy.getElementById('cheshire-other-agencies').style('shape')).toBe('hexagon');
    expect(cy.getElementById('vetting').style('shape')).toBe('ellipse');
    expect(cy.getElementById('cheshire-other-agencies').style('background-color')).toBe('rgb(0,158,115)');
  });

  it('draws areas for improvement dashed, thicker and in vermillion; strengths thin and solid', () => {
    const afi = cy.getElementById(needsVetting.id);
    const strength = cy.getElementById(worksWith.id);
    expect(afi.style('line-style')).toBe('dashed');
    expect(strength.style('line-style')).toBe('solid');
    expect(afi.numericStyle('width')).toBeGreaterThan(2 * strength.numericStyle('width'));
    expect(afi.style('line-color')).toBe('rgb(213,94,0)');
  });

  it('labels edges with their type and hides labels that would be too small to read', () => {
    expect(cy.getElementById(worksWith.id).style('label')).toBe('works with');
    expect(cy.getElementById('vetting').numericStyle('min-zoomed-font-size')).toBe(minNodeLabelPx);
  });

  it('gives every element of a small view its label at once, with no class or zoom to wait for', () => {
    expect(cy.elements().filter((element) => element.style('label') !== element.data('label')).length).toBe(0);
    expect(cy.getElementById('vetting').style('text-wrap')).toBe('wrap');
  });

  it('holds label typography in a large view only for labelled elements, and then exactly as a small view has it', () => {
    const large = cytoscape({ headless: true, styleEnabled: true, elements: toElements(slice), style: stylesheet({ large: true }) });
    const properties = ['label', 'font-family', 'font-size', 'font-weight', 'color', 'text-valign', 'text-wrap', 'text-outline-width', 'text-background-opacity'];
    const unlabelled = large.getElementById(needsVetting.id);
    expect(unlabelled.style('label')).toBe('');
    expect(unlabelled.style('text-background-opacity')).toBe('0');
    large.batch(() => large.elements().addClass(labelledClass));
    for (const id of ['cheshire-constabulary', 'vetting', needsVetting.id, worksWith.id]) {
      expect(properties.map((name) => large.getElementById(id).style(name))).toEqual(properties.map((name) => cy.getElementById(id).style(name)));
    }
    large.destroy();
  });

  it('changes look only through classes: filtered is gone, faded recedes, marks stand out', () => {
    const node = cy.getElementById('vetting');
    cy.batch(() => node.addClass('filtered'));
    expect(node.style('display')).toBe('none');
    cy.batch(() => node.removeClass('filtered').addClass('faded'));
    expect(node.numericStyle('opacity')).toBeLessThan(0.2);
    cy.batch(() => node.removeClass('faded').addClass('path'));
    expect(node.numericStyle('border-width')).toBeGreaterThanOrEqual(4);
    cy.batch(() => node.removeClass('path'));
    expect(node.style('display')).toBe('element');
  });
});
