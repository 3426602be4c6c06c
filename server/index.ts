// Entry point of `npm start`: configure, open Neo4j, seed, serve the API and explorer, shut down cleanly.
import { createServer } from 'node:http';
import { createApp } from './app.ts';
import { ConfigError, loadConfig, seedDirectory } from './config.ts';
import { openDatabase } from './graph/database.ts';
import { GraphRepository } from './graph/repository.ts';
import { seedGraph } from './graph/seed-loader.ts';

const log = (message: string) => console.log(`[peel-graph] ${message}`);

async function main() {
  const started = performance.now();
  const config = loadConfig();
  const database = await openDatabase(config.neo4j, log);
  await database.driver.verifyConnectivity({ database: config.neo4j.database });
  log(`connected to Neo4j at ${database.uri}`);
  if (config.seedOnStart) {
    await seedGraph(database.driver, { directory: seedDirectory, database: config.neo4j.database, onProgress: log });
  }

  const repository = new GraphRepository(database.driver, { database: config.neo4j.database, queryTimeoutMs: config.neo4j.queryTimeoutMs });
  const app = createApp({ config, repository, databaseName: database.uri });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`ready in ${((performance.now() - started) / 1000).toFixed(1)} s: explorer http://${config.host}:${port}/  API http://${config.host}:${port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing requests in flight, then closing Neo4j`);
    // close() stops new connections and waits for open requests; idle keep-alive sockets must not hold it up.
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await database.close();
    log('stopped');
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? `configuration: ${error.message}` : error instanceof Error ? error.message : String(error);
  console.error(`[peel-graph] could not start: ${message}`);
  process.exit(1);
});
