// The one way a published assessment enters the graph (publishing, `npm run import`, `npm run seed`): inside the
// caller's write transaction, with its audit entry, replacing whatever the assessment held before.
import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { kindOfLabel, labelOfKind } from '../../shared/vocabulary.ts';
import { writeAuditEntry } from '../auth/audit-log.ts';
import type { AssessmentFile } from './assessment-file.ts';
import { serializeAssessment } from './serialize-assessment.ts';
import { assertValidAssessment } from './parse-assessment-file.ts';
import {
  assessmentStateQuery,
  createFindingsQuery,
  createRelationshipsQuery,
  deleteFindingsQuery,
  mergeEntitiesQuery,
  mergeSourceQuery,
} from './queries.ts';

export interface ApplyChange {
  actor: string;
  at: Date;
  action: 'ASSESSMENT_PUBLISHED' | 'ASSESSMENT_IMPORTED';
}

export interface ApplyResult {
  findings: number;
  relationships: number;
  entitiesCreated: number;
}

/** An entity the graph has under another kind than the file says: the graph is not changed over it. */
export class EntityKindConflictError extends Error {
  override name = 'EntityKindConflictError';
  readonly code = 'CONFLICT';

  constructor(
    readonly assessment: string,
    readonly entity: string,
    readonly fileKind: string,
    readonly graphKind: string,
  ) {
    super(`assessment ${assessment}: entity "${entity}" is a ${graphKind} in the graph, but the file makes it a ${fileKind}`);
  }
}

/** The relationship's id, as the seed spells it: `<finding id>/<from>/<type lower>/<to>`. */
export function relationshipId(finding: string, from: string, type: string, to: string): string {
  return `${finding}/${from}/${type.toLowerCase()}/${to}`;
}

/** sha256 of the file's canonical text: the audit entry says exactly which file was applied. */
export function assessmentHash(file: AssessmentFile): string {
  return createHash('sha256').update(serializeAssessment(file)).digest('hex');
}

/**
 * Applies `file` in `tx`: the Source, missing entities, then the findings and their relationships anew. Applying
 * the same file twice gives the same graph. Throws (and so rolls the caller's transaction back) on an invalid file or
 * an entity of another kind.
 */
export async function applyAssessment(tx: ManagedTransaction, file: AssessmentFile, change: ApplyChange): Promise<ApplyResult> {
  const { before, ...result } = await writeAssessment(tx, file);
  await writeAuditEntry(tx, {
    actor: change.actor,
    action: change.action,
    target: `assessment:${file.assessment.id}`,
    before,
    after: { findings: result.findings, relationships: result.relationships, entitiesCreated: result.entitiesCreated, sha256: assessmentHash(file) },
    at: change.at,
  });
  return result;
}

/**
 * What applyAssessment does but record it: for a restore, which brings back the audit entries the export kept
 * instead. `before` summarises what the assessment held (null when it was new).
 */
export async function writeAssessment(
  tx: ManagedTransaction,
  file: AssessmentFile,
): Promise<ApplyResult & { before: { findings: number; relationships: number } | null }> {
  assertValidAssessment(file);
  const { assessment } = file;
  const id = assessment.id;

  const merged = await tx.run(mergeSourceQuery, {
    id,
    properties: {
      id,
      title: assessment.title,
      forceId: assessment.force,
      inspectorId: assessment.inspector,
      file: assessment.file,
      kind: assessment.kind,
      year: assessment.year,
      yearBasis: assessment.yearBasis,
      published: assessment.published,
      url: assessment.url,
      licence: assessment.licence,
      fictional: assessment.fictional,
      sentences: assessment.sentences,
      text: assessment.text,
    },
  });
  const existed = merged.records[0]!.get('existed') as boolean;

  const state = (await tx.run(assessmentStateQuery, { id, entityIds: file.entities.map((e) => e.id) })).records[0]!;
  const before = existed ? { findings: Number(state.get('findings')), relationships: Number(state.get('relationships')) } : null;
  const existing = new Map((state.get('existing') as [string, string[]][]).map(([entityId, labels]) => [entityId, labels]));
  for (const entity of file.entities) {
    const labels = existing.get(entity.id);
    if (labels === undefined) continue;
    const graphKind = labels.map((label) => kindOfLabel.get(label)).find((kind) => kind !== undefined);
    if (graphKind !== entity.kind) throw new EntityKindConflictError(id, entity.id, entity.kind, graphKind ?? `node labelled ${labels.join(':')}`);
  }

  await tx.run(deleteFindingsQuery, { id });
  await tx.run(mergeEntitiesQuery, {
    entities: file.entities
      .filter((entity) => !existing.has(entity.id))
      .map((entity) => ({ ...entity, label: labelOfKind[entity.kind] })),
  });
  await tx.run(createFindingsQuery, {
    id,
    findings: file.findings.map((f) => ({
      id: f.id,
      sentence: f.sentence,
      start: f.start,
      end: f.end,
      quote: f.quote,
      judgement: f.judgement,
      basis: f.basis,
      status: f.status,
      inferredFrom: f.inferredFrom,
      participants: f.participants,
      review: f.review.status,
      reviewedBy: f.review.by,
      reviewedAt: f.review.at,
      reviewReason: f.review.reason,
    })),
  });
  const edges = file.findings.flatMap((f) =>
    f.edges.map((edge) => ({ ...edge, id: relationshipId(f.id, edge.from, edge.type, edge.to), finding: f.id })),
  );
  const created = await tx.run(createRelationshipsQuery, { id, edges });
  return {
    findings: file.findings.length,
    relationships: Number(created.records[0]!.get('created')),
    entitiesCreated: file.entities.length - existing.size,
    before,
  };
}
