// The stylesheet's rules as Cytoscape computes them: kinds apart by colour and shape, areas for improvement standing out.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toElements } from '../../client/src/elements.ts';
import { entityKinds, judgements, relationshipTypes } from '../../client/src/model.ts';
import { labelledClass, largeViewLabelPx } from '../../client/src/large-view.ts';
import { judgementLooks, kindLooks, markColours, typeArrows } from '../../client/src/palette.ts';
import { minEdgeLabelPx, minNodeLabelPx, strengthLabelPx, stylesheet } from '../../client/src/style.ts';
import { classToken } from '../../client/src/vocabulary.ts';
import { needsVetting, slice, worksWith } from '../fixtures/client-graph.ts';

// Built anew for each test, so that the stylesheet each test reads is the one the code builds now (a stylesheet built
// once, when the file loads, would hide any later change to the code, as mutation testing makes).
let cy: Core;
beforeEach(() => {
  cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(slice), style: stylesheet() });
});
afterEach(() => cy.destroy());

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

/** A colour as Cytoscape reports it. */
function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${value >> 16},${(value >> 8) & 255},${value & 255})`;
}

/** One node of every kind and, between the first two, one edge of every type and one of every judgement. */
function everyLook({ large = false } = {}) {
  const nodes = entityKinds.map((kind) => ({ group: 'nodes' as const, data: { id: kind, label: `${kind} name` }, classes: `kind-${classToken(kind)}` }));
  const edge = (id: string, classes: string) => ({ group: 'edges' as const, data: { id, source: 'FORCE', target: 'THEME', label: id }, classes });
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: stylesheet({ large }),
    elements: [
      ...nodes,
      edge('plain', ''),
      ...relationshipTypes.map((type) => edge(`type ${type}`, `type-${classToken(type)}`)),
      ...judgements.map((judgement) => edge(judgement, `judgement-${classToken(judgement)}`)),
      edge('inferred', 'judgement-area-for-improvement basis-inferred'),
    ],
  });
}

describe('every rule of the stylesheet', () => {
  let cy: Core;
  beforeEach(() => {
    cy = everyLook();
  });
  afterEach(() => cy.destroy());
  const element = (id: string) => cy.getElementById(id);

  it('draws each kind in its colour, border, shape and size', () => {
    for (const kind of entityKinds) {
      const look = kindLooks[kind];
      const node = element(kind);
      expect([node.style('background-color'), node.style('border-color'), node.style('shape'), node.numericStyle('width'), node.numericStyle('height')]).toEqual([
        rgb(look.colour),
        rgb(look.border),
        look.shape,
        look.size,
        look.size,
      ]);
      expect(node.numericStyle('border-width')).toBe(1.5);
      expect(node.numericStyle('overlay-opacity')).toBe(0);
    }
  });

  it('writes the force and partner names larger and bold, the rest in the plain label font', () => {
    for (const kind of entityKinds) {
      const node = element(kind);
      const prominent = kind === 'FORCE' || kind === 'PARTNER';
      expect([node.numericStyle('font-size'), node.style('font-weight')]).toEqual(prominent ? [13, 'bold'] : [12, 'normal']);
    }
    const theme = element('THEME');
    expect(['text-valign', 'text-halign', 'text-wrap', 'color', 'text-outline-color'].map((name) => theme.style(name))).toEqual(['bottom', 'center', 'wrap', rgb('#1b1f24'), rgb('#ffffff')]);
    expect(['text-margin-y', 'text-max-width', 'text-outline-width', 'text-outline-opacity'].map((name) => theme.numericStyle(name))).toEqual([4, 120, 2, 0.9]);
    expect(theme.style('font-family')).toBe('Inter, "Segoe UI", system-ui, sans-serif');
  });

  it('draws a plain edge as a thin grey bezier with a triangle and a level label on a pale ground', () => {
    const plain = element('plain');
    expect(['curve-style', 'line-color', 'target-arrow-color', 'target-arrow-shape', 'text-rotation', 'text-background-color', 'text-background-shape', 'color'].map((name) => plain.style(name))).toEqual([
      'bezier',
      rgb('#8795a3'),
      rgb('#8795a3'),
      'triangle',
      'autorotate',
      rgb('#ffffff'),
      'roundrectangle',
      rgb('#3d4650'),
    ]);
    expect(['control-point-step-size', 'width', 'arrow-scale', 'font-size', 'text-background-opacity', 'text-background-padding', 'min-zoomed-font-size', 'overlay-opacity', 'z-index'].map((name) => plain.numericStyle(name))).toEqual([
      28, 1.6, 0.9, 9.5, 0.85, 1.5, minEdgeLabelPx, 0, 0,
    ]);
    expect(plain.style('label')).toBe('plain');
  });

  it('ends each relationship type in its own arrowhead', () => {
    expect(relationshipTypes.map((type) => element(`type ${type}`).style('target-arrow-shape'))).toEqual(relationshipTypes.map((type) => typeArrows[type]));
  });

  it('draws each judgement in its colour and width, the ones that need action dashed, bold and on top', () => {
    for (const judgement of judgements) {
      const look = judgementLooks[judgement];
      const edge = element(judgement);
      expect([edge.style('line-color'), edge.style('target-arrow-color'), edge.numericStyle('width'), edge.style('line-style'), edge.numericStyle('z-index')]).toEqual([
        rgb(look.colour),
        rgb(look.colour),
        look.width,
        look.dashed ? 'dashed' : 'solid',
        look.dashed ? 5 : 1,
      ]);
      expect([edge.style('color'), edge.style('font-weight')]).toEqual(look.dashed ? [rgb(look.colour), 'bold'] : [rgb('#3d4650'), 'normal']);
      if (look.dashed) expect(edge.numericStyle('line-dash-pattern')).toEqual([7, 4]);
    }
    expect(element('STRENGTH').numericStyle('min-zoomed-font-size')).toBe(strengthLabelPx);
    expect(element('IMPROVED').numericStyle('min-zoomed-font-size')).toBe(minEdgeLabelPx);
  });

  it('dots what is only inferred, whatever its judgement', () => {
    const inferred = element('inferred');
    expect(inferred.style('line-style')).toBe('dotted');
    expect(inferred.numericStyle('line-dash-pattern')).toEqual([2, 4]);
    expect(inferred.style('line-color')).toBe(rgb(judgementLooks.AREA_FOR_IMPROVEMENT.colour));
  });

  /** The values of `properties` on the element while it has `classes` (or is selected). */
  function marked(id: string, classes: string, properties: string[], selected = false) {
    const target = element(id);
    cy.batch(() => target.addClass(classes));
    if (selected) target.select();
    const values = properties.map((name) => (/color|shape|display/.test(name) ? target.style(name) : target.numericStyle(name)));
    target.unselect();
    cy.batch(() => target.removeClass(classes));
    return values;
  }

  it('fades an element to a trace of itself with no label', () => {
    expect(marked('THEME', 'faded', ['opacity', 'text-opacity', 'text-background-opacity'])).toEqual([0.14, 0, 0]);
    expect(marked('THEME', 'filtered', ['display'])).toEqual(['none']);
  });

  it('outlines highlighted, path and trace nodes in their mark colours, each above the last', () => {
    expect(marked('THEME', 'highlighted', ['border-width', 'border-color', 'z-index'])).toEqual([4, rgb(markColours.selection), 20]);
    expect(marked('THEME', 'path', ['border-width', 'border-color', 'z-index'])).toEqual([5, rgb(markColours.path), 30]);
    expect(marked('THEME', 'trace', ['border-width', 'border-color', 'z-index'])).toEqual([5, rgb(markColours.trace), 30]);
    expect(marked('THEME', '', ['border-width', 'border-color', 'underlay-color', 'underlay-opacity', 'underlay-padding', 'underlay-shape'], true)).toEqual([
      4,
      rgb(markColours.selection),
      rgb(markColours.selection),
      0.18,
      9,
      'ellipse',
    ]);
    expect(marked('THEME', 'keyboard-focus', ['outline-width', 'outline-color', 'outline-offset', 'outline-opacity'])).toEqual([3, rgb(markColours.focus), 4, 1]);
  });

  it('thickens highlighted, path, trace and selected edges and labels them at any zoom, in slightly larger type', () => {
    const properties = ['width', 'z-index', 'font-size', 'min-zoomed-font-size', 'line-color', 'target-arrow-color'];
    const grey = rgb('#8795a3');
    expect(marked('STRENGTH', 'highlighted', properties)).toEqual([4, 20, 10, 0, grey, grey]);
    expect(marked('STRENGTH', 'path', properties)).toEqual([5, 30, 10, 0, rgb(markColours.path), rgb(markColours.path)]);
    expect(marked('STRENGTH', 'trace', properties)).toEqual([4.5, 30, 10, 0, rgb(markColours.trace), rgb(markColours.trace)]);
    expect(marked('STRENGTH', '', [...properties, 'underlay-color', 'underlay-opacity', 'underlay-padding'], true)).toEqual([5, 40, 10.5, 0, grey, grey, rgb(markColours.selection), 0.15, 5]);
  });
});

describe('the stylesheet of a large view', () => {
  let cy: Core;
  beforeEach(() => {
    cy = everyLook({ large: true });
  });
  afterEach(() => cy.destroy());

  it('keeps the shapes and lines of a small view, and holds labels back until the large-view size', () => {
    const theme = cy.getElementById('THEME');
    const strength = cy.getElementById('STRENGTH');
    expect([theme.style('shape'), theme.numericStyle('border-width'), strength.style('curve-style'), strength.numericStyle('arrow-scale')]).toEqual(['ellipse', 1.5, 'bezier', 0.9]);
    expect(cy.elements().map((element) => element.numericStyle('min-zoomed-font-size'))).toEqual(cy.elements().map(() => largeViewLabelPx));
  });

  it('gives a labelled node and edge the label font of a small view, bold where a small view is bold', () => {
    cy.batch(() => cy.elements().addClass(labelledClass));
    const force = cy.getElementById('FORCE');
    const concern = cy.getElementById('CAUSE_OF_CONCERN');
    expect([force.style('label'), force.numericStyle('font-size'), force.style('font-weight'), force.style('text-valign')]).toEqual(['FORCE name', 13, 'bold', 'bottom']);
    expect([concern.style('label'), concern.numericStyle('font-size'), concern.style('font-weight'), concern.style('text-rotation')]).toEqual(['CAUSE_OF_CONCERN', 9.5, 'bold', 'autorotate']);
    cy.batch(() => cy.elements().removeClass(labelledClass));
  });

  it('labels marked edges at any size, labelled or not', () => {
    const strength = cy.getElementById('STRENGTH');
    for (const mark of ['highlighted', 'path', 'trace']) {
      cy.batch(() => strength.addClass(mark));
      expect([strength.style('label'), strength.numericStyle('min-zoomed-font-size')]).toEqual(['STRENGTH', 0]);
      cy.batch(() => strength.removeClass(mark));
    }
    expect(strength.style('label')).toBe('');
  });
});
