// `npm run ingest`: JSON alone on stdout in the shape the issue fixes, progress on stderr, drafts kept only without
// --dry-run, and bad input refused with a non-zero exit and nothing written. It runs the command as a process of its
// own, so it lives beside the other commands' tests rather than in the fast unit tier.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const seedText = path.join(root, 'cypher', 'sources', 'cheshire-peel-assessment.txt');
let dir: string;
let drafts: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'peel-ingest-command-'));
  drafts = path.join(dir, 'drafts');
});

async function ingest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'ingest.ts'), ...args, '--drafts', drafts], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const draftFiles = async () => readdir(drafts).catch(() => [] as string[]);

describe('npm run ingest', () => {
  it('prints only the draft as JSON with --dry-run --json, and writes nothing', async () => {
    const { code, stdout, stderr } = await ingest(seedText, '--dry-run', '--json', '--year', '2016');
    expect(code, stderr).toBe(0);
    const draft = JSON.parse(stdout);
    expect(Object.keys(draft)).toEqual(['metadata', 'sentences', 'findings']);
    expect(draft.metadata).toMatchObject({ force: 'Cheshire Constabulary', year: 2016, format: 'text' });
    expect(draft.sentences).toHaveLength(18);
    expect(Object.keys(draft.sentences[0])).toEqual(['number', 'start', 'end', 'text']);
    expect(Object.keys(draft.findings[0])).toEqual(['sentence', 'judgement', 'type', 'participants', 'basis', 'status', 'quote', 'start', 'end', 'confidence', 'cue', 'inferredFrom']);
    for (const finding of draft.findings) {
      expect([null, 'STRENGTH', 'IMPROVED', 'AREA_FOR_IMPROVEMENT', 'CAUSE_OF_CONCERN']).toContain(finding.judgement);
      expect(draft.sentences[finding.sentence - 1].text.slice(finding.start, finding.end)).toBe(finding.quote);
    }
    expect(stderr).toMatch(/18 sentences, \d+ draft findings/);
    expect(await draftFiles()).toEqual([]);
  });

  it('keeps the draft for review without --dry-run, with the force given on the command line', async () => {
    const file = path.join(dir, 'wessex.txt');
    await writeFile(file, 'Wessex Vale Police is good at preventing crime. However, it needs to improve its vetting procedures.\n');
    const { code, stdout, stderr } = await ingest(file, '--force', 'Wessex Vale Police', '--year', '2017');
    expect(code, stderr).toBe(0);
    expect(stdout).toBe('');
    expect(await draftFiles()).toEqual(['wessex-vale-police-2017-wessex.json']);
    const kept = JSON.parse(await readFile(path.join(drafts, 'wessex-vale-police-2017-wessex.json'), 'utf8'));
    expect(kept.findings.map((f: { judgement: string }) => f.judgement)).toEqual(['STRENGTH', 'AREA_FOR_IMPROVEMENT']);
    expect(kept.findings[0].participants[0]).toMatchObject({ id: 'wessex-vale-police', existing: false });
  });

  it('refuses bad input with the file and the problem on stderr, a non-zero exit and nothing written', async () => {
    const before = await draftFiles();
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['empty.txt', '', /empty\.txt: the file is empty/],
      ['binary.bin', new Uint8Array([0, 1, 2, 3, 0xff, 0]), /binary\.bin: a binary file/],
      ['headings.txt', '# Title\n\nA heading\n\nAnother heading\n', /headings\.txt: no sentences could be found/],
    ];
    for (const [name, content, message] of cases) {
      const file = path.join(dir, name);
      await writeFile(file, content);
      const { code, stdout, stderr } = await ingest(file);
      expect(code, name).not.toBe(0);
      expect(stdout, name).toBe('');
      expect(stderr, name).toMatch(message);
    }
    expect(await draftFiles()).toEqual(before);
  });

  it('refuses to keep a draft with no force, and says how to give one', async () => {
    const file = path.join(dir, 'anonymous.txt');
    await writeFile(file, 'The force is good at preventing crime.\n');
    const before = await draftFiles();
    const { code, stderr } = await ingest(file);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/anonymous\.txt: no force given or named in the text: pass --force NAME/);
    expect(await draftFiles()).toEqual(before);
  });

  it('rejects a malformed year and a missing file argument', async () => {
    expect((await ingest(seedText, '--year', 'last')).stderr).toMatch(/--year must be a year/);
    expect((await ingest()).stderr).toMatch(/give exactly one file/);
  });
});
