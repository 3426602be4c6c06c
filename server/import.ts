// `npm run import -- FILE...`: applies assessment files to the graph, each in its own transaction with its audit
// entry, whether or not the server runs. A bad file is reported (file:line: field problem) and leaves no trace;
// the others are still imported, and the command exits 1.
// `npm run import -- --all DIR`: restores a whole-database export (`npm run export -- --all --out DIR`) into a
// database holding no assessment, draft or audit entry of one, in one transaction; any bad file or a non-empty
// database stops it before anything is written.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { applyAssessment } from './assessments/apply-assessment.ts';
import { listAssessmentFiles, readAssessmentFile } from './assessments/load-assessment-files.ts';
import { parseArchiveFile } from './assessments/parse-assessment-file.ts';
import { type NamedArchiveFile, RestoreTargetNotEmptyError, restoreEverything } from './assessments/restore-all.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabaseForCommand } from './graph/database.ts';

const usage = 'usage: npm run import -- FILE...\n       npm run import -- --all DIR';

/** Every file of an export's folder, read and checked before the database is opened. */
async function readExport(folder: string): Promise<NamedArchiveFile[]> {
  const names = await listAssessmentFiles(folder);
  if (names.length === 0) throw new Error(`${folder} holds no *.json file of an export`);
  const files: NamedArchiveFile[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const shown = path.join(folder, name);
    try {
      files.push({ name: shown, file: parseArchiveFile(await readFile(path.resolve(shown), 'utf8'), shown) });
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (problems.length > 0) throw new Error(`nothing was written:\n${problems.join('\n')}`);
  return files;
}

async function restore(folder: string): Promise<void> {
  const files = await readExport(folder);
  const config = loadConfig();
  const database = await openDatabaseForCommand(config.neo4j, (line) => console.error(line));
  try {
    await database.driver.verifyConnectivity({ database: config.neo4j.database });
    const started = performance.now();
    const result = await restoreEverything(database.driver, files, { database: config.neo4j.database, onProgress: (line) => console.error(line) }).catch(
      (error: unknown) => {
        if (error instanceof RestoreTargetNotEmptyError) throw error;
        // One transaction: whatever the files before had written is rolled back with it.
        throw new Error(`${error instanceof Error ? error.message : String(error)}; the restore was rolled back, nothing was written`);
      },
    );
    console.log(
      `restored ${folder}: ${result.assessments} published assessments (${result.findings} findings, ${result.relationships} relationships), ` +
        `${result.drafts} drafts (${result.draftFindings} findings), ${result.auditEntries} audit entries (${Math.round(performance.now() - started)} ms)`,
    );
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  if (files[0] === '--all') {
    if (files.length !== 2) {
      console.error(`import: --all takes one folder, the one npm run export -- --all wrote\n${usage}`);
      process.exitCode = 2;
      return;
    }
    await restore(files[1]!);
    return;
  }
  if (files.length === 0 || files.some((file) => file.startsWith('-'))) {
    console.error(`import: ${files.length === 0 ? 'no file given' : `unknown option ${files.find((file) => file.startsWith('-'))}`}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const database = await openDatabaseForCommand(config.neo4j, (line) => console.error(line));
  // A command run on the machine acts as the account that runs it, as `npm run token` does.
  const actor = `local:${os.userInfo().username}`;
  let failed = 0;
  try {
    await database.driver.verifyConnectivity({ database: config.neo4j.database });
    const session = database.driver.session({ database: config.neo4j.database });
    try {
      for (const file of files) {
        try {
          const assessment = await readAssessmentFile(path.resolve(file));
          const started = performance.now();
          console.error(`importing ${file}: assessment ${assessment.assessment.id}, ${assessment.findings.length} findings`);
          const result = await session.executeWrite((tx) => applyAssessment(tx, assessment, { actor, action: 'ASSESSMENT_IMPORTED', at: new Date() }), {
            // Names the transaction in SHOW TRANSACTIONS, for whoever watches a long import.
            metadata: { command: 'import', file: path.basename(file), assessment: assessment.assessment.id },
          });
          const took = Math.round(performance.now() - started);
          console.log(
            `imported ${file}: assessment ${assessment.assessment.id}, ${result.findings} findings, ${result.relationships} relationships, ${result.entitiesCreated} entities created (${took} ms)`,
          );
        } catch (error) {
          failed += 1;
          console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    } finally {
      await session.close();
    }
  } finally {
    await database.close();
  }
  if (failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? `configuration: ${error.message}` : error instanceof Error ? error.message : String(error);
  console.error(`import failed: ${message}`);
  process.exitCode = 1;
});
