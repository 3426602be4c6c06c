// The shapes of the data the API sends, as the explorer uses them; the schema's enums are generated from it.
import type { EntityKind, Judgement, Pillar, RelationshipType } from '../../shared/vocabulary.ts';

export { entityKinds, judgements, pillars, relationshipTypes } from '../../shared/vocabulary.ts';
export type { EntityKind, Judgement, Pillar, RelationshipType };

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  summary: string | null;
  degree: number;
  /** Themes only. */
  pillar?: Pillar | null;
}

export interface Evidence {
  quote: string;
  sentence: number;
  source: { id: string };
}

export interface Relationship {
  id: string;
  type: RelationshipType;
  judgement: Judgement | null;
  source: { id: string };
  target: { id: string };
  evidence: Evidence;
}

export interface Subgraph {
  nodes: Entity[];
  edges: Relationship[];
  truncated: boolean;
}

export interface Path {
  length: number;
  nodes: Entity[];
  edges: Relationship[];
}

export interface PartnerInvolvement {
  partner: Entity;
  reached: Entity[];
  paths: Path[];
}

export interface SearchHit {
  score: number;
  /** The matching text, with the matched words in [brackets]. */
  snippet: string | null;
  entity: Entity | null;
  relationship: (Relationship & { source: Entity; target: Entity }) | null;
}

export interface Sentence {
  index: number;
  text: string;
  relationships: { id: string; judgement: Judgement | null }[];
}

export interface SourceDocument {
  id: string;
  title: string;
  sentences: Sentence[];
}

export interface GraphStats {
  nodes: number;
  relationships: number;
  byKind: { kind: EntityKind; count: number }[];
  byType: { type: RelationshipType; count: number }[];
  byJudgement: { judgement: Judgement; count: number }[];
}

/** Which kinds, types and judgements the view keeps; null keeps all of them (the API's own convention). */
export interface Filters {
  kinds: EntityKind[] | null;
  types: RelationshipType[] | null;
  judgements: Judgement[] | null;
}

export const noFilters: Filters = { kinds: null, types: null, judgements: null };
