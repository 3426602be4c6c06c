// A reviewed draft as the canonical assessment file it publishes as: what publishing applies and export writes out.
import { type AssessmentFile, assessmentFileFormat, assessmentFileVersion, type EntityEntry, type FindingEntry } from '../assessments/assessment-file.ts';
import { badUserInput } from '../errors.ts';
import type { DraftEntityRecord, DraftFindingRecord, DraftRecord } from './draft-records.ts';
import { drawnRelationships } from './drawn-relationships.ts';

/** An entity as the graph holds it. */
export type GraphEntity = EntityEntry;

/**
 * Entities the graph holds are written as it holds them; new ones with only what the draft knows: a name and a
 * kind, no summary (a summary says no more than the sources, and no reviewer has written one).
 */
function entityEntry(entity: DraftEntityRecord, graph: ReadonlyMap<string, GraphEntity>): EntityEntry {
  return graph.get(entity.id) ?? { id: entity.id, kind: entity.kind, name: entity.name, pillar: null, aliases: [], summary: null };
}

export function toAssessmentFile(draft: DraftRecord, accepted: readonly DraftFindingRecord[], graph: ReadonlyMap<string, GraphEntity>): AssessmentFile {
  if (!draft.force) throw badUserInput('id', 'names a draft with no force: the document names none, so start the draft again giving force');
  if (!draft.kind) throw badUserInput('id', 'names a draft whose kind of assessment is not known: start the draft again giving kind');
  if (accepted.length === 0) throw badUserInput('id', 'names a draft with no accepted finding: there is nothing to publish');
  const assessment = draft.assessment;
  const entities = new Map<string, EntityEntry>();
  const keep = (entity: DraftEntityRecord | null) => {
    if (entity && !entities.has(entity.id)) entities.set(entity.id, entityEntry(entity, graph));
  };
  keep(draft.force);
  keep(draft.inspector);
  const perSentence = new Map<number, number>();
  const ordered = [...accepted].sort((a, b) => a.sentence - b.sentence || a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  const findings = ordered.map((finding): FindingEntry => {
    const k = (perSentence.get(finding.sentence) ?? 0) + 1;
    perSentence.set(finding.sentence, k);
    for (const p of finding.participants) keep(p.entity);
    return {
      id: `${assessment}/s${finding.sentence}.${k}`,
      sentence: finding.sentence,
      start: finding.start,
      end: finding.end,
      quote: finding.quote,
      judgement: finding.judgement,
      basis: finding.basis,
      status: finding.status,
      inferredFrom: finding.inferredFrom,
      participants: finding.participants.map((p) => ({ entity: p.entity.id, role: p.role })),
      edges: drawnRelationships(finding.type, finding.judgement, finding.participants),
      review: { status: 'ACCEPTED', by: finding.review.by, at: finding.review.at, reason: null },
    };
  });
  return {
    format: assessmentFileFormat,
    version: assessmentFileVersion,
    assessment: {
      id: assessment,
      title: draft.title,
      force: draft.force.id,
      inspector: draft.inspector?.id ?? null,
      kind: draft.kind,
      year: draft.year,
      // A year the user gave or the text printed is stated; drafting infers none.
      yearBasis: draft.year === null ? null : 'STATED',
      published: draft.published,
      url: draft.url,
      licence: null,
      fictional: draft.fictional,
      file: draft.file,
      text: draft.text,
      sentences: draft.sentences.map((s) => s.text),
    },
    entities: [...entities.values()].sort((a, b) => a.id.localeCompare(b.id)),
    findings,
  };
}
