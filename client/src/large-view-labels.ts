// Gives a large view's elements their labels only where the user has zoomed in far enough to read them.
import type { Collection, Core } from 'cytoscape';
import { labelledClass, largeViewLabelPx } from './large-view.ts';

/** The largest label font in the stylesheet (the force and the partners): below this zoom no label reaches the size drawn. */
const largestLabelFontPx = 13;
export const labelZoom = largeViewLabelPx / largestLabelFontPx;

/** Labels wait until the viewport has been still this long, so no pan or wheel frame pays for them. */
const settleMs = 120;

/** The nodes in view (with a margin of half a view each way, so a small pan finds its labels there) and their edges. */
export function elementsInView(cy: Core): Collection {
  const { x1, y1, x2, y2, w, h } = cy.extent();
  const nodes = cy.nodes().filter((node) => {
    const { x, y } = node.position();
    return x >= x1 - w / 2 && x <= x2 + w / 2 && y >= y1 - h / 2 && y <= y2 + h / 2;
  });
  return nodes.union(nodes.connectedEdges());
}

/**
 * Labels what is in view once the zoom is close enough; labels once given stay, so each region pays once. Nothing is
 * labelled at creation: the layout's fit sets the first viewport.
 */
export function labelWhereReadable(cy: Core): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const label = () => {
    timer = undefined;
    if (cy.destroyed() || cy.zoom() < labelZoom) return;
    const unlabelled = elementsInView(cy).not(`.${labelledClass}`);
    if (unlabelled.nonempty()) cy.batch(() => unlabelled.addClass(labelledClass));
  };
  cy.on('viewport', () => {
    clearTimeout(timer);
    timer = setTimeout(label, settleMs);
  });
  cy.on('destroy', () => clearTimeout(timer));
}

/**
 * Runs `draw` with every element labelled, then takes the labels back from those that had none: an exported picture
 * carries every name, whatever part of a large view the user happened to zoom into.
 */
export function withEveryLabel<T>(cy: Core, draw: () => T): T {
  const unlabelled = cy.elements().not(`.${labelledClass}`);
  cy.batch(() => unlabelled.addClass(labelledClass));
  try {
    return draw();
  } finally {
    cy.batch(() => unlabelled.removeClass(labelledClass));
  }
}
