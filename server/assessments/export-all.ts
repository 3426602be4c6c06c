// Reads the whole database's assessments out as files of version 2, one per assessment id: the published assessment
// (as version 1 has it), every draft that publishes as it, and the audit entries about them. Read in one transaction,
// so the files agree with each other.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { isoInstant } from '../graph/mappers.ts';
import type { StoredDraft, StoredFinding } from '../review/stored-draft.ts';
import { assessmentOfTarget, toDraftEntry, toEntityEntry } from './archive-entries.ts';
import {
  type AssessmentArchiveFile,
  assessmentArchiveVersion,
  assessmentFileFormat,
  type AuditEntryEntry,
  type EntityEntry,
} from './assessment-file.ts';
import { exportAssessment } from './export-assessment.ts';
import { allAuditEntriesQuery, allDraftsQuery, assessmentIdsQuery, entitiesForExportQuery } from './queries.ts';
import { canonicalArchive } from './serialize-assessment.ts';

export interface WholeExport {
  files: AssessmentArchiveFile[];
  /** Audit entries about no assessment or draft the export holds: tokens, entity merges, discarded drafts. */
  unassignedAudit: number;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The graph's entities of these ids, as an assessment file lists them. */
async function graphEntities(tx: ManagedTransaction, ids: string[]): Promise<EntityEntry[]> {
  if (ids.length === 0) return [];
  const { records } = await tx.run(entitiesForExportQuery, { ids });
  return records.map((record) => toEntityEntry(record.get('entity') as Record<string, unknown>));
}

export async function exportEverything(driver: Driver, options: { database?: string } = {}): Promise<WholeExport> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const published = (await tx.run(assessmentIdsQuery)).records.map((r) => r.get('id') as string);
      const drafts = (await tx.run(allDraftsQuery)).records.map((r) => toDraftEntry(r.get('draft') as StoredDraft, r.get('findings') as StoredFinding[]));
      const audit = (await tx.run(allAuditEntriesQuery)).records.map(
        (r): AuditEntryEntry => ({
          id: r.get('id'),
          at: isoInstant(r.get('at'))!,
          actor: r.get('actor'),
          action: r.get('action'),
          target: r.get('target'),
          before: r.get('before') ?? null,
          after: r.get('after') ?? null,
        }),
      );
      const draftAssessments = new Map(drafts.map((d) => [d.id, d.assessment]));
      const ids = [...new Set([...published, ...drafts.map((d) => d.assessment)])].sort(compare);
      const publishedIds = new Set(published);
      const byAssessment = new Map(ids.map((id) => [id, [] as AuditEntryEntry[]]));
      let unassignedAudit = 0;
      for (const entry of audit) {
        const list = byAssessment.get(assessmentOfTarget(entry.target, draftAssessments) ?? '');
        if (list) list.push(entry);
        else unassignedAudit += 1;
      }
      const files: AssessmentArchiveFile[] = [];
      for (const id of ids) {
        const own = publishedIds.has(id) ? await exportAssessment(tx, id) : null;
        const itsDrafts = drafts.filter((d) => d.assessment === id);
        // Entities the drafts name as the graph's own: kept with the file, so a restored draft still finds them.
        const named = new Set<string>();
        for (const draft of itsDrafts) {
          for (const entity of [draft.force, draft.inspector, ...draft.findings.flatMap((f) => f.participants.map((p) => p.entity))]) {
            if (entity?.existing) named.add(entity.id);
          }
        }
        const listed = new Set((own?.entities ?? []).map((e) => e.id));
        const extra = await graphEntities(tx, [...named].filter((entityId) => !listed.has(entityId)).sort(compare));
        files.push(
          canonicalArchive({
            format: assessmentFileFormat,
            version: assessmentArchiveVersion,
            assessment: own?.assessment ?? null,
            entities: [...(own?.entities ?? []), ...extra].sort((a, b) => compare(a.id, b.id)),
            findings: own?.findings ?? [],
            drafts: itsDrafts,
            audit: byAssessment.get(id)!,
          }),
        );
      }
      return { files, unassignedAudit };
    });
  } finally {
    await session.close();
  }
}
