// Keyboard use of the graph: tab in, arrows move to the neighbour in that direction, Enter selects, Escape clears.
import type { Core, NodeSingular } from 'cytoscape';
import { setKeyboardFocus } from './graph.ts';
import { kindLabels } from './vocabulary.ts';

export interface KeyboardHandlers {
  select(id: string): void;
  clear(): void;
  /** Says where the focus went, for the screen-reader status line. */
  announce(message: string): void;
}

const directions: Record<string, { x: number; y: number; word: string }> = {
  ArrowRight: { x: 1, y: 0, word: 'right' },
  ArrowLeft: { x: -1, y: 0, word: 'left' },
  ArrowUp: { x: 0, y: -1, word: 'up' },
  ArrowDown: { x: 0, y: 1, word: 'down' },
};

/** The neighbour whose direction from `from` is closest to the arrow's; ties go to the nearer one. */
export function neighbourInDirection(from: NodeSingular, direction: { x: number; y: number }): NodeSingular | null {
  const origin = from.position();
  let best: { node: NodeSingular; angle: number; distance: number } | null = null;
  from
    .neighborhood('node')
    .not('.filtered')
    .forEach((node) => {
      const dx = node.position().x - origin.x;
      const dy = node.position().y - origin.y;
      const distance = Math.hypot(dx, dy) || 1;
      const angle = Math.acos(Math.max(-1, Math.min(1, (dx * direction.x + dy * direction.y) / distance)));
      if (!best || angle < best.angle - 1e-6 || (Math.abs(angle - best.angle) <= 1e-6 && distance < best.distance)) {
        best = { node, angle, distance };
      }
    });
  return (best as { node: NodeSingular } | null)?.node ?? null;
}

export function describeNode(node: NodeSingular): string {
  const shown = node.connectedEdges().not('.filtered').length;
  return `${node.data('label')}, ${kindLabels[node.data('kind') as keyof typeof kindLabels].one.toLowerCase()}, ${shown} ${shown === 1 ? 'relationship' : 'relationships'} shown`;
}

/** The node the keyboard starts from: the selection, else the best connected entity. */
function startingNode(cy: Core): NodeSingular | null {
  const selected = cy.nodes(':selected').not('.filtered').nodes();
  if (selected.nonempty()) return selected.first();
  const shown = cy.nodes().not('.filtered').nodes();
  if (shown.empty()) return null;
  return shown.sort((a, b) => b.degree(false) - a.degree(false)).first() as NodeSingular;
}

export function attachKeyboard(container: HTMLElement, getCy: () => Core, handlers: KeyboardHandlers): void {
  let focused: string | null = null;
  const current = (): NodeSingular | null => {
    const cy = getCy();
    const node = focused === null ? null : cy.getElementById(focused);
    return node && node.nonempty() && node.isNode() && !node.hasClass('filtered') ? (node as NodeSingular) : null;
  };
  const focusNode = (node: NodeSingular, prefix = '') => {
    const cy = getCy();
    focused = node.id();
    setKeyboardFocus(cy, node);
    const extent = cy.extent();
    const { x, y } = node.position();
    if (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2) cy.animate({ center: { eles: node }, duration: 200 } as never);
    handlers.announce(`${prefix}${describeNode(node)}. Arrow keys move to a neighbour, Enter selects.`);
  };

  container.addEventListener('focus', () => {
    const node = current() ?? startingNode(getCy());
    if (node) focusNode(node, 'Graph: ');
    else handlers.announce('The graph is empty.');
  });
  container.addEventListener('blur', () => setKeyboardFocus(getCy(), null));

  container.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = directions[event.key];
    if (direction) {
      event.preventDefault();
      const from = current() ?? startingNode(getCy());
      if (!from) return;
      const next = neighbourInDirection(from, direction);
      if (next) focusNode(next);
      else handlers.announce(`${from.data('label')} has no neighbour shown.`);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const node = current();
      if (!node) return;
      event.preventDefault();
      handlers.select(node.id());
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      handlers.clear();
    }
  });
}
