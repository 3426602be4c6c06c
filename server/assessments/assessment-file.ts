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

/**
 * Version 2, the file of a whole-database export (`npm run export -- --all`): version 1's fields, and with them the
 * assessment's drafts and its audit entries, so a database can be restored whole. `assessment` is null (and
 * `findings` empty) for an assessment that exists only as drafts.
 */
export const assessmentArchiveVersion = 2;

export interface AssessmentArchiveFile {
  format: typeof assessmentFileFormat;
  version: typeof assessmentArchiveVersion;
  assessment: AssessmentEntry | null;
  /** Every entity the findings, the force, the inspector and the drafts' participants name that the graph holds. */
  entities: EntityEntry[];
  findings: FindingEntry[];
  /** The drafts that publish as this assessment, by id. */
  drafts: DraftEntry[];
  /** The audit entries about the assessment, its findings, its drafts and their findings, oldest first. */
  audit: AuditEntryEntry[];
}

/** An entity as a draft names it: one the graph held when the draft was made or changed, or one it proposes. */
export interface DraftEntityEntry {
  id: string;
  name: string;
  kind: EntityKind;
  existing: boolean;
}

export interface DraftEntry {
  /** `draft-<hex>`. */
  id: string;
  /** The assessment id it publishes as: the file's. */
  assessment: string;
  title: string;
  force: DraftEntityEntry | null;
  inspector: DraftEntityEntry | null;
  year: number | null;
  published: string | null;
  kind: string | null;
  url: string | null;
  fictional: boolean;
  /** Which of the metadata drafting read from the text rather than was given. */
  fromText: string[];
  file: string | null;
  /** The document's format: text, HTML, PDF, DOCX. */
  format: string;
  text: string;
  /** Each sentence's offsets in `text`, end exclusive. */
  sentences: { start: number; end: number }[];
  createdBy: string;
  /** ISO 8601, UTC, to the millisecond. */
  createdAt: string;
  publishedAt: string | null;
  /** In the order drafting and reviewers numbered them. */
  findings: DraftFindingEntry[];
}

export interface DraftFindingEntry {
  /** `<draft id>/f<number>`. */
  id: string;
  number: number;
  sentence: number;
  /** Offsets of the quote in its sentence, end exclusive. */
  start: number;
  end: number;
  quote: string;
  type: RelationshipType;
  judgement: Judgement | null;
  basis: Basis;
  status: FindingStatus;
  inferredFrom: number[];
  participants: { role: ParticipantRole; entity: DraftEntityEntry }[];
  review: { status: Exclude<ReviewStatus, 'DISPUTED'>; by: string | null; at: string | null };
  /** The words and rule drafting read it from; null for a finding a reviewer added. */
  cue: string | null;
  confidence: number | null;
  /** Counts its changes; a change must name the version it was made on. */
  version: number;
}

/** One audit entry as the audit log keeps it: the values before and after as JSON text. */
export interface AuditEntryEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  before: string | null;
  after: string | null;
}
