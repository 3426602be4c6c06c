// Runs one server under test in its own Node process, so the load generator never shares its event loop.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';

export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  /** Resident memory of the server process now, in MiB. */
  rssMiB(): Promise<number>;
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  env?: Record<string, string>;
  /** Writes a V8 CPU profile of the whole run here (node --cpu-prof), for finding where time goes. */
  cpuProfileDir?: string;
  startTimeoutMs?: number;
  /** Every line the server writes to stderr is kept here too, so errors seen in a run can be traced afterwards. */
  stderrFile?: string;
}

const readyLine = /^LISTENING (\d+)$/;

export async function residentMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return kib ? Math.round(Number(kib[1]) / 1024) : Number.NaN;
}

/** Starts `bench/servers/<name>.ts` on a free loopback port and resolves once it listens. */
export async function startServerProcess(name: string, options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const entry = fileURLToPath(new URL(`./servers/${name}.ts`, import.meta.url));
  const port = await getPort({ host: '127.0.0.1' });
  // One folder per server: tsx's loader thread writes a profile of its own beside the main thread's.
  const profiling = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(options.cpuProfileDir, name)}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profiling, '--import', 'tsx', entry], {
    env: { ...process.env, ...options.env, BENCH_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  const kept = options.stderrFile ? createWriteStream(options.stderrFile, { flags: 'a' }) : undefined;
  createInterface({ input: child.stderr! }).on('line', (line) => {
    kept?.write(`${line}\n`);
    stderr.push(line);
    if (stderr.length > 30) stderr.shift();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not listen within ${options.startTimeoutMs ?? 120_000} ms\n${stderr.join('\n')}`)), options.startTimeoutMs ?? 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (readyLine.test(line)) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before listening\n${stderr.join('\n')}`));
    });
  });

  let stopping: Promise<void> | undefined;
  return {
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid!,
    rssMiB: () => residentMiB(child.pid!),
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const escalation = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(escalation);
      })();
      return stopping;
    },
  };
}
