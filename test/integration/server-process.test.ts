import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';

// The server as `npm start` runs it (less the client build): its own process, its own embedded Neo4j.
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-process-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  base: string;
  output: string[];
  exited: Promise<number | null>;
}

async function startServer(): Promise<Running> {
  const port = await getPort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), NEO4J_BOLT_PORT: String(await getPort()), NEO4J_DATA_DIR: dataDir, NEO4J_URI: '', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const onLine = (line: string) => {
      output.push(line);
      if (line.includes('ready in')) resolve();
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    void exited.then((code) => reject(new Error(`server exited with ${code} before it was ready:\n${output.slice(-20).join('\n')}`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, output, exited };
}

async function post(base: string, query: string) {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: unknown[] } };
}

/** The embedded Neo4j: the one child process of the server. */
async function childPid(pid: number): Promise<number> {
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8')).trim().split(/\s+/).map(Number);
  expect(children).toHaveLength(1);
  return children[0]!;
}

describe('the server process', () => {
  it('serves a seeded graph, drains requests on SIGTERM and stops its Neo4j', async () => {
    const server = await startServer();
    try {
      expect((await fetch(`${server.base}/health`)).status).toBe(200);
      // The explorer's and the README's operations ran before it said it was ready (server/warm-up.ts); on a
      // machine loaded enough that they overran the time allowed, it says so instead.
      expect(server.output.join('\n')).toMatch(/(warmed up \d+ operations in [\d.]+ s|warm-up still running after)[\s\S]*ready in/);
      expect((await post(server.base, '{ stats { nodes relationships } }')).body.data).toEqual({ stats: { nodes: 34, relationships: 43 } });

      // Freezing Neo4j holds requests inside the server, so they are surely in flight when SIGTERM comes.
      const neo4j = await childPid(server.child.pid!);
      process.kill(neo4j, 'SIGSTOP');
      const inFlight = Array.from({ length: 5 }, () => post(server.base, '{ neighbourhood(id: "cheshire-constabulary", depth: 2) { nodes { id } } }'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      server.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 500));
      process.kill(neo4j, 'SIGCONT');
      for (const response of await Promise.all(inFlight)) {
        expect(response.status).toBe(200);
        expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
        expect(response.body.data.neighbourhood.nodes.length).toBe(34);
      }
      expect(await server.exited).toBe(0);
      expect(server.output.join('\n')).toMatch(/SIGTERM: finishing requests in flight[\s\S]*stopped/);
      // Its Neo4j went with it.
      expect(() => process.kill(neo4j, 0)).toThrow();
    } finally {
      server.child.kill('SIGKILL');
    }
  }, 400_000);

  it('opens its data cleanly after being killed outright', async () => {
    const killed = await startServer();
    killed.child.kill('SIGKILL');
    await killed.exited;
    // The embedded Neo4j sees its parent's pipe close and shuts down, releasing its store lock in a few
    // seconds; a start before then is refused, so try until the data opens.
    let again: Running | undefined;
    for (let attempt = 0; !again; attempt += 1) {
      again = await startServer().catch((error: unknown) => {
        if (attempt >= 10) throw error;
        return new Promise<undefined>((resolve) => setTimeout(resolve, 2_000));
      });
    }
    try {
      expect((await post(again.base, '{ stats { nodes } }')).body.data).toEqual({ stats: { nodes: 34 } });
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  }, 400_000);
});
