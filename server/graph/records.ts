// Plain values the repository hands out: what Neo4j nodes, relationships and sources become at its boundary.

// The kinds, types, judgements and pillars are the schema's, generated from it (`npm run codegen`). Neo4j stores
// each as the GraphQL enum value spells it, so no value is translated on its way to the screen.
import type { Basis, EntityKind, FindingStatus, Judgement, Pillar, RelationshipType, ReviewStatus } from '../../shared/vocabulary.ts';

export { entityKinds, judgements, kindOfLabel, labelOfKind, pillars, relationshipTypes } from '../../shared/vocabulary.ts';
export { bases, findingStatuses, reviewStatuses } from '../../shared/vocabulary.ts';
export type { Basis, EntityKind, FindingStatus, Judgement, Pillar, RelationshipType, ReviewStatus };

export interface EntityRecord {
  id: string;
  name: string;
  kind: EntityKind;
  summary: string | null;
  pillar: Pillar | null;
  degree: number;
  /** Other names the reports use for the entity. */
  aliases: string[];
}

export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  /** Id of the start entity. */
  from: string;
  /** Id of the end entity. */
  to: string;
  judgement: Judgement | null;
  quote: string;
  sentence: number;
  sourceId: string;
  /** The finding the relationship draws; its citation is the finding's. */
  findingId: string | null;
  basis: Basis;
  status: FindingStatus;
  /** The quote's character offsets in its sentence (end exclusive); null where the data has none. */
  start: number | null;
  end: number | null;
  /** Its finding's review status, copied onto the relationship as the citation is, so the graph query reads it in place. */
  review: ReviewStatus;
}

export interface SourceRecord {
  id: string;
  title: string;
  text: string;
  sentences: string[];
}

/** What is known about an assessment beyond its text; nulls are what no source states. */
export interface AssessmentRecord {
  id: string;
  title: string;
  forceId: string | null;
  inspectorId: string | null;
  year: number | null;
  yearBasis: Basis | null;
  published: string | null;
  kind: string;
  url: string | null;
  licence: string | null;
  fictional: boolean;
}

export interface ParticipantRecord {
  entityId: string;
  role: string;
}

/** One claim of an assessment, with its citation, its participants and the relationships it draws as. */
export interface FindingRecord {
  id: string;
  assessmentId: string;
  sentence: number;
  judgement: Judgement | null;
  basis: Basis;
  status: FindingStatus;
  quote: string;
  start: number;
  end: number;
  inferredFrom: number[];
  participants: ParticipantRecord[];
  relationshipIds: string[];
  review: FindingReviewRecord;
}

/** Who accepted a finding for publishing, or disputed it since; by and at are null for the hand-written seed. */
export interface FindingReviewRecord {
  status: ReviewStatus;
  by: string | null;
  /** ISO 8601 in UTC, to the millisecond. */
  at: string | null;
  reason: string | null;
}

/** A source an answer names by id only (Evidence.source): its text is read only when a field beyond the id is asked for. */
export type SourceReference = Pick<SourceRecord, 'id'> & Partial<SourceRecord>;

export interface SentenceRecord {
  sourceId: string;
  /** 1-based. */
  index: number;
  text: string;
}

/** Whatever one query brought back, for the request's cache; ids are unique within each list. */
export interface GraphFragment {
  /** The entities the query is about, in its order (the rest came along as endpoints or neighbours). */
  nodeIds: string[];
  /** The relationships the query is about, in its order. */
  relationshipIds: string[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
  sources: SourceRecord[];
  /** Findings the query brought back (only the queries about findings fill this). */
  findings?: FindingRecord[];
  /** Assessments the query brought back (only the queries about findings and assessments fill this). */
  assessments?: AssessmentRecord[];
  /** Entities whose every relationship is among `relationships`. */
  complete: string[];
}

export interface PathRecord {
  nodeIds: string[];
  relationshipIds: string[];
}
