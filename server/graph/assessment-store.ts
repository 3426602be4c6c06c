// Writes canonical assessment files into the graph and withdraws them: the few steps the sample assessments need
// (examples/), each change in one transaction with its audit entry. Its three functions have the signatures of the
// assessment import and withdrawal in server/assessments/, which can take their place.
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { type AssessmentFile, assessmentFileFormat, assessmentFileVersion } from '../assessments/assessment-file.ts';
import { type AuditAction, writeAuditEntry } from '../auth/audit-log.ts';
import {
  deleteFindingsQuery,
  deleteSourceQuery,
  handOverEntitiesQuery,
  writeEdgesQueries,
  writeEntitiesQuery,
  writeFindingsQuery,
  writeSourceQuery,
} from './assessment-write-queries.ts';
import { labelOfKind, relationshipTypes } from './records.ts';

export interface ChangeAuthor {
  actor: string;
  at: Date;
}

/** Why a file cannot be applied, naming the file's part at fault. */
export class AssessmentFileError extends Error {
  override name = 'AssessmentFileError';
}

/** What applying needs to hold: the format, each quote verbatim at its offsets, every entity named listed. */
export function checkAssessmentFile(file: AssessmentFile): void {
  const id = file.assessment?.id ?? '(no id)';
  const fail = (problem: string) => {
    throw new AssessmentFileError(`assessment file ${id}: ${problem}`);
  };
  if (file.format !== assessmentFileFormat || file.version !== assessmentFileVersion) {
    fail(`format must be ${assessmentFileFormat} version ${assessmentFileVersion}`);
  }
  const entities = new Set<string>();
  for (const entity of file.entities) {
    if (!(entity.kind in labelOfKind)) fail(`entity ${entity.id} has an unknown kind ${entity.kind}`);
    entities.add(entity.id);
  }
  for (const [i, sentence] of file.assessment.sentences.entries()) {
    if (!file.assessment.text.includes(sentence)) fail(`sentence ${i + 1} is not in the text`);
  }
  for (const finding of file.findings) {
    const sentence = file.assessment.sentences[finding.sentence - 1];
    if (sentence === undefined) fail(`finding ${finding.id} cites sentence ${finding.sentence}, which the text lacks`);
    if (sentence!.slice(finding.start, finding.end) !== finding.quote) fail(`finding ${finding.id}: the quote is not the sentence's words from ${finding.start} to ${finding.end}`);
    for (const { entity } of finding.participants) if (!entities.has(entity)) fail(`finding ${finding.id} involves ${entity}, which the file does not list`);
    for (const edge of finding.edges) {
      if (!(relationshipTypes as readonly string[]).includes(edge.type)) fail(`finding ${finding.id} draws an unknown type ${edge.type}`);
      for (const end of [edge.from, edge.to]) if (!entities.has(end)) fail(`finding ${finding.id} draws to ${end}, which the file does not list`);
    }
  }
}

/** Writes the file's assessment, replacing any findings an earlier version of it had, with its audit entry. */
export async function applyAssessment(tx: ManagedTransaction, file: AssessmentFile, change: ChangeAuthor & { action: AuditAction }): Promise<void> {
  checkAssessmentFile(file);
  const assessmentId = file.assessment.id;
  await tx.run(deleteFindingsQuery, { id: assessmentId });
  await tx.run(writeSourceQuery, { assessment: file.assessment });
  await tx.run(writeEntitiesQuery, {
    assessmentId,
    entities: file.entities.map((entity) => ({ ...entity, label: labelOfKind[entity.kind] })),
  });
  await tx.run(writeFindingsQuery, { assessmentId, findings: file.findings });
  const edgesByType = new Map<string, Record<string, unknown>[]>();
  for (const finding of file.findings) {
    for (const edge of finding.edges) {
      const rows = edgesByType.get(edge.type) ?? [];
      edgesByType.set(edge.type, rows);
      rows.push({
        id: `${finding.id}/${edge.from}/${edge.type.toLowerCase()}/${edge.to}`,
        from: edge.from,
        to: edge.to,
        finding: finding.id,
        sentence: finding.sentence,
        start: finding.start,
        end: finding.end,
        quote: finding.quote,
        judgement: finding.judgement,
        basis: finding.basis,
        status: finding.status,
      });
    }
  }
  for (const [type, edges] of edgesByType) await tx.run(writeEdgesQueries.get(type)!, { assessmentId, edges });
  await writeAuditEntry(tx, {
    actor: change.actor,
    at: change.at,
    action: change.action,
    target: `assessment:${assessmentId}`,
    before: null,
    after: { title: file.assessment.title, findings: file.findings.length, fictional: file.assessment.fictional },
  });
}

/**
 * Takes an assessment out of the graph: its findings, the relationships they draw, its source, and the entities it
 * brought that nothing else uses. Returns false (and records nothing) when there is no such assessment.
 */
export async function withdrawAssessment(tx: ManagedTransaction, id: string, change: ChangeAuthor & { reason: string }): Promise<boolean> {
  const deleted = await tx.run(deleteFindingsQuery, { id });
  await tx.run(handOverEntitiesQuery, { id });
  const { records } = await tx.run(deleteSourceQuery, { id });
  const found = Boolean(records[0]?.get('found'));
  if (!found) return false;
  await writeAuditEntry(tx, {
    actor: change.actor,
    at: change.at,
    action: 'ASSESSMENT_WITHDRAWN',
    target: `assessment:${id}`,
    before: { findings: Number(deleted.records[0]?.get('deleted') ?? 0) },
    after: { reason: change.reason, entitiesRemoved: Number(records[0]?.get('removed') ?? 0) },
  });
  return true;
}

/** Reads every `*.json` in a folder as an assessment file, in name order. */
export async function readAssessmentFiles(directory: string): Promise<AssessmentFile[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
  const files: AssessmentFile[] = [];
  for (const name of names) {
    try {
      files.push(JSON.parse(await readFile(path.join(directory, name), 'utf8')) as AssessmentFile);
    } catch (error) {
      throw new AssessmentFileError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return files;
}

/** Applies every assessment file of a folder, each in its own transaction; returns their ids. */
export async function loadAssessmentFiles(
  driver: Driver,
  directory: string,
  options: { database?: string; actor?: string; at?: Date } = {},
): Promise<string[]> {
  const files = await readAssessmentFiles(directory);
  for (const file of files) checkAssessmentFile(file);
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    for (const file of files) {
      await session.executeWrite((tx) =>
        applyAssessment(tx, file, { actor: options.actor ?? localActor(), at: options.at ?? new Date(), action: 'ASSESSMENT_IMPORTED' }),
      );
    }
  } finally {
    await session.close();
  }
  return files.map((file) => file.assessment.id);
}

/** A command run on the machine acts as its user. */
export function localActor(): string {
  return `local:${os.userInfo().username}`;
}
