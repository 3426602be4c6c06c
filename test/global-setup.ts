// Starts one throwaway Neo4j for the whole test run, seeds it, and hands its address to the tests. Tests that
// write (drafts, publishing, imports) get a Neo4j of their own (test/writes/global-setup.ts), so the counts the
// read-only tests assert of the whole graph never see an assessment another test file is publishing.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
import type { Driver } from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { seedDirectory } from '../server/config.ts';
import { createDriver } from '../server/graph/database.ts';
import { startEmbeddedNeo4j } from '../server/graph/embedded-neo4j.ts';
import { seedGraph } from '../server/graph/seed-loader.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** The password of user neo4j on that Neo4j (the embedded one always requires it). */
    neo4jPassword: string;
    /** Its data folder, holding the password file. */
    neo4jDataDir: string;
  }
}

interface SeededNeo4j {
  uri: string;
  password: string;
  dataDir: string;
  stop: () => Promise<void>;
}

interface SharedNeo4j {
  started: Promise<SeededNeo4j>;
  users: number;
}

// The integration and e2e projects both list this setup, and Vitest runs it once per project, each
// project through its own module runner. One Neo4j on two cores is enough for both, so the first call
// starts it, later ones borrow it, and the last teardown stops it; the process-wide global is the one
// place both runners share.
const registry = globalThis as typeof globalThis & Record<symbol, SharedNeo4j | undefined>;

async function startSeededNeo4j(afterSeed: (driver: Driver) => Promise<void>): Promise<SeededNeo4j> {
  // Its own port and folder, so the tests can run beside a running `npm start`.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-test-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: await getPort() });
  const driver = createDriver(neo4j.uri, { ...neo4j.credentials, queryTimeoutMs: 30_000 });
  try {
    await seedGraph(driver, { directory: seedDirectory });
    await afterSeed(driver);
  } catch (error) {
    await neo4j.stop();
    throw error;
  } finally {
    await driver.close();
  }
  return {
    uri: neo4j.uri,
    password: neo4j.credentials.password,
    dataDir,
    stop: async () => {
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts (or borrows) the seeded Neo4j named `name` and provides its address to the project's tests. */
export async function provideSeededNeo4j(project: TestProject, name: string, afterSeed: (driver: Driver) => Promise<void> = async () => {}) {
  const key = Symbol.for(`peel-graph.test-neo4j.${name}`);
  const shared = (registry[key] ??= { started: startSeededNeo4j(afterSeed), users: 0 });
  shared.users += 1;
  const neo4j = await shared.started;
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jPassword', neo4j.password);
  project.provide('neo4jDataDir', neo4j.dataDir);
  return async () => {
    shared.users -= 1;
    if (shared.users === 0) {
      delete registry[key];
      await neo4j.stop();
    }
  };
}

export default function setup(project: TestProject) {
  return provideSeededNeo4j(project, 'read-only');
}
