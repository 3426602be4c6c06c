// `npm run seed`: applies cypher/*.cypher, then loads the assessment files of assessments/, to the configured Neo4j
// (embedded unless NEO4J_URI is set; a running embedded one is used rather than a second started). `-- --examples`
// then loads the fictional sample assessments (examples/assessments/); `-- --remove-examples` removes them and
// applies nothing else.
import { parseArgs } from 'node:util';
import { loadAssessmentFiles } from './assessments/load-assessment-files.ts';
import { assessmentsDirectory, loadConfig, seedDirectory } from './config.ts';
import { loadExamples, removeExamples } from './examples.ts';
import { openDatabaseForCommand } from './graph/database.ts';
import { seedGraph } from './graph/seed-loader.ts';

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { examples: { type: 'boolean', default: false }, 'remove-examples': { type: 'boolean', default: false } },
  });
  if (values.examples && values['remove-examples']) throw new Error('give --examples or --remove-examples, not both');
  const config = loadConfig();
  const database = await openDatabaseForCommand(config.neo4j, (line) => console.log(line));
  try {
    await database.driver.verifyConnectivity();
    if (values['remove-examples']) {
      const removed = await removeExamples(database.driver, { database: config.neo4j.database });
      console.log(removed.length > 0 ? `removed the sample assessments ${removed.join(', ')}` : 'no sample assessment was loaded');
      return;
    }
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
    if (values.examples) {
      const loaded = await loadExamples(database.driver, { database: config.neo4j.database });
      console.log(`loaded the fictional sample assessments ${loaded.join(', ')}`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
