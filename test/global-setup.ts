// Starts one throwaway Neo4j for the whole test run, seeds it, and hands its address to the tests.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
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

export default async function setup(project: TestProject) {
  // Its own port and folder, so the tests can run beside a running `npm start`.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-test-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: await getPort() });
  const driver = createDriver(neo4j.uri, { ...neo4j.credentials, queryTimeoutMs: 30_000 });
  try {
    await seedGraph(driver, { directory: seedDirectory });
  } catch (error) {
    await neo4j.stop();
    throw error;
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jPassword', neo4j.credentials.password);
  project.provide('neo4jDataDir', dataDir);
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
