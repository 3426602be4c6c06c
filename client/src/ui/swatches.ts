// Small SVG pictures of each kind's shape and each judgement's line, matching the canvas, for legend and panels.
import { judgementLooks, kindLooks, type NodeShape, unjudgedLook } from '../palette.ts';
import type { EntityKind, Judgement } from '../model.ts';

const svgNs = 'http://www.w3.org/2000/svg';

const shapePoints: Record<Exclude<NodeShape, 'ellipse' | 'round-rectangle'>, string> = {
  diamond: '8,1 15,8 8,15 1,8',
  hexagon: '4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8',
  'round-triangle': '8,1.5 15,14 1,14',
  triangle: '8,1 15,14.5 1,14.5',
  rhomboid: '4.5,3 15,3 11.5,13 1,13',
  'round-octagon': '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
};

export function kindSwatch(kind: EntityKind): SVGSVGElement {
  const look = kindLooks[kind];
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('swatch');
  let shape: SVGElement;
  if (look.shape === 'ellipse') {
    shape = document.createElementNS(svgNs, 'circle');
    shape.setAttribute('cx', '8');
    shape.setAttribute('cy', '8');
    shape.setAttribute('r', '6.5');
  } else if (look.shape === 'round-rectangle') {
    shape = document.createElementNS(svgNs, 'rect');
    for (const [k, v] of Object.entries({ x: '1.5', y: '1.5', width: '13', height: '13', rx: '3' })) shape.setAttribute(k, v);
  } else {
    shape = document.createElementNS(svgNs, 'polygon');
    shape.setAttribute('points', shapePoints[look.shape]);
    if (look.shape.startsWith('round-')) shape.setAttribute('stroke-linejoin', 'round');
  }
  shape.setAttribute('fill', look.colour);
  shape.setAttribute('stroke', look.border);
  shape.setAttribute('stroke-width', '1.2');
  svg.appendChild(shape);
  return svg;
}

/** A line as the canvas draws it: coloured by judgement, dotted when it draws an inferred finding. */
export function lineSwatch(judgement: Judgement | null, inferred = false): SVGSVGElement {
  const look = judgement ? judgementLooks[judgement] : unjudgedLook;
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 24 16');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('swatch');
  const line = document.createElementNS(svgNs, 'line');
  for (const [k, v] of Object.entries({ x1: '1', y1: '8', x2: '23', y2: '8' })) line.setAttribute(k, v);
  line.setAttribute('stroke', look.colour);
  line.setAttribute('stroke-width', String(Math.min(look.width, 4)));
  if (look.dashed) line.setAttribute('stroke-dasharray', '5 3');
  if (inferred) line.setAttribute('stroke-dasharray', '2 4');
  svg.appendChild(line);
  return svg;
}
