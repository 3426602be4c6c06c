// Cytoscape's node shapes, corner radii, arrowhead sizes and edge paths as the SVG export writes them, worked out by hand for small boxes.
import { describe, expect, it } from 'vitest';
import {
  arrowAngle,
  arrowGap,
  arrowheadElement,
  arrowSize,
  arrowSpacing,
  edgePathData,
  formatNumber,
  nodeShapeElement,
  roundedPolygon,
  roundPolygonRadius,
  roundRectangleRadius,
  shapeCorners,
  unitNgon,
} from '../../client/src/svg-shapes.ts';

const origin = { x: 0, y: 0 };
const rounded = (values: readonly number[]) => values.map((value) => Number(formatNumber(value)));

describe('numbers', () => {
  it('keeps two decimals at most, rounding half up, and never writes "-0"', () => {
    expect([1.234, 1.236, -1.5, 3, 0.1 + 0.2, -0.004, 1234.5678].map(formatNumber)).toEqual(['1.23', '1.24', '-1.5', '3', '0.3', '0', '1234.57']);
    expect(formatNumber(-0)).toBe('0');
  });
});

describe('unit polygons', () => {
  it('puts a triangle point up, touching the top and spanning the square', () => {
    expect(rounded(unitNgon(3))).toEqual([0, -1, -1, 1, 1, 1]);
  });

  it('sets a hexagon flat on top and bottom, pointed at either side', () => {
    expect(rounded(unitNgon(6))).toEqual([-0.5, -1, -1, 0, -0.5, 1, 0.5, 1, 1, 0, 0.5, -1]);
  });

  it('moves an odd polygon up so it touches the top, and stretches an even one to fill the square', () => {
    const pentagon = rounded(unitNgon(5));
    expect(pentagon.slice(0, 2)).toEqual([0, -1]);
    expect(Math.max(...pentagon.filter((_, i) => i % 2 === 1))).toBe(1);
    expect([Math.min(...pentagon.filter((_, i) => i % 2 === 0)), Math.max(...pentagon.filter((_, i) => i % 2 === 0))]).toEqual([-1, 1]);
    const octagon = rounded(unitNgon(8));
    expect([Math.min(...octagon), Math.max(...octagon)]).toEqual([-1, 1]);
    expect(octagon.slice(0, 4)).toEqual([-0.41, -1, -1, -0.41]);
  });
});

describe('node shapes', () => {
  it('scales a polygon to the box about its centre, and knows no corners for shapes it does not draw as polygons', () => {
    expect(rounded(shapeCorners('triangle', { x: 10, y: 20 }, 40, 20)?.flatMap((p) => [p.x, p.y]) ?? [])).toEqual([10, 10, -10, 30, 30, 30]);
    expect(shapeCorners('round-diamond', origin, 20, 10)).toEqual(shapeCorners('diamond', origin, 20, 10));
    expect(shapeCorners('star', origin, 20, 10)).toBeNull();
    // The round rectangle is not a rounded polygon: it has radii of its own.
    expect(shapeCorners('round-rectangle', origin, 20, 10)).toBeNull();
    expect(shapeCorners('round-square', origin, 20, 10)).toBeNull();
  });

  it('draws a rectangle, and a shape it has no outline for, as the box', () => {
    expect(nodeShapeElement('rectangle', origin, 20, 10)).toEqual({ tag: 'path', attributes: { d: 'M-10 -5 L10 -5 L10 5 L-10 5 Z' } });
    expect(nodeShapeElement('star', { x: 5, y: 5 }, 20, 10)).toEqual({ tag: 'path', attributes: { d: 'M-5 0 L15 0 L15 10 L-5 10 Z' } });
    expect(nodeShapeElement('triangle', origin, 20, 10)).toEqual({ tag: 'path', attributes: { d: 'M0 -5 L-10 5 L10 5 Z' } });
  });

  it('rounds a rectangle by a quarter of its shorter side, at most 8, and draws the barrel and bottom-round rectangle so too', () => {
    // 40 × 20: radius 5, so each corner is cut 5 along both sides.
    const d = 'M-20 -5 A5 5 0 0 1 -15 -10 L15 -10 A5 5 0 0 1 20 -5 L20 5 A5 5 0 0 1 15 10 L-15 10 A5 5 0 0 1 -20 5 Z';
    for (const shape of ['round-rectangle', 'roundrectangle', 'barrel', 'bottom-round-rectangle']) {
      expect(nodeShapeElement(shape, origin, 40, 20)).toEqual({ tag: 'path', attributes: { d } });
    }
    expect([roundRectangleRadius(40, 20), roundRectangleRadius(20, 40), roundRectangleRadius(100, 100)]).toEqual([5, 5, 8]);
    expect([roundPolygonRadius(100, 50), roundPolygonRadius(50, 100), roundPolygonRadius(200, 200)]).toEqual([5, 5, 8]);
  });

  it('cuts a rectangle 8 in from each corner, less where a side is shorter than 16', () => {
    const d = 'M-12 -10 L12 -10 L20 -2 L20 2 L12 10 L-12 10 L-20 2 L-20 -2 Z';
    expect(nodeShapeElement('cut-rectangle', origin, 40, 20)).toEqual({ tag: 'path', attributes: { d } });
    expect(nodeShapeElement('cutrectangle', origin, 40, 20)).toEqual({ tag: 'path', attributes: { d } });
    expect(nodeShapeElement('cut-rectangle', origin, 10, 12).attributes.d).toBe('M0 -6 L0 -6 L5 -1 L5 1 L0 6 L0 6 L-5 1 L-5 -1 Z');
    expect(nodeShapeElement('cut-rectangle', origin, 12, 10).attributes.d).toBe('M-1 -5 L1 -5 L6 0 L6 0 L1 5 L-1 5 L-6 0 L-6 0 Z');
  });

  it('rounds a "round-" polygon by a tenth of its shorter side, and leaves its plain twin sharp', () => {
    expect(nodeShapeElement('hexagon', origin, 100, 50).attributes.d).toBe('M-25 -25 L-50 0 L-25 25 L25 25 L50 0 L25 -25 Z');
    // Cytoscape lists its polygons anticlockwise on screen, so the arcs sweep anticlockwise. At the 135° corners a
    // radius of 5 is cut 5 / tan 67.5° = 2.07 along each side.
    expect(nodeShapeElement('round-hexagon', origin, 100, 50).attributes.d).toBe(
      'M-22.93 -25 A5 5 0 0 0 -26.46 -23.54 L-46.46 -3.54 A5 5 0 0 0 -46.46 3.54 L-26.46 23.54 A5 5 0 0 0 -22.93 25 ' +
        'L22.93 25 A5 5 0 0 0 26.46 23.54 L46.46 3.54 A5 5 0 0 0 46.46 -3.54 L26.46 -23.54 A5 5 0 0 0 22.93 -25 Z',
    );
    expect(nodeShapeElement('round-triangle', origin, 200, 200).attributes.d?.match(/A8 8 0 0 0 /g)).toHaveLength(3);
  });

  it('sweeps the arcs anticlockwise round a polygon listed anticlockwise', () => {
    const anticlockwise = [
      { x: -10, y: -10 },
      { x: -10, y: 10 },
      { x: 10, y: 10 },
      { x: 10, y: -10 },
    ];
    expect(roundedPolygon(anticlockwise, 5)).toBe('M-5 -10 A5 5 0 0 0 -10 -5 L-10 5 A5 5 0 0 0 -5 10 L5 10 A5 5 0 0 0 10 5 L10 -5 A5 5 0 0 0 5 -10 Z');
  });
});

describe('arrowheads', () => {
  it('are at least 29 across, growing a little slower than the line, times the arrow scale', () => {
    expect(arrowSize(1, 1)).toBe(29);
    expect(arrowSize(1, 0.5)).toBe(14.5);
    expect(arrowSize(5, 1)).toBeCloseTo(43.9, 1);
    expect(arrowSize(10, 2)).toBeCloseTo(163.9, 1);
  });

  it('stand a circle off the node by its radius and a tee by one, the rest touching it', () => {
    expect(['circle', 'tee', 'triangle', 'none'].map((shape) => arrowSpacing(shape, 10))).toEqual([1.5, 1, 0, 0]);
  });

  it('stop the line short of the tip by the arrowhead it ends in', () => {
    expect(['none', 'tee', 'vee', 'diamond', 'triangle', 'square'].map((shape) => arrowGap(shape, 2, 0.5))).toEqual([0, 1, 1.05, 1, 2, 2]);
  });

  it('turn from pointing down the page by the direction the edge arrives in', () => {
    expect([arrowAngle(0, 1), arrowAngle(1, 0), arrowAngle(-1, 0), arrowAngle(0, -1)]).toEqual([0, -Math.PI / 2, Math.PI / 2, -Math.PI]);
  });

  it('turn their outline about the tip', () => {
    // Arriving upwards (angle 90°): the triangle's base lies to the right of the tip.
    expect(arrowheadElement('triangle', { x: 5, y: 5 }, Math.PI / 2, 10)).toEqual({ tag: 'polygon', attributes: { points: '8,3.5 5,5 8,6.5' } });
    expect(arrowheadElement('circle', { x: 1, y: 2 }, Math.PI / 2, 20)).toEqual({ tag: 'circle', attributes: { cx: '1', cy: '2', r: '3' } });
  });
});

describe('edge paths', () => {
  const [start, end] = [origin, { x: 90, y: 0 }];

  it('draws a route with no points straight, whatever its kind', () => {
    expect(edgePathData(start, end, { kind: 'bezier', points: [] })).toBe('M0 0 L90 0');
    expect(edgePathData(start, end, { kind: 'segments', points: [] })).toBe('M0 0 L90 0');
  });

  it('draws segments through every point in order', () => {
    expect(edgePathData(start, end, { kind: 'segments', points: [{ x: 30, y: 10 }, { x: 60, y: -10 }] })).toBe('M0 0 L30 10 L60 -10 L90 0');
  });

  it('joins three control points with curves meeting half-way between each pair', () => {
    expect(edgePathData(start, end, { kind: 'bezier', points: [{ x: 20, y: 30 }, { x: 40, y: 30 }, { x: 70, y: 10 }] })).toBe('M0 0 Q20 30 30 30 Q40 30 55 20 Q70 10 90 0');
  });
});
