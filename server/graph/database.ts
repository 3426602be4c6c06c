// Opens the one Neo4j driver of the process: to NEO4J_URI when set, otherwise to an embedded Neo4j it starts.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from './embedded-neo4j.ts';

export interface Database {
  driver: Driver;
  /** Where the driver points, without credentials: safe to log and to report on /health. */
  uri: string;
  database?: string;
  /** Present when this process started Neo4j itself. */
  embedded?: EmbeddedNeo4j;
  close(): Promise<void>;
}

export function createDriver(uri: string, config: Pick<Neo4jConfig, 'username' | 'password' | 'queryTimeoutMs'>): Driver {
  const auth = config.username ? neo4j.auth.basic(config.username, config.password ?? '') : undefined;
  return neo4j.driver(uri, auth, {
    userAgent: 'peel-graph',
    // Fail a request fast rather than queue it behind a database that is not answering.
    connectionAcquisitionTimeout: Math.max(2 * config.queryTimeoutMs, 10_000),
    connectionTimeout: 5_000,
    maxTransactionRetryTime: config.queryTimeoutMs,
    // Counts and indexes here stay far below 2^53, so plain numbers are exact.
    disableLosslessIntegers: true,
  });
}

export async function openDatabase(config: Neo4jConfig, log: (message: string) => void = () => {}): Promise<Database> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.uri;
  if (uri === undefined) {
    log(`starting embedded Neo4j (data in ${config.embedded.dataDir}, bolt port ${config.embedded.boltPort})`);
    embedded = await startEmbeddedNeo4j({
      dataDir: config.embedded.dataDir,
      boltPort: config.embedded.boltPort,
      heap: config.embedded.heap,
      pageCache: config.embedded.pageCache,
      onLog: log,
    });
    uri = embedded.uri;
  }
  const driver = createDriver(uri, config);
  const started = embedded;
  return {
    driver,
    uri,
    database: config.database,
    embedded,
    async close() {
      await driver.close();
      await started?.stop();
    },
  };
}
