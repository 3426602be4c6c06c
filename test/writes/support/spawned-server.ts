// The real server started as its own process against the writes tier's Neo4j, for tests that kill it or need it
// apart from the test's own event loop (a stalled server must not be the test stalling).
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import getPort from 'get-port';
import { inject } from 'vitest';
import { projectRoot } from '../../../server/config.ts';
import { testCredentials } from '../../support/database.ts';

export interface SpawnedServer {
  child: ChildProcess;
  base: string;
  /** POSTs a GraphQL request as JSON, with a bearer when given. */
  graphql(query: string, variables?: Record<string, unknown>, secret?: string): Promise<{ data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
}

/** Starts `server/index.ts` on a free port with the given settings, resolving once it says it is ready. */
export async function startServer(env: Record<string, string> = {}): Promise<SpawnedServer> {
  const port = await getPort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USERNAME: testCredentials().username,
      NEO4J_PASSWORD: testCredentials().password,
      SEED_ON_START: 'false',
      QUERY_TIMEOUT_MS: '60000',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const onLine = (line: string) => {
      output.push(line);
      if (line.includes('ready in')) resolve();
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before it was ready:\n${output.slice(-20).join('\n')}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    child,
    base,
    graphql: async (query, variables = {}, secret) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
  };
}

/** Stops a spawned server and waits for it to be gone. */
export async function stopServer(server: SpawnedServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill(signal);
  await exited;
}
