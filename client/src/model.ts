// The shapes of the data the API sends, as the explorer uses them; the schema's enums are generated from it.
import type { Basis, EntityKind, FindingStatus, Judgement, Pillar, RelationshipType, ReviewStatus } from '../../shared/vocabulary.ts';

export { bases, entityKinds, findingStatuses, judgements, pillars, relationshipTypes, reviewStatuses } from '../../shared/vocabulary.ts';
export type { Basis, EntityKind, FindingStatus, Judgement, Pillar, RelationshipType, ReviewStatus };

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
  /** The quote's offsets in its sentence; null where the data has none. */
  start: number | null;
  end: number | null;
  source: { id: string };
}

export interface Relationship {
  id: string;
  type: RelationshipType;
  judgement: Judgement | null;
  basis: Basis;
  status: FindingStatus;
  source: { id: string };
  target: { id: string };
  evidence: Evidence;
  /** The finding the relationship draws: several relationships may draw one finding. */
  finding: { id: string } | null;
  /** Its finding's review: ACCEPTED, or DISPUTED since publishing. */
  review: ReviewStatus;
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
  relationships: { id: string; judgement: Judgement | null; basis: Basis; finding: { id: string } | null }[];
}

export interface SourceDocument {
  id: string;
  title: string;
  sentences: Sentence[];
}

/** What the explorer shows of an assessment wherever it names one; `fictional` ones are labelled so. */
export interface AssessmentSummary {
  id: string;
  title: string;
  year: number | null;
  kind: string;
  fictional: boolean;
  force: { id: string; name: string } | null;
  inspector: { id: string; name: string } | null;
}

export interface GraphStats {
  nodes: number;
  relationships: number;
  findings: number;
  inferredFindings: number;
  byKind: { kind: EntityKind; count: number }[];
  byType: { type: RelationshipType; count: number }[];
  byJudgement: { judgement: Judgement; count: number }[];
}

/**
 * Which kinds, types, judgements, bases and review statuses the view keeps; null keeps all of them (the API's own
 * convention). `bases` and `reviews` are the explorer's own: the API's graph has no such filters, so they are applied
 * to what is drawn (each relationship carries its finding's review).
 */
export interface Filters {
  kinds: EntityKind[] | null;
  types: RelationshipType[] | null;
  judgements: Judgement[] | null;
  bases: Basis[] | null;
  reviews: ReviewStatus[] | null;
}

export const noFilters: Filters = { kinds: null, types: null, judgements: null, bases: null, reviews: null };
