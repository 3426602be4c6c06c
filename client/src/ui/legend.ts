// The legend: every kind, judgement, basis, review status and relationship type on the canvas with its count; a click
// filters it. Judgements, bases and review statuses count findings (claims), not lines: one finding may draw as several relationships.
import type { ExplorerPort } from './explorer-port.ts';
import { isFiltering, toggleValue } from '../filters.ts';
import type { EdgeData } from '../elements.ts';
import { bases, entityKinds, type Filters, judgements, noFilters, relationshipTypes, reviewStatuses } from '../model.ts';
import {
  basisDescriptions,
  basisLabels,
  judgementDescriptions,
  judgementLabels,
  kindDescriptions,
  kindLabels,
  reviewDescriptions,
  reviewLabels,
  typeDescriptions,
  typeLabels,
} from '../vocabulary.ts';
import { h, replaceChildren } from './dom.ts';
import { kindSwatch, lineSwatch } from './swatches.ts';

interface Entry {
  label: string;
  count: number;
  on: boolean;
  swatch: SVGSVGElement;
  title?: string;
  toggle(): Filters;
}

export function mountLegend(root: HTMLElement, explorer: ExplorerPort): void {
  const render = () => {
    if (!explorer.drawing) return;
    const nodes = explorer.drawnNodes();
    const edges = explorer.drawnEdges();
    const { filters } = explorer.state;
    const findings = (keep: (edge: EdgeData) => boolean) => new Set(edges.filter(keep).map((edge) => edge.finding)).size;

    const kinds: Entry[] = entityKinds
      .map((kind) => ({
        label: kindLabels[kind].many,
        title: kindDescriptions[kind],
        count: nodes.filter((node) => node.kind === kind).length,
        on: filters.kinds === null || filters.kinds.includes(kind),
        swatch: kindSwatch(kind),
        toggle: () => ({ ...filters, kinds: toggleValue(filters.kinds, kind, entityKinds) }),
      }))
      .filter((entry) => entry.count > 0 || !entry.on);
    const types: Entry[] = relationshipTypes
      .map((type) => ({
        label: typeLabels[type],
        title: typeDescriptions[type],
        count: edges.filter((edge) => edge.type === type).length,
        on: filters.types === null || filters.types.includes(type),
        swatch: lineSwatch(null),
        toggle: () => ({ ...filters, types: toggleValue(filters.types, type, relationshipTypes) }),
      }))
      .filter((entry) => entry.count > 0 || !entry.on);
    const judged: Entry[] = judgements
      .map((judgement) => ({
        label: judgementLabels[judgement],
        title: judgementDescriptions[judgement],
        // The inspector's findings only: an inferred fact is never counted as a judgement.
        count: findings((edge) => edge.judgement === judgement && edge.basis === 'STATED'),
        on: filters.judgements === null || filters.judgements.includes(judgement),
        swatch: lineSwatch(judgement),
        toggle: () => ({ ...filters, judgements: toggleValue(filters.judgements, judgement, judgements) }),
      }))
      .filter((entry) => entry.count > 0 || !entry.on);

    const basis: Entry[] = bases
      .map((value) => ({
        label: basisLabels[value],
        title: basisDescriptions[value],
        count: findings((edge) => edge.basis === value),
        on: filters.bases === null || filters.bases.includes(value),
        swatch: lineSwatch(null, value === 'INFERRED'),
        toggle: () => ({ ...filters, bases: toggleValue(filters.bases, value, bases) }),
      }))
      .filter((entry) => entry.count > 0 || !entry.on);

    const reviewed: Entry[] = reviewStatuses
      .map((value) => ({
        label: reviewLabels[value],
        title: reviewDescriptions[value],
        count: findings((edge) => edge.review === value),
        on: filters.reviews === null || filters.reviews.includes(value),
        swatch: lineSwatch(null),
        toggle: () => ({ ...filters, reviews: toggleValue(filters.reviews, value, reviewStatuses) }),
      }))
      .filter((entry) => entry.count > 0 || !entry.on);

    const group = (heading: string, entries: Entry[]) =>
      h(
        'section',
        { class: 'legend-group', 'aria-label': heading },
        h('h3', {}, heading),
        h(
          'ul',
          {},
          entries.map((entry) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'legend-entry',
                  'aria-pressed': String(entry.on),
                  title: `${entry.title ? `${entry.title} ` : ''}Click to ${entry.on ? 'hide' : 'show'} ${entry.label.toLowerCase()}.`,
                  onclick: () => explorer.setFilters(entry.toggle()),
                },
                entry.swatch,
                h('span', { class: 'legend-label' }, entry.label),
                h('span', { class: 'legend-count' }, entry.count),
              ),
            ),
          ),
        ),
      );

    replaceChildren(
      root,
      h(
        'div',
        { class: 'legend-head' },
        h('h2', {}, 'Legend'),
        isFiltering(filters) ? h('button', { type: 'button', class: 'link', onclick: () => explorer.setFilters(noFilters) }, 'Show all') : h('span', { class: 'hint' }, 'click to filter'),
      ),
      group('Entities', kinds),
      group('Judgements', judged),
      group('Findings', basis),
      group('Review', reviewed),
      group('Relationships', types),
    );
  };
  explorer.onChange((changes) => {
    if (changes.has('elements') || changes.has('filters') || changes.has('data')) render();
  });
}
