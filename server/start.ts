// Starts peel-graph (config, Neo4j, seed, HTTP server) and hands back a way to stop it cleanly.
import { createServer, type RequestListener, type Server } from 'node:http';
import { type App, createApp } from './app.ts';
import { createRecordStores } from './stores.ts';
import { type Config, ConfigError, loadConfig, seedDirectory } from './config.ts';
import { type Database, openDatabase, restartDelayMs } from './graph/database.ts';
import { GraphRepository } from './graph/repository.ts';
import { seedGraph } from './graph/seed-loader.ts';
import { warmUp } from './warm-up.ts';

/** What serves the requests: the app itself, or (for `npm run dev`) something in front of it. */
export interface FrontEnd {
  listener: RequestListener;
  close(): Promise<void>;
}

export interface StartOptions {
  log: (message: string) => void;
  frontEnd?: (app: App, server: Server) => Promise<FrontEnd>;
}

export interface Started {
  url: string;
  stop(reason: string): Promise<void>;
}

/** Resolves once Neo4j answers, trying with growing pauses; until then the server says it is unavailable. */
async function reachable(database: Database, config: Config, log: StartOptions['log'], isStopping: () => boolean): Promise<void> {
  for (let attempt = 0; !isStopping(); attempt += 1) {
    try {
      await database.driver.verifyConnectivity({ database: config.neo4j.database });
      return;
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      const delay = restartDelayMs(attempt);
      log(`Neo4j at ${database.uri} is not answering (${message}); trying again in ${delay / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export async function startServer({ log, frontEnd }: StartOptions): Promise<Started> {
  const started = performance.now();
  const config = loadConfig();
  const database = await openDatabase(config.neo4j, log);
  let stopping = false;

  const repository = GraphRepository.fromConfig(database.driver, config.neo4j);
  // The name a client would pass to Neo4j; without NEO4J_DATABASE the server's default database is used.
  const app = createApp({
    config,
    repository,
    stores: createRecordStores(database.driver, config.neo4j),
    databaseName: config.neo4j.database ?? 'default',
    databaseAddress: database.uri,
  });
  const server = createServer();
  const front = frontEnd ? await frontEnd(app, server) : { listener: app, close: async () => {} };
  server.on('request', front.listener);

  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    log(`${reason}: finishing requests in flight, then closing Neo4j`);
    await front.close();
    // close() stops new connections and waits for open requests; idle keep-alive sockets must not hold it up.
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await database.close();
    log('stopped');
  };

  // Serve once the graph is seeded and the app warmed up; if Neo4j does not answer at first, serve anyway and seed
  // (and warm up) when it does.
  const seeded = (async () => {
    await reachable(database, config, log, () => stopping);
    if (config.seedOnStart && !stopping) {
      await seedGraph(database.driver, { directory: seedDirectory, database: config.neo4j.database, onProgress: log, skipUnchanged: true });
    }
    // Before listening, so /health says 200 only once the first request of each common operation will be fast.
    if (!stopping) await warmUp(app, { log });
  })();
  const answered = await Promise.race([
    database.driver.verifyConnectivity({ database: config.neo4j.database }).then(
      () => true,
      () => false,
    ),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 5_000)),
  ]);
  if (answered) {
    await seeded.catch(async (error: unknown) => {
      await stop('seed failure');
      throw error;
    });
  } else {
    log('serving before the graph is seeded: /health reports the database until it answers');
    seeded.then(
      () => log('Neo4j answered; graph seeded'),
      (error: unknown) => {
        console.error(`[peel-graph] seeding failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
        void stop('seed failure');
      },
    );
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}/`;
  log(`ready in ${((performance.now() - started) / 1000).toFixed(1)} s: explorer ${url}  API ${url}graphql`);
  return { url, stop };
}

/** SIGTERM and SIGINT stop the server once; a failure to start ends the process with the reason. */
export function run(name: string, options: StartOptions): void {
  startServer(options).then(
    (started) => {
      process.once('SIGTERM', () => void started.stop('SIGTERM'));
      process.once('SIGINT', () => void started.stop('SIGINT'));
    },
    (error: unknown) => {
      const message = error instanceof ConfigError ? `configuration: ${error.message}` : error instanceof Error ? error.message : String(error);
      console.error(`[${name}] could not start: ${message}`);
      process.exit(1);
    },
  );
}
