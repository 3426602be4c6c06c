// Draws the visible graph as a standalone SVG document from the geometry and style Cytoscape has computed, so the export needs no extension.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import {
  arrowAngle,
  arrowGap,
  arrowheadElement,
  arrowSize,
  arrowSpacing,
  edgePathData,
  formatNumber,
  nodeShapeElement,
  type Point,
} from './svg-shapes.ts';

export interface Font {
  family: string;
  size: number;
  weight: string;
  style: string;
}

/** Width of a line of text in this font, in graph units; the browser measures, Node estimates. */
export type MeasureText = (text: string, font: Font) => number;

/** A fair average for proportional sans-serif text, for when nothing can measure (headless Cytoscape). */
export const estimateTextWidth: MeasureText = (text, font) => text.length * font.size * 0.55;

export function cssFont(font: Font): string {
  return `${font.style} ${font.weight} ${font.size}px ${font.family}`;
}

/**
 * Text made safe for XML content and attribute values. Control characters that XML 1.0 cannot carry at all
 * are dropped; a label holding one would otherwise make the whole file unreadable.
 */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- these control characters are what XML forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character] as string);
}

function element(tag: string, attributes: Record<string, string | number | null>, content?: string): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([name, value]) => ` ${name}="${escapeXml(typeof value === 'number' ? formatNumber(value) : value)}"`)
    .join('');
  return content === undefined ? `<${tag}${written}/>` : `<${tag}${written}>${content}</${tag}>`;
}

/** Only what differs from SVG's default of 1 is written. */
const unlessOne = (value: number) => (value < 1 ? value : null);

/** Breaks a label into lines no wider than `maxWidth` at spaces, as Cytoscape's "text-wrap: wrap" does; a word wider than that keeps its own line. */
export function wrapLines(text: string, maxWidth: number, font: Font, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && measure(candidate, font) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The text as one line cut to `maxWidth` with an ellipsis, as "text-wrap: ellipsis" does. */
function ellipsised(text: string, maxWidth: number, font: Font, measure: MeasureText): string {
  if (measure(text, font) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 0 && measure(`${cut}…`, font) > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** An axis-aligned box in graph coordinates, as Cytoscape's boundingBox() gives it. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const emptyBox: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };

/** The smallest box holding all these boxes and points. */
export function union(...parts: readonly (Box | Point)[]): Box {
  let box = emptyBox;
  for (const part of parts) {
    const next = 'x' in part ? { x1: part.x, y1: part.y, x2: part.x, y2: part.y } : part;
    box = { x1: Math.min(box.x1, next.x1), y1: Math.min(box.y1, next.y1), x2: Math.max(box.x2, next.x2), y2: Math.max(box.y2, next.y2) };
  }
  return box;
}

/** The viewBox around the elements, with a margin so outlines and labels at the edge are not clipped. */
export function viewBoxOf(box: Box, margin: number): { x: number; y: number; width: number; height: number } {
  if (![box.x1, box.y1, box.x2, box.y2].every(Number.isFinite)) return { x: 0, y: 0, width: 2 * margin, height: 2 * margin };
  return { x: box.x1 - margin, y: box.y1 - margin, width: box.x2 - box.x1 + 2 * margin, height: box.y2 - box.y1 + 2 * margin };
}

/** The corners of a w × h box centred on `centre`, turned by `angle` about it. */
function turnedCorners(centre: Point, width: number, height: number, angle: number): Point[] {
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  return [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].map(([sx, sy]) => {
    const [dx, dy] = [((sx as number) * width) / 2, ((sy as number) * height) / 2];
    return { x: centre.x + dx * cos - dy * sin, y: centre.y + dx * sin + dy * cos };
  });
}

/** What one element adds to the drawing: its markup and the box it covers. */
interface Drawn {
  markup: string;
  extent: Box;
}

/** Nodes and edges share the style calls this module reads. */
type Drawable = NodeSingular | EdgeSingular;

function fontOf(ele: Drawable): Font {
  return { family: ele.style('font-family'), size: ele.numericStyle('font-size'), weight: ele.style('font-weight'), style: ele.style('font-style') };
}

/**
 * A label, or nothing when the canvas would not draw it at 100% zoom: empty, fully transparent, or smaller
 * than its "min-zoomed-font-size" (the stylesheet keeps praise labels for closer zooms that way).
 */
function labelLines(ele: Drawable, measure: MeasureText): { lines: string[]; font: Font } | null {
  const text = String(ele.style('label') ?? '');
  const font = fontOf(ele);
  if (text.trim() === '' || ele.numericStyle('text-opacity') === 0 || font.size < ele.numericStyle('min-zoomed-font-size')) return null;
  const maxWidth = ele.numericStyle('text-max-width');
  switch (ele.style('text-wrap')) {
    case 'wrap':
      return { lines: wrapLines(text, maxWidth, font, measure), font };
    case 'ellipsis':
      return { lines: [ellipsised(text, maxWidth, font, measure)], font };
    default:
      return { lines: [text], font };
  }
}

/** Lines of text whose box has its top at `top`; baselines sit about an ascent (0.8em) below each line's top. */
function textElement(ele: Drawable, lines: readonly string[], font: Font, x: number, top: number, anchor: string, extra: Record<string, string | number | null> = {}): string {
  const lineHeight = font.size * ele.numericStyle('line-height');
  const outlineWidth = ele.numericStyle('text-outline-width');
  const spans = lines.map((line, i) => element('tspan', { x, y: top + i * lineHeight + font.size * 0.8 }, escapeXml(line))).join('');
  return element(
    'text',
    {
      class: 'label',
      'text-anchor': anchor,
      'font-family': font.family,
      'font-size': font.size,
      'font-weight': font.weight === 'normal' ? null : font.weight,
      'font-style': font.style === 'normal' ? null : font.style,
      fill: ele.style('color'),
      opacity: unlessOne(ele.numericStyle('text-opacity')),
      // The outline is a stroke painted under the fill; SVG strokes straddle the path, hence twice the width.
      ...(outlineWidth > 0
        ? {
            stroke: ele.style('text-outline-color'),
            'stroke-width': 2 * outlineWidth,
            'stroke-opacity': unlessOne(ele.numericStyle('text-outline-opacity')),
            'stroke-linejoin': 'round',
            'paint-order': 'stroke',
          }
        : {}),
      ...extra,
    },
    spans,
  );
}

function dashArray(style: string, pattern: readonly number[] | undefined, width: number): string | null {
  // Stryker disable next-line ArrayDeclaration: Cytoscape always reports a dash pattern (its default when none is set), so the fallback is never read
  if (style === 'dashed') return (pattern ?? [6, 3]).map(formatNumber).join(' ');
  if (style === 'dotted') return `${formatNumber(width)} ${formatNumber(width)}`;
  return null;
}

function nodeMarkup(node: NodeSingular, measure: MeasureText): Drawn {
  const centre = node.position();
  const width = node.width();
  const height = node.height();
  const { tag, attributes } = nodeShapeElement(node.style('shape'), centre, width, height);
  const borderWidth = node.numericStyle('border-width');
  const shape = element(tag, {
    class: 'shape',
    ...attributes,
    fill: node.style('background-color'),
    'fill-opacity': unlessOne(node.numericStyle('background-opacity')),
    stroke: borderWidth > 0 ? node.style('border-color') : null,
    'stroke-width': borderWidth > 0 ? borderWidth : null,
    'stroke-opacity': borderWidth > 0 ? unlessOne(node.numericStyle('border-opacity')) : null,
    'stroke-dasharray': borderWidth > 0 ? dashArray(node.style('border-style'), node.numericStyle('border-dash-pattern'), borderWidth) : null,
  });
  const reach = { x: width / 2 + borderWidth / 2, y: height / 2 + borderWidth / 2 };
  let extent = union({ x: centre.x - reach.x, y: centre.y - reach.y }, { x: centre.x + reach.x, y: centre.y + reach.y });
  let label = '';
  const text = labelLines(node, measure);
  if (text) {
    const padding = node.numericStyle('padding');
    const blockHeight = text.lines.length * text.font.size * node.numericStyle('line-height');
    const blockWidth = Math.max(...text.lines.map((line) => measure(line, text.font)));
    const halign = node.style('text-halign');
    const valign = node.style('text-valign');
    const x = centre.x + node.numericStyle('text-margin-x') + (halign === 'left' ? -width / 2 - padding : halign === 'right' ? width / 2 + padding : 0);
    const top =
      centre.y +
      node.numericStyle('text-margin-y') +
      (valign === 'top' ? -height / 2 - padding - blockHeight : valign === 'bottom' ? height / 2 + padding : -blockHeight / 2);
    const left = halign === 'left' ? x - blockWidth : halign === 'right' ? x : x - blockWidth / 2;
    const outline = node.numericStyle('text-outline-width');
    label = textElement(node, text.lines, text.font, x, top, halign === 'left' ? 'end' : halign === 'right' ? 'start' : 'middle');
    extent = union(extent, { x1: left - outline, y1: top - outline, x2: left + blockWidth + outline, y2: top + blockHeight + outline });
  }
  return { markup: element('g', { class: 'node', 'data-id': node.id(), opacity: unlessOne(node.numericStyle('opacity')) }, shape + label), extent };
}

type Route = { kind: 'straight' } | { kind: 'segments' | 'bezier'; points: Point[] };

interface EdgeGeometry {
  /** Where the arrow tips would be: on the end nodes' borders, less each arrow's spacing. */
  start: Point;
  end: Point;
  route: Route;
  midpoint: Point;
}

/** How far from its centre a node's border lies in direction (dx, dy), taking the node as the ellipse in its box. */
function borderDistance(node: NodeSingular, dx: number, dy: number): number {
  const a = node.outerWidth() / 2;
  const b = node.outerHeight() / 2;
  const length = Math.hypot(dx, dy) || 1;
  const [cos, sin] = [dx / length, dy / length];
  return (a * b) / Math.hypot(b * cos, a * sin);
}

function towards(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) / length) * distance, y: from.y + ((to.y - from.y) / length) * distance };
}

/**
 * Headless Cytoscape (Node, tests) computes no edge geometry, so there an edge runs straight between its
 * nodes' borders, and a loop arcs over the top of its node.
 */
function estimatedGeometry(edge: EdgeSingular): EdgeGeometry {
  const source = edge.source();
  const target = edge.target();
  const from = source.position();
  const to = target.position();
  const size = arrowSize(edge.numericStyle('width'), edge.numericStyle('arrow-scale'));
  const sourceBack = arrowSpacing(edge.style('source-arrow-shape'), size);
  const targetBack = arrowSpacing(edge.style('target-arrow-shape'), size);
  if (source.same(target)) {
    const h = source.outerHeight() / 2;
    const w = source.outerWidth() / 2;
    const start = { x: from.x - w / 2, y: from.y - h - sourceBack };
    const end = { x: from.x + w / 2, y: from.y - h - targetBack };
    const points = [
      { x: from.x - 2 * w, y: from.y - 3 * h },
      { x: from.x + 2 * w, y: from.y - 3 * h },
    ];
    return { start, end, route: { kind: 'bezier', points }, midpoint: { x: from.x, y: from.y - 2.75 * h } };
  }
  const start = towards(from, to, borderDistance(source, to.x - from.x, to.y - from.y) + sourceBack);
  const end = towards(to, from, borderDistance(target, from.x - to.x, from.y - to.y) + targetBack);
  return { start, end, route: { kind: 'straight' }, midpoint: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 } };
}

function renderedGeometry(edge: EdgeSingular): EdgeGeometry {
  // Both are undefined, not empty, for edges of other kinds; Cytoscape's typings do not say so.
  const segments = edge.segmentPoints() as Point[] | undefined;
  const controls = edge.controlPoints() as Point[] | undefined;
  const route: Route = segments?.length ? { kind: 'segments', points: segments } : controls?.length ? { kind: 'bezier', points: controls } : { kind: 'straight' };
  return { start: edge.sourceEndpoint(), end: edge.targetEndpoint(), route, midpoint: edge.midpoint() };
}

/** The point an edge's line leaves from (or arrives from) next to one of its ends. */
function neighbourOf(geometry: EdgeGeometry, end: 'source' | 'target'): Point {
  const points = geometry.route.kind === 'straight' ? [] : geometry.route.points;
  if (end === 'source') return points[0] ?? geometry.end;
  return points[points.length - 1] ?? geometry.start;
}

const isFinitePoint = (point: Point) => Number.isFinite(point.x) && Number.isFinite(point.y);

/** An edge's markup and extent; null for one whose ends have no place, such as between two nodes at one spot, which Cytoscape does not draw either. */
function edgeMarkup(edge: EdgeSingular, measure: MeasureText): Drawn | null {
  const geometry = edge.cy().container() === null ? estimatedGeometry(edge) : renderedGeometry(edge);
  if (!isFinitePoint(geometry.start) || !isFinitePoint(geometry.end)) return null;
  const width = edge.numericStyle('width');
  const scale = edge.numericStyle('arrow-scale');
  const size = arrowSize(width, scale);
  // A quadratic curve stays within the hull of its points, so they, and a reach around each arrow tip, bound the edge.
  let extent = union(geometry.start, geometry.end, ...(geometry.route.kind === 'straight' ? [] : geometry.route.points));

  // The line stops short of each arrow tip by the arrowhead's gap, as on the canvas.
  const ends = (['source', 'target'] as const).map((end) => {
    const shape = edge.style(`${end}-arrow-shape`) as string;
    const tip = end === 'source' ? geometry.start : geometry.end;
    const neighbour = neighbourOf(geometry, end);
    const back = arrowGap(shape, width, scale) - arrowSpacing(shape, size);
    const lineEnd = Math.hypot(neighbour.x - tip.x, neighbour.y - tip.y) > back ? towards(tip, neighbour, back) : tip;
    const angle = arrowAngle(tip.x - neighbour.x, tip.y - neighbour.y);
    const arrow = Number.isFinite(angle) ? arrowheadElement(shape, tip, angle, size) : null;
    if (arrow) extent = union(extent, { x1: tip.x - 0.3 * size, y1: tip.y - 0.3 * size, x2: tip.x + 0.3 * size, y2: tip.y + 0.3 * size });
    const hollow = edge.style(`${end}-arrow-fill`) === 'hollow';
    const colour = edge.style(`${end}-arrow-color`);
    const markup = arrow
      ? element(arrow.tag, {
          class: `arrow ${end}-arrow`,
          ...arrow.attributes,
          fill: hollow ? 'none' : colour,
          stroke: hollow ? colour : null,
          'stroke-width': hollow ? width : null,
        })
      : '';
    return { lineEnd, markup };
  }) as [{ lineEnd: Point; markup: string }, { lineEnd: Point; markup: string }];

  const line = element('path', {
    class: 'line',
    d: edgePathData(ends[0].lineEnd, ends[1].lineEnd, geometry.route),
    fill: 'none',
    stroke: edge.style('line-color'),
    'stroke-width': width,
    'stroke-opacity': unlessOne(edge.numericStyle('line-opacity')),
    'stroke-linecap': edge.style('line-cap'),
    'stroke-dasharray': dashArray(edge.style('line-style'), edge.numericStyle('line-dash-pattern'), width),
  });

  let label = '';
  const text = labelLines(edge, measure);
  if (text) {
    const { midpoint } = geometry;
    const blockHeight = text.lines.length * text.font.size * edge.numericStyle('line-height');
    const blockWidth = Math.max(...text.lines.map((line) => measure(line, text.font)));
    const chord = { x: geometry.end.x - geometry.start.x, y: geometry.end.y - geometry.start.y };
    // Autorotated labels follow the edge but never read upside down, as Cytoscape's atan keeps them.
    const angle =
      edge.style('text-rotation') === 'autorotate' ? (chord.x === 0 ? Math.PI / 2 : Math.atan(chord.y / chord.x)) : Number(edge.numericStyle('text-rotation')) || 0;
    const turn = angle === 0 ? null : `rotate(${formatNumber((angle * 180) / Math.PI)} ${formatNumber(midpoint.x)} ${formatNumber(midpoint.y)})`;
    const padding = edge.numericStyle('text-background-padding');
    const backgroundOpacity = edge.numericStyle('text-background-opacity');
    const background =
      backgroundOpacity > 0
        ? element('rect', {
            class: 'label-background',
            x: midpoint.x - blockWidth / 2 - padding,
            y: midpoint.y - blockHeight / 2 - padding,
            width: blockWidth + 2 * padding,
            height: blockHeight + 2 * padding,
            rx: String(edge.style('text-background-shape')).startsWith('round') ? 2 : null,
            fill: edge.style('text-background-color'),
            'fill-opacity': unlessOne(backgroundOpacity),
            transform: turn,
          })
        : '';
    label = background + textElement(edge, text.lines, text.font, midpoint.x, midpoint.y - blockHeight / 2, 'middle', { transform: turn });
    const reach = padding + edge.numericStyle('text-outline-width');
    extent = union(extent, ...turnedCorners(midpoint, blockWidth + 2 * reach, blockHeight + 2 * reach, angle));
  }
  const markup = element('g', { class: 'edge', 'data-id': edge.id(), opacity: unlessOne(edge.numericStyle('opacity')) }, line + ends[0].markup + ends[1].markup + label);
  return { markup, extent };
}

const byZIndex = (a: Drawable, b: Drawable) => a.numericStyle('z-index') - b.numericStyle('z-index');

/**
 * The visible elements as an SVG document at 100% zoom on a white ground, framed to their bounding box
 * (widened to whatever this drawing puts past it, such as labels headless Cytoscape cannot measure).
 * As on the canvas, edges lie under nodes and each group is stacked by z-index. Interaction-only marks
 * (selection underlays, the keyboard-focus outline) are left out.
 */
export function svgDocument(cy: Core, { measure = estimateTextWidth, margin = 20, background = '#ffffff' }: { measure?: MeasureText; margin?: number; background?: string } = {}): string {
  const visible = cy.elements(':visible');
  const edges = visible
    .edges()
    .toArray()
    .sort(byZIndex)
    .flatMap((edge) => edgeMarkup(edge as EdgeSingular, measure) ?? []);
  const nodes = visible
    .nodes()
    .toArray()
    .sort(byZIndex)
    .map((node) => nodeMarkup(node as NodeSingular, measure));
  const drawn = [...edges, ...nodes];
  const frame = viewBoxOf(visible.nonempty() ? union(visible.boundingBox(), ...drawn.map((d) => d.extent)) : emptyBox, margin);
  const body = [
    element('rect', { class: 'background', ...frame, fill: background }),
    element('g', { class: 'edges' }, edges.map((d) => d.markup).join('')),
    element('g', { class: 'nodes' }, nodes.map((d) => d.markup).join('')),
  ].join('\n');
  const root = element(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: frame.width, height: frame.height, viewBox: [frame.x, frame.y, frame.width, frame.height].map(formatNumber).join(' ') },
    `\n${body}\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
