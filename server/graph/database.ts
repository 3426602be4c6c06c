// Opens the one Neo4j driver of the process: to NEO4J_URI when set, otherwise to an embedded Neo4j it starts
// (or, for a command, the one already running on the data folder).
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';
import { readAnnouncedAddress, readEmbeddedCredentials } from './embedded-files.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from './embedded-neo4j.ts';

export interface Database {
  driver: Driver;
  /** Where the driver points, without credentials: safe to log and to report on /health. */
  uri: string;
  /** The embedded Neo4j now running, when this process started its own (not when it uses a running one). */
  readonly embedded: EmbeddedNeo4j | undefined;
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

/** Waits before the n-th restart of a crashed embedded Neo4j: quick at first, never a tight loop. */
export function restartDelayMs(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.min(attempt, 5));
}

export async function openDatabase(config: Neo4jConfig, log: (message: string) => void = () => {}): Promise<Database> {
  if (config.uri !== undefined) {
    const driver = createDriver(config.uri, config);
    return { driver, uri: config.uri, embedded: undefined, close: () => driver.close() };
  }

  const start = () =>
    startEmbeddedNeo4j({
      dataDir: config.embedded.dataDir,
      boltPort: config.embedded.boltPort,
      heap: config.embedded.heap,
      pageCache: config.embedded.pageCache,
      onLog: log,
    });
  log(`starting embedded Neo4j (data in ${config.embedded.dataDir}, bolt port ${config.embedded.boltPort})`);
  let embedded: EmbeddedNeo4j | undefined = await start();
  const driver = createDriver(embedded.uri, { ...config, ...embedded.credentials });
  let closing = false;
  let restarts = 0;

  // The driver reconnects by itself; bringing the database back is this supervisor's job.
  const supervise = (instance: EmbeddedNeo4j) => {
    void instance.exited.then(async (code) => {
      if (closing) return;
      embedded = undefined;
      while (!closing) {
        const delay = restartDelayMs(restarts);
        restarts += 1;
        log(`embedded Neo4j stopped unexpectedly (exit ${code ?? 'by signal'}); restarting in ${delay / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (closing) return;
        try {
          const restarted = await start();
          if (closing) {
            await restarted.stop();
            return;
          }
          embedded = restarted;
          log('embedded Neo4j is back');
          supervise(restarted);
          return;
        } catch (error) {
          log(`embedded Neo4j did not restart: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      }
    });
  };
  supervise(embedded);

  return {
    driver,
    uri: embedded.uri,
    get embedded() {
      return embedded;
    },
    async close() {
      closing = true;
      await driver.close();
      await embedded?.stop();
    },
  };
}

/**
 * For commands (`npm run seed`, `npm run token`, ingestion): the embedded Neo4j already serving the data folder
 * when one answers, such as the one `npm start` runs, otherwise one of the command's own. Two launchers cannot
 * share a store, so a command that always started its own would fail beside a running server. Closing the
 * result leaves a Neo4j it did not start running.
 */
export async function openDatabaseForCommand(config: Neo4jConfig, log: (message: string) => void = () => {}): Promise<Database> {
  if (config.uri === undefined) {
    const running = await connectToRunningEmbedded(config, log);
    if (running) return running;
  }
  return openDatabase(config, log);
}

async function connectToRunningEmbedded(config: Neo4jConfig, log: (message: string) => void): Promise<Database | undefined> {
  const { dataDir } = config.embedded;
  const uri = await readAnnouncedAddress(dataDir);
  if (uri === undefined) return undefined;
  const driver = createDriver(uri, { ...config, ...(await readEmbeddedCredentials(dataDir)) });
  try {
    await driver.verifyConnectivity({ database: config.database });
  } catch (error) {
    // Left behind by a Neo4j that was killed, or one on its way down: start a fresh one instead.
    await driver.close();
    log(`the embedded Neo4j announced at ${uri} does not answer (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    return undefined;
  }
  log(`using the embedded Neo4j already running at ${uri} (data in ${dataDir})`);
  return { driver, uri, embedded: undefined, close: () => driver.close() };
}
