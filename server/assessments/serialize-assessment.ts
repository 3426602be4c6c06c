// The canonical text of an assessment file: fields in the format's order, two-space JSON and a final newline, so
// the same assessment is always the same bytes (export → import → export gives the identical file).
import type { AssessmentArchiveFile, AssessmentFile, DraftEntityEntry } from './assessment-file.ts';

/** The file with every object's fields in the order docs/assessment-file.md lists them. */
export function canonicalAssessment(file: AssessmentFile): AssessmentFile {
  const a = file.assessment;
  return {
    format: file.format,
    version: file.version,
    assessment: {
      id: a.id,
      title: a.title,
      force: a.force,
      inspector: a.inspector,
      kind: a.kind,
      year: a.year,
      yearBasis: a.yearBasis,
      published: a.published,
      url: a.url,
      licence: a.licence,
      fictional: a.fictional,
      file: a.file,
      text: a.text,
      sentences: [...a.sentences],
    },
    entities: file.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, pillar: e.pillar, aliases: [...e.aliases], summary: e.summary })),
    findings: file.findings.map((f) => ({
      id: f.id,
      sentence: f.sentence,
      start: f.start,
      end: f.end,
      quote: f.quote,
      judgement: f.judgement,
      basis: f.basis,
      status: f.status,
      inferredFrom: [...f.inferredFrom],
      participants: f.participants.map((p) => ({ entity: p.entity, role: p.role })),
      edges: f.edges.map((e) => ({ from: e.from, type: e.type, to: e.to })),
      review: { status: f.review.status, by: f.review.by, at: f.review.at, reason: f.review.reason },
    })),
  };
}

export function serializeAssessment(file: AssessmentFile): string {
  return `${JSON.stringify(canonicalAssessment(file), null, 2)}\n`;
}

const draftEntity = (e: DraftEntityEntry | null): DraftEntityEntry | null => (e === null ? null : { id: e.id, name: e.name, kind: e.kind, existing: e.existing });

/** A file of a whole-database export with every object's fields in the order docs/assessment-file.md lists them. */
export function canonicalArchive(file: AssessmentArchiveFile): AssessmentArchiveFile {
  // Version 1's parts in version 1's order; with no published assessment, only its entities.
  const published = file.assessment === null ? null : canonicalAssessment({ ...file, version: 1, assessment: file.assessment });
  return {
    format: file.format,
    version: file.version,
    assessment: published?.assessment ?? null,
    entities: published?.entities ?? file.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, pillar: e.pillar, aliases: [...e.aliases], summary: e.summary })),
    findings: published?.findings ?? [],
    drafts: file.drafts.map((d) => ({
      id: d.id,
      assessment: d.assessment,
      title: d.title,
      force: draftEntity(d.force),
      inspector: draftEntity(d.inspector),
      year: d.year,
      published: d.published,
      kind: d.kind,
      url: d.url,
      fictional: d.fictional,
      fromText: [...d.fromText],
      file: d.file,
      format: d.format,
      text: d.text,
      sentences: d.sentences.map((s) => ({ start: s.start, end: s.end })),
      createdBy: d.createdBy,
      createdAt: d.createdAt,
      publishedAt: d.publishedAt,
      findings: d.findings.map((f) => ({
        id: f.id,
        number: f.number,
        sentence: f.sentence,
        start: f.start,
        end: f.end,
        quote: f.quote,
        type: f.type,
        judgement: f.judgement,
        basis: f.basis,
        status: f.status,
        inferredFrom: [...f.inferredFrom],
        participants: f.participants.map((p) => ({ role: p.role, entity: draftEntity(p.entity)! })),
        review: { status: f.review.status, by: f.review.by, at: f.review.at },
        cue: f.cue,
        confidence: f.confidence,
        version: f.version,
      })),
    })),
    audit: file.audit.map((e) => ({ id: e.id, at: e.at, actor: e.actor, action: e.action, target: e.target, before: e.before, after: e.after })),
  };
}

export function serializeArchive(file: AssessmentArchiveFile): string {
  return `${JSON.stringify(canonicalArchive(file), null, 2)}\n`;
}
