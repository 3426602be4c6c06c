// The unit tier alone, with no projects and no global setup: what mutation testing runs for each mutant.
import { defineConfig } from 'vitest/config';
import root from './vitest.config.ts';

export default defineConfig({
  resolve: root.resolve,
  test: {
    include: ['test/unit/**/*.test.ts'],
    maxWorkers: 2,
    // The root config's limit is for Neo4j; here a test that spawns a process or reads a PDF still needs more than
    // vitest's 5 s on two cores shared with other work, or the initial run fails (or a mutant is "killed" by a stall).
    testTimeout: 30_000,
    // Stryker switches mutants on at run time, so modules can stay loaded between runs: not re-importing
    // cytoscape and graphql for every mutant measured three times as fast. (Static mutants, which would
    // need a fresh import, are left out in stryker.config.mjs.)
    isolate: false,
  },
});
