// The draft's graph beside its text: a second Cytoscape instance in the explorer's stylesheet, whose edge selection
// follows the finding under review and reports a click on an edge as that finding.
import type { Core, StylesheetJson } from 'cytoscape';
import { cytoscape } from '../extensions.ts';
import { layoutOptions, layoutSeed } from '../layouts.ts';
import { withSeededRandom } from '../seeded-random.ts';
import { stylesheet } from '../style.ts';
import { draftElements, findingOfEdge } from './draft-elements.ts';
import type { DraftFinding } from './review-api.ts';

/** The review's own marks on top of the explorer's look: rejected findings fade, proposed entities are dashed. */
const reviewStyle: StylesheetJson = [
  { selector: 'edge.review-rejected', style: { opacity: 0.25, 'line-style': 'dotted' } },
  { selector: 'node.proposed', style: { 'border-style': 'dashed', 'border-width': 2.5 } },
];

/** The largest zoom a fitted layout keeps: labels at about their size in the explorer. */
const readableZoom = 1.2;

export interface DraftGraph {
  readonly cy: Core;
  /** Redraws from these findings, keeping the positions of what was already drawn. */
  show(findings: readonly DraftFinding[]): void;
  /** Selects the edges of one finding (none for null), without reporting it back. */
  select(finding: string | null): void;
  destroy(): void;
}

export function mountDraftGraph(container: HTMLElement, onSelect: (finding: string) => void): DraftGraph {
  const cy = cytoscape({
    container,
    style: [...stylesheet(), ...reviewStyle],
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  let quiet = false;
  cy.on('select', 'edge', (event) => {
    if (!quiet) onSelect(findingOfEdge(event.target.id() as string));
  });
  cy.on('select', 'node', (event) => {
    // A node stands for several findings: selecting one picks the first finding it takes part in.
    const edge = event.target.connectedEdges().first();
    if (!quiet && edge.nonempty()) onSelect(edge.data('finding') as string);
  });
  const resize = new ResizeObserver(() => cy.resize());
  resize.observe(container);

  return {
    cy,
    show(findings) {
      const elements = draftElements(findings);
      const known = new Set(cy.nodes().map((node) => node.id()));
      const added = elements.some((element) => element.group === 'nodes' && !known.has(element.data.id as string));
      const positions = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
      quiet = true;
      const selected = cy.$(':selected').map((element) => element.id());
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements.map((element) => {
          const position = positions.get(element.data.id as string);
          return position ? { ...element, position } : element;
        }));
        for (const id of selected) cy.getElementById(id).select();
      });
      quiet = false;
      if (added || positions.size === 0) {
        const layout = cy.elements().layout(layoutOptions('fcose', { elementCount: elements.length }));
        withSeededRandom(layoutSeed, () => layout.run());
        // A draft of a few findings would otherwise be fitted at giant size.
        if (cy.zoom() > readableZoom) {
          cy.zoom(readableZoom);
          cy.center();
        }
      }
    },
    select(finding) {
      quiet = true;
      cy.batch(() => {
        cy.$(':selected').unselect();
        if (finding !== null) cy.edges().filter((edge) => edge.data('finding') === finding).select();
      });
      quiet = false;
      // Brought into view only when some of it is out of sight, so stepping through findings does not swing the graph.
      const chosen = cy.$(':selected');
      const box = chosen.union(chosen.connectedNodes()).boundingBox();
      const view = cy.extent();
      const inSight = box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
      if (chosen.nonempty() && !inSight) cy.animate({ center: { eles: chosen }, duration: 200 } as never);
    },
    destroy() {
      resize.disconnect();
      cy.destroy();
    },
  };
}
