// `npm run export -- <assessment-id> [--out FILE]`: writes a published assessment as its canonical file, to stdout or
// to FILE (written aside and renamed, so FILE is never half written), whether or not the server runs.
// `npm run export [-- --all] [--out DIR]`: writes every assessment, published and draft, with its audit entries, one
// file of version 2 per assessment, into DIR (written aside and renamed into place whole).
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportEverything } from './assessments/export-all.ts';
import { exportAssessment } from './assessments/export-assessment.ts';
import { parseExportCommand, UsageError } from './assessments/export-command.ts';
import { serializeArchive, serializeAssessment } from './assessments/serialize-assessment.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabaseForCommand } from './graph/database.ts';

const usage = 'usage: npm run export -- <assessment-id> [--out FILE]\n       npm run export [-- --all] [--out DIR]';

/**
 * Writes every file into a folder beside `folder`, then renames it into place: a reader sees no folder, or all of
 * it. `folder` must not exist yet, or be empty, so an export never mixes with an older one.
 */
async function writeFolderAtomically(folder: string, files: { name: string; text: string }[]): Promise<void> {
  const existing = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (existing.length > 0) throw new Error(`${folder} is not empty: give --out a new folder`);
  const aside = path.join(path.dirname(path.resolve(folder)), `.${path.basename(folder)}.${process.pid}.tmp`);
  try {
    await mkdir(aside, { recursive: true });
    for (const file of files) await writeFile(path.join(aside, file.name), file.text, { encoding: 'utf8', flush: true });
    await rename(aside, folder);
  } catch (error) {
    await rm(aside, { recursive: true, force: true });
    throw error;
  }
}

/** Writes beside the target, then renames: readers of `file` see the old text or the new, never a part. */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
  const aside = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(aside, text, { encoding: 'utf8', flush: true });
    await rename(aside, file);
  } catch (error) {
    await rm(aside, { force: true });
    throw error;
  }
}

async function main(): Promise<void> {
  const command = parseExportCommand(process.argv.slice(2));
  const config = loadConfig();
  // stdout carries the file alone (so it can be redirected); everything else goes to stderr.
  const database = await openDatabaseForCommand(config.neo4j, (line) => console.error(line));
  try {
    await database.driver.verifyConnectivity({ database: config.neo4j.database });
    const started = performance.now();
    if (command.all) {
      const { files, unassignedAudit } = await exportEverything(database.driver, { database: config.neo4j.database });
      const named = files.map((file) => ({ name: `${file.assessment?.id ?? file.drafts[0]!.assessment}.json`, text: serializeArchive(file) }));
      await writeFolderAtomically(command.out, named);
      const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
      const published = files.filter((file) => file.assessment !== null).length;
      const drafts = files.reduce((sum, file) => sum + file.drafts.length, 0);
      const audit = files.reduce((sum, file) => sum + file.audit.length, 0);
      console.error(
        `exported ${count(published, 'published assessment')}, ${count(drafts, 'draft')} and ${count(audit, 'audit entry', 'audit entries')} ` +
          `in ${count(files.length, 'file')} (${Math.round(performance.now() - started)} ms)` +
          (unassignedAudit > 0 ? `; ${count(unassignedAudit, 'audit entry', 'audit entries')} about tokens, entities or discarded drafts not exported` : ''),
      );
      // stdout names the folder alone, for scripts.
      console.log(command.out);
      return;
    }
    const file = await exportAssessment(database.driver, command.id, { database: config.neo4j.database });
    const text = serializeAssessment(file);
    const took = `${Math.round(performance.now() - started)} ms`;
    if (command.out === undefined) {
      process.stdout.write(text);
    } else {
      await writeFileAtomically(command.out, text);
    }
    console.error(`exported ${command.id}: ${file.findings.length} findings, ${file.entities.length} entities${command.out ? ` to ${command.out}` : ''} (${took})`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`export: ${error.message}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const message = error instanceof ConfigError ? `configuration: ${error.message}` : error instanceof Error ? error.message : String(error);
  console.error(`export failed: ${message}`);
  process.exitCode = 1;
});
