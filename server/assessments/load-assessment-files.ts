// Loads every `*.json` assessment file of a folder into the graph through the one write path (applyAssessment):
// all are read and checked first, so one bad file stops the load before anything is written; then each file is
// applied in its own transaction. `npm run seed` loads assessments/ this way.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { type ApplyChange, type ApplyResult, applyAssessment } from './apply-assessment.ts';
import type { AssessmentFile } from './assessment-file.ts';
import { parseAssessmentFile } from './parse-assessment-file.ts';

export interface LoadOptions {
  database?: string;
  /** Who the audit trail says loaded them; `seed` unless told. */
  actor?: string;
  action?: ApplyChange['action'];
  onProgress?: (message: string) => void;
}

export interface LoadedFile extends ApplyResult {
  file: string;
  assessment: string;
}

/** The `*.json` files of a folder, by name; none when the folder does not exist. */
export async function listAssessmentFiles(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Reads and checks one file; errors name it by its path relative to the working folder. */
export async function readAssessmentFile(file: string): Promise<AssessmentFile> {
  return parseAssessmentFile(await readFile(file, 'utf8'), path.relative(process.cwd(), file) || file);
}

export async function loadAssessmentFiles(driver: Driver, directory: string, options: LoadOptions = {}): Promise<LoadedFile[]> {
  const progress = options.onProgress ?? (() => {});
  const names = await listAssessmentFiles(directory);
  const files = await Promise.all(names.map(async (name) => ({ name, assessment: await readAssessmentFile(path.join(directory, name)) })));
  const ids = new Map<string, string>();
  for (const { name, assessment } of files) {
    const other = ids.get(assessment.assessment.id);
    if (other !== undefined) throw new Error(`${name} and ${other} both hold assessment ${assessment.assessment.id}`);
    ids.set(assessment.assessment.id, name);
  }
  const loaded: LoadedFile[] = [];
  const session = driver.session({ database: options.database });
  try {
    for (const [index, { name, assessment }] of files.entries()) {
      const change: ApplyChange = { actor: options.actor ?? 'seed', action: options.action ?? 'ASSESSMENT_IMPORTED', at: new Date() };
      const result = await session.executeWrite((tx) => applyAssessment(tx, assessment, change));
      loaded.push({ file: name, assessment: assessment.assessment.id, ...result });
      progress(`[${index + 1}/${files.length}] ${name}: assessment ${assessment.assessment.id}, ${result.findings} findings, ${result.relationships} relationships, ${result.entitiesCreated} entities created`);
    }
  } finally {
    await session.close();
  }
  return loaded;
}
