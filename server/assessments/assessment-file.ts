// The canonical file of a published assessment: its text, metadata, entities and findings with their review,
// in one JSON document. Publishing writes what such a file holds, `npm run export` writes one out, `npm run
// import` and `npm run seed` read them back; docs/assessment-file.md describes the format for people.
import type { Basis, EntityKind, FindingStatus, Judgement, Pillar, RelationshipType } from '../graph/records.ts';

export const assessmentFileFormat = 'peel-graph/assessment';
export const assessmentFileVersion = 1;

/** A participant's part in a finding; the GraphQL enum ParticipantRole spells them the same. */
export type ParticipantRole = 'SUBJECT' | 'OBJECT' | 'PARTNER' | 'PURPOSE' | 'THEME';

/** Where a finding stands in review. Published findings are ACCEPTED, or DISPUTED by an editor since. */
export type ReviewStatus = 'DRAFT' | 'ACCEPTED' | 'REJECTED' | 'DISPUTED';

export interface AssessmentFile {
  format: typeof assessmentFileFormat;
  version: typeof assessmentFileVersion;
  assessment: AssessmentEntry;
  /** Every entity a finding involves or draws, with what the graph should hold if it lacks them. */
  entities: EntityEntry[];
  /** In sentence order, then by id. */
  findings: FindingEntry[];
}

/** The assessment: the Source node. Nulls are what no source states. */
export interface AssessmentEntry {
  id: string;
  title: string;
  /** Entity ids. */
  force: string | null;
  inspector: string | null;
  kind: string;
  year: number | null;
  yearBasis: Basis | null;
  /** ISO 8601 date. */
  published: string | null;
  url: string | null;
  licence: string | null;
  fictional: boolean;
  /** The document it was read from (a file name). */
  file: string | null;
  /** The report's text; each sentence stands verbatim in it. */
  text: string;
  /** Sentence n is sentences[n - 1]. */
  sentences: string[];
}

export interface EntityEntry {
  id: string;
  kind: EntityKind;
  name: string;
  pillar: Pillar | null;
  aliases: string[];
  summary: string | null;
}

export interface FindingEntry {
  /** `<assessment id>/s<sentence>.<k>`. */
  id: string;
  sentence: number;
  /** Offsets of the quote in its sentence, end exclusive: sentences[sentence - 1].slice(start, end) === quote. */
  start: number;
  end: number;
  quote: string;
  judgement: Judgement | null;
  basis: Basis;
  status: FindingStatus;
  /** For an inferred finding, the other sentences it draws on. */
  inferredFrom: number[];
  participants: { entity: string; role: ParticipantRole }[];
  /** The relationships it draws as, between entity ids. */
  edges: { from: string; type: RelationshipType; to: string }[];
  review: FindingReview;
}

export interface FindingReview {
  status: ReviewStatus;
  /** Who accepted or disputed it (a token's name, a proxy's user, `local:<user>`); null for the hand-written seed. */
  by: string | null;
  /** ISO 8601, UTC. */
  at: string | null;
  /** Why it is disputed; null otherwise. */
  reason: string | null;
}
