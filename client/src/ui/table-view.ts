// The visible graph as tables, kept in step with the canvas: the screen reader's way through the same data.
import type { ExplorerPort } from './explorer-port.ts';
import { judgementLabels, kindLabels, typeLabels } from '../vocabulary.ts';
import { h, replaceChildren } from './dom.ts';

export function mountTable(root: HTMLElement, explorer: ExplorerPort): void {
  const render = () => {
    const nodes = explorer.shownNodes().sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
    const edges = explorer.shownEdges().sort((a, b) => a.sentence - b.sentence || a.id.localeCompare(b.id));
    const selected = explorer.state.selected;
    const selectButton = (id: string, label: string) =>
      h('button', { type: 'button', class: 'link', 'aria-pressed': String(id === selected), onclick: () => explorer.select(id) }, label);
    replaceChildren(
      root,
      h(
        'table',
        { class: 'data-table', id: 'entities-table' },
        h('caption', {}, `Entities shown: ${nodes.length}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Kind'), h('th', { scope: 'col' }, 'Relationships'))),
        h(
          'tbody',
          {},
          nodes.map((node) =>
            h(
              'tr',
              { 'data-id': node.id, class: node.id === selected ? 'selected' : null },
              h('th', { scope: 'row' }, selectButton(node.id, node.label)),
              h('td', {}, kindLabels[node.kind].one),
              h('td', { class: 'number' }, explorer.shownDegree(node.id)),
            ),
          ),
        ),
      ),
      h(
        'table',
        { class: 'data-table', id: 'relationships-table' },
        h('caption', {}, `Relationships shown: ${edges.length}`),
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col' }, 'From'), h('th', { scope: 'col' }, 'Relationship'), h('th', { scope: 'col' }, 'To'), h('th', { scope: 'col' }, 'Judgement'), h('th', { scope: 'col' }, 'Sentence'), h('th', { scope: 'col' }, 'Quote')),
        ),
        h(
          'tbody',
          {},
          edges.map((edge) =>
            h(
              'tr',
              { 'data-id': edge.id, class: edge.id === selected ? 'selected' : null },
              h('td', {}, explorer.nameOf(edge.source)),
              h('th', { scope: 'row' }, selectButton(edge.id, typeLabels[edge.type])),
              h('td', {}, explorer.nameOf(edge.target)),
              h('td', {}, edge.judgement ? judgementLabels[edge.judgement] : ''),
              h('td', { class: 'number' }, edge.sentence),
              h('td', { class: 'quote-cell' }, `“${edge.quote}”`),
            ),
          ),
        ),
      ),
    );
  };
  explorer.onChange((changes) => {
    if (changes.has('elements') || changes.has('filters') || changes.has('selection') || changes.has('data')) render();
  });
}
