// Between the rows the database keeps and an export file's entries, both ways: the drafts and findings the draft
// store keeps, the graph's entities, the targets of audit entries. The export reads them out with these, and the
// restore writes drafts back with them, so export, restore, export gives the same files.
import { kindOfLabel } from '../../shared/vocabulary.ts';
import type { StoredDraft, StoredFinding } from '../review/stored-draft.ts';
import type { DraftEntityEntry, DraftEntry, EntityEntry } from './assessment-file.ts';

/** A stored datetime as an ISO instant; null when there is none. */
export const isoInstant = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(value as string).toISOString());
const parse = <T>(json: unknown): T | null => (typeof json === 'string' ? (JSON.parse(json) as T) : null);

/** A draft and its findings as the draft store keeps them, as the export file lists them. */
export function toDraftEntry(stored: StoredDraft, findings: StoredFinding[]): DraftEntry {
  const starts = stored.sentenceStarts.map(Number);
  const ends = stored.sentenceEnds.map(Number);
  return {
    id: stored.id,
    assessment: stored.assessment,
    title: stored.title,
    force: parse<DraftEntityEntry>(stored.force),
    inspector: parse<DraftEntityEntry>(stored.inspector),
    year: stored.year === null || stored.year === undefined ? null : Number(stored.year),
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
    createdAt: isoInstant(stored.createdAt)!,
    publishedAt: isoInstant(stored.publishedAt),
    findings: findings.map((f) => ({
      id: f.id,
      number: Number(f.number),
      sentence: Number(f.sentence),
      start: Number(f.start),
      end: Number(f.end),
      quote: f.quote,
      type: f.type,
      judgement: f.judgement ?? null,
      basis: f.basis,
      status: f.status,
      inferredFrom: (f.inferredFrom ?? []).map(Number),
      participants: parse<DraftEntry['findings'][number]['participants']>(f.participants) ?? [],
      review: { status: f.review as DraftEntry['findings'][number]['review']['status'], by: f.reviewedBy ?? null, at: isoInstant(f.reviewedAt) },
      cue: f.cue ?? null,
      confidence: f.confidence ?? null,
      version: Number(f.version),
    })),
  };
}

/** The assessment an audit entry is about, by its target; null for tokens, entities and drafts no longer kept. */
export function assessmentOfTarget(target: string, draftAssessments: Map<string, string>): string | null {
  const colon = target.indexOf(':');
  const kind = target.slice(0, colon);
  const rest = target.slice(colon + 1);
  const beforeSlash = rest.split('/')[0]!;
  if (kind === 'assessment') return rest;
  if (kind === 'finding') return beforeSlash;
  if (kind === 'draft' || kind === 'draft-finding') return draftAssessments.get(beforeSlash) ?? null;
  return null;
}

/** An entity as entitiesForExportQuery returns it (its properties and labels), as an assessment file lists it. */
export function toEntityEntry(e: Record<string, unknown>): EntityEntry {
  const labels = e.labels as string[];
  const kind = labels.map((label) => kindOfLabel.get(label)).find((k) => k !== undefined);
  if (kind === undefined) throw new Error(`entity ${String(e.id)} has no known kind label (labels: ${labels.join(', ')})`);
  return {
    id: e.id as string,
    kind,
    name: e.name as string,
    pillar: (e.pillar ?? null) as EntityEntry['pillar'],
    aliases: (e.aliases as string[] | null) ?? [],
    summary: (e.summary ?? null) as string | null,
  };
}

/** The drafts and their findings as restoreDraftsQuery writes them: with the properties the draft store keeps. */
export function draftRows(drafts: DraftEntry[]) {
  return drafts.map((draft) => ({
    createdAt: draft.createdAt,
    publishedAt: draft.publishedAt,
    // The properties the draft store keeps (server/review/stored-draft.ts), spelt as it spells them.
    draft: {
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
    },
    findings: draft.findings.map((f) => ({
      reviewedAt: f.review.at,
      properties: {
        id: f.id,
        draft: draft.id,
        number: f.number,
        sentence: f.sentence,
        start: f.start,
        end: f.end,
        quote: f.quote,
        type: f.type,
        judgement: f.judgement,
        basis: f.basis,
        status: f.status,
        inferredFrom: f.inferredFrom,
        participants: JSON.stringify(f.participants),
        review: f.review.status,
        reviewedBy: f.review.by,
        cue: f.cue,
        confidence: f.confidence,
        version: f.version,
      },
    })),
  }));
}
