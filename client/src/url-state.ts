// The view as a query string and back, so a reload or a shared link restores it; pure, no DOM.
import { type CompareBy, compareByValues } from './compare-matrix.ts';
import { isLayoutName, type LayoutName } from './layouts.ts';
import { bases, entityKinds, type Filters, judgements, noFilters, relationshipTypes, reviewStatuses } from './model.ts';

export const panelNames = ['details', 'report', 'path', 'partners', 'table', 'assessments'] as const;
export type PanelName = (typeof panelNames)[number];

export interface Expansion {
  id: string;
  /** How many neighbours were asked for: "show more" raises it. */
  limit: number;
}

export interface ViewState {
  /** A node or edge id. */
  selected: string | null;
  filters: Filters;
  expanded: Expansion[];
  /** Entities taken off the canvas by hide or collapse. */
  hidden: string[];
  layout: LayoutName;
  panel: PanelName;
  path: { from: string; to: string } | null;
  /** A partner's id, or "all" for every partner. */
  partner: string | null;
  /** A sentence of the report whose facts are highlighted. */
  sentence: number | null;
  /** The assessment whose report and graph the explorer opens; null opens the first in id order. */
  source: string | null;
  /** The assessments the graph shows; none opens the first by id (the seed's), as it always has. */
  assessments: string[];
  /** Forces by themes (all their themes when `themes` is null) or by PEEL pillars, shown instead of the graph. */
  compare: { forces: string[]; themes: string[] | null; by: CompareBy } | null;
  /** What changed for a force between two of its assessments, shown instead of the graph. */
  diff: { from: string; to: string } | null;
  /** One theme of a force across its assessments, shown instead of the graph. */
  timeline: { force: string; theme: string } | null;
}

export const defaultViewState: ViewState = {
  selected: null,
  filters: noFilters,
  expanded: [],
  hidden: [],
  layout: 'fcose',
  panel: 'report',
  path: null,
  partner: null,
  sentence: null,
  source: null,
  assessments: [],
  compare: null,
  diff: null,
  timeline: null,
};

function list<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] | null {
  const raw = params.get(name);
  if (raw === null) return null;
  return raw
    .split(',')
    .map((value) => value.trim().toUpperCase())
    .filter((value): value is T => (allowed as readonly string[]).includes(value));
}

/** A comma-separated list of ids, blanks and repeats dropped; null when the parameter is absent or empty. */
function ids(params: URLSearchParams, name: string): string[] | null {
  const raw = params.get(name);
  if (raw === null) return null;
  const values = [...new Set(raw.split(',').map((value) => value.trim()).filter((value) => value !== ''))];
  return values.length > 0 ? values : null;
}

function text(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim();
  return value ? value : null;
}

/** Reads what it understands and ignores the rest, so an old or hand-edited link still opens. */
export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const expanded: Expansion[] = [];
  for (const raw of params.getAll('expand')) {
    const at = raw.lastIndexOf('@');
    const id = at > 0 ? raw.slice(0, at) : raw;
    const limit = at > 0 ? Number(raw.slice(at + 1)) : 20;
    if (id !== '' && Number.isInteger(limit) && limit >= 1 && limit <= 1000) expanded.push({ id, limit });
  }
  const from = text(params, 'from');
  const to = text(params, 'to');
  const sentence = Number(params.get('sentence'));
  const layout = params.get('layout');
  const panel = params.get('panel');
  const compared = ids(params, 'compare');
  const diffFrom = text(params, 'diff-from');
  const diffTo = text(params, 'diff-to');
  const by = params.get('compare-by');
  const timelineForce = text(params, 'timeline-force');
  const timelineTheme = text(params, 'timeline-theme');
  return {
    selected: text(params, 'select'),
    filters: {
      kinds: list(params, 'kinds', entityKinds),
      types: list(params, 'types', relationshipTypes),
      judgements: list(params, 'judgements', judgements),
      bases: list(params, 'bases', bases),
      reviews: list(params, 'reviews', reviewStatuses),
    },
    expanded,
    hidden: params.getAll('hide').filter((id) => id !== ''),
    layout: isLayoutName(layout) ? layout : defaultViewState.layout,
    panel: panel !== null && (panelNames as readonly string[]).includes(panel) ? (panel as PanelName) : defaultViewState.panel,
    path: from && to ? { from, to } : null,
    partner: text(params, 'partner'),
    sentence: Number.isInteger(sentence) && sentence > 0 ? sentence : null,
    source: text(params, 'source'),
    assessments: ids(params, 'assessments') ?? [],
    compare: compared
      ? // A matrix by pillar has a column per pillar: themes named beside it do not apply.
        by === 'pillar'
        ? { forces: compared, themes: null, by }
        : { forces: compared, themes: ids(params, 'themes'), by: (compareByValues as readonly (string | null)[]).includes(by) ? (by as CompareBy) : 'theme' }
      : null,
    diff: diffFrom && diffTo ? { from: diffFrom, to: diffTo } : null,
    timeline: timelineForce && timelineTheme ? { force: timelineForce, theme: timelineTheme } : null,
  };
}

/** A query string (with its "?", or "" for the default view) that omits whatever is at its default. */
export function writeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set('select', state.selected);
  if (state.filters.kinds) params.set('kinds', state.filters.kinds.join(','));
  if (state.filters.types) params.set('types', state.filters.types.join(','));
  if (state.filters.judgements) params.set('judgements', state.filters.judgements.join(','));
  if (state.filters.bases) params.set('bases', state.filters.bases.join(','));
  if (state.filters.reviews) params.set('reviews', state.filters.reviews.join(','));
  for (const { id, limit } of state.expanded) params.append('expand', `${id}@${limit}`);
  for (const id of state.hidden) params.append('hide', id);
  if (state.layout !== defaultViewState.layout) params.set('layout', state.layout);
  if (state.panel !== defaultViewState.panel) params.set('panel', state.panel);
  if (state.path) {
    params.set('from', state.path.from);
    params.set('to', state.path.to);
  }
  if (state.partner) params.set('partner', state.partner);
  if (state.sentence !== null) params.set('sentence', String(state.sentence));
  if (state.source) params.set('source', state.source);
  if (state.assessments.length > 0) params.set('assessments', state.assessments.join(','));
  if (state.compare) {
    params.set('compare', state.compare.forces.join(','));
    if (state.compare.themes) params.set('themes', state.compare.themes.join(','));
    if (state.compare.by !== 'theme') params.set('compare-by', state.compare.by);
  }
  if (state.diff) {
    params.set('diff-from', state.diff.from);
    params.set('diff-to', state.diff.to);
  }
  if (state.timeline) {
    params.set('timeline-force', state.timeline.force);
    params.set('timeline-theme', state.timeline.theme);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
