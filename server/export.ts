// `npm run export -- <assessment-id> [--out FILE]`: writes a published assessment as its canonical file, to stdout or
// to FILE (written aside and renamed, so FILE is never half written), whether or not the server runs.
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportAssessment } from './assessments/export-assessment.ts';
import { serializeAssessment } from './assessments/serialize-assessment.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabaseForCommand } from './graph/database.ts';

const usage = 'usage: npm run export -- <assessment-id> [--out FILE]';

class UsageError extends Error {
  override name = 'UsageError';
}

export function parseExportCommand(argv: string[]): { id: string; out: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { out: { type: 'string' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no assessment id given' : `one assessment id at a time, got ${positionals.length}`);
  if (values.out === '') throw new UsageError('--out needs a file name');
  return { id: positionals[0]!, out: values.out };
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
