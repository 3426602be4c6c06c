// peel-graph's HTTP app as server/index.ts builds it, over the bench's Neo4j (BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD).
import { createApp } from '../../server/app.ts';
import { createRecordStores } from '../../server/stores.ts';
import { loadConfig } from '../../server/config.ts';
import { createDriver } from '../../server/graph/database.ts';
import { GraphRepository } from '../../server/graph/repository.ts';
import { serveUntilStopped } from './serve.ts';

// The defaults a user gets from `npm start`, pointed at the bench's database.
const config = loadConfig({
  NEO4J_URI: process.env.BENCH_NEO4J_URI,
  NEO4J_USERNAME: 'neo4j',
  NEO4J_PASSWORD: process.env.BENCH_NEO4J_PASSWORD,
  SEED_ON_START: 'false',
});
const uri = config.neo4j.uri;
if (uri === undefined) throw new Error('BENCH_NEO4J_URI must name the bench Neo4j');
const driver = createDriver(uri, config.neo4j);
await driver.verifyConnectivity();
const repository = GraphRepository.fromConfig(driver, config.neo4j);
await serveUntilStopped(createApp({ config, repository, stores: createRecordStores(driver, config.neo4j), databaseName: uri }), () => driver.close());
