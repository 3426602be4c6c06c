// Mutation testing of every module that can be tested without Neo4j, a browser or a process of its own,
// against the unit tier alone: a surviving mutant is a change to the code that no unit test notices.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The unit tier alone: no Neo4j, no client build.
  vitest: { configFile: 'vitest.unit.config.ts' },
  // New modules under server/ and client/src/ are mutated as they land; only what cannot run in a unit
  // test is left out, each for the reason given.
  mutate: [
    'server/**/*.ts',
    'client/src/**/*.ts',
    // Processes: entry points, the embedded Neo4j launcher, the development server.
    '!server/index.ts',
    '!server/start.ts',
    '!server/dev.ts',
    '!server/seed.ts',
    '!server/graph/embedded-neo4j.ts',
    // Neo4j: the driver, the repository and its Cypher, the seed loader, and what only wires them together.
    '!server/graph/database.ts',
    '!server/graph/repository.ts',
    '!server/graph/read-query.ts',
    '!server/graph/queries.ts',
    '!server/graph/seed-loader.ts',
    '!server/request-graph.ts',
    '!server/resolvers.ts',
    '!server/app.ts',
    '!server/plugins/health.ts',
    // The built client on disk.
    '!server/plugins/static-client.ts',
    // A browser: the DOM, events, downloads, the clipboard, and the page that wires them up.
    '!client/src/main.ts',
    '!client/src/explorer.ts',
    '!client/src/keyboard.ts',
    '!client/src/export.ts',
    '!client/src/extensions.ts',
    '!client/src/ui/**',
    // Requests to the running server.
    '!client/src/api.ts',
  ],
  // Each mutant runs only the unit tests that reach it.
  coverageAnalysis: 'perTest',
  // CI starts from a clean clone, so there is no earlier result to reuse; two cores, two runners.
  incremental: false,
  concurrency: 2,
  // A static mutant (a module-level table or constant) is only seen by re-importing every module, so each
  // one reruns the whole unit tier from scratch: a sixth of the mutants, measured at over five sixths of
  // the time. They are left out of the score, which keeps the run inside CI's time limit.
  ignoreStatic: true,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // break: below the lowest overall score a run has measured (78%), so a drop fails CI; raise it to a few
  // points under the score of the first complete run.
  thresholds: { high: 85, low: 75, break: 65 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
