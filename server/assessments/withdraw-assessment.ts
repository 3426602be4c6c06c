// Takes a published assessment out of the graph, inside the caller's write transaction: its findings, the
// relationships they draw, its Source, and the entities nothing else uses any more; with its audit entry.
import type { ManagedTransaction } from 'neo4j-driver';
import { writeAuditEntry } from '../auth/audit-log.ts';
import { deleteFindingsQuery, deleteOrphanEntitiesQuery, deleteSourceQuery, withdrawalStateQuery } from './queries.ts';

export interface WithdrawChange {
  actor: string;
  at: Date;
  /** Why it is withdrawn: kept in the audit entry. */
  reason: string;
}

export interface WithdrawResult {
  findings: number;
  relationships: number;
  entitiesRemoved: number;
}

/** No published assessment has the id. */
export class AssessmentNotFoundError extends Error {
  override name = 'AssessmentNotFoundError';
  readonly code = 'NOT_FOUND';

  constructor(readonly assessment: string) {
    super(`no published assessment has id "${assessment}"`);
  }
}

export async function withdrawAssessment(tx: ManagedTransaction, id: string, change: WithdrawChange): Promise<WithdrawResult> {
  if (change.reason.trim() === '') throw new Error(`withdrawing assessment ${id} needs a reason`);
  const state = (await tx.run(withdrawalStateQuery, { id })).records[0]!;
  if (state.get('exists') !== true) throw new AssessmentNotFoundError(id);
  const summary = { title: state.get('title') as string, findings: Number(state.get('findings')), relationships: Number(state.get('relationships')) };

  await tx.run(deleteFindingsQuery, { id });
  await tx.run(deleteSourceQuery, { id });
  const removed = await tx.run(deleteOrphanEntitiesQuery, { entityIds: [...new Set(state.get('entityIds') as string[])] });
  const entitiesRemoved = Number(removed.records[0]?.get('removed') ?? 0);

  await writeAuditEntry(tx, {
    actor: change.actor,
    action: 'ASSESSMENT_WITHDRAWN',
    target: `assessment:${id}`,
    before: summary,
    after: { withdrawn: true, reason: change.reason, entitiesRemoved },
    at: change.at,
  });
  return { findings: summary.findings, relationships: summary.relationships, entitiesRemoved };
}
