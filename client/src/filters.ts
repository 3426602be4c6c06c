// Which elements a set of filters keeps, with the same meaning as the API's `graph(kinds, types, judgements)`.
import type { Basis, EntityKind, Filters, Judgement, RelationshipType, ReviewStatus } from './model.ts';

export interface FilterableNode {
  id: string;
  kind: EntityKind;
}

export interface FilterableEdge {
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
  judgement: Judgement | null;
  basis: Basis;
  review: ReviewStatus;
}

/**
 * Kinds keep entities of those kinds and the edges between them; types and judgements keep matching edges
 * and, as the API does, only the entities those edges join.
 */
export function visibleUnder(filters: Filters, nodes: readonly FilterableNode[], edges: readonly FilterableEdge[]): { nodes: Set<string>; edges: Set<string> } {
  const kindOf = new Map(nodes.map((node) => [node.id, node.kind]));
  const kindKept = (id: string) => {
    const kind = kindOf.get(id);
    return kind !== undefined && (filters.kinds === null || filters.kinds.includes(kind));
  };
  const keptEdges = new Set<string>();
  const touched = new Set<string>();
  for (const edge of edges) {
    if (filters.types !== null && !filters.types.includes(edge.type)) continue;
    if (filters.judgements !== null && (edge.judgement === null || !filters.judgements.includes(edge.judgement))) continue;
    if (filters.bases !== null && !filters.bases.includes(edge.basis)) continue;
    if (filters.reviews !== null && !filters.reviews.includes(edge.review)) continue;
    if (!kindKept(edge.source) || !kindKept(edge.target)) continue;
    keptEdges.add(edge.id);
    touched.add(edge.source);
    touched.add(edge.target);
  }
  const edgeFiltered = filters.types !== null || filters.judgements !== null || filters.bases !== null || filters.reviews !== null;
  const keptNodes = new Set(nodes.filter((node) => kindKept(node.id) && (!edgeFiltered || touched.has(node.id))).map((node) => node.id));
  return { nodes: keptNodes, edges: keptEdges };
}

/** Turns one value on or off in a filter list, where null means "all"; a list back to all becomes null again. */
export function toggleValue<T>(list: readonly T[] | null, value: T, all: readonly T[]): T[] | null {
  const current = list ?? all;
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  if (all.every((v) => next.includes(v))) return null;
  return all.filter((v) => next.includes(v));
}

export function isFiltering(filters: Filters): boolean {
  return filters.kinds !== null || filters.types !== null || filters.judgements !== null || filters.bases !== null || filters.reviews !== null;
}
