// Entry point of `npm run dev`: the API as `npm start` runs it, and Vite in middleware mode (hot reload) for everything else, on one port.
import { createServer } from 'node:http';
import { createServer as createViteServer } from 'vite';
import { createApp } from './app.ts';
import { ConfigError, loadConfig, seedDirectory } from './config.ts';
import { openDatabase } from './graph/database.ts';
import { GraphRepository } from './graph/repository.ts';
import { seedGraph } from './graph/seed-loader.ts';

const log = (message: string) => console.log(`[peel-graph dev] ${message}`);

/** What the API answers; every other path is the explorer, served from source by Vite. */
const apiPaths = ['/graphql', '/health', '/livez'];

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config.neo4j, log);
  await database.driver.verifyConnectivity({ database: config.neo4j.database });
  log(`connected to Neo4j at ${database.uri}`);
  if (config.seedOnStart) {
    await seedGraph(database.driver, { directory: seedDirectory, database: config.neo4j.database, onProgress: log });
  }

  const repository = new GraphRepository(database.driver, { database: config.neo4j.database, queryTimeoutMs: config.neo4j.queryTimeoutMs });
  const app = createApp({ config, repository, databaseName: database.uri });
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (apiPaths.some((p) => path === p || path.startsWith(`${p}/`))) void app(request, response);
    else vite.middlewares(request, response);
  });
  // Middleware mode leaves signals to this process, so Neo4j is always shut down cleanly; HMR shares the port.
  const vite = await createViteServer({ server: { middlewareMode: true, hmr: { server } }, appType: 'spa' });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  log(`explorer with hot reload http://${config.host}:${config.port}/  API http://${config.host}:${config.port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: closing Vite, the server and Neo4j`);
    await vite.close();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await database.close();
    log('stopped');
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? `configuration: ${error.message}` : error instanceof Error ? error.message : String(error);
  console.error(`[peel-graph dev] could not start: ${message}`);
  process.exit(1);
});
