// `npm run export -- --all` and `npm run import -- --all` against real Neo4j: every assessment of the writes Neo4j,
// published and draft, with review statuses and audit entries, exported; restored into a new, empty Neo4j (the wiped
// database); exported again: the same files byte for byte. A non-empty database and a bad file are refused whole.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { AssessmentArchiveFile } from '../../server/assessments/assessment-file.ts';
import { serializeArchive } from '../../server/assessments/serialize-assessment.ts';
import { createDriver } from '../../server/graph/database.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../../server/graph/embedded-neo4j.ts';
import { graphql, testApp } from '../support/api.ts';
import { bearer, createTestToken, testTokenStore } from '../support/auth.ts';
import { testCredentials, testDriver } from '../support/database.ts';
import { fictionalAssessment } from '../support/fictional-assessment.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

type Target = { uri: string; username: string; password: string };

function run(target: Target, script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, NEO4J_URI: target.uri, NEO4J_USERNAME: target.username, NEO4J_PASSWORD: target.password };
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', script, ...args], { cwd: projectRoot, env, timeout: 240_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let driver: Driver;
let app: App;
let editor: { name: string; secret: string };
let folder: string;
let writes: Target;
// The wiped database: a Neo4j started on a new, empty data folder.
let empty: EmbeddedNeo4j;
let emptyTarget: Target;
let emptyDriver: Driver;

beforeAll(async () => {
  driver = testDriver();
  const tokens = testTokenStore(driver);
  await tokens.ensureSchema();
  app = testApp(driver);
  editor = await createTestToken(tokens, 'editor');
  folder = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-export-all-'));
  writes = { uri: inject('neo4jUri'), ...testCredentials() };
  empty = await startEmbeddedNeo4j({ dataDir: path.join(folder, 'neo4j'), boltPort: await getPort() });
  emptyTarget = { uri: empty.uri, ...empty.credentials };
  emptyDriver = createDriver(empty.uri, { ...empty.credentials, queryTimeoutMs: 30_000 });
}, 300_000);
afterAll(async () => {
  await emptyDriver?.close();
  await empty?.stop();
  await driver?.close();
  await rm(folder, { recursive: true, force: true });
});

const text = [
  'Fictional sample for peel-graph: Fictional Archive Police is not a real force.',
  '',
  'The force is good at protecting vulnerable people and works well with local authorities to safeguard children at risk of exploitation.',
  '',
  'However, the force needs to improve its vetting procedures, which were not always completed.',
].join('\n');

async function api<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await graphql(app, query, variables, bearer(editor.secret));
  expect(response.errors).toBeUndefined();
  return response.data as T;
}

type DraftFindings = { id: string; findings: { nodes: { id: string; version: number }[] } };

async function startDraft(assessment: string): Promise<DraftFindings> {
  const data = await api<{ startDraft: DraftFindings }>(
    'mutation($input: StartDraftInput!) { startDraft(input: $input) { id findings { nodes { id version } } } }',
    { input: { text, fileName: `${assessment}.txt`, force: 'Fictional Archive Police', year: 2022, kind: 'PEEL', assessment } },
  );
  return data.startDraft;
}

const accept = (id: string, version: number) => api('mutation($id: ID!, $v: Int!) { acceptDraftFinding(id: $id, version: $v) { id } }', { id, v: version });
const reject = (id: string, version: number) => api('mutation($id: ID!, $v: Int!) { rejectDraftFinding(id: $id, version: $v) { id } }', { id, v: version });

async function readFolder(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name), 'utf8')] as const)));
}

describe('export and restore of everything', () => {
  let first: Map<string, string>;
  const firstDir = () => path.join(folder, 'first');

  it('exports every assessment, published and draft, with review statuses and audit entries', async () => {
    // Published through review, then a finding of it disputed; a second draft of it left half reviewed.
    const published = await startDraft('fictional-archive-2022');
    for (const [k, finding] of published.findings.nodes.entries()) await (k === 0 ? reject : accept)(finding.id, finding.version);
    await api('mutation($id: ID!) { publishDraft(id: $id) { id } }', { id: published.id });
    const findings = await api<{ findings: { nodes: { id: string }[] } }>('query { findings(assessments: ["fictional-archive-2022"], first: 50) { nodes { id } } }', {});
    const disputed = findings.findings.nodes[0]!.id;
    await api('mutation($id: ID!, $reason: String!) { disputeFinding(id: $id, reason: $reason) { id } }', { id: disputed, reason: 'The sentence speaks of another year.' });
    const second = await startDraft('fictional-archive-2022');
    await accept(second.findings.nodes[0]!.id, second.findings.nodes[0]!.version);
    // An assessment that exists only as a draft.
    const onlyDraft = await startDraft('fictional-archive-unpublished');

    const result = await run(writes, 'server/export.ts', '--all', '--out', firstDir());
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(firstDir());
    expect(result.stderr).toMatch(/exported \d+ published assessments, \d+ drafts and \d+ audit entries in \d+ files/);
    first = await readFolder(firstDir());
    expect(first.has('cheshire-peel-assessment.json')).toBe(true);

    const archive = JSON.parse(first.get('fictional-archive-2022.json')!) as AssessmentArchiveFile;
    expect(archive).toMatchObject({ format: 'peel-graph/assessment', version: 2, assessment: { id: 'fictional-archive-2022' } });
    expect(archive.findings.find((f) => f.id === disputed)?.review).toMatchObject({ status: 'DISPUTED', by: editor.name, reason: 'The sentence speaks of another year.' });
    expect(archive.drafts.map((d) => d.id).sort()).toEqual([published.id, second.id].sort());
    const secondDraft = archive.drafts.find((d) => d.id === second.id)!;
    expect(secondDraft.findings.map((f) => f.review.status)).toContain('DRAFT');
    expect(secondDraft.findings[0]!.review).toMatchObject({ status: 'ACCEPTED', by: editor.name });
    expect(archive.drafts.find((d) => d.id === published.id)!.publishedAt).not.toBeNull();
    const actions = archive.audit.map((e) => `${e.action} ${e.target}`);
    expect(actions).toContain(`DRAFT_STARTED draft:${published.id}`);
    expect(actions).toContain(`DRAFT_FINDING_REJECTED draft-finding:${published.findings.nodes[0]!.id}`);
    expect(actions).toContain('ASSESSMENT_PUBLISHED assessment:fictional-archive-2022');
    expect(actions).toContain(`FINDING_DISPUTED finding:${disputed}`);
    expect(actions).toContain(`DRAFT_FINDING_ACCEPTED draft-finding:${second.findings.nodes[0]!.id}`);
    expect(archive.audit.map((e) => e.at)).toEqual(archive.audit.map((e) => e.at).sort());

    const unpublished = JSON.parse(first.get('fictional-archive-unpublished.json')!) as AssessmentArchiveFile;
    expect(unpublished).toMatchObject({ assessment: null, findings: [], drafts: [{ id: onlyDraft.id, assessment: 'fictional-archive-unpublished' }] });
    expect(unpublished.audit.map((e) => e.action)).toEqual(['DRAFT_STARTED']);
  }, 600_000);

  it('refuses a bad file by file, line and field, and writes nothing', async () => {
    const broken = path.join(folder, 'broken');
    await cp(firstDir(), broken, { recursive: true });
    const file = path.join(broken, 'fictional-archive-unpublished.json');
    const original = first.get('fictional-archive-unpublished.json')!;
    await writeFile(file, original.replace('"createdBy": ', '"createdBy": 7, "createdByWas": '));
    const line = original.slice(0, original.indexOf('"createdBy": ')).split('\n').length;
    const result = await run(emptyTarget, 'server/import.ts', '--all', broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing was written');
    expect(result.stderr).toContain(`${file}:${line}: drafts[0].createdBy must be a string, not 7`);
    const { records } = await emptyDriver.executeQuery('MATCH (n) WHERE n:Source OR n:Draft OR n:AuditEntry OR n:Entity RETURN count(n) AS n');
    expect(records[0]!.get('n')).toBe(0);
  }, 300_000);

  it('restores all or nothing: a file that fails while writing takes the files written before it back out', async () => {
    const clash = path.join(folder, 'clash');
    await mkdir(clash);
    const a = fictionalAssessment({ name: 'clash-a', sentences: 2 });
    const b = fictionalAssessment({ name: 'clash-b', sentences: 2 });
    // b names a's force as its inspector: valid on its own, refused once a's force is in the graph.
    await writeFile(path.join(clash, 'a.json'), serializeArchive({ ...a, version: 2, drafts: [], audit: [] }));
    const inspector = b.assessment.inspector!;
    const clashing = serializeArchive({ ...b, version: 2, drafts: [], audit: [] }).replaceAll(`"${inspector}"`, '"fictional-clash-a-constabulary"');
    await writeFile(path.join(clash, 'b.json'), clashing);
    const result = await run(emptyTarget, 'server/import.ts', '--all', clash);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('entity "fictional-clash-a-constabulary" is a FORCE in the graph, but the file makes it a INSPECTOR; the restore was rolled back, nothing was written');
    const { records } = await emptyDriver.executeQuery('MATCH (n) WHERE n:Source OR n:Finding OR n:Entity RETURN count(n) AS n');
    expect(records[0]!.get('n')).toBe(0);
  }, 300_000);

  it('refuses to restore into a database that holds assessments, saying what it holds', async () => {
    const result = await run(writes, 'server/import.ts', '--all', firstDir());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the database is not empty \(it holds \d+ assessments, \d+ findings, \d+ drafts/);
    expect(result.stderr).toContain('nothing was written');
  }, 300_000);

  it('restores into the empty database, and exporting that gives the identical files', async () => {
    const restored = await run(emptyTarget, 'server/import.ts', '--all', firstDir());
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^restored .*: \d+ published assessments \(\d+ findings, \d+ relationships\), \d+ drafts \(\d+ findings\), \d+ audit entries/);

    const secondDir = path.join(folder, 'second');
    const again = await run(emptyTarget, 'server/export.ts', '--all', '--out', secondDir);
    expect(again.code, again.stderr).toBe(0);
    const second = await readFolder(secondDir);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, textOfFirst] of first) expect(second.get(name), name).toBe(textOfFirst);

    // The restored drafts are live: the half-reviewed one goes on being reviewed where it was left.
    const { records } = await emptyDriver.executeQuery(
      'MATCH (f:DraftFinding) WHERE f.review = "DRAFT" RETURN count(f) AS pending',
    );
    expect(records[0]!.get('pending')).toBeGreaterThan(0);
  }, 600_000);
});
