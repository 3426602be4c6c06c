import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createRecordStores } from '../../server/stores.ts';
import { loadConfig, seedDirectory } from '../../server/config.ts';
import { createDriver, openDatabase } from '../../server/graph/database.ts';
import { passwordFile } from '../../server/graph/embedded-files.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../../server/graph/embedded-neo4j.ts';
import { GraphRepository } from '../../server/graph/repository.ts';
import { seedGraph } from '../../server/graph/seed-loader.ts';
import { graphql } from '../support/api.ts';

// These tests stop and start Neo4j under a running app, so they use a Neo4j of their own.
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-faults-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const statsQuery = '{ stats { nodes } }';

// Generous: a Neo4j start takes seconds on a quiet machine and can take a minute on a busy one.
async function eventually<T>(attempt: () => Promise<T | undefined>, what: string, timeoutMs = 240_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('when Neo4j goes away', () => {
  it('starts without it, says so, recovers when it comes, and again after it stops and returns', async () => {
    const boltPort = await getPort();
    // The driver exists before the database does, so the password is chosen here; the launcher uses a file it finds.
    const password = randomBytes(18).toString('base64url');
    await writeFile(passwordFile(dataDir), `${password}\n`, { mode: 0o600 });
    const driver = createDriver(`bolt://127.0.0.1:${boltPort}`, { username: 'neo4j', password, queryTimeoutMs: 2_000 });
    const app = createApp({
      config: loadConfig({ NODE_ENV: 'production' }),
      repository: new GraphRepository(driver, { queryTimeoutMs: 2_000 }),
      stores: createRecordStores(driver, { queryTimeoutMs: 2_000 }),
      databaseName: 'neo4j',
      databaseAddress: `bolt://127.0.0.1:${boltPort}`,
    });
    const unavailable = async () => {
      const response = await graphql(app, statsQuery);
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
      const health = await app.fetch('http://local/health');
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', database: { name: 'neo4j', address: `bolt://127.0.0.1:${boltPort}`, status: 'down' } });
    };
    const answers = () =>
      eventually(async () => {
        const response = await graphql(app, statsQuery);
        return response.data?.stats?.nodes > 0 ? response : undefined;
      }, 'the API to answer again');

    let neo4j: EmbeddedNeo4j | undefined;
    try {
      // 1. The app is up before the database exists.
      await unavailable();

      // 2. The database arrives; the same app, without a restart, answers.
      neo4j = await startEmbeddedNeo4j({ dataDir, boltPort });
      await seedGraph(driver, { directory: seedDirectory });
      await answers();
      expect((await app.fetch('http://local/health')).status).toBe(200);

      // 3. Requests in flight while it stops get coded errors or answers, never a crash or an internal error.
      const inFlight = Array.from({ length: 20 }, () => graphql(app, statsQuery));
      await neo4j.stop();
      // Each one, whichever side of the stop it fell, is exactly one of the two outcomes.
      const outcome = (response: Awaited<(typeof inFlight)[number]>) =>
        response.errors ? { codes: response.errors.map((e) => e.extensions?.code), data: response.data ?? null } : { answered: response.data?.stats.nodes > 0 };
      for (const response of await Promise.all(inFlight)) {
        expect([{ codes: ['DATABASE_UNAVAILABLE'], data: null }, { answered: true }]).toContainEqual(outcome(response));
      }
      await unavailable();

      // 4. It comes back on the same data: full recovery.
      neo4j = await startEmbeddedNeo4j({ dataDir, boltPort });
      const recovered = await answers();
      expect(recovered.data?.stats.nodes).toBe(34);
    } finally {
      await driver.close();
      await neo4j?.stop();
    }
  }, 600_000);

  it('brings a killed embedded Neo4j back by itself, on data that opens cleanly', async () => {
    const config = loadConfig({ NEO4J_DATA_DIR: path.join(dataDir, 'supervised'), NEO4J_BOLT_PORT: String(await getPort()) });
    const logged: string[] = [];
    const database = await openDatabase(config.neo4j, (line) => logged.push(line));
    try {
      await database.driver.executeQuery('MERGE (:Probe {id: "survivor"})');
      const first = database.embedded!.pid;
      process.kill(first, 'SIGKILL');
      await eventually(async () => (database.embedded && database.embedded.pid !== first ? true : undefined), 'a restarted Neo4j');
      const ids = await eventually<string[]>(async () => {
        try {
          const { records } = await database.driver.executeQuery('MATCH (p:Probe) RETURN p.id AS id');
          return records.map((r) => r.get('id') as string);
        } catch {
          return undefined;
        }
      }, 'the restarted Neo4j to answer');
      expect(ids).toEqual(['survivor']);
      expect(logged.join('\n')).toMatch(/embedded Neo4j stopped unexpectedly[\s\S]*embedded Neo4j is back/);
    } finally {
      await database.close();
    }
  }, 400_000);
});
