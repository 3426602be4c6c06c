// The SVG export: Cytoscape's shapes and arrowheads, escaped labels, and a frame around every visible element, from headless Cytoscape.
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../client/src/elements.ts';
import { kindLooks, typeArrows } from '../../client/src/palette.ts';
import { stylesheet } from '../../client/src/style.ts';
import { cssFont, escapeXml, estimateTextWidth, type MeasureText, svgDocument, union, viewBoxOf, wrapLines } from '../../client/src/svg-export.ts';
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

/** Ten graph units a character: label sizes that can be worked out by hand. */
const tenPerCharacter: MeasureText = (text) => text.length * 10;

const box40x20 = { shape: 'rectangle', width: 40, height: 20, 'background-color': '#112233', 'border-width': 0 } as const;
const node = (id: string, x: number, y: number): ElementDefinition => ({ group: 'nodes', data: { id }, position: { x, y } });
const edge = (id: string, source: string, target: string): ElementDefinition => ({ group: 'edges', data: { id, source, target } });

function headless(style: StylesheetJson, elements: ElementDefinition[]): Core {
  return cytoscape({ headless: true, styleEnabled: true, layout: { name: 'preset' }, style, elements });
}

/** The SVG document's lines for these elements: the root, the background, the edges, the nodes. */
function drawing(style: StylesheetJson, elements: ElementDefinition[], options: Parameters<typeof svgDocument>[1] = {}) {
  const cy = headless(style, elements);
  try {
    const [, root, background, edges, nodes] = svgDocument(cy, { measure: tenPerCharacter, ...options }).split('\n');
    return { root, background, edges, nodes };
  } finally {
    cy.destroy();
  }
}

/** A 40 × 20 box at the origin and one 200 to the right of it, joined by an edge styled `edgeStyle`. */
function pair(edgeStyle: Record<string, unknown>, to = { x: 200, y: 0 }) {
  return drawing(
    [
      { selector: 'node', style: box40x20 },
      { selector: 'edge', style: { width: 2, 'line-color': '#445566', 'curve-style': 'straight', ...edgeStyle } },
    ],
    [node('a', 0, 0), node('b', to.x, to.y), edge('ab', 'a', 'b')],
  );
}

describe('text helpers', () => {
  it('estimates a line at 0.55 em a character and writes a CSS font shorthand', () => {
    expect(estimateTextWidth('abcd', { family: 'Inter', size: 10, weight: 'normal', style: 'normal' })).toBe(22);
    expect(cssFont({ family: 'Inter, sans-serif', size: 12, weight: 'bold', style: 'italic' })).toBe('italic bold 12px Inter, sans-serif');
  });

  it('drops exactly the control characters XML 1.0 forbids, keeping tab, newline and carriage return', () => {
    const forbidden = ['\u0000', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\uFFFE', '\uFFFF'];
    expect(escapeXml(`a${forbidden.join('')}b`)).toBe('ab');
    expect(escapeXml('\t\n\r \u0020\uFFFD\u00e9')).toBe('\t\n\r  \uFFFD\u00e9');
  });

  it('breaks only where a line would overflow, keeps empty lines, and starts no line empty', () => {
    const font = { family: 'sans-serif', size: 10, weight: 'normal', style: 'normal' };
    const oneUnitPerCharacter = (text: string) => text.length;
    expect(wrapLines('ab cd', 5, font, oneUnitPerCharacter)).toEqual(['ab cd']);
    expect(wrapLines('ab cd', 4, font, oneUnitPerCharacter)).toEqual(['ab', 'cd']);
    expect(wrapLines('abcdefg hi', 3, font, oneUnitPerCharacter)).toEqual(['abcdefg', 'hi']);
    expect(wrapLines('a\n\nb', 10, font, oneUnitPerCharacter)).toEqual(['a', '', 'b']);
  });

  it('frames a box with any side out of reach as the margin alone', () => {
    for (const side of ['x1', 'y1', 'x2', 'y2'] as const) {
      expect(viewBoxOf({ x1: 0, y1: 0, x2: 10, y2: 10, [side]: side.endsWith('1') ? -Infinity : Infinity }, 5)).toEqual({ x: 0, y: 0, width: 10, height: 10 });
    }
  });
});

describe('a node in the export', () => {
  it('writes only the fill, border and opacity it differs from SVG by, a dashed border in its own pattern', () => {
    const { root, background, edges, nodes } = drawing(
      [
        {
          selector: 'node',
          style: {
            ...box40x20,
            'background-opacity': 0.5,
            'border-width': 2,
            'border-color': '#000000',
            'border-opacity': 0.25,
            'border-style': 'dashed',
            'border-dash-pattern': [5, 1],
            opacity: 0.75,
          },
        },
      ],
      [node('a', 0, 0)],
    );
    // Cytoscape's box reaches a unit past the border's outside; the margin is 20 each way.
    expect(root).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="84" height="64" viewBox="-42 -32 84 64">');
    expect(background).toBe('<rect class="background" x="-42" y="-32" width="84" height="64" fill="#ffffff"/>');
    expect(edges).toBe('<g class="edges"></g>');
    expect(nodes).toBe(
      '<g class="nodes"><g class="node" data-id="a" opacity="0.75"><path class="shape" d="M-20 -10 L20 -10 L20 10 L-20 10 Z" fill="rgb(17,34,51)" fill-opacity="0.5" stroke="rgb(0,0,0)" stroke-width="2" stroke-opacity="0.25" stroke-dasharray="5 1"/></g></g>',
    );
  });

  it('dots a border with dots as long as it is wide, and draws no border at all where it has no width', () => {
    const shapeOf = (style: Record<string, unknown>) => /<path class="shape"[^>]*\/>/.exec(drawing([{ selector: 'node', style: { ...box40x20, ...style } }], [node('a', 0, 0)]).nodes ?? '')?.[0];
    expect(shapeOf({ 'border-width': 3, 'border-color': '#000000', 'border-style': 'dotted' })).toBe(
      '<path class="shape" d="M-20 -10 L20 -10 L20 10 L-20 10 Z" fill="rgb(17,34,51)" stroke="rgb(0,0,0)" stroke-width="3" stroke-dasharray="3 3"/>',
    );
    expect(shapeOf({ 'border-width': 1, 'border-color': '#000000', 'border-style': 'solid', 'border-opacity': 1 })).toBe(
      '<path class="shape" d="M-20 -10 L20 -10 L20 10 L-20 10 Z" fill="rgb(17,34,51)" stroke="rgb(0,0,0)" stroke-width="1"/>',
    );
    expect(shapeOf({ 'border-width': 0, 'border-color': '#000000', 'border-style': 'dashed', 'border-opacity': 0.5, 'background-opacity': 1 })).toBe(
      '<path class="shape" d="M-20 -10 L20 -10 L20 10 L-20 10 Z" fill="rgb(17,34,51)"/>',
    );
  });

  it('wraps, outlines and places a label below the node, and widens the frame to hold it', () => {
    const { root, nodes } = drawing(
      [
        {
          selector: 'node',
          style: {
            ...box40x20,
            label: 'Ab cd',
            'text-wrap': 'wrap',
            'text-max-width': '25px',
            'font-size': 10,
            'line-height': 1.5,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-outline-width': 2,
            'text-outline-color': '#ffffff',
            'text-outline-opacity': 0.5,
            'font-weight': 'bold',
            'font-style': 'italic',
            'font-family': 'Inter',
            color: '#101010',
            'text-opacity': 0.5,
          },
        },
      ],
      [node('a', 0, 0)],
    );
    // Two lines 15 apart from 4 under the node (y 14), baselines 0.8 em into each; the block and its outline end at 46.
    expect(nodes).toBe(
      '<g class="nodes"><g class="node" data-id="a"><path class="shape" d="M-20 -10 L20 -10 L20 10 L-20 10 Z" fill="rgb(17,34,51)"/>' +
        '<text class="label" text-anchor="middle" font-family="Inter" font-size="10" font-weight="bold" font-style="italic" fill="rgb(16,16,16)" opacity="0.5" stroke="rgb(255,255,255)" stroke-width="4" stroke-opacity="0.5" stroke-linejoin="round" paint-order="stroke">' +
        '<tspan x="0" y="22">Ab</tspan><tspan x="0" y="37">cd</tspan></text></g></g>',
    );
    expect(root).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="82" height="97" viewBox="-41 -31 82 97">');
  });

  // A 40 × 20 node at (100, 50) with padding 5 and its label "abc" (30 wide, 10 tall) moved 3 right and 2 up.
  const placed = (halign: 'left' | 'center' | 'right', valign: 'top' | 'center' | 'bottom') =>
    drawing(
      [{ selector: 'node', style: { ...box40x20, label: 'abc', 'font-size': 10, padding: '5px', 'text-margin-x': 3, 'text-margin-y': -2, 'text-halign': halign, 'text-valign': valign } }],
      [node('a', 100, 50)],
      { margin: 0 },
    );
  const labelOf = (nodes: string | undefined) => /<text class="label" text-anchor="(\w+)"[^>]*><tspan x="([^"]+)" y="([^"]+)">abc<\/tspan><\/text>/.exec(nodes ?? '')?.slice(1);

  it('sets a label left of and above the node, anchored at its end', () => {
    const { root, nodes } = placed('left', 'top');
    // x: 100 + 3 - 20 - 5; the block's top: 50 - 2 - 10 - 5 - 10, its baseline 8 below.
    expect(labelOf(nodes)).toEqual(['end', '78', '31']);
    expect(root).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="78" height="43" viewBox="48 23 78 43">');
  });

  it('sets a label right of the node, centred on it vertically, anchored at its start', () => {
    const { root, nodes } = placed('right', 'center');
    expect(labelOf(nodes)).toEqual(['start', '128', '51']);
    expect(root).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="84" height="32" viewBox="74 34 84 32">');
  });

  it('sets a label under the node, centred on it', () => {
    const { root, nodes } = placed('center', 'bottom');
    expect(labelOf(nodes)).toEqual(['middle', '103', '71']);
    expect(root).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="52" height="39" viewBox="74 34 52 39">');
  });

  it('leaves out a label that is blank, invisible, or below its smallest drawn size', () => {
    const hasLabel = (style: Record<string, unknown>) => drawing([{ selector: 'node', style: { ...box40x20, 'font-size': 8, ...style } }], [node('a', 0, 0)]).nodes?.includes('<text');
    expect(hasLabel({ label: 'Fenmarsh' })).toBe(true);
    expect(hasLabel({ label: ' \n ' })).toBe(false);
    expect(hasLabel({ label: 'Fenmarsh', 'text-opacity': 0 })).toBe(false);
    expect(hasLabel({ label: 'Fenmarsh', 'min-zoomed-font-size': 8 })).toBe(true);
    expect(hasLabel({ label: 'Fenmarsh', 'min-zoomed-font-size': 9 })).toBe(false);
  });

  it('cuts a label too wide for "ellipsis" to what fits with the ellipsis, and keeps one that just fits', () => {
    const linesOf = (label: string, maxWidth: number) => {
      const { nodes } = drawing([{ selector: 'node', style: { ...box40x20, label, 'text-wrap': 'ellipsis', 'text-max-width': `${maxWidth}px` } }], [node('a', 0, 0)]);
      return [...(nodes ?? '').matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    };
    expect(linesOf('Abcdef', 35)).toEqual(['Ab…']);
    expect(linesOf('Abc', 30)).toEqual(['Abc']);
    expect(linesOf('Abc', 5)).toEqual(['…']);
    // Without a wrap setting the label stays one line, however long.
    const { nodes } = drawing([{ selector: 'node', style: { ...box40x20, label: 'Fenmarsh Constabulary', 'font-size': 10, 'text-max-width': '10px' } }], [node('a', 0, 0)]);
    // Over the node by default: the block's top 10 above its border, the baseline 8 below that.
    expect(nodes).toContain('<tspan x="0" y="-12">Fenmarsh Constabulary</tspan>');
  });
});

describe('an edge in the export', () => {
  it('runs between the node borders, stops short of each arrowhead, and draws hollow arrowheads as outlines', () => {
    const { root, edges } = pair({
      'source-arrow-shape': 'circle',
      'source-arrow-color': '#aa0000',
      'target-arrow-shape': 'tee',
      'target-arrow-color': '#00aa00',
      'target-arrow-fill': 'hollow',
      'line-opacity': 0.5,
      'line-cap': 'round',
      'line-style': 'dotted',
      opacity: 0.5,
    });
    // The arrowheads are 29 units (the smallest Cytoscape draws): the circle's tip stands 0.15 of that, 4.35, off
    // node a's border at x 20; the tee's, 1 off node b's at 180. The line meets the circle 0.35 inside it.
    expect(edges).toBe(
      '<g class="edges"><g class="edge" data-id="ab" opacity="0.5">' +
        '<path class="line" d="M24 0 L179 0" fill="none" stroke="rgb(68,85,102)" stroke-width="2" stroke-opacity="0.5" stroke-linecap="round" stroke-dasharray="2 2"/>' +
        '<circle class="arrow source-arrow" cx="24.35" cy="0" r="4.35" fill="rgb(170,0,0)"/>' +
        '<polygon class="arrow target-arrow" points="179,4.35 176.1,4.35 176.1,-4.35 179,-4.35" fill="none" stroke="rgb(0,170,0)" stroke-width="2"/></g></g>',
    );
    expect(root).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="282" height="62" viewBox="-41 -31 282 62">');
  });

  it('ends a plain line at the border, stopping a triangle arrowhead twice the line width short of its tip', () => {
    expect(pair({}).edges).toBe('<g class="edges"><g class="edge" data-id="ab"><path class="line" d="M20 0 L180 0" fill="none" stroke="rgb(68,85,102)" stroke-width="2" stroke-linecap="butt"/></g></g>');
    expect(pair({ 'target-arrow-shape': 'triangle', 'target-arrow-color': '#445566', 'line-style': 'dashed', 'line-dash-pattern': [7, 4] }).edges).toBe(
      '<g class="edges"><g class="edge" data-id="ab"><path class="line" d="M20 0 L176 0" fill="none" stroke="rgb(68,85,102)" stroke-width="2" stroke-linecap="butt" stroke-dasharray="7 4"/>' +
        '<polygon class="arrow target-arrow" points="171.3,4.35 180,0 171.3,-4.35" fill="rgb(68,85,102)"/></g></g>',
    );
  });

  it('arcs a loop over its node, and frames the arc', () => {
    const { root, edges } = drawing(
      [
        { selector: 'node', style: box40x20 },
        { selector: 'edge', style: { width: 2, 'line-color': '#445566', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#00aa00' } },
      ],
      [node('a', 0, 0), edge('aa', 'a', 'a')],
    );
    // From and to a quarter of the width either side of the top centre, through (∓40, -30); the line stops 4 short of the tip.
    expect(edges).toBe(
      '<g class="edges"><g class="edge" data-id="aa"><path class="line" d="M-10 -10 Q-40 -30 0 -30 Q40 -30 13.33 -12.22" fill="none" stroke="rgb(68,85,102)" stroke-width="2" stroke-linecap="butt"/>' +
        '<polygon class="arrow target-arrow" points="14.83,-18.45 10,-10 19.65,-11.21" fill="rgb(0,170,0)"/></g></g>',
    );
    expect(root).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="81" viewBox="-60 -50 120 81">');
    // Its label sits at the top of the arc, 2.75 half-heights above the node's centre, and its top (-32.5) frames the drawing.
    const labelled = drawing(
      [
        { selector: 'node', style: box40x20 },
        { selector: 'edge', style: { width: 2, label: 'ab', 'font-size': 10 } },
      ],
      [node('a', 0, 0), edge('aa', 'a', 'a')],
    );
    expect(labelled.edges).toContain('<tspan x="0" y="-24.5">ab</tspan>');
    expect(labelled.root).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="83.5" viewBox="-60 -52.5 120 83.5">');
  });

  it('turns an autorotated label and its rounded background along a diagonal edge', () => {
    const { edges } = pair(
      { label: 'ab', 'font-size': 10, 'text-rotation': 'autorotate', 'text-background-opacity': 0.5, 'text-background-color': '#eeeeee', 'text-background-padding': 2, 'text-background-shape': 'roundrectangle' },
      { x: 200, y: 200 },
    );
    // The 40 × 20 boxes' borders meet the diagonal 12.65 from their centres.
    expect(edges).toBe(
      '<g class="edges"><g class="edge" data-id="ab"><path class="line" d="M8.94 8.94 L191.06 191.06" fill="none" stroke="rgb(68,85,102)" stroke-width="2" stroke-linecap="butt"/>' +
        '<rect class="label-background" x="88" y="93" width="24" height="14" rx="2" fill="rgb(238,238,238)" fill-opacity="0.5" transform="rotate(45 100 100)"/>' +
        '<text class="label" text-anchor="middle" font-family="Helvetica Neue, Helvetica, sans-serif" font-size="10" fill="rgb(0,0,0)" transform="rotate(45 100 100)"><tspan x="100" y="103">ab</tspan></text></g></g>',
    );
  });

  it('turns an autorotated label upright along a vertical edge, behind a square opaque background', () => {
    const { edges } = pair({ label: 'ab', 'font-size': 10, 'text-rotation': 'autorotate', 'text-background-opacity': 1, 'text-background-color': '#eeeeee' }, { x: 0, y: 200 });
    expect(edges).toBe(
      '<g class="edges"><g class="edge" data-id="ab"><path class="line" d="M0 10 L0 190" fill="none" stroke="rgb(68,85,102)" stroke-width="2" stroke-linecap="butt"/>' +
        '<rect class="label-background" x="-10" y="95" width="20" height="10" fill="rgb(238,238,238)" transform="rotate(90 0 100)"/>' +
        '<text class="label" text-anchor="middle" font-family="Helvetica Neue, Helvetica, sans-serif" font-size="10" fill="rgb(0,0,0)" transform="rotate(90 0 100)"><tspan x="0" y="103">ab</tspan></text></g></g>',
    );
  });

  it('frames an edge label past its nodes, turned as it is drawn', () => {
    const long = 'a'.repeat(30);
    // 300 wide, level: from x -50 to 250 around the midpoint (100, 0).
    expect(pair({ label: long, 'font-size': 10 }).root).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="340" height="62" viewBox="-70 -31 340 62">');
    // Along a vertical edge: from y -50 to 250 around (0, 100).
    expect(pair({ label: long, 'font-size': 10, 'text-rotation': 'autorotate' }, { x: 0, y: 200 }).root).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="82" height="340" viewBox="-41 -70 82 340">',
    );
    // 250 × 10 turned 30°, with 2 of outline and 3 of background padding round it: 260 × 20, reaching 130 sin 30° + 10 cos 30°
    // (73.66) above and below the midpoint, and 130 cos 30° + 10 sin 30° (117.58) to either side, within the nodes' frame.
    expect(
      pair({ label: 'a'.repeat(25), 'font-size': 10, 'text-rotation': '30deg', 'text-outline-width': 2, 'text-outline-color': '#ffffff', 'text-background-padding': 3 }).root,
    ).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="282" height="187.32" viewBox="-41 -93.66 282 187.32">');
  });

  it('leaves a label unturned where the edge sets no rotation', () => {
    // Cytoscape reports the default rotation as the word "none", which is no angle.
    expect(pair({ label: 'ab', 'font-size': 10 }).edges).toContain(
      '<text class="label" text-anchor="middle" font-family="Helvetica Neue, Helvetica, sans-serif" font-size="10" fill="rgb(0,0,0)"><tspan x="100" y="3">ab</tspan></text>',
    );
  });

  it('turns a label by a fixed rotation about the midpoint', () => {
    expect(pair({ label: 'ab', 'font-size': 10, 'text-rotation': '30deg' }).edges).toContain(
      '<text class="label" text-anchor="middle" font-family="Helvetica Neue, Helvetica, sans-serif" font-size="10" fill="rgb(0,0,0)" transform="rotate(30 100 0)"><tspan x="100" y="3">ab</tspan></text>',
    );
  });
});

describe('an edge as the browser lays it out', () => {
  /** Cytoscape computes edge geometry only with a renderer: this one answers with the given points, as the canvas would. */
  function rendered(
    edgeStyle: Record<string, unknown>,
    geometry: { segments?: { x: number; y: number }[]; controls?: { x: number; y: number }[]; mid: { x: number; y: number }; ends?: [{ x: number; y: number }, { x: number; y: number }] },
  ) {
    const cy = headless(
      [
        { selector: 'node', style: box40x20 },
        { selector: 'edge', style: { width: 2, 'line-color': '#445566', 'target-arrow-color': '#445566', 'source-arrow-color': '#445566', ...edgeStyle } },
      ],
      [node('a', 0, 0), node('b', 200, 0), edge('ab', 'a', 'b')],
    );
    // Cytoscape's typings leave out the renderer, which every element's geometry calls reach through the core.
    const browserLike = cy as Core & { renderer(): object };
    const renderer = Object.assign(Object.create(browserLike.renderer()) as object, {
      getSegmentPoints: () => geometry.segments,
      getControlPoints: () => geometry.controls,
      getSourceEndpoint: () => geometry.ends?.[0] ?? { x: 20, y: 0 },
      getTargetEndpoint: () => geometry.ends?.[1] ?? { x: 180, y: 0 },
      getEdgeMidpoint: () => geometry.mid,
    });
    Object.assign(cy, { container: () => ({}), renderer: () => renderer });
    try {
      const [, root, , edges] = svgDocument(cy, { measure: tenPerCharacter }).split('\n');
      return { root, edges };
    } finally {
      // Cytoscape's own container and renderer again, which destroy() takes apart.
      delete (browserLike as Partial<typeof browserLike>).container;
      delete (browserLike as Partial<typeof browserLike>).renderer;
      cy.destroy();
    }
  }

  it('draws segments through their points, the arrowhead turned to the last, the label level with the chord and framed', () => {
    const { root, edges } = rendered({ 'target-arrow-shape': 'triangle', label: 'ab', 'font-size': 10, 'text-rotation': 'autorotate' }, { segments: [{ x: 100, y: -100 }], mid: { x: 100, y: -100 } });
    expect(edges).toBe(
      '<g class="edges"><g class="edge" data-id="ab"><path class="line" d="M20 0 L100 -100 L177.5 -3.12" fill="none" stroke="rgb(68,85,102)" stroke-width="2" stroke-linecap="butt"/>' +
        '<polygon class="arrow target-arrow" points="171.17,-4.08 180,0 177.96,-9.51" fill="rgb(68,85,102)"/>' +
        '<text class="label" text-anchor="middle" font-family="Helvetica Neue, Helvetica, sans-serif" font-size="10" fill="rgb(0,0,0)"><tspan x="100" y="-97">ab</tspan></text></g></g>',
    );
    // The label's top, 105 above the nodes, sets the frame's.
    expect(root).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="282" height="156" viewBox="-41 -125 282 156">');
  });

  it('draws a bezier through its control points, each arrowhead turned to its nearest', () => {
    const { root, edges } = rendered({ 'target-arrow-shape': 'vee', 'source-arrow-shape': 'diamond' }, { controls: [{ x: 60, y: 80 }, { x: 140, y: 80 }], mid: { x: 100, y: 60 } });
    // The line stops 2 (diamond) and 2.1 (vee) back towards the control points.
    expect(edges).toBe(
      '<g class="edges"><g class="edge" data-id="ab"><path class="line" d="M20.89 1.79 Q60 80 100 80 Q140 80 179.06 1.88" fill="none" stroke="rgb(68,85,102)" stroke-width="2" stroke-linecap="butt"/>' +
        '<polygon class="arrow source-arrow" points="25.84,1.95 23.89,7.78 18.05,5.84 20,0" fill="rgb(68,85,102)"/>' +
        '<polygon class="arrow target-arrow" points="180,9.73 180,0 172.22,5.84 178.05,3.89" fill="rgb(68,85,102)"/></g></g>',
    );
    expect(root).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="282" height="131" viewBox="-41 -31 282 131">');
  });

  it('draws a straight line where the renderer has no points', () => {
    for (const empty of [{}, { segments: [], controls: [] }]) {
      expect(rendered({ 'target-arrow-shape': 'triangle' }, { ...empty, mid: { x: 100, y: 0 } }).edges).toBe(
        '<g class="edges"><g class="edge" data-id="ab"><path class="line" d="M20 0 L176 0" fill="none" stroke="rgb(68,85,102)" stroke-width="2" stroke-linecap="butt"/>' +
          '<polygon class="arrow target-arrow" points="171.3,4.35 180,0 171.3,-4.35" fill="rgb(68,85,102)"/></g></g>',
      );
    }
  });

  it('leaves out an edge whose ends the renderer could not place, as the canvas does', () => {
    const nowhere = { x: Number.NaN, y: Number.NaN };
    for (const ends of [[nowhere, { x: 180, y: 0 }], [{ x: 20, y: 0 }, { x: 180, y: Number.NaN }]] as const) {
      const { root, edges } = rendered({ label: 'ab' }, { mid: { x: 100, y: 0 }, ends: [...ends] });
      expect(edges).toBe('<g class="edges"></g>');
      // The two nodes' boxes and the margin alone.
      expect(root).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="282" height="62" viewBox="-41 -31 282 62">');
    }
  });
});

describe('the document as a whole', () => {
  it('leaves out an edge between two nodes at one spot, whose line has no direction, and draws the rest', () => {
    const { root, edges, nodes } = drawing(
      [
        { selector: 'node', style: box40x20 },
        { selector: 'edge', style: { width: 2, 'curve-style': 'straight', 'target-arrow-shape': 'triangle', label: 'x' } },
      ],
      [node('a', 0, 0), node('b', 0, 0), node('c', 200, 0), edge('ab', 'a', 'b'), edge('ac', 'a', 'c')],
    );
    expect([...(edges ?? '').matchAll(/data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['ac']);
    expect([...(nodes ?? '').matchAll(/data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['a', 'b', 'c']);
    expect(`${root}${edges}${nodes}`).not.toContain('NaN');
  });
  it('stacks edges under nodes, each group by z-index, and leaves hidden ones out', () => {
    const { edges, nodes } = drawing(
      [
        { selector: 'node', style: box40x20 },
        { selector: 'edge', style: { width: 1, 'curve-style': 'straight' } },
        { selector: '#top, #ac', style: { 'z-index': 5 } },
        { selector: '#hidden', style: { display: 'none' } },
      ],
      [node('top', 0, 0), node('b', 100, 0), node('c', 200, 0), node('hidden', 300, 0), edge('ac', 'top', 'c'), edge('ab', 'top', 'b'), edge('bh', 'b', 'hidden')],
    );
    expect([...(nodes ?? '').matchAll(/data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['b', 'c', 'top']);
    expect([...(edges ?? '').matchAll(/data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['ab', 'ac']);
  });

  it('takes its margin and background colour from the caller, and frames nothing as the margin alone', () => {
    const { root, background } = drawing([{ selector: 'node', style: box40x20 }], [node('a', 0, 0)], { margin: 5, background: '#000000' });
    expect(root).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="52" height="32" viewBox="-26 -16 52 32">');
    expect(background).toBe('<rect class="background" x="-26" y="-16" width="52" height="32" fill="#000000"/>');
    const cy = headless([], []);
    expect(svgDocument(cy)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40">\n<rect class="background" x="0" y="0" width="40" height="40" fill="#ffffff"/>\n<g class="edges"></g>\n<g class="nodes"></g>\n</svg>\n',
    );
    cy.destroy();
  });
});
