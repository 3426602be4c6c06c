// The bench's own embedded Neo4j: a free port, a throwaway folder and more memory, seeded with the real graph.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
import type { Driver } from 'neo4j-driver';
import { seedDirectory } from '../server/config.ts';
import { createDriver } from '../server/graph/database.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../server/graph/embedded-neo4j.ts';
import { seedGraph } from '../server/graph/seed-loader.ts';

export interface BenchDatabaseOptions {
  /** A folder to keep the database in between runs; without it a temporary folder is made and removed. */
  dataDir?: string;
  heap: string;
  pageCache: string;
  transactionMemory: string;
  log: (message: string) => void;
}

export interface BenchDatabase {
  uri: string;
  driver: Driver;
  neo4j: EmbeddedNeo4j;
  dataDir: string;
  startSeconds: number;
  /** Safe to call more than once. */
  close(): Promise<void>;
}

export async function startBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const temporary = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'peel-graph-bench-')));
  const started = performance.now();
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    boltPort: await getPort({ host: '127.0.0.1' }),
    heap: options.heap,
    pageCache: options.pageCache,
    transactionMemory: options.transactionMemory,
    startTimeoutMs: 300_000,
  });
  const startSeconds = (performance.now() - started) / 1000;
  // For loading and set-up: a long retry window, since two bulk writers can deadlock and retry a large batch.
  // What is measured uses drivers configured the way the server configures its own.
  const driver = createDriver(neo4j.uri, { ...neo4j.credentials, queryTimeoutMs: 600_000 });
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await driver.close();
      await neo4j.stop();
      if (temporary) await rm(dataDir, { recursive: true, force: true });
    })();
    return closing;
  };
  try {
    await driver.verifyConnectivity();
    // The real seed graph is what the ceiling and round-trip steps ask about, and what the synthetic graph must leave alone.
    await seedGraph(driver, { directory: seedDirectory });
  } catch (error) {
    await close();
    throw error;
  }
  options.log(`bench Neo4j at ${neo4j.uri} (heap ${options.heap}, page cache ${options.pageCache}, data in ${dataDir}) started in ${startSeconds.toFixed(1)} s`);
  return { uri: neo4j.uri, driver, neo4j, dataDir, startSeconds, close };
}
