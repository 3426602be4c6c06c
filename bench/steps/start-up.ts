// Step 7: `npm start` from command to "ready in", cold and then warm; the first request of each of the explorer's
// and the README's operations once /health first answers 200, beside the same operation warm; and the memory of
// the server and its Neo4j.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';
import { exampleOperations } from '../../server/graphiql/examples.ts';
import { explorerOperations } from '../../test/support/explorer-operations.ts';
import { postGraphQL } from '../graphql-client.ts';
import { percentile } from '../latency.ts';
import { residentMiB } from '../server-process.ts';

/** One operation's first answer after start, and the same operation once the server has answered it a few times. */
export interface FirstRequest {
  operation: string;
  /** From sending to the whole answer read, the operation's first request after /health first said 200. */
  firstMs: number;
  /** Median of the same request repeated, after two unmeasured repeats (the second compiles the document). */
  warmMs: number;
  /** Error codes of the first answer (a loaded machine can time a query out), which the timing still counts. */
  firstErrors?: string[];
}

export interface StartRun {
  /** From spawning the command to the server's "ready in" line. */
  wallSeconds: number;
  /** From spawning the command to the first 200 on /health. */
  healthSeconds: number;
  /**
   * CPU seconds the command's processes (npm, the build, the server, Neo4j) had used by the first 200 on /health:
   * what the start costs whatever else the machine is doing, where wall time grows with its load.
   */
  cpuSeconds: number;
  /** What the server itself reports: from its first line of code to listening (build and tsx start excluded). */
  reportedSeconds: number;
  serverRssMiB: number;
  neo4jRssMiB: number;
  /** Each operation in turn, the first sent the moment /health first answered 200. */
  firstRequests: FirstRequest[];
  /** What the server said of its warm-up (server/warm-up.ts). */
  warmUp?: string;
}

/** The first requests of every start together: what a user opening the explorer right after start waits. */
export interface FirstRequestSummary {
  runs: number;
  operations: number;
  /** Nearest-rank p95 over every operation of every start. */
  p95Ms: number;
  maxMs: number;
  /** The slowest first request: operation and start. */
  slowest: string;
  /** The same over first ÷ warm of each operation in each start. */
  p95Ratio: number;
  maxRatio: number;
  /** The median warm latency over every operation of every start, for scale. */
  warmP50Ms: number;
  /** First requests answered with an error (a timeout on a loaded machine), counted in the figures above. */
  errors: number;
}

export interface StartUp {
  command: string;
  cold: StartRun;
  /** The warm start of median wall time. */
  warm: StartRun;
  /** Every warm start, in order. */
  warmRuns: StartRun[];
  firstRequest: FirstRequestSummary;
  heap: string;
  pageCache: string;
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const readyLine = /ready in ([\d.]+) s/;

const clockTicks = 100;

/** The processes of one process group, with their command lines and CPU seconds (their own and their waited-for children's), read from /proc. */
async function groupMembers(groupId: number): Promise<{ pid: number; command: string; cpuSeconds: number }[]> {
  const members: { pid: number; command: string; cpuSeconds: number }[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised name: state, ppid, pgrp.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== groupId) continue;
      // utime, stime, cutime, cstime: a finished build's CPU is in its parent's cutime.
      const cpuSeconds = [11, 12, 13, 14].reduce((total, index) => total + Number(fields[index]), 0) / clockTicks;
      members.push({ pid: Number(entry), command: (await readFile(`/proc/${entry}/cmdline`, 'utf8')).replaceAll('\0', ' '), cpuSeconds });
    } catch {
      // The process ended while we looked.
    }
  }
  return members;
}

/** The explorer's operations (test/support/explorer-operations.ts) and the README's (server/graphiql/examples.ts). */
export const startUpOperations = [
  ...explorerOperations.map(({ name, query, variables }) => ({ name, query, variables })),
  ...exampleOperations.map(({ name, query, variables }) => ({ name: `README ${name}`, query, variables: variables ?? {} })),
];

/** Polls /health until it answers 200, so the first request goes out the moment a load balancer would send it. */
async function firstHealthy(base: string, exited: Promise<void>, timeoutMs: number): Promise<void> {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const deadline = performance.now() + timeoutMs;
  while (!gone && performance.now() < deadline) {
    try {
      const response = await fetch(`${base}health`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(gone ? 'the server exited before /health answered 200' : `/health did not answer 200 within ${timeoutMs} ms`);
}

async function timed(url: string, operation: (typeof startUpOperations)[number]): Promise<{ milliseconds: number; errors: string[] }> {
  const started = performance.now();
  const answer = await postGraphQL(url, operation.query, operation.variables);
  const milliseconds = performance.now() - started;
  if (answer.status !== 200) throw new Error(`${operation.name} answered ${answer.status}: ${JSON.stringify(answer.errors)}`);
  return { milliseconds, errors: (answer.errors ?? []).map((error) => String(error.extensions?.code ?? error.message)) };
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Each operation once, in turn, then each again until warm: two unmeasured repeats, then the median of five. */
async function firstRequests(url: string): Promise<FirstRequest[]> {
  const first: { milliseconds: number; errors: string[] }[] = [];
  for (const operation of startUpOperations) first.push(await timed(url, operation));
  const rows: FirstRequest[] = [];
  for (const [index, operation] of startUpOperations.entries()) {
    for (let repeat = 0; repeat < 2; repeat += 1) await timed(url, operation);
    const warm: number[] = [];
    for (let repeat = 0; repeat < 5; repeat += 1) warm.push((await timed(url, operation)).milliseconds);
    const { milliseconds, errors } = first[index]!;
    rows.push({ operation: operation.name, firstMs: round(milliseconds), warmMs: round(percentile(Float64Array.from(warm).sort(), 0.5)), ...(errors.length > 0 ? { firstErrors: errors } : {}) });
  }
  return rows;
}

/** p95 of the first requests over every operation of every start, in milliseconds and as a ratio to warm. */
export function summariseFirstRequests(runs: readonly { label: string; firstRequests: readonly FirstRequest[] }[]): FirstRequestSummary {
  const all = runs.flatMap((run) => run.firstRequests.map((row) => ({ ...row, label: run.label })));
  if (all.length === 0) throw new Error('no first requests to summarise');
  const sorted = (values: number[]) => Float64Array.from(values).sort();
  const slowest = all.reduce((worst, row) => (row.firstMs > worst.firstMs ? row : worst));
  const ratios = all.map((row) => row.firstMs / row.warmMs);
  return {
    runs: runs.length,
    operations: new Set(all.map((row) => row.operation)).size,
    p95Ms: round(percentile(sorted(all.map((row) => row.firstMs)), 0.95)),
    maxMs: slowest.firstMs,
    slowest: `${slowest.operation} (${slowest.label})`,
    p95Ratio: round(percentile(sorted(ratios), 0.95), 2),
    maxRatio: round(Math.max(...ratios), 2),
    warmP50Ms: round(percentile(sorted(all.map((row) => row.warmMs)), 0.5)),
    errors: all.filter((row) => (row.firstErrors?.length ?? 0) > 0).length,
  };
}

async function startOnce(command: string[], env: NodeJS.ProcessEnv, base: string, timeoutMs: number): Promise<StartRun> {
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
  const url = `${base}graphql`;
  try {
    const ready = new Promise<{ reported: number; wallSeconds: number }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "ready in" line within ${timeoutMs} ms\n${output.join('\n')}`)), timeoutMs);
      createInterface({ input: child.stdout! }).on('line', (line) => {
        collect(line);
        const match = readyLine.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve({ reported: Number(match[1]), wallSeconds: (performance.now() - started) / 1000 });
        }
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`${command.join(' ')} exited before it was ready\n${output.join('\n')}`));
      });
    });
    // Awaited below; a failure before then is reported by firstHealthy with the output.
    ready.catch(() => {});
    await firstHealthy(base, exited, timeoutMs).catch((error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output.join('\n')}`);
    });
    const healthSeconds = (performance.now() - started) / 1000;
    const cpuSeconds = (await groupMembers(child.pid!)).reduce((total, member) => total + member.cpuSeconds, 0);
    const rows = await firstRequests(url);
    const { reported, wallSeconds } = await ready;
    const members = await groupMembers(child.pid!);
    // The server is the node process running server/index (tsx runs it in a child node beside its own launcher:
    // the larger of the two); npm and its shell are smaller still.
    const rss = async (match: (command: string) => boolean) => {
      const sizes = await Promise.all(members.filter((m) => match(m.command)).map((m) => residentMiB(m.pid).catch(() => Number.NaN)));
      return sizes.length > 0 ? Math.max(...sizes) : Number.NaN;
    };
    return {
      wallSeconds: round(wallSeconds),
      healthSeconds: round(healthSeconds),
      cpuSeconds: round(cpuSeconds),
      reportedSeconds: reported,
      serverRssMiB: await rss((command) => /server\/index\.[tj]s/.test(command) && !command.startsWith('sh ')),
      neo4jRssMiB: await rss((command) => command.includes('org.peelgraph.EmbeddedNeo4j')),
      firstRequests: rows,
      warmUp: output.filter((line) => line.includes('warm')).join(' / ') || undefined,
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

/**
 * Starts on a fresh data folder and ports: the first builds and seeds (cold), the others are what a user sees
 * daily (warm). Every start times the explorer's and the README's first requests.
 */
export async function measureStartUp(options: { timeoutMs?: number; warmStarts?: number } = {}): Promise<StartUp> {
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
  const base = `http://127.0.0.1:${port}/`;
  const timeoutMs = options.timeoutMs ?? 900_000;
  try {
    // As on a fresh clone: the cold start builds the explorer (npm start skips the build while this stamp is current).
    await rm(path.join(projectRoot, 'dist', 'client-build.stamp'), { force: true });
    const cold = await startOnce(command, env, base, timeoutMs);
    const warmRuns: StartRun[] = [];
    for (let run = 0; run < (options.warmStarts ?? 2); run += 1) warmRuns.push(await startOnce(command, env, base, timeoutMs));
    const warm = [...warmRuns].sort((a, b) => a.wallSeconds - b.wallSeconds)[Math.floor((warmRuns.length - 1) / 2)]!;
    const firstRequest = summariseFirstRequests([
      { label: 'cold start', firstRequests: cold.firstRequests },
      ...warmRuns.map((run, index) => ({ label: `warm start ${index + 1}`, firstRequests: run.firstRequests })),
    ]);
    return { command: command.join(' '), cold, warm, warmRuns, firstRequest, heap: '512m (default)', pageCache: '128m (default)' };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
