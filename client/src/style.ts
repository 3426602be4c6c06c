// The Cytoscape stylesheet: how each kind, relationship type, judgement and view state (class) looks.
import type { StylesheetJson } from 'cytoscape';
import { labelledClass, largeViewLabelPx } from './large-view.ts';
import { entityKinds, judgements, relationshipTypes } from './model.ts';
import { judgementLooks, kindLooks, markColours, typeArrows } from './palette.ts';
import { classToken } from './vocabulary.ts';

/** Below this on-screen size labels are not drawn, which keeps large, zoomed-out views fast and uncluttered. */
export const minNodeLabelPx = 6;
export const minEdgeLabelPx = 7;
export const strengthLabelPx = 11;

/** The edges whose labels show at any zoom: marked and selected ones. */
const edgesLabelledAtAnyZoom = 'edge.highlighted, edge.path, edge.trace, edge:selected';

/** How node labels read; in a large view held only by labelled elements, the rest skip the work. */
const nodeLabel = {
  label: 'data(label)',
  'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
  'font-size': 12,
  color: '#1b1f24',
  'text-valign': 'bottom',
  'text-halign': 'center',
  'text-margin-y': 4,
  'text-wrap': 'wrap',
  'text-max-width': '120px',
  'text-outline-color': '#ffffff',
  'text-outline-width': 2,
  'text-outline-opacity': 0.9,
  'min-zoomed-font-size': minNodeLabelPx,
} as const;

const edgeLabel = {
  label: 'data(label)',
  'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
  'font-size': 9.5,
  color: '#3d4650',
  'text-rotation': 'autorotate',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.85,
  'text-background-padding': '1.5px',
  'text-background-shape': 'roundrectangle',
  'min-zoomed-font-size': minEdgeLabelPx,
} as const;

/**
 * `large`: the view has passed client/src/large-view.ts's size, where labels wait for a closer zoom, and only the
 * elements given its labelled class (and marked or selected edges) hold a label. Cytoscape applies each property of
 * each element one by one, so an unlabelled element there is spared the label's dozen properties too.
 */
export function stylesheet({ large = false } = {}): StylesheetJson {
  const style: StylesheetJson = [
    { selector: 'node', style: { ...(large ? {} : nodeLabel), 'border-width': 1.5, 'overlay-opacity': 0 } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'control-point-step-size': 28,
        width: 1.6,
        'line-color': '#8795a3',
        'target-arrow-color': '#8795a3',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        ...(large ? {} : edgeLabel),
        'overlay-opacity': 0,
      },
    },
  ];
  // Straight after the base rules, so the rules below set label colours, weights and sizes in a large view as in a small one.
  if (large) style.push({ selector: `node.${labelledClass}`, style: nodeLabel }, { selector: `edge.${labelledClass}, ${edgesLabelledAtAnyZoom}`, style: edgeLabel });

  for (const kind of entityKinds) {
    const look = kindLooks[kind];
    style.push({
      selector: `node.kind-${classToken(kind)}`,
      style: { 'background-color': look.colour, 'border-color': look.border, shape: look.shape, width: look.size, height: look.size },
    });
  }
  // The force and the partners answer the first question most users ask, so their names read first.
  style.push({ selector: 'node.kind-force, node.kind-partner', style: { 'font-size': 13, 'font-weight': 'bold' } });

  for (const type of relationshipTypes) {
    style.push({ selector: `edge.type-${classToken(type)}`, style: { 'target-arrow-shape': typeArrows[type] } });
  }
  for (const judgement of judgements) {
    const look = judgementLooks[judgement];
    style.push({
      selector: `edge.judgement-${classToken(judgement)}`,
      style: {
        'line-color': look.colour,
        'target-arrow-color': look.colour,
        width: look.width,
        'line-style': look.dashed ? 'dashed' : 'solid',
        ...(look.dashed ? { 'line-dash-pattern': [7, 4], color: look.colour, 'font-weight': 'bold' } : {}),
        'z-index': look.dashed ? 5 : 1,
      },
    });
  }

  // What is only inferred from context is drawn dotted, never as firm as what the report states.
  style.push({ selector: 'edge.basis-inferred', style: { 'line-style': 'dotted', 'line-dash-pattern': [2, 4] } });

  // Praise is most of the report; its labels wait for a closer zoom so the findings that need action read first.
  style.push({ selector: 'edge.judgement-strength', style: { 'min-zoomed-font-size': strengthLabelPx } });
  // Before the marks below, which show their labels at any zoom, large view or not.
  if (large) style.push({ selector: 'node, edge', style: { 'min-zoomed-font-size': largeViewLabelPx } });

  style.push(
    // View states, set and cleared as classes by graph.ts.
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.14, 'text-opacity': 0, 'text-background-opacity': 0 } },
    {
      selector: 'node.highlighted',
      style: { 'border-width': 4, 'border-color': markColours.selection, 'z-index': 20 },
    },
    { selector: 'edge.highlighted', style: { width: 4, 'z-index': 20, 'font-size': 10, 'min-zoomed-font-size': 0 } },
    {
      selector: 'node.path, node.trace',
      style: { 'border-width': 5, 'border-color': markColours.path, 'z-index': 30 },
    },
    { selector: 'node.trace', style: { 'border-color': markColours.trace } },
    {
      selector: 'edge.path',
      style: { width: 5, 'line-color': markColours.path, 'target-arrow-color': markColours.path, 'z-index': 30, 'font-size': 10, 'min-zoomed-font-size': 0 },
    },
    {
      selector: 'edge.trace',
      style: { width: 4.5, 'line-color': markColours.trace, 'target-arrow-color': markColours.trace, 'z-index': 30, 'font-size': 10, 'min-zoomed-font-size': 0 },
    },
    {
      selector: 'node:selected',
      style: { 'underlay-color': markColours.selection, 'underlay-opacity': 0.18, 'underlay-padding': 9, 'underlay-shape': 'ellipse', 'border-width': 4, 'border-color': markColours.selection },
    },
    {
      selector: 'edge:selected',
      style: { width: 5, 'underlay-color': markColours.selection, 'underlay-opacity': 0.15, 'underlay-padding': 5, 'font-size': 10.5, 'min-zoomed-font-size': 0, 'z-index': 40 },
    },
    {
      selector: '.keyboard-focus',
      style: { 'outline-width': 3, 'outline-color': markColours.focus, 'outline-offset': 4, 'outline-opacity': 1 },
    },
  );
  return style;
}
