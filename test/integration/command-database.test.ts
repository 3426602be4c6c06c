// Commands share the store with a running server: they use the embedded Neo4j already on the folder, or start one.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { createDriver, openDatabaseForCommand } from '../../server/graph/database.ts';
import { addressFile } from '../../server/graph/embedded-files.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../../server/graph/embedded-neo4j.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

function runSeed(env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/seed.ts'],
      { cwd: projectRoot, env: { ...process.env, ...env }, timeout: 300_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

async function forces(uri: string, credentials: { username: string; password: string }): Promise<string[]> {
  const driver = createDriver(uri, { ...credentials, queryTimeoutMs: 10_000 });
  try {
    const { records } = await driver.executeQuery('MATCH (f:Force) RETURN f.id AS id');
    return records.map((record) => record.get('id') as string);
  } finally {
    await driver.close();
  }
}

describe('a command opening the embedded Neo4j', () => {
  let dataDir: string;
  let running: EmbeddedNeo4j | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-command-'));
  });
  afterAll(async () => {
    await running?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('uses the one already running on its folder, and leaves it running', async () => {
    running = await startEmbeddedNeo4j({ dataDir, boltPort: await getPort() });
    // Another port in the settings: the command must go by the folder's announced address, not start a second.
    const env = { NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await getPort()) };

    const seeded = await runSeed(env);
    expect(seeded.output).toContain(`using the embedded Neo4j already running at ${running.uri}`);
    expect(seeded.code).toBe(0);
    expect(await forces(running.uri, running.credentials)).toEqual(['cheshire-constabulary']);

    const database = await openDatabaseForCommand(loadConfig(env).neo4j);
    expect(database.uri).toBe(running.uri);
    expect(database.embedded).toBeUndefined();
    await database.close();
    expect(await forces(running.uri, running.credentials)).toEqual(['cheshire-constabulary']);
  }, 400_000);

  it('starts its own when none answers, even if a stale address was left behind', async () => {
    await running!.stop();
    running = undefined;
    const stalePort = await getPort();
    await writeFile(addressFile(dataDir), `bolt://127.0.0.1:${stalePort}\n`);
    const logged: string[] = [];
    const config = loadConfig({ NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await getPort()) });

    const database = await openDatabaseForCommand(config.neo4j, (line) => logged.push(line));
    try {
      expect(database.embedded).toBeDefined();
      expect(logged.join('\n')).toContain(`the embedded Neo4j announced at bolt://127.0.0.1:${stalePort} does not answer`);
      const { records } = await database.driver.executeQuery('MATCH (f:Force) RETURN f.id AS id');
      expect(records.map((record) => record.get('id'))).toEqual(['cheshire-constabulary']);
    } finally {
      await database.close();
    }
    expect(await database.embedded?.exited).toBe(0);
  }, 400_000);
});
