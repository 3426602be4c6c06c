// The fictional sample assessments (examples/assessments/): loaded into a graph only when asked (`npm run seed --
// --examples`, and tests), never by `npm start`; removed again with `npm run seed -- --remove-examples`.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from './config.ts';
import { loadAssessmentFiles, localActor, readAssessmentFiles, withdrawAssessment } from './graph/assessment-store.ts';

export const examplesDirectory = path.join(projectRoot, 'examples', 'assessments');

export interface ExampleOptions {
  database?: string;
  actor?: string;
  directory?: string;
}

/** Loads every sample (again, replacing what an earlier load wrote); returns their assessment ids. */
export async function loadExamples(driver: Driver, options: ExampleOptions = {}): Promise<string[]> {
  return loadAssessmentFiles(driver, options.directory ?? examplesDirectory, { database: options.database, actor: options.actor });
}

/**
 * Withdraws every sample that is in the graph, with the entities only they used, in one transaction; returns the
 * ids withdrawn. Only files marked fictional are touched, whatever the folder holds.
 */
export async function removeExamples(driver: Driver, options: ExampleOptions = {}): Promise<string[]> {
  const files = (await readAssessmentFiles(options.directory ?? examplesDirectory)).filter((file) => file.assessment.fictional === true);
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      const withdrawn: string[] = [];
      const change = { actor: options.actor ?? localActor(), at: new Date(), reason: 'Fictional sample assessments removed (npm run seed -- --remove-examples).' };
      // Later files first: an entity is handed to the assessments that still use it, and goes with the last.
      for (const file of [...files].reverse()) {
        if (await withdrawAssessment(tx, file.assessment.id, change)) withdrawn.push(file.assessment.id);
      }
      return withdrawn.reverse();
    });
  } finally {
    await session.close();
  }
}
