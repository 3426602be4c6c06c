// Test tiers as projects, each with only the global setup it needs: unit (none), integration (one real
// Neo4j), writes (a Neo4j of its own), e2e (the first Neo4j and the built client). `vitest run` runs them all;
// `--project unit` the fast tier.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) copies. Node, and so every dependency, loads the
    // CommonJS one; Vite would hand our own files the ESM one, and a schema built by one copy is foreign
    // to the other. Pin ours to what Node loads.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // The global teardowns stop Neo4j, and the first stop after a launcher build also writes its class archive
    // (server/graph/embedded-neo4j.ts): seconds, or longer on a loaded machine, past Vitest's default 10 s.
    teardownTimeout: 200_000,
    // Two cores: one Neo4j, one worker per core is as much parallelism as helps.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Drafts, publishing and imports: their own Neo4j, browser tests among them (so the client is built). One
          // file at a time, after the other tiers: they share that Neo4j, and samples, merges and withdrawals of one
          // file would show in another's counts.
          name: 'writes',
          include: ['test/writes/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          globalSetup: ['test/writes/global-setup.ts', 'test/e2e/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts', 'test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
