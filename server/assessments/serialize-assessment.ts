// The canonical text of an assessment file: fields in the format's order, two-space JSON and a final newline, so
// the same assessment is always the same bytes (export → import → export gives the identical file).
import type { AssessmentFile } from './assessment-file.ts';

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
