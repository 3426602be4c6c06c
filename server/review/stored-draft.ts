// A draft as Neo4j stores it (flat properties; participants and named entities as JSON text) and back as records.
import type { FindingReview, ParticipantRole, ReviewStatus } from '../assessments/assessment-file.ts';
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

export function toStored(input: NewDraft): { draft: StoredDraft; findings: StoredFinding[] } {
  const { metadata, sentences, findings } = input.draft;
  return {
    draft: {
      id: input.id,
      assessment: input.assessment,
      title: input.title,
      force: input.force ? JSON.stringify(input.force) : null,
      inspector: input.inspector ? JSON.stringify(input.inspector) : null,
      year: metadata.year,
      published: metadata.published,
      kind: metadata.kind,
      url: metadata.url,
      fictional: metadata.fictional,
      fromText: metadata.fromText,
      file: metadata.file,
      format: metadata.format,
      text: input.text,
      sentenceStarts: sentences.map((s) => s.start),
      sentenceEnds: sentences.map((s) => s.end),
      createdBy: input.createdBy,
    },
    findings: findings.map((finding, i) => ({
      id: `${input.id}/f${i + 1}`,
      draft: input.id,
      number: i + 1,
      sentence: finding.sentence,
      start: finding.start,
      end: finding.end,
      quote: finding.quote,
      type: finding.type,
      judgement: finding.judgement,
      basis: finding.basis,
      status: finding.status,
      inferredFrom: finding.inferredFrom,
      participants: JSON.stringify(
        finding.participants.map(({ role, id, name, kind, existing }) => ({ role, entity: { id, name, kind, existing } })),
      ),
      review: 'DRAFT',
      reviewedBy: null,
      cue: finding.cue,
      confidence: finding.confidence,
      version: 1,
    })),
  };
}

const parse = <T>(json: string | null | undefined): T | null => (json === null || json === undefined ? null : (JSON.parse(json) as T));
const integer = (value: unknown): number => Number(value);
/** Neo4j prints datetimes with as many fractional digits as they need; the API gives ISO 8601 with milliseconds. */
const iso = (value: string | null | undefined): string | null => (value === null || value === undefined ? null : new Date(value).toISOString());

export function fromStoredFinding(stored: StoredFinding): DraftFindingRecord {
  const review: FindingReview = { status: stored.review, by: stored.reviewedBy ?? null, at: iso(stored.reviewedAt), reason: null };
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
    fictional: stored.fictional,
    fromText: stored.fromText ?? [],
    file: stored.file ?? null,
    format: stored.format,
    text: stored.text,
    sentences: starts.map((start, i) => ({ number: i + 1, start, end: ends[i]!, text: stored.text.slice(start, ends[i]) })),
    progress: {
      total: integer(progress.total),
      reviewed: integer(progress.reviewed),
      accepted: integer(progress.accepted),
      rejected: integer(progress.rejected),
    } satisfies ReviewProgressRecord,
    createdBy: stored.createdBy,
    createdAt: iso(stored.createdAt) ?? '',
    publishedAt: iso(stored.publishedAt),
    ...(findings ? { findings: findings.map(fromStoredFinding) } : {}),
  };
}
