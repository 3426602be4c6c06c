// The real server started as its own process against the writes tier's Neo4j, for tests that kill it or need it
// apart from the test's own event loop (a stalled server must not be the test stalling).
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import getPort from 'get-port';
import type { Driver } from 'neo4j-driver';
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

/** Resolves once Neo4j shows an open transaction whose metadata has `action` and the given field: a change under way. */
export async function transactionOpen(driver: Driver, action: string, field: string, value: string): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 10) {
    const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD metaData WHERE metaData.action = $action AND metaData[$field] = $value RETURN count(*) AS open', { action, field, value });
    if (Number(records[0]!.get('open')) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no ${action} transaction with ${field} ${value} showed in SHOW TRANSACTIONS`);
}

/**
 * Starts a server, sends it one change, and kills it (SIGKILL) `delayMs` after the change's transaction shows open
 * in Neo4j (`open`); resolves once Neo4j has had the moment it takes to roll back a transaction whose connection died.
 */
export async function killDuringChange(body: string, secret: string, open: () => Promise<void>, delayMs: number): Promise<void> {
  const running = await startServer();
  const request = fetch(`${running.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body }).catch(() => null);
  await open();
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  running.child.kill('SIGKILL');
  await request;
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}
