// Hostile files uploaded to `startDraft` on the real server: decompression bombs, entity expansion, and PDFs built
// to hang or swamp a parser are refused with an error naming the cause (or read inert), a reader's request is
// answered while each is handled, and a refused file leaves nothing behind. `npm run ingest` refuses them too.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { createTestToken, testTokenStore } from '../support/auth.ts';
import { testDriver } from '../support/database.ts';
import { docxBomb, docxWithEntities, htmlWithEntities, pdfWithDeepNesting, pdfWithEnormousContentStream, pdfWithPages, pdfWithPageTreeCycle, xhtmlWithEntities } from './support/hostile-documents.ts';
import { type SpawnedServer, startServer, stopServer } from './support/spawned-server.ts';

let driver: Driver;
let server: SpawnedServer;
let editor: { name: string; secret: string };
let reader: string;

/** Short enough that the file built to run long is stopped within the test, long enough for a worker to start on a loaded machine. */
const timeoutSeconds = 30;
const memoryMb = 256;

beforeAll(async () => {
  driver = testDriver();
  const store = testTokenStore(driver);
  await store.ensureSchema();
  editor = await createTestToken(store, 'editor');
  reader = (await createTestToken(store, 'reader')).secret;
  server = await startServer({ DRAFT_TIMEOUT_SECONDS: String(timeoutSeconds), DRAFT_MEMORY_MB: String(memoryMb), DRAFT_MAX_PAGES: '1000' });
});
afterAll(async () => {
  if (server) await stopServer(server);
  await driver.close();
});

interface Answer {
  data?: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Uploads a file to `startDraft` as the browser does (a multipart request with the CSRF header). */
async function upload(bytes: Buffer | string, name: string): Promise<Answer> {
  const form = new FormData();
  form.append('operations', JSON.stringify({
    query: 'mutation($file: File!) { startDraft(input: { file: $file, force: "Fictional Hostile File Police", year: 2024 }) { id text } }',
    variables: { file: null },
  }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name));
  const response = await fetch(`${server.base}/graphql`, { method: 'POST', body: form, headers: { 'x-graphql-csrf': '1', authorization: `Bearer ${editor.secret}` } });
  return (await response.json()) as Answer;
}

/**
 * Handles an upload while a reader keeps asking the graph something, one request after another, until the upload
 * is answered. Every reader request sent meanwhile must be answered with data; `answeredMeanwhile` counts those
 * answered before the upload was.
 */
async function whileReading(work: Promise<Answer>): Promise<{ answer: Answer; readers: Answer[]; answeredMeanwhile: number }> {
  let settled = false;
  const answer = work.finally(() => {
    settled = true;
  });
  const readers: Answer[] = [];
  let answeredMeanwhile = 0;
  const reading = (async () => {
    do {
      readers.push(await server.graphql('{ assessments(first: 1) { totalCount } }', {}, reader));
      if (!settled) answeredMeanwhile += 1;
    } while (!settled);
  })();
  return { answer: await answer, readers: (await reading, readers), answeredMeanwhile };
}

/** What the editor has written: drafts and audit entries. */
async function written(): Promise<{ drafts: number; entries: number }> {
  const { records } = await driver.executeQuery(
    'RETURN COUNT { MATCH (d:Draft {createdBy: $actor}) } AS drafts, COUNT { MATCH (e:AuditEntry {actor: $actor}) } AS entries',
    { actor: editor.name },
  );
  return { drafts: Number(records[0]!.get('drafts')), entries: Number(records[0]!.get('entries')) };
}

describe('hostile files uploaded for drafting', () => {
  const refused: [string, () => Promise<Buffer> | Buffer, RegExp][] = [
    ['bomb.docx', () => docxBomb(150, false), /^Argument input\.file cannot be drafted: a Word document of \d+ KB whose parts declare 150 MB inflated, over the limit of 100 MB: refused as a decompression bomb/],
    ['lying-bomb.docx', () => docxBomb(150, true), /^Argument input\.file cannot be drafted: a Word document whose word\/document\.xml inflates to more than its declared 2048 bytes: refused as a decompression bomb/],
    ['laughs.docx', () => docxWithEntities(), /^Argument input\.file cannot be drafted: a Word document with a DTD \(<!DOCTYPE or <!ENTITY\) in word\/document\.xml/],
    ['many-pages.pdf', () => pdfWithPages(20_000), /^Argument input\.file cannot be drafted: has 20000 pages, over the limit of 1000/],
    ['page-tree-cycle.pdf', () => pdfWithPageTreeCycle(), /^Argument input\.file cannot be drafted: not a readable PDF \(Pages tree contains circular reference\.\)/],
    ['deep-nesting.pdf', () => pdfWithDeepNesting(100_000), /^Argument input\.file cannot be drafted: not a readable PDF \(Maximum call stack size exceeded\)/],
    [
      'enormous-stream.pdf',
      () => pdfWithEnormousContentStream(200),
      new RegExp(`^Argument input\\.file cannot be drafted: (took longer than ${timeoutSeconds} s to read, and was stopped|needed more than ${memoryMb} MB to read, and was stopped)`),
    ],
  ];

  for (const [name, build, problem] of refused) {
    it(`refuses ${name} naming the cause, answers a reader meanwhile, and writes nothing`, async () => {
      const bytes = await build();
      const before = await written();
      const { answer, readers, answeredMeanwhile } = await whileReading(upload(bytes, name));
      expect(answer.data).toBeNull();
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.file' });
      expect(answer.errors![0]!.message).toMatch(problem);
      expect(readers.length).toBeGreaterThan(0);
      for (const read of readers) {
        expect(read.errors).toBeUndefined();
        expect(read.data.assessments.totalCount).toBeGreaterThan(0);
      }
      // The file that runs until the worker is stopped: the server went on answering all that time.
      if (name === 'enormous-stream.pdf') expect(answeredMeanwhile).toBeGreaterThan(0);
      expect(await written()).toEqual(before);
    }, 300_000);
  }

  for (const [name, build] of [['laughs.html', htmlWithEntities], ['laughs.xhtml', xhtmlWithEntities]] as const) {
    it(`reads ${name} with its entities inert (never expanded), answering a reader meanwhile`, async () => {
      const { answer, readers } = await whileReading(upload(build(), name));
      expect(answer.errors).toBeUndefined();
      const { id, text } = answer.data.startDraft as { id: string; text: string };
      // The entity reference stays as the characters it is; a billion laughs would be 3 GB of "lol".
      expect(text).toContain('&lol9;');
      expect(text).not.toContain('lollol');
      expect(text.length).toBeLessThan(1_000);
      for (const read of readers) expect(read.errors).toBeUndefined();
      const discarded = await server.graphql('mutation($id: ID!) { discardDraft(id: $id) }', { id }, editor.secret);
      expect(discarded.errors).toBeUndefined();
    });
  }
});

describe('hostile files given to npm run ingest', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'peel-hostile-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const refused: [string, () => Promise<Buffer> | Buffer, RegExp][] = [
    ['lying-bomb.docx', () => docxBomb(150, true), /inflates to more than its declared 2048 bytes: refused as a decompression bomb/],
    ['laughs.docx', () => docxWithEntities(), /a Word document with a DTD/],
    ['many-pages.pdf', () => pdfWithPages(20_000), /has 20000 pages, over the limit of 1000/],
  ];
  for (const [name, build, problem] of refused) {
    it(`refuses ${name} with the cause and exit code 1`, async () => {
      const file = path.join(folder, name);
      await writeFile(file, await build());
      const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/ingest.ts', file, '--dry-run'], { cwd: projectRoot, timeout: 120_000 });
      const failure = (await run.then(() => undefined, (error: unknown) => error)) as { code?: number; stderr?: string } | undefined;
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toMatch(new RegExp(`ingest failed: .*${name.replace('.', '\\.')}: `));
      expect(failure?.stderr).toMatch(problem);
    });
  }
});
