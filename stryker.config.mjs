// Mutation testing of the modules that can be tested without Neo4j, a browser or a process of its own, against
// the unit tier alone: a surviving mutant is a change to the code that no unit test notices.

// What `npm run test:mutation` (and so CI) mutates: every module a unit test can reach, that is all of server/ and
// client/src/ but what needs Neo4j, a browser's DOM or a process of its own, which the integration, writes and e2e
// tiers test instead (each exclusion says why). Each module's floor is in test/mutation/module-floors.json.
const everyReachable = [
  'server/**/*.ts',
  'client/src/**/*.ts',
  // Generated from the schema and the operations; checked against their sources by generated-files.test.ts.
  '!server/generated/**',
  '!client/src/generated/**',
  // Entry points and their wiring: each starts a process, a server or a build.
  '!server/index.ts',
  '!server/start.ts',
  '!server/dev.ts',
  '!server/seed.ts',
  '!server/ingest.ts',
  '!server/token.ts',
  '!server/export.ts',
  '!server/import.ts',
  '!server/build-client.ts',
  '!server/client-build.ts',
  '!server/app.ts',
  '!server/warm-up.ts',
  '!server/review/draft-in-worker.ts',
  '!server/review/draft-worker.ts',
  '!server/graph/embedded-neo4j.ts',
  '!server/graph/embedded-files.ts',
  // Cypher and what runs it: only a real Neo4j says whether they are right.
  '!server/**/queries.ts',
  '!server/**/*-resolvers.ts',
  '!server/resolvers.ts',
  '!server/stores.ts',
  '!server/examples.ts',
  '!server/request-graph.ts',
  '!server/graph/database.ts',
  '!server/graph/read-query.ts',
  '!server/graph/write-transaction.ts',
  '!server/graph/repository.ts',
  '!server/graph/seed-loader.ts',
  '!server/assessments/apply-assessment.ts',
  '!server/assessments/export-assessment.ts',
  '!server/assessments/withdraw-assessment.ts',
  '!server/assessments/export-all.ts',
  '!server/assessments/restore-all.ts',
  '!server/assessments/load-assessment-files.ts',
  '!server/auth/audit-log.ts',
  '!server/auth/token-store.ts',
  '!server/curation/entity-curation.ts',
  '!server/review/draft-store.ts',
  '!server/review/start-draft.ts',
  '!server/ingest/save-draft.ts',
  // The explorer's DOM and canvas: the e2e tier drives them in Chromium.
  '!client/src/main.ts',
  '!client/src/explorer.ts',
  '!client/src/canvas.ts',
  '!client/src/graph.ts',
  '!client/src/keyboard.ts',
  '!client/src/export.ts',
  '!client/src/extensions.ts',
  '!client/src/data-store.ts',
  '!client/src/ui/**',
  '!client/src/review/*-view.ts',
  '!client/src/review/mount-review.ts',
  '!client/src/review/new-assessment.ts',
  '!client/src/review/sign-in.ts',
  '!client/src/review/finding-form.ts',
  '!client/src/review/finding-card.ts',
  '!client/src/review/draft-graph.ts',
];

/** @param {string | undefined} setting */
function mutateFrom(setting) {
  if (!setting) return everyReachable;
  return setting.split(',').map((module) => module.trim()).filter(Boolean);
}
const everyModule = !process.env.MUTATE;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The unit tier alone: no Neo4j, no client build.
  vitest: { configFile: 'vitest.unit.config.ts' },
  // MUTATE=a.ts,b.ts: just those modules, from scratch (while writing their tests).
  mutate: mutateFrom(process.env.MUTATE),
  // Each mutant runs only the unit tests that reach it.
  coverageAnalysis: 'perTest',
  // The whole set from scratch takes longer than CI's limit (README). So the run over every module is incremental:
  // it starts from the results kept in the committed file, diffs code and tests against them and retests only the
  // mutants whose code changed, those whose killing test changed or went, and the survivors a new or changed test
  // covers. A change commits the file that its own run rewrote, gzipped in test/mutation/ (npm run test:mutation
  // unpacks it here first and packs it after). Two cores, two runners.
  incremental: everyModule,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  // A static mutant (a module-level table or constant) is only seen by re-importing every module, so each
  // one reruns the whole unit tier from scratch: a sixth of the mutants, measured at over five sixths of
  // the time. They are left out of the score, which keeps the run inside CI's time limit.
  ignoreStatic: true,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  // Every survivor is in the HTML report; the terminal lists them only for the few modules being worked on.
  clearTextReporter: { reportMutants: !everyModule, reportTests: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // break: the overall score of the last recorded run, rounded down, so a drop fails CI; each module's own floor is
  // checked after the run by test/mutation/check-floors.ts, which also lists the modules under the 85% goal.
  thresholds: { high: 85, low: 75, break: 95 },
  // The sandbox copies the project: not the database, builds, results or other runs' sandboxes.
  ignorePatterns: ['.stryker-tmp*', '.data', 'dist', 'reports', 'coverage', 'bench/results', 'neo4j/target'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
