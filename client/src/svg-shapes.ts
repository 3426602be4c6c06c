// Cytoscape's node shapes and arrowheads as SVG geometry, built from Cytoscape's own unit points so an SVG export matches the canvas; pure.

export interface Point {
  x: number;
  y: number;
}

/** Numbers as SVG wants them: two decimals at most, no "-0", so files stay small and diff cleanly. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function pair({ x, y }: Point): string {
  return `${formatNumber(x)} ${formatNumber(y)}`;
}

/**
 * Cytoscape's regular polygons (generateUnitNgonPointsFitToSquare): corners on the unit circle, the first at
 * the top (or either side of it for an even count), then stretched to fill the [-1, 1] square.
 */
export function unitNgon(sides: number): number[] {
  const step = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) points.push(Math.cos(start + i * step), Math.sin(-(start + i * step)));
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const stretched = points.map((value, i) => value * (i % 2 === 0 ? sx : sy));
  const top = Math.min(...stretched.filter((_, i) => i % 2 === 1));
  // An odd polygon is taller below its centre than above; Cytoscape moves it so it touches the top edge.
  return top < -1 ? stretched.map((value, i) => (i % 2 === 1 ? value + (-1 - top) : value)) : stretched;
}

const rectanglePoints = [-1, -1, 1, -1, 1, 1, -1, 1];

/** The polygon shapes, as Cytoscape defines them in unit coordinates (y down); "round-" ones get rounded corners. */
const polygonPoints: Record<string, readonly number[]> = {
  rectangle: rectanglePoints,
  square: rectanglePoints,
  triangle: unitNgon(3),
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  pentagon: unitNgon(5),
  hexagon: unitNgon(6),
  heptagon: unitNgon(7),
  octagon: unitNgon(8),
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  'right-rhomboid': [-0.333, -1, 1, -1, 0.333, 1, -1, 1],
  'concave-hexagon': [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95],
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
};

const roundedShapes = new Set(['round-triangle', 'round-diamond', 'round-pentagon', 'round-hexagon', 'round-heptagon', 'round-octagon', 'round-tag']);

/** The corners of a polygon shape scaled to a node's box, or null for shapes that are not polygons. */
export function shapeCorners(shape: string, centre: Point, width: number, height: number): Point[] | null {
  const unit = polygonPoints[shape.replace(/^round-/, '')];
  if (!unit || (shape.startsWith('round-') && !roundedShapes.has(shape))) return null;
  const corners: Point[] = [];
  for (let i = 0; i < unit.length; i += 2) corners.push({ x: centre.x + ((unit[i] as number) * width) / 2, y: centre.y + ((unit[i + 1] as number) * height) / 2 });
  return corners;
}

function closedPolygon(corners: readonly Point[]): string {
  return `${corners.map((corner, i) => `${i === 0 ? 'M' : 'L'}${pair(corner)}`).join(' ')} Z`;
}

/**
 * A polygon whose corners are arcs of `radius`, as Cytoscape rounds them: each arc is tangent to both sides,
 * and shrinks where a side is too short to hold it.
 */
export function roundedPolygon(corners: readonly Point[], radius: number): string {
  const count = corners.length;
  const parts: string[] = [];
  corners.forEach((corner, i) => {
    const previous = corners[(i + count - 1) % count] as Point;
    const next = corners[(i + 1) % count] as Point;
    const toPrevious = { x: previous.x - corner.x, y: previous.y - corner.y };
    const toNext = { x: next.x - corner.x, y: next.y - corner.y };
    const lengthPrevious = Math.hypot(toPrevious.x, toPrevious.y);
    const lengthNext = Math.hypot(toNext.x, toNext.y);
    const cosine = (toPrevious.x * toNext.x + toPrevious.y * toNext.y) / (lengthPrevious * lengthNext);
    const halfAngle = Math.acos(Math.max(-1, Math.min(1, cosine))) / 2;
    let cut = radius / Math.tan(halfAngle);
    let arcRadius = radius;
    const room = Math.min(lengthPrevious, lengthNext) / 2;
    if (cut > room) {
      cut = room;
      arcRadius = cut * Math.tan(halfAngle);
    }
    const start = { x: corner.x + (toPrevious.x / lengthPrevious) * cut, y: corner.y + (toPrevious.y / lengthPrevious) * cut };
    const end = { x: corner.x + (toNext.x / lengthNext) * cut, y: corner.y + (toNext.y / lengthNext) * cut };
    // Turning clockwise on screen (y down) at this corner means the arc sweeps clockwise too.
    const sweep = (corner.x - previous.x) * (next.y - corner.y) - (corner.y - previous.y) * (next.x - corner.x) > 0 ? 1 : 0;
    parts.push(`${i === 0 ? 'M' : 'L'}${pair(start)} A${formatNumber(arcRadius)} ${formatNumber(arcRadius)} 0 0 ${sweep} ${pair(end)}`);
  });
  return `${parts.join(' ')} Z`;
}

/** Cytoscape's corner radii (math.getRoundRectangleRadius, getRoundPolygonRadius). */
export const roundRectangleRadius = (width: number, height: number) => Math.min(width / 4, height / 4, 8);
export const roundPolygonRadius = (width: number, height: number) => Math.min(width / 10, height / 10, 8);
const cutRectangleCorner = 8;

/**
 * A node's outline as one SVG element: an ellipse or a path. Shapes the stylesheet does not use and that have
 * no polygon here (star, polygon, …) are drawn as rectangles.
 */
export function nodeShapeElement(shape: string, centre: Point, width: number, height: number): { tag: 'ellipse' | 'path'; attributes: Record<string, string> } {
  if (shape === 'ellipse') {
    return { tag: 'ellipse', attributes: { cx: formatNumber(centre.x), cy: formatNumber(centre.y), rx: formatNumber(width / 2), ry: formatNumber(height / 2) } };
  }
  const box = shapeCorners('rectangle', centre, width, height) as Point[];
  if (shape === 'round-rectangle' || shape === 'roundrectangle' || shape === 'barrel' || shape === 'bottom-round-rectangle') {
    // Barrel and bottom-round-rectangle are drawn as the round rectangle they most resemble.
    return { tag: 'path', attributes: { d: roundedPolygon(box, roundRectangleRadius(width, height)) } };
  }
  if (shape === 'cut-rectangle' || shape === 'cutrectangle') {
    const c = Math.min(cutRectangleCorner, width / 2, height / 2);
    const [x1, y1, x2, y2] = [centre.x - width / 2, centre.y - height / 2, centre.x + width / 2, centre.y + height / 2];
    const cut = [
      { x: x1 + c, y: y1 },
      { x: x2 - c, y: y1 },
      { x: x2, y: y1 + c },
      { x: x2, y: y2 - c },
      { x: x2 - c, y: y2 },
      { x: x1 + c, y: y2 },
      { x: x1, y: y2 - c },
      { x: x1, y: y1 + c },
    ];
    return { tag: 'path', attributes: { d: closedPolygon(cut) } };
  }
  const corners = shapeCorners(shape, centre, width, height) ?? box;
  const d = roundedShapes.has(shape) ? roundedPolygon(corners, roundPolygonRadius(width, height)) : closedPolygon(corners);
  return { tag: 'path', attributes: { d } };
}

// Arrowheads. Cytoscape's contract: (0, 0) is the tip and (0, 1) points along the edge into the node.

const arrowPoints: Record<string, readonly number[]> = {
  triangle: [-0.15, -0.3, 0, 0, 0.15, -0.3],
  vee: [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15],
  diamond: [-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0],
  tee: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
  square: [-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3],
};

/** How big Cytoscape draws an arrowhead for an edge this wide (BRp.getArrowWidth). */
export function arrowSize(edgeWidth: number, scale: number): number {
  return Math.max(Math.pow(edgeWidth * 13.37, 0.9), 29) * scale;
}

/** How far back from the node's border the arrow's tip sits (Cytoscape's `spacing`). */
export function arrowSpacing(shape: string, size: number): number {
  if (shape === 'circle') return size * 0.15;
  if (shape === 'tee') return 1;
  return 0;
}

/** How far back from the node's border the line stops (Cytoscape's `gap`), so it does not poke through the arrowhead. */
export function arrowGap(shape: string, edgeWidth: number, scale: number): number {
  const standard = edgeWidth * scale * 2;
  switch (shape) {
    case 'none':
      return 0;
    case 'tee':
      return 1;
    case 'vee':
      return standard * 0.525;
    case 'diamond':
      return edgeWidth * scale;
    default:
      return standard;
  }
}

/** The angle Cytoscape turns an arrowhead by, for an edge arriving in direction (dx, dy). */
export function arrowAngle(dx: number, dy: number): number {
  return Math.atan2(dy, dx) - Math.PI / 2;
}

/** An arrowhead at `tip` as SVG: a circle for "circle", else a polygon; shapes without points here are drawn as triangles. */
export function arrowheadElement(shape: string, tip: Point, angle: number, size: number): { tag: 'circle' | 'polygon'; attributes: Record<string, string> } | null {
  if (shape === 'none') return null;
  if (shape === 'circle') return { tag: 'circle', attributes: { cx: formatNumber(tip.x), cy: formatNumber(tip.y), r: formatNumber(0.15 * size) } };
  const unit = arrowPoints[shape] ?? (arrowPoints.triangle as readonly number[]);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const points: string[] = [];
  for (let i = 0; i < unit.length; i += 2) {
    const x = unit[i] as number;
    const y = unit[i + 1] as number;
    points.push(`${formatNumber(tip.x + (x * cos - y * sin) * size)},${formatNumber(tip.y + (x * sin + y * cos) * size)}`);
  }
  return { tag: 'polygon', attributes: { points: points.join(' ') } };
}

/**
 * An edge's line through Cytoscape's points: straight, a polyline through segment points, or quadratic
 * curves through the control points, joined at the midpoints between them as Cytoscape joins them.
 */
export function edgePathData(start: Point, end: Point, route: { kind: 'straight' } | { kind: 'segments' | 'bezier'; points: readonly Point[] }): string {
  if (route.kind === 'straight' || route.points.length === 0) return `M${pair(start)} L${pair(end)}`;
  if (route.kind === 'segments') return `M${pair(start)} ${[...route.points, end].map((p) => `L${pair(p)}`).join(' ')}`;
  const controls = route.points;
  const parts = [`M${pair(start)}`];
  controls.forEach((control, i) => {
    const following = controls[i + 1];
    const to = following ? { x: (control.x + following.x) / 2, y: (control.y + following.y) / 2 } : end;
    parts.push(`Q${pair(control)} ${pair(to)}`);
  });
  return parts.join(' ');
}
