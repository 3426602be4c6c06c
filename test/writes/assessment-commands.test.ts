// `npm run export` and `npm run import` end to end against the writes Neo4j, and an import killed with SIGKILL in
// the middle of its transaction: the assessment is there whole or not at all.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { applyAssessment } from '../../server/assessments/apply-assessment.ts';
import type { AssessmentFile } from '../../server/assessments/assessment-file.ts';
import { AssessmentFileError } from '../../server/assessments/assessment-file-error.ts';
import { exportAssessment } from '../../server/assessments/export-assessment.ts';
import { loadAssessmentFiles } from '../../server/assessments/load-assessment-files.ts';
import { serializeAssessment } from '../../server/assessments/serialize-assessment.ts';
import { withdrawAssessment } from '../../server/assessments/withdraw-assessment.ts';
import { dumpAssessment } from '../support/assessment-dump.ts';
import { testCredentials, testDriver } from '../support/database.ts';
import { fictionalAssessment } from '../support/fictional-assessment.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

function commandEnv(): NodeJS.ProcessEnv {
  const { username, password } = testCredentials();
  return { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USERNAME: username, NEO4J_PASSWORD: password };
}

function run(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { cwd: projectRoot, env: commandEnv(), timeout: 240_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let driver: Driver;
let folder: string;
beforeAll(async () => {
  driver = testDriver();
  folder = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-assessment-files-'));
});
afterAll(async () => {
  await driver.close();
  await rm(folder, { recursive: true, force: true });
});

async function write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session();
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

const apply = (file: AssessmentFile) => write((tx) => applyAssessment(tx, file, { actor: 'local:tester', action: 'ASSESSMENT_IMPORTED', at: new Date() }));
const entityIds = (file: AssessmentFile) => file.entities.map((e) => e.id);

async function auditCount(target: string): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (e:AuditEntry {target: $target}) RETURN count(e) AS n', { target });
  return records[0]!.get('n') as number;
}

describe('npm run export', () => {
  it('prints the canonical file on stdout, or writes it to --out whole', async () => {
    const file = fictionalAssessment({ name: 'export-heath', sentences: 4 });
    await apply(file);
    const printed = await run('server/export.ts', file.assessment.id);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(serializeAssessment(file));
    expect(printed.stderr).toMatch(/exported fictional-export-heath: 8 findings, \d+ entities \(\d+ ms\)/);

    const out = path.join(folder, 'export-heath.json');
    await writeFile(out, 'an older export\n');
    const written = await run('server/export.ts', file.assessment.id, '--out', out);
    expect(written).toMatchObject({ code: 0, stdout: '' });
    expect(await readFile(out, 'utf8')).toBe(serializeAssessment(file));
    expect((await readdir(folder)).filter((name) => name.includes('.tmp'))).toEqual([]);
  }, 300_000);

  it.each([
    [['x', '--all'], 2, 'export: --all exports every assessment: give no assessment id with it'],
    [['a', 'b'], 2, 'export: one assessment id at a time, got 2'],
    [['x', '--to', 'y'], 2, "export: Unknown option '--to'"],
    [['fictional-never-published'], 1, 'export failed: no published assessment has id "fictional-never-published"'],
  ])('refuses %j, saying why', async (args, code, message) => {
    const result = await run('server/export.ts', ...args);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  }, 120_000);
});

describe('npm run import', () => {
  it('export, withdraw, import by the commands gives back the same graph', async () => {
    const file = fictionalAssessment({ name: 'cli-roundtrip', sentences: 5, findingsPerSentence: 3 });
    await apply(file);
    const before = await dumpAssessment(driver, file.assessment.id, entityIds(file));
    const out = path.join(folder, 'cli-roundtrip.json');
    expect((await run('server/export.ts', file.assessment.id, '--out', out)).code).toBe(0);
    await write((tx) => withdrawAssessment(tx, file.assessment.id, { actor: 'local:tester', at: new Date(), reason: 'to import again' }));
    expect((await dumpAssessment(driver, file.assessment.id, entityIds(file))).nodes).toEqual([]);

    const imported = await run('server/import.ts', out);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(
      new RegExp(`^imported ${out}: assessment fictional-cli-roundtrip, 15 findings, 15 relationships, ${file.entities.length} entities created \\(\\d+ ms\\)\\n$`),
    );
    expect(await dumpAssessment(driver, file.assessment.id, entityIds(file))).toEqual(before);
    const { records } = await driver.executeQuery('MATCH (e:AuditEntry {target: $target}) RETURN e.actor AS actor, e.action AS action ORDER BY e.at DESC LIMIT 1', {
      target: `assessment:${file.assessment.id}`,
    });
    expect(records[0]!.get('action')).toBe('ASSESSMENT_IMPORTED');
    expect(records[0]!.get('actor')).toMatch(/^local:\S+$/);
  }, 300_000);

  it('imports the good files, and reports a bad one by file, line and field without writing any of it', async () => {
    const good = fictionalAssessment({ name: 'cli-good', sentences: 2 });
    const bad = fictionalAssessment({ name: 'cli-bad', sentences: 3 });
    bad.findings[4]!.quote = 'not in the sentence';
    const goodFile = path.join(folder, 'cli-good.json');
    const badFile = path.join(folder, 'cli-bad.json');
    await writeFile(goodFile, serializeAssessment(good));
    const badText = serializeAssessment(bad);
    await writeFile(badFile, badText);
    const quoteLine = badText.split('\n').findIndex((line) => line.includes('"not in the sentence"')) + 1;

    const result = await run('server/import.ts', badFile, goodFile);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^imported .*cli-good\.json: assessment fictional-cli-good, 4 findings/);
    expect(result.stderr).toContain(`import failed: ${path.relative(projectRoot, badFile)}:${quoteLine}: findings[4].quote is not the text of sentence 3 from 0 to`);
    expect(await dumpAssessment(driver, bad.assessment.id, entityIds(bad))).toEqual({ nodes: [], relationships: [] });
    expect(await auditCount(`assessment:${bad.assessment.id}`)).toBe(0);
    expect(await auditCount(`assessment:${good.assessment.id}`)).toBe(1);
  }, 300_000);

  it('refuses a file that is not JSON, naming the line', async () => {
    const broken = path.join(folder, 'broken.json');
    await writeFile(broken, '{\n  "format": "peel-graph/assessment",\n  "version": 1,\n}\n');
    const result = await run('server/import.ts', broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`import failed: ${path.relative(projectRoot, broken).replace(/\./g, '\\.')}:4: the file is not valid JSON`));
    expect(result.stdout).toBe('');
  }, 120_000);
});

describe('loading a folder of assessment files, as the seed does', () => {
  it('applies every .json file of the folder, each audited as imported by the seed', async () => {
    const directory = path.join(folder, 'seed-good');
    await mkdir(directory);
    const files = [fictionalAssessment({ name: 'seed-one', sentences: 2 }), fictionalAssessment({ name: 'seed-two', sentences: 3 })];
    for (const file of files) await writeFile(path.join(directory, `${file.assessment.id}.json`), serializeAssessment(file));
    await writeFile(path.join(directory, 'README.md'), 'not an assessment\n');
    const messages: string[] = [];
    const loaded = await loadAssessmentFiles(driver, directory, { onProgress: (message) => messages.push(message) });
    expect(loaded).toEqual([
      { file: 'fictional-seed-one.json', assessment: 'fictional-seed-one', findings: 4, relationships: 4, entitiesCreated: files[0]!.entities.length },
      { file: 'fictional-seed-two.json', assessment: 'fictional-seed-two', findings: 6, relationships: 6, entitiesCreated: files[1]!.entities.length },
    ]);
    expect(messages[0]).toBe(`[1/2] fictional-seed-one.json: assessment fictional-seed-one, 4 findings, 4 relationships, ${files[0]!.entities.length} entities created`);
    for (const file of files) expect(serializeAssessment(await exportAssessment(driver, file.assessment.id))).toBe(serializeAssessment(file));
    const { records } = await driver.executeQuery('MATCH (e:AuditEntry {target: $target}) RETURN e.actor AS actor, e.action AS action', {
      target: 'assessment:fictional-seed-two',
    });
    expect(records.map((r) => r.toObject())).toEqual([{ actor: 'seed', action: 'ASSESSMENT_IMPORTED' }]);
    expect(await loadAssessmentFiles(driver, path.join(folder, 'no-such-folder'))).toEqual([]);
  });

  it('checks every file before writing any: one bad file, and nothing is loaded', async () => {
    const directory = path.join(folder, 'seed-bad');
    await mkdir(directory);
    const good = fictionalAssessment({ name: 'seed-before-bad', sentences: 2 });
    const bad = fictionalAssessment({ name: 'seed-bad', sentences: 2 });
    bad.findings[0]!.review.status = 'REJECTED';
    await writeFile(path.join(directory, 'a-good.json'), serializeAssessment(good));
    await writeFile(path.join(directory, 'b-bad.json'), serializeAssessment(bad));
    const error = await loadAssessmentFiles(driver, directory).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessmentFileError);
    expect((error as Error).message).toMatch(/b-bad\.json:\d+: findings\[0\]\.review\.status is REJECTED/);
    for (const file of [good, bad]) expect((await dumpAssessment(driver, file.assessment.id, entityIds(file))).nodes).toEqual([]);
  });

  it('npm run seed applies the scripts, then loads the assessments folder', async () => {
    const seeded = await run('server/seed.ts');
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain('30-cheshire-findings.cypher');
    expect(seeded.stdout).toMatch(/assessment files: \d+ loaded from .*\/assessments\n$/);
  }, 300_000);
});

/** Transactions of the import command for `assessment` that Neo4j is running, with the query each is on. */
async function runningImports(assessment: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.assessment = $assessment RETURN currentQuery',
    { assessment },
  );
  return records.map((r) => (r.get('currentQuery') as string | null) ?? '');
}

/** Starts `npm run import` on `file` and SIGKILLs it once its transaction is creating findings or relationships. */
async function killImportMidway(file: string, assessment: string): Promise<{ killedAfterMs: number; query: string }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/import.ts', file], { cwd: projectRoot, env: commandEnv(), stdio: 'pipe' });
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = Date.now();
  try {
    for (;;) {
      const queries = await runningImports(assessment);
      const creating = queries.find((query) => query.includes('UNWIND $findings') || query.includes('UNWIND $edges'));
      if (creating !== undefined) {
        child.kill('SIGKILL');
        return { killedAfterMs: Date.now() - started, query: creating.includes('$edges') ? 'relationships' : 'findings' };
      }
      if (child.exitCode !== null || stdout !== '' || Date.now() - started > 180_000) {
        throw new Error(`the import ended before it could be killed mid-way (exit ${child.exitCode}): ${stdout}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
}

/** What of the assessment the graph holds once Neo4j has let go of the killed transaction. */
async function stateAfterKill(assessment: string) {
  const deadline = Date.now() + 120_000;
  while ((await runningImports(assessment)).length > 0) {
    if (Date.now() > deadline) throw new Error('Neo4j kept the killed import\'s transaction open for 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (s:Source {id: $id})
     RETURN s IS NOT NULL AS source,
            COUNT { MATCH (f:Finding {assessment: $id}) } AS findings,
            COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE r.source = $id } AS relationships,
            COUNT { MATCH (e:AuditEntry {target: 'assessment:' + $id}) } AS audit`,
    { id: assessment },
  );
  return records[0]!.toObject() as { source: boolean; findings: number; relationships: number; audit: number };
}

describe('an import killed with SIGKILL mid-transaction', () => {
  it('leaves all of the assessment or none, whether new or replacing one', async () => {
    const large = fictionalAssessment({ name: 'killed-import', sentences: 250, findingsPerSentence: 8, themes: 40 });
    const findings = large.findings.length;
    const file = path.join(folder, 'killed-import.json');
    await writeFile(file, serializeAssessment(large));
    const id = large.assessment.id;

    const first = await killImportMidway(file, id);
    const none = await stateAfterKill(id);
    console.info(`killed a new import of ${findings} findings ${first.killedAfterMs} ms after start, while creating ${first.query}`);
    expect(none).toEqual({ source: false, findings: 0, relationships: 0, audit: 0 });

    const imported = await run('server/import.ts', file);
    expect(imported.code).toBe(0);
    console.info(imported.stdout.trim());
    const all = await stateAfterKill(id);
    expect(all).toEqual({ source: true, findings, relationships: findings, audit: 1 });

    // Replacing it: the transaction deletes the old findings before it creates the new; killed then, the old stay whole.
    const again = await killImportMidway(file, id);
    console.info(`killed a replacing import ${again.killedAfterMs} ms after start, while creating ${again.query}`);
    expect(await stateAfterKill(id)).toEqual(all);
    expect(serializeAssessment(await exportAssessment(driver, id))).toBe(serializeAssessment(large));
  }, 600_000);
});
