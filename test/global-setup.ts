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
  }
}

export default async function setup(project: TestProject) {
  // Its own port and folder, so the tests can run beside a running `npm start`.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-test-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: await getPort() });
  const driver = createDriver(neo4j.uri, { queryTimeoutMs: 30_000 });
  try {
    await seedGraph(driver, { directory: seedDirectory });
  } catch (error) {
    await neo4j.stop();
    throw error;
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
