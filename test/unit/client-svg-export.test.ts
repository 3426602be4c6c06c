// The SVG export: Cytoscape's shapes and arrowheads, escaped labels, and a frame around every visible element, from headless Cytoscape.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../client/src/elements.ts';
import { kindLooks, typeArrows } from '../../client/src/palette.ts';
import { stylesheet } from '../../client/src/style.ts';
import { escapeXml, estimateTextWidth, svgDocument, union, viewBoxOf, wrapLines } from '../../client/src/svg-export.ts';
import { arrowheadElement, edgePathData, nodeShapeElement, roundedPolygon, shapeCorners, unitNgon } from '../../client/src/svg-shapes.ts';
import { slice, vetting } from '../fixtures/client-graph.ts';

const near = (points: readonly number[]) => points.map((value) => Math.round(value * 1000) / 1000 + 0);

/** The numbers of an SVG attribute (path data, points), in order. */
const numbers = (text: string) => (text.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('escaping', () => {
  it('escapes the five XML specials and drops characters XML cannot carry', () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;');
    expect(escapeXml('bell\u0007 and\ttab\nline')).toBe('bell and\ttab\nline');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});

describe('node shapes', () => {
  it("uses Cytoscape's unit polygons: regular ones fill the [-1, 1] square, odd ones touch its top", () => {
    expect(near(unitNgon(4))).toEqual([-1, -1, -1, 1, 1, 1, 1, -1]);
    const triangle = near(unitNgon(3));
    expect(triangle.slice(0, 2)).toEqual([0, -1]);
    expect(Math.max(...triangle.filter((_, i) => i % 2 === 1))).toBe(1);
    const hexagon = unitNgon(6);
    expect(hexagon).toHaveLength(12);
    expect(near([Math.min(...hexagon), Math.max(...hexagon)])).toEqual([-1, 1]);
  });

  it.each(Object.entries(kindLooks))('draws %s as its %s inside the node box', (_, look) => {
    const centre = { x: 100, y: 50 };
    const { tag, attributes } = nodeShapeElement(look.shape, centre, look.size, look.size);
    if (look.shape === 'ellipse') {
      expect({ tag, attributes }).toEqual({ tag: 'ellipse', attributes: { cx: '100', cy: '50', rx: String(look.size / 2), ry: String(look.size / 2) } });
      return;
    }
    expect(tag).toBe('path');
    const d = attributes.d as string;
    expect(d).toMatch(/^M.* Z$/);
    // Arc commands carry radii and flags; only the end points of each command are coordinates.
    const points = [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)|A[\d.]+ [\d.]+ 0 0 [01] (-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])] as const);
    expect(points.length).toBeGreaterThanOrEqual(3);
    for (const [x, y] of points) {
      expect(Math.abs(x - centre.x)).toBeLessThanOrEqual(look.size / 2 + 0.01);
      expect(Math.abs(y - centre.y)).toBeLessThanOrEqual(look.size / 2 + 0.01);
    }
    expect(d.includes(' A')).toBe(look.shape.startsWith('round-'));
  });

  it('scales polygon corners to the node and rounds corners with tangent arcs', () => {
    expect(shapeCorners('diamond', { x: 0, y: 0 }, 20, 10)).toEqual([
      { x: 0, y: 5 },
      { x: 10, y: 0 },
      { x: 0, y: -5 },
      { x: -10, y: 0 },
    ]);
    expect(shapeCorners('rhomboid', { x: 0, y: 0 }, 2, 2)?.map((p) => [p.x, p.y])).toEqual([
      [-1, -1],
      [0.333, -1],
      [1, 1],
      [-0.333, 1],
    ]);
    // A 20 × 20 square with radius 5 corners: each side keeps its middle 10, each corner a quarter circle.
    const square = shapeCorners('rectangle', { x: 0, y: 0 }, 20, 20) ?? [];
    expect(roundedPolygon(square, 5)).toBe('M-10 -5 A5 5 0 0 1 -5 -10 L5 -10 A5 5 0 0 1 10 -5 L10 5 A5 5 0 0 1 5 10 L-5 10 A5 5 0 0 1 -10 5 Z');
    // A radius too big for the sides shrinks to fit them.
    expect(roundedPolygon(square, 50)).toBe('M-10 0 A10 10 0 0 1 0 -10 L0 -10 A10 10 0 0 1 10 0 L10 0 A10 10 0 0 1 0 10 L0 10 A10 10 0 0 1 -10 0 Z');
    expect(nodeShapeElement('round-rectangle', { x: 0, y: 0 }, 46, 46).attributes.d).toContain('A8 8 0 0 1');
  });
});

describe('arrowheads and lines', () => {
  it('points an arrowhead along the edge with its tip on the end point', () => {
    // An edge arriving from the left: angle atan2(0, 1) - 90°.
    const triangle = arrowheadElement('triangle', { x: 100, y: 0 }, -Math.PI / 2, 30);
    expect(triangle?.tag).toBe('polygon');
    expect(near(numbers(triangle?.attributes.points ?? ''))).toEqual([91, 4.5, 100, 0, 91, -4.5]);
    expect(arrowheadElement('circle', { x: 5, y: 5 }, 0, 30)).toEqual({ tag: 'circle', attributes: { cx: '5', cy: '5', r: '4.5' } });
    expect(arrowheadElement('none', { x: 5, y: 5 }, 0, 30)).toBeNull();
  });

  // Each shape's outline at size 10, unturned, tip at the origin, as Cytoscape draws it.
  const arrowheads: Record<string, { tag: string; attributes: Record<string, string> }> = {
    triangle: { tag: 'polygon', attributes: { points: '-1.5,-3 0,0 1.5,-3' } },
    vee: { tag: 'polygon', attributes: { points: '-1.5,-3 0,0 1.5,-3 0,-1.5' } },
    diamond: { tag: 'polygon', attributes: { points: '-1.5,-1.5 0,-3 1.5,-1.5 0,0' } },
    tee: { tag: 'polygon', attributes: { points: '-1.5,0 -1.5,-1 1.5,-1 1.5,0' } },
    square: { tag: 'polygon', attributes: { points: '-1.5,0 1.5,0 1.5,-3 -1.5,-3' } },
    circle: { tag: 'circle', attributes: { cx: '0', cy: '0', r: '1.5' } },
  };

  it.each([...new Set(Object.values(typeArrows))])('draws the %s arrowhead the stylesheet uses', (shape) => {
    expect(arrowheadElement(shape, { x: 0, y: 0 }, 0, 10)).toEqual(arrowheads[shape]);
  });

  it('draws the square arrowhead, and a triangle for a shape it does not know', () => {
    expect(arrowheadElement('square', { x: 0, y: 0 }, 0, 10)).toEqual(arrowheads.square);
    expect(arrowheadElement('chevron', { x: 0, y: 0 }, 0, 10)).toEqual(arrowheads.triangle);
  });

  it('draws straight, segmented and curved edges through their points', () => {
    const [a, b] = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    expect(edgePathData(a, b, { kind: 'straight' })).toBe('M0 0 L100 0');
    expect(edgePathData(a, b, { kind: 'segments', points: [{ x: 50, y: 20 }] })).toBe('M0 0 L50 20 L100 0');
    expect(edgePathData(a, b, { kind: 'bezier', points: [{ x: 50, y: 20 }] })).toBe('M0 0 Q50 20 100 0');
    // Two control points: two quadratic curves meeting half-way between them, as Cytoscape draws loops.
    expect(edgePathData(a, b, { kind: 'bezier', points: [{ x: 20, y: -40 }, { x: 80, y: -40 }] })).toBe('M0 0 Q20 -40 50 -40 Q80 -40 100 0');
  });
});

describe('labels and frame', () => {
  it('wraps at spaces within the width and keeps an over-long word whole', () => {
    const oneUnitPerCharacter = (text: string) => text.length;
    const font = { family: 'sans-serif', size: 10, weight: 'normal', style: 'normal' };
    expect(wrapLines('Repeat and dangerous offenders', 12, font, oneUnitPerCharacter)).toEqual(['Repeat and', 'dangerous', 'offenders']);
    expect(wrapLines('Supercalifragilistic yes', 5, font, oneUnitPerCharacter)).toEqual(['Supercalifragilistic', 'yes']);
    expect(wrapLines('two\nlines', 100, font, oneUnitPerCharacter)).toEqual(['two', 'lines']);
  });

  it('frames a box with a margin, and an empty drawing with the margin alone', () => {
    expect(viewBoxOf({ x1: -10, y1: 5, x2: 30, y2: 25 }, 20)).toEqual({ x: -30, y: -15, width: 80, height: 60 });
    expect(viewBoxOf(union(), 20)).toEqual({ x: 0, y: 0, width: 40, height: 40 });
    expect(union({ x: 1, y: 2 }, { x1: -1, y1: 0, x2: 0, y2: 5 })).toEqual({ x1: -1, y1: 0, x2: 1, y2: 5 });
  });
});

describe('the document', () => {
  const hostile = { ...vetting, id: 'hostile', name: `<script>alert("x")</script> & 'co'` };
  const graph = { nodes: [...slice.nodes, hostile], edges: slice.edges };
  const positioned: ElementDefinition[] = toElements(graph).map((element, i) => (element.group === 'nodes' ? { ...element, position: { x: (i % 3) * 180, y: Math.floor(i / 3) * 140 } } : element));

  function draw(hidden: string[] = []) {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), layout: { name: 'preset' }, elements: positioned });
    cy.nodes().filter((node) => hidden.includes(node.id())).addClass('filtered');
    cy.edges().filter((edge) => hidden.includes(edge.source().id()) || hidden.includes(edge.target().id())).addClass('filtered');
    return { cy, svg: svgDocument(cy) };
  }

  const ids = (svg: string, kind: 'node' | 'edge') => [...svg.matchAll(new RegExp(`<g class="${kind}" data-id="([^"]*)"`, 'g'))].map((m) => m[1]).sort();

  it('draws every visible node and edge once, and nothing filtered out', () => {
    const { cy, svg } = draw(['vetting']);
    expect(ids(svg, 'node')).toEqual(cy.nodes(':visible').map((n) => n.id()).sort());
    expect(ids(svg, 'edge')).toEqual(cy.edges(':visible').map((e) => e.id()).sort());
    expect(ids(svg, 'node')).not.toContain('vetting');
    expect(ids(svg, 'node')).toHaveLength(5);
    expect(ids(svg, 'edge')).toHaveLength(3);
    // One outline and one label per entity, one line per relationship.
    expect(svg.match(/class="shape"/g)).toHaveLength(5);
    expect(svg.match(/class="line"/g)).toHaveLength(3);
    expect(svg.match(/class="arrow target-arrow"/g)).toHaveLength(3);
    expect(svg).toContain('<tspan x="0" y="');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
  });

  it('escapes a label holding markup, ampersands and quotes', () => {
    const { svg } = draw();
    expect(svg).not.toContain('<script');
    expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    const hostileGroup = svg.slice(svg.indexOf('data-id="hostile"'));
    const label = [...hostileGroup.slice(0, hostileGroup.indexOf('</g>')).matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
    expect(label).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;co&apos;');
  });

  it('frames every node and its label inside the viewBox', () => {
    const { cy, svg } = draw();
    const [x, y, width, height] = numbers(/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '') as [number, number, number, number];
    const box = cy.elements().boundingBox();
    expect(x).toBeLessThan(box.x1);
    expect(y).toBeLessThan(box.y1);
    expect(x + width).toBeGreaterThan(box.x2);
    // Labels hang below their nodes; headless Cytoscape leaves them out of its box, the export does not.
    const lowestLabel = Math.max(...cy.nodes().map((node) => node.position('y') + node.height() / 2 + 4 + 12 * wrapLines(node.data('label'), 120, { family: '', size: 12, weight: 'normal', style: 'normal' }, estimateTextWidth).length));
    expect(y + height).toBeGreaterThan(lowestLabel);
    expect(svg).toContain(`<rect class="background" x="${x}" y="${y}" width="${width}" height="${height}" fill="#ffffff"/>`);
  });
});
