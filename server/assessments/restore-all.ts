// Restores a whole-database export (files of version 2) into a database that holds no assessment, draft or audit
// entry of one, in one write transaction: all of it is restored, or, on any error, none. Nothing new is recorded in
// the audit trail: the entries the export kept come back as they were, so export, restore, export gives the same files.
import type { Driver } from 'neo4j-driver';
import { labelOfKind } from '../../shared/vocabulary.ts';
import type { AssessmentArchiveFile } from './assessment-file.ts';
import { draftRows } from './archive-entries.ts';
import { writeAssessment } from './apply-assessment.ts';
import { mergeEntitiesQuery, restoreAuditEntriesQuery, restoreDraftsQuery, restoreTargetStateQuery } from './queries.ts';

/** A file as read from disk: where it came from, for messages. */
export interface NamedArchiveFile {
  name: string;
  file: AssessmentArchiveFile;
}

export interface RestoreResult {
  assessments: number;
  findings: number;
  relationships: number;
  drafts: number;
  draftFindings: number;
  auditEntries: number;
}

/** The database already holds assessments: a restore would mix two histories, so it is refused whole. */
export class RestoreTargetNotEmptyError extends Error {
  override name = 'RestoreTargetNotEmptyError';

  constructor(readonly holds: Record<string, number>) {
    const parts = Object.entries(holds)
      .filter(([, count]) => count > 0)
      .map(([what, count]) => `${count} ${what}`);
    super(
      `the database is not empty (it holds ${parts.join(', ')}): a whole-database export is restored only into a database without ` +
        'assessments, drafts or their audit entries, such as a new NEO4J_DATA_DIR; nothing was written',
    );
  }
}

/** Ids that two files of one export must not share: the files would overwrite each other. */
export function checkDistinct(files: NamedArchiveFile[]): void {
  const seen = new Map<string, string>();
  const claim = (what: string, id: string, name: string) => {
    const other = seen.get(`${what}:${id}`);
    if (other !== undefined) throw new Error(`${name} and ${other} both hold ${what} ${id}`);
    seen.set(`${what}:${id}`, name);
  };
  for (const { name, file } of files) {
    claim('assessment', file.assessment?.id ?? file.drafts[0]!.assessment, name);
    for (const draft of file.drafts) claim('draft', draft.id, name);
    for (const entry of file.audit) claim('audit entry', entry.id, name);
  }
}

export async function restoreEverything(driver: Driver, files: NamedArchiveFile[], options: { database?: string; onProgress?: (message: string) => void } = {}): Promise<RestoreResult> {
  checkDistinct(files);
  const progress = options.onProgress ?? (() => {});
  const session = driver.session({ database: options.database });
  try {
    return await session.executeWrite(
      async (tx) => {
        // Read inside the writing transaction, so nothing written meanwhile slips past the check unnoticed.
        const state = (await tx.run(restoreTargetStateQuery)).records[0]!;
        const holds = {
          assessments: Number(state.get('assessments')),
          findings: Number(state.get('findings')),
          drafts: Number(state.get('drafts')),
          'draft findings': Number(state.get('draftFindings')),
          'audit entries about assessments or drafts': Number(state.get('auditEntries')),
        };
        if (Object.values(holds).some((count) => count > 0)) throw new RestoreTargetNotEmptyError(holds);

        const result: RestoreResult = { assessments: 0, findings: 0, relationships: 0, drafts: 0, draftFindings: 0, auditEntries: 0 };
        for (const [index, { name, file }] of files.entries()) {
          if (file.assessment !== null) {
            const written = await writeAssessment(tx, { format: file.format, version: 1, assessment: file.assessment, entities: file.entities, findings: file.findings });
            result.assessments += 1;
            result.findings += written.findings;
            result.relationships += written.relationships;
          } else {
            // Drafts alone: the graph's entities they name, which no published finding brings.
            await tx.run(mergeEntitiesQuery, { entities: file.entities.map((entity) => ({ ...entity, label: labelOfKind[entity.kind] })) });
          }
          await tx.run(restoreDraftsQuery, { drafts: draftRows(file.drafts) });
          await tx.run(restoreAuditEntriesQuery, { entries: file.audit });
          result.drafts += file.drafts.length;
          result.draftFindings += file.drafts.reduce((sum, draft) => sum + draft.findings.length, 0);
          result.auditEntries += file.audit.length;
          progress(`[${index + 1}/${files.length}] ${name}: ${file.assessment ? `${file.findings.length} findings, ` : 'not published, '}${file.drafts.length} drafts, ${file.audit.length} audit entries`);
        }
        return result;
      },
      { metadata: { app: 'peel-graph', command: 'import --all', files: String(files.length) } },
    );
  } finally {
    await session.close();
  }
}
