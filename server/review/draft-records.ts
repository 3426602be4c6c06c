// Plain values the draft store hands out: a draft under review and its findings, as the GraphQL types show them.
import type { FindingReview, ParticipantRole } from '../assessments/assessment-file.ts';
import type { Basis, EntityKind, FindingStatus, Judgement, RelationshipType } from '../graph/records.ts';

export interface DraftEntityRecord {
  id: string;
  name: string;
  kind: EntityKind;
  /** True when the graph held it when the draft was made or changed; false when the draft proposes it. */
  existing: boolean;
}

export interface DraftSentenceRecord {
  number: number;
  text: string;
  start: number;
  end: number;
}

export interface ReviewProgressRecord {
  total: number;
  reviewed: number;
  accepted: number;
  rejected: number;
}

export interface DraftRecord {
  id: string;
  /** The assessment id it publishes as. */
  assessment: string;
  title: string;
  force: DraftEntityRecord | null;
  inspector: DraftEntityRecord | null;
  year: number | null;
  published: string | null;
  kind: string | null;
  url: string | null;
  fictional: boolean;
  fromText: string[];
  file: string | null;
  format: string;
  text: string;
  sentences: DraftSentenceRecord[];
  progress: ReviewProgressRecord;
  createdBy: string;
  createdAt: string;
  publishedAt: string | null;
  /** In sentence order; present when the query read them. */
  findings?: DraftFindingRecord[];
}

export interface DraftFindingRecord {
  id: string;
  draft: string;
  sentence: number;
  start: number;
  end: number;
  quote: string;
  type: RelationshipType;
  judgement: Judgement | null;
  basis: Basis;
  status: FindingStatus;
  inferredFrom: number[];
  participants: { role: ParticipantRole; entity: DraftEntityRecord }[];
  review: FindingReview;
  cue: string | null;
  confidence: number | null;
  version: number;
}
