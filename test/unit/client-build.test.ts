// `npm start` builds the explorer only when its sources changed: the hash of the sources and the stamp beside dist/.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildClientIfChanged, clientSourceHash } from '../../server/client-build.ts';

let root: string;
let builds: number;
/** Stands in for `vite build`, which takes seconds: writes what the check looks for. */
const build = async (folder: string) => {
  builds += 1;
  await mkdir(path.join(folder, 'dist', 'client'), { recursive: true });
  await writeFile(path.join(folder, 'dist', 'client', 'index.html'), '<!doctype html>');
};
const write = async (file: string, content: string) => {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
};

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-client-build-'));
  builds = 0;
  await write('client/index.html', '<main></main>');
  await write('client/src/main.ts', 'export {};');
  await write('shared/vocabulary.ts', 'export const a = 1;');
  await write('vite.config.ts', 'export default {};');
  await write('package-lock.json', '{}');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('client build on start', () => {
  it('hashes every source: a changed, added or renamed file changes the hash, an unrelated one does not', async () => {
    const first = await clientSourceHash(root);
    expect(await clientSourceHash(root)).toBe(first);
    await write('server/app.ts', 'not the client');
    expect(await clientSourceHash(root)).toBe(first);
    await write('client/src/main.ts', 'export const changed = true;');
    const edited = await clientSourceHash(root);
    expect(edited).not.toBe(first);
    await write('client/src/new.ts', '');
    const added = await clientSourceHash(root);
    expect(added).not.toBe(edited);
    await rm(path.join(root, 'client/src/new.ts'));
    await write('client/src/renamed.ts', '');
    expect(await clientSourceHash(root)).not.toBe(added);
    for (const file of ['shared/vocabulary.ts', 'vite.config.ts', 'package-lock.json']) {
      const before = await clientSourceHash(root);
      await write(file, 'changed');
      expect(await clientSourceHash(root), file).not.toBe(before);
    }
  });

  it('builds on the first start, skips while nothing changed, and builds again after a change', async () => {
    expect(await buildClientIfChanged({ root, build })).toBe('built');
    expect(await readFile(path.join(root, 'dist', 'client-build.stamp'), 'utf8')).toBe(`${await clientSourceHash(root)}\n`);
    expect(await buildClientIfChanged({ root, build })).toBe('unchanged');
    expect(builds).toBe(1);
    await write('client/src/main.ts', 'export const changed = true;');
    expect(await buildClientIfChanged({ root, build })).toBe('built');
    expect(builds).toBe(2);
  });

  it('builds again when the output is gone though the stamp is there', async () => {
    await buildClientIfChanged({ root, build });
    await rm(path.join(root, 'dist', 'client'), { recursive: true });
    expect(await buildClientIfChanged({ root, build })).toBe('built');
  });

  it('leaves no stamp behind a failed build, so the next start tries again', async () => {
    await buildClientIfChanged({ root, build });
    await write('client/src/main.ts', 'export const broken = true;');
    await expect(buildClientIfChanged({ root, build: () => Promise.reject(new Error('vite build failed (exit 1)')) })).rejects.toThrow('vite build failed');
    expect(await buildClientIfChanged({ root, build })).toBe('built');
  });
});
