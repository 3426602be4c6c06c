// `npm run ingest` without --dry-run keeps its draft in the graph, among the drafts editors review in the explorer.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { graphql, testApp } from '../support/api.ts';
import { bearer, createTestToken, testTokenStore } from '../support/auth.ts';
import { testCredentials, testDriver } from '../support/database.ts';

const run = promisify(execFile);
let driver: Driver;

beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

it('keeps the draft for review in the graph, made by the account that ran it, and refuses bad input writing nothing', async () => {
  const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USERNAME: testCredentials().username, NEO4J_PASSWORD: testCredentials().password };
  const file = path.join(projectRoot, 'test', 'fixtures', 'assessments', 'fenmarsh-2017.txt');
  const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'server/ingest.ts', file, '--json', '--year', '2017', '--force', 'Fenmarsh and Holt Constabulary'], { cwd: projectRoot, env, timeout: 240_000 });
  const printed = JSON.parse(stdout) as { findings: unknown[] };
  const id = /draft (draft-[0-9a-f]{12}) kept for review \((\d+) findings\)/.exec(stderr);
  expect(id, stderr).not.toBeNull();
  expect(Number(id![2])).toBe(printed.findings.length);

  const store = testTokenStore(driver);
  await store.ensureSchema();
  const { secret } = await createTestToken(store, 'editor');
  const draft = await graphql(testApp(driver), 'query($id: ID!) { draft(id: $id) { createdBy file force { name } year progress { total reviewed } } }', { id: id![1] }, bearer(secret));
  expect(draft.data!.draft).toMatchObject({ file: 'fenmarsh-2017.txt', force: { name: 'Fenmarsh and Holt Constabulary' }, year: 2017, progress: { total: printed.findings.length, reviewed: 0 } });
  expect(draft.data!.draft.createdBy).toMatch(/^local:/);

  const { records } = await driver.executeQuery('MATCH (d:Draft) WHERE d.createdBy STARTS WITH "local:" RETURN count(d) AS drafts');
  const before = Number(records[0]!.get('drafts'));
  const empty = path.join(await mkdtemp(path.join(os.tmpdir(), 'peel-graph-ingest-')), 'empty.txt');
  await writeFile(empty, '');
  const refused = await run(process.execPath, ['--import', 'tsx', 'server/ingest.ts', empty], { cwd: projectRoot, env, timeout: 240_000 }).catch((error: { code: number; stderr: string }) => error);
  expect('code' in refused && refused.code).toBe(1);
  expect((refused as { stderr: string }).stderr).toMatch(/^ingest failed: .*empty\.txt: the file is empty/m);
  const after = await driver.executeQuery('MATCH (d:Draft) WHERE d.createdBy STARTS WITH "local:" RETURN count(d) AS drafts');
  expect(Number(after.records[0]!.get('drafts'))).toBeLessThanOrEqual(before);
});
