// Changes to what the canvas shows: adding and removing elements, filters and marks, all as classes in cy.batch().
import type { Collection, Core, ElementDefinition, NodeCollection, NodeSingular } from 'cytoscape';

/** The classes that mark a finding on the canvas; one kind of mark at a time. */
export const markClasses = ['highlighted', 'faded', 'path', 'trace'] as const;
export type MarkClass = 'highlighted' | 'path' | 'trace';

export function addElements(cy: Core, elements: readonly ElementDefinition[]): Collection {
  const fresh = elements.filter((element) => element.data.id === undefined || cy.getElementById(element.data.id).empty());
  return fresh.length > 0 ? cy.add(fresh as ElementDefinition[]) : cy.collection();
}

/** Puts new nodes on a ring around the node they were reached from, so the rest of the drawing stays put. */
export function placeAround(centre: NodeSingular, nodes: NodeCollection): void {
  const count = nodes.length;
  if (count === 0) return;
  const origin = centre.position();
  const radius = 90 + 10 * Math.min(count, 30);
  nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / count;
    node.position({ x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
  });
}

/** The elements with these ids that are on the canvas; ids not drawn are skipped. */
export function collectionOf(cy: Core, ids: Iterable<string>): Collection {
  let collection = cy.collection();
  for (const id of ids) collection = collection.union(cy.getElementById(id));
  return collection;
}

export function applyVisibility(cy: Core, visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('filtered', !visible.nodes.has(node.id()));
    });
    cy.edges().forEach((edge) => {
      edge.toggleClass('filtered', !visible.edges.has(edge.id()));
    });
  });
}

export function shownElements(cy: Core): Collection {
  return cy.elements().not('.filtered');
}

export function clearMarks(cy: Core): void {
  cy.batch(() => {
    cy.elements().removeClass(markClasses.join(' '));
  });
}

/** Marks a set of elements (and the ends of its edges) and fades the rest, so they read at a glance. */
export function markElements(cy: Core, elements: Collection, mark: MarkClass): Collection {
  const marked = elements.union(elements.edges().connectedNodes());
  cy.batch(() => {
    cy.elements().removeClass(markClasses.join(' '));
    cy.elements().not(marked).addClass('faded');
    marked.addClass(mark);
  });
  return marked;
}

export function setKeyboardFocus(cy: Core, node: NodeSingular | null): void {
  cy.batch(() => {
    cy.nodes('.keyboard-focus').removeClass('keyboard-focus');
    node?.addClass('keyboard-focus');
  });
}

/**
 * Brings elements, labels included, into view: centres them and zooms out only as far as they need, never in,
 * so the user's sense of scale is kept.
 */
export function bringIntoView(cy: Core, elements: Collection, animate: boolean): void {
  const shown = elements.not('.filtered');
  if (shown.empty()) return;
  const padding = 50;
  const box = shown.boundingBox({ includeLabels: true, includeOverlays: false });
  const fitZoom = Math.min((cy.width() - 2 * padding) / Math.max(box.w, 1), (cy.height() - 2 * padding) / Math.max(box.h, 1));
  const zoom = Math.max(cy.minZoom(), Math.min(cy.zoom(), fitZoom));
  const pan = { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) };
  if (animate) cy.animate({ zoom, pan, duration: 300, easing: 'ease-out' } as never);
  else cy.viewport({ zoom, pan });
}
