// Builds the explorer into dist/client for `npm start`, but only when its sources changed since the last build:
// `vite build` was most of a warm start, for an output that had not changed.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from './config.ts';

/** What the build reads: the client, the code it shares with the server, Vite's config and the locked dependencies. */
export const clientSources = ['client', 'shared', 'vite.config.ts', 'package-lock.json'];

/** Beside dist/client, not in it: the server serves everything in dist/client. */
const stampOf = (root: string) => path.join(root, 'dist', 'client-build.stamp');
const builtIndexOf = (root: string) => path.join(root, 'dist', 'client', 'index.html');

async function filesUnder(root: string, relative: string): Promise<string[]> {
  const absolute = path.join(root, relative);
  const info = await stat(absolute).catch(() => undefined);
  if (info === undefined) return [];
  if (!info.isDirectory()) return [relative];
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** SHA-256 over the path and content of every source file, in a fixed order. */
export async function clientSourceHash(root: string = projectRoot, sources: readonly string[] = clientSources): Promise<string> {
  const files = (await Promise.all(sources.map((source) => filesUnder(root, source)))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const content = await readFile(path.join(root, file));
    // Lengths keep "a" + "bc" apart from "ab" + "c".
    hash.update(`${file.length}:${file}:${content.length}:`).update(content);
  }
  return hash.digest('hex');
}

/** The hash the last successful build recorded, when its output is still there. */
async function builtHash(root: string): Promise<string | undefined> {
  const [stamp, index] = await Promise.all([readFile(stampOf(root), 'utf8').catch(() => undefined), stat(builtIndexOf(root)).catch(() => undefined)]);
  return index === undefined ? undefined : stamp?.trim();
}

function viteBuild(root: string): Promise<void> {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`vite build failed (${signal ?? `exit ${code}`})`))));
  });
}

export interface ClientBuildOptions {
  log?: (message: string) => void;
  /** The project folder; tests give a folder of their own. */
  root?: string;
  /** What builds dist/client: `vite build`. */
  build?: (root: string) => Promise<void>;
}

/** Runs `vite build` unless dist/client was built from these very sources; says which it did. */
export async function buildClientIfChanged({ log = () => {}, root = projectRoot, build = viteBuild }: ClientBuildOptions = {}): Promise<'built' | 'unchanged'> {
  const hash = await clientSourceHash(root);
  if ((await builtHash(root)) === hash) {
    log('explorer unchanged since its last build: not rebuilding');
    return 'unchanged';
  }
  log('building the explorer (its sources changed since the last build)');
  // A build that fails halfway must not leave the old stamp vouching for a half-written dist/client.
  await rm(stampOf(root), { force: true });
  await build(root);
  await writeFile(stampOf(root), `${hash}\n`);
  return 'built';
}
