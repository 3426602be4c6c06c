// `npm run seed`: applies cypher/*.cypher, then loads the assessment files of assessments/, to the configured Neo4j
// (embedded unless NEO4J_URI is set; a running embedded one is used rather than a second started).
import { loadAssessmentFiles } from './assessments/load-assessment-files.ts';
import { assessmentsDirectory, loadConfig, seedDirectory } from './config.ts';
import { openDatabaseForCommand } from './graph/database.ts';
import { seedGraph } from './graph/seed-loader.ts';

async function main() {
  const config = loadConfig();
  const database = await openDatabaseForCommand(config.neo4j, (line) => console.log(line));
  try {
    await database.driver.verifyConnectivity();
    await seedGraph(database.driver, {
      directory: seedDirectory,
      database: config.neo4j.database,
      onProgress: (message) => console.log(message),
    });
    const loaded = await loadAssessmentFiles(database.driver, assessmentsDirectory, {
      database: config.neo4j.database,
      onProgress: (message) => console.log(message),
    });
    console.log(`assessment files: ${loaded.length} loaded from ${assessmentsDirectory}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
