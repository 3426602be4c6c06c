// Entry point of `npm start`: configure, open Neo4j, seed, serve the API and explorer, shut down cleanly.
import { createServer } from 'node:http';
import { createApp } from './app.ts';
import { type Config, ConfigError, loadConfig, seedDirectory } from './config.ts';
import { type Database, openDatabase, restartDelayMs } from './graph/database.ts';
import { GraphRepository } from './graph/repository.ts';
import { seedGraph } from './graph/seed-loader.ts';

const log = (message: string) => console.log(`[peel-graph] ${message}`);

/** Resolves once Neo4j answers, trying with growing pauses; until then the server says it is unavailable. */
async function reachable(database: Database, config: Config, isStopping: () => boolean): Promise<void> {
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

async function seedWhenReachable(database: Database, config: Config, isStopping: () => boolean): Promise<void> {
  await reachable(database, config, isStopping);
  if (config.seedOnStart && !isStopping()) {
    await seedGraph(database.driver, { directory: seedDirectory, database: config.neo4j.database, onProgress: log, skipUnchanged: true });
  }
}

async function main() {
  const started = performance.now();
  const config = loadConfig();
  const database = await openDatabase(config.neo4j, log);
  let stopping = false;

  const repository = new GraphRepository(database.driver, { database: config.neo4j.database, queryTimeoutMs: config.neo4j.queryTimeoutMs });
  const app = createApp({ config, repository, databaseName: database.uri });
  const server = createServer(app);

  // Serve once the graph is seeded; if Neo4j does not answer at first, serve anyway and seed when it does.
  const seeded = seedWhenReachable(database, config, () => stopping);
  const answered = await Promise.race([
    database.driver.verifyConnectivity({ database: config.neo4j.database }).then(
      () => true,
      () => false,
    ),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 5_000)),
  ]);
  if (answered) await seeded;
  else log('serving before the graph is seeded: /health reports the database until it answers');
  seeded.then(
    () => answered || log('Neo4j answered; graph seeded'),
    (error: unknown) => {
      console.error(`[peel-graph] seeding failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
      void stop('seed failure');
    },
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`ready in ${((performance.now() - started) / 1000).toFixed(1)} s: explorer http://${config.host}:${port}/  API http://${config.host}:${port}/graphql`);

  async function stop(reason: string) {
    if (stopping) return;
    stopping = true;
    log(`${reason}: finishing requests in flight, then closing Neo4j`);
    // close() stops new connections and waits for open requests; idle keep-alive sockets must not hold it up.
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await database.close();
    log('stopped');
  }
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? `configuration: ${error.message}` : error instanceof Error ? error.message : String(error);
  console.error(`[peel-graph] could not start: ${message}`);
  process.exit(1);
});
