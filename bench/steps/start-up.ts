// Step 7: `npm start` from command to "ready in", cold and then warm, and the memory of the server and its Neo4j.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';
import { postGraphQL } from '../graphql-client.ts';
import { residentMiB } from '../server-process.ts';

export interface StartRun {
  /** From spawning the command to the server's "ready in" line. */
  wallSeconds: number;
  /** What the server itself reports: from its first line of code to listening (build and tsx start excluded). */
  reportedSeconds: number;
  serverRssMiB: number;
  neo4jRssMiB: number;
}

export interface StartUp {
  command: string;
  cold: StartRun;
  warm: StartRun;
  heap: string;
  pageCache: string;
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const readyLine = /ready in ([\d.]+) s/;

/** The processes of one process group, with their command lines, read from /proc. */
async function groupMembers(groupId: number): Promise<{ pid: number; command: string }[]> {
  const members: { pid: number; command: string }[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised name: state, ppid, pgrp.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== groupId) continue;
      members.push({ pid: Number(entry), command: (await readFile(`/proc/${entry}/cmdline`, 'utf8')).replaceAll('\0', ' ') });
    } catch {
      // The process ended while we looked.
    }
  }
  return members;
}

async function startOnce(command: string[], env: NodeJS.ProcessEnv, url: string, timeoutMs: number): Promise<StartRun> {
  const started = performance.now();
  // Its own process group, so stopping it reaches npm, the server and Neo4j, and nothing else.
  const child = spawn(command[0]!, command.slice(1), { cwd: projectRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const collect = (line: string) => {
    output.push(line);
    if (output.length > 40) output.shift();
  };
  createInterface({ input: child.stderr! }).on('line', collect);
  try {
    const reported = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "ready in" line within ${timeoutMs} ms\n${output.join('\n')}`)), timeoutMs);
      createInterface({ input: child.stdout! }).on('line', (line) => {
        collect(line);
        const ready = readyLine.exec(line);
        if (ready) {
          clearTimeout(timer);
          resolve(Number(ready[1]));
        }
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`${command.join(' ')} exited before it was ready\n${output.join('\n')}`));
      });
    });
    const wallSeconds = (performance.now() - started) / 1000;
    // One request, so the memory figures are those of a server that has answered something.
    await postGraphQL(url, '{ neighbourhood(id: "cheshire-constabulary", depth: 2) { nodes { id } edges { id } } }');
    const members = await groupMembers(child.pid!);
    // tsx runs the server in a child node process beside its own small launcher: the server is the larger of the two.
    const rss = async (match: (command: string) => boolean) => {
      const sizes = await Promise.all(members.filter((m) => match(m.command)).map((m) => residentMiB(m.pid).catch(() => Number.NaN)));
      return sizes.length > 0 ? Math.max(...sizes) : Number.NaN;
    };
    return {
      wallSeconds: Math.round(wallSeconds * 10) / 10,
      reportedSeconds: reported,
      serverRssMiB: await rss((command) => command.includes('server/index.ts') && !command.startsWith('sh ')),
      neo4jRssMiB: await rss((command) => command.includes('org.peelgraph.EmbeddedNeo4j')),
    };
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    const escalation = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 30_000);
    await exited;
    // npm exits before its children; wait for the whole group, Neo4j included, to be gone.
    while ((await groupMembers(child.pid!)).length > 0) await new Promise((resolve) => setTimeout(resolve, 200));
    clearTimeout(escalation);
  }
}

/** Two starts on a fresh data folder and ports: the first builds and seeds (cold), the second is what a user sees daily. */
export async function measureStartUp(options: { timeoutMs?: number } = {}): Promise<StartUp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-bench-start-'));
  const port = await getPort({ host: '127.0.0.1' });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NEO4J_BOLT_PORT: String(await getPort({ host: '127.0.0.1' })),
    NEO4J_DATA_DIR: dataDir,
    NEO4J_URI: '',
  };
  const command = ['npm', 'start'];
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    const cold = await startOnce(command, env, url, options.timeoutMs ?? 900_000);
    const warm = await startOnce(command, env, url, options.timeoutMs ?? 900_000);
    return { command: command.join(' '), cold, warm, heap: '512m (default)', pageCache: '128m (default)' };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
