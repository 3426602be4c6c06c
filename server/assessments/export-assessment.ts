// Reads a published assessment back out of the graph as its canonical file, in one query and in a stable order:
// findings by sentence then id, entities by id, participants by role then entity, edges by start, type and end.
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { kindOfLabel, participantRoles } from '../../shared/vocabulary.ts';
import { isoInstant } from '../graph/mappers.ts';
import { type AssessmentFile, assessmentFileFormat, assessmentFileVersion, type FindingEntry } from './assessment-file.ts';
import { exportAssessmentQuery } from './queries.ts';
import { canonicalAssessment } from './serialize-assessment.ts';
import { AssessmentNotFoundError } from './withdraw-assessment.ts';

type Row = Record<string, unknown>;

const nullable = <T>(value: unknown): T | null => (value === undefined || value === null ? null : (value as T));

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Edge = FindingEntry['edges'][number];

function toFinding(row: Row, drawn: Edge[]): FindingEntry {
  const participants = (row.participants as { entity: string; role: FindingEntry['participants'][number]['role'] }[])
    .map((p) => ({ entity: p.entity, role: p.role }))
    .sort((a, b) => participantRoles.indexOf(a.role) - participantRoles.indexOf(b.role) || compare(a.entity, b.entity));
  const edges = drawn
    .map((e) => ({ from: e.from, type: e.type, to: e.to }))
    .sort((a, b) => compare(a.from, b.from) || compare(a.type, b.type) || compare(a.to, b.to));
  const reviewedAt = nullable<number>(row.reviewedAt);
  return {
    id: row.id as string,
    sentence: Number(row.sentence),
    start: Number(row.start),
    end: Number(row.end),
    quote: row.quote as string,
    judgement: nullable(row.judgement),
    basis: row.basis as FindingEntry['basis'],
    status: row.status as FindingEntry['status'],
    inferredFrom: ((row.inferredFrom as number[] | null) ?? []).map(Number),
    participants,
    edges,
    review: {
      // A finding in the graph is published; one written before reviews were recorded was accepted by being written.
      status: nullable<FindingEntry['review']['status']>(row.review) ?? 'ACCEPTED',
      by: nullable(row.reviewedBy),
      at: isoInstant(reviewedAt),
      reason: nullable(row.reviewReason),
    },
  };
}

/** The assessment `id` as its canonical file; AssessmentNotFoundError when no Source has that id. */
export async function exportAssessment(source: Driver | Session | ManagedTransaction, id: string, options: { database?: string } = {}): Promise<AssessmentFile> {
  // A transaction of the caller's reads the assessment among its other reads (a whole-database export).
  const result =
    'executeQuery' in source
      ? await source.executeQuery(exportAssessmentQuery, { id }, { database: options.database, routing: 'READ' })
      : 'executeRead' in source
        ? await source.executeRead((tx) => tx.run(exportAssessmentQuery, { id }))
        : await source.run(exportAssessmentQuery, { id });
  const record = result.records[0];
  if (record === undefined) throw new AssessmentNotFoundError(id);
  const s = record.get('source') as Row;
  const entities = (record.get('entities') as Row[]).map((e) => {
    const labels = e.labels as string[];
    const kind = labels.map((label) => kindOfLabel.get(label)).find((k) => k !== undefined);
    if (kind === undefined) throw new Error(`entity ${String(e.id)} of assessment ${id} has no known kind label (labels: ${labels.join(', ')})`);
    return {
      id: e.id as string,
      kind,
      name: e.name as string,
      pillar: nullable<AssessmentFile['entities'][number]['pillar']>(e.pillar),
      aliases: (e.aliases as string[] | null) ?? [],
      summary: nullable<string>(e.summary),
    };
  });
  const edgesByFinding = new Map<string, Edge[]>();
  for (const edge of record.get('edges') as (Edge & { finding: string })[]) {
    const list = edgesByFinding.get(edge.finding);
    if (list) list.push(edge);
    else edgesByFinding.set(edge.finding, [edge]);
  }
  return canonicalAssessment({
    format: assessmentFileFormat,
    version: assessmentFileVersion,
    assessment: {
      id: s.id as string,
      title: s.title as string,
      force: nullable(s.forceId),
      inspector: nullable(s.inspectorId),
      kind: s.kind as string,
      year: s.year === undefined || s.year === null ? null : Number(s.year),
      yearBasis: nullable(s.yearBasis),
      published: nullable(s.published),
      url: nullable(s.url),
      licence: nullable(s.licence),
      fictional: s.fictional === true,
      file: nullable(s.file),
      text: s.text as string,
      sentences: s.sentences as string[],
    },
    entities,
    findings: (record.get('findings') as Row[]).map((row) => toFinding(row, edgesByFinding.get(row.id as string) ?? [])),
  });
}
