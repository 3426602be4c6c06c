// A draft as Neo4j stores it (flat properties; participants and named entities as JSON text), encoded from an export
// file's entries or drafting's output, and decoded back as records and entries: the one mapping the store, the export
// and the restore share.
import type { DraftEntry, DraftFindingEntry, FindingReview, ParticipantRole, ReviewStatus } from '../assessments/assessment-file.ts';
import { isoInstant } from '../graph/mappers.ts';
import type { Draft } from '../ingest/draft.ts';
import type { DraftEntityRecord, DraftFindingRecord, DraftRecord, ReviewProgressRecord } from './draft-records.ts';

/** Everything a new draft is made of: drafting's output, the text its offsets point into, and who started it. */
export interface NewDraft {
  id: string;
  draft: Draft;
  text: string;
  assessment: string;
  title: string;
  force: DraftEntityRecord | null;
  inspector: DraftEntityRecord | null;
  createdBy: string;
}

/** The record's plain fields as they are; the named entities as JSON text and the sentences as offsets in the text. */
export type StoredDraft = Pick<
  DraftRecord,
  'id' | 'assessment' | 'title' | 'year' | 'published' | 'kind' | 'url' | 'fictional' | 'fromText' | 'file' | 'format' | 'text' | 'createdBy'
> & {
  force: string | null;
  inspector: string | null;
  sentenceStarts: number[];
  sentenceEnds: number[];
  createdAt?: string;
  publishedAt?: string | null;
};

export type StoredFinding = Pick<
  DraftFindingRecord,
  'id' | 'draft' | 'sentence' | 'start' | 'end' | 'quote' | 'type' | 'judgement' | 'basis' | 'status' | 'inferredFrom' | 'cue' | 'confidence' | 'version'
> & {
  /** The order drafting gave it, which its id ends with. */
  number: number;
  participants: string;
  review: ReviewStatus;
  reviewedBy: string | null;
  reviewedAt?: string | null;
};

/** A draft's own fields, as an export file lists them: the one spelling the store's encoding and decoding share. */
export type DraftFields = Omit<DraftEntry, 'findings' | 'createdAt' | 'publishedAt'>;

/** A draft's fields as the store keeps them: the named entities as JSON text, the sentences as two lists of offsets. */
export function encodeDraft(draft: DraftFields): StoredDraft {
  return {
    id: draft.id,
    assessment: draft.assessment,
    title: draft.title,
    force: draft.force === null ? null : JSON.stringify(draft.force),
    inspector: draft.inspector === null ? null : JSON.stringify(draft.inspector),
    year: draft.year,
    published: draft.published,
    kind: draft.kind,
    url: draft.url,
    fictional: draft.fictional,
    fromText: draft.fromText,
    file: draft.file,
    format: draft.format,
    text: draft.text,
    sentenceStarts: draft.sentences.map((s) => s.start),
    sentenceEnds: draft.sentences.map((s) => s.end),
    createdBy: draft.createdBy,
  };
}

/** A finding as the store keeps it (its review time aside, which the query writes as a datetime). */
export function encodeFinding(finding: DraftFindingEntry, draft: string): StoredFinding {
  return {
    id: finding.id,
    draft,
    number: finding.number,
    sentence: finding.sentence,
    start: finding.start,
    end: finding.end,
    quote: finding.quote,
    type: finding.type,
    judgement: finding.judgement,
    basis: finding.basis,
    status: finding.status,
    inferredFrom: finding.inferredFrom,
    participants: JSON.stringify(finding.participants),
    review: finding.review.status,
    reviewedBy: finding.review.by,
    cue: finding.cue,
    confidence: finding.confidence,
    version: finding.version,
  };
}

/** A new draft as the store keeps it: drafting's findings numbered from 1, each a draft not yet reviewed. */
export function toStored(input: NewDraft): { draft: StoredDraft; findings: StoredFinding[] } {
  const { metadata, sentences, findings } = input.draft;
  const { id, assessment, title, force, inspector, text, createdBy } = input;
  const entity = ({ id, name, kind, existing }: DraftEntityRecord): DraftEntityRecord => ({ id, name, kind, existing });
  return {
    // The metadata's own force, inspector and title are what drafting read; the input's are what the user settled.
    draft: encodeDraft({ ...metadata, id, assessment, title, force, inspector, text, sentences, createdBy }),
    findings: findings.map((finding, i) =>
      encodeFinding(
        {
          ...finding,
          id: `${id}/f${i + 1}`,
          number: i + 1,
          participants: finding.participants.map((participant) => ({ role: participant.role, entity: entity(participant) })),
          review: { status: 'DRAFT', by: null, at: null },
          version: 1,
        },
        id,
      ),
    ),
  };
}

const parse = <T>(json: string | null | undefined): T | null => (json === null || json === undefined ? null : (JSON.parse(json) as T));
const integer = (value: unknown): number => Number(value);

/** A stored draft's own fields, decoded: Neo4j's integers as numbers, the JSON text as objects, datetimes as ISO. */
export function decodeDraft(stored: StoredDraft): DraftFields & { createdAt: string; publishedAt: string | null } {
  const starts = stored.sentenceStarts.map(integer);
  const ends = stored.sentenceEnds.map(integer);
  return {
    id: stored.id,
    assessment: stored.assessment,
    title: stored.title,
    force: parse<DraftEntityRecord>(stored.force),
    inspector: parse<DraftEntityRecord>(stored.inspector),
    year: stored.year === null || stored.year === undefined ? null : integer(stored.year),
    published: stored.published ?? null,
    kind: stored.kind ?? null,
    url: stored.url ?? null,
    fictional: stored.fictional === true,
    fromText: stored.fromText ?? [],
    file: stored.file ?? null,
    format: stored.format,
    text: stored.text,
    sentences: starts.map((start, i) => ({ start, end: ends[i]! })),
    createdBy: stored.createdBy,
    createdAt: isoInstant(stored.createdAt) ?? '',
    publishedAt: isoInstant(stored.publishedAt),
  };
}

export function fromStoredFinding(stored: StoredFinding): DraftFindingRecord {
  const review: FindingReview = { status: stored.review, by: stored.reviewedBy ?? null, at: isoInstant(stored.reviewedAt), reason: null };
  return {
    id: stored.id,
    draft: stored.draft,
    sentence: integer(stored.sentence),
    start: integer(stored.start),
    end: integer(stored.end),
    quote: stored.quote,
    type: stored.type,
    judgement: stored.judgement ?? null,
    basis: stored.basis,
    status: stored.status,
    inferredFrom: (stored.inferredFrom ?? []).map(integer),
    participants: parse<{ role: ParticipantRole; entity: DraftEntityRecord }[]>(stored.participants) ?? [],
    review,
    cue: stored.cue ?? null,
    confidence: stored.confidence ?? null,
    version: integer(stored.version),
  };
}

export function fromStoredDraft(stored: StoredDraft, progress: Record<string, unknown>, findings: StoredFinding[] | null): DraftRecord {
  const draft = decodeDraft(stored);
  return {
    ...draft,
    sentences: draft.sentences.map(({ start, end }, i) => ({ number: i + 1, start, end, text: draft.text.slice(start, end) })),
    progress: {
      total: integer(progress.total),
      reviewed: integer(progress.reviewed),
      accepted: integer(progress.accepted),
      rejected: integer(progress.rejected),
    } satisfies ReviewProgressRecord,
    ...(findings ? { findings: findings.map(fromStoredFinding) } : {}),
  };
}
