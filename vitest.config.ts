// Test tiers share one real Neo4j, started once by the global setup; browser tests need the built client.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) copies. Node, and so every dependency, loads the
    // CommonJS one; Vite would hand our own files the ESM one, and a schema built by one copy is foreign
    // to the other. Pin ours to what Node loads.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts', 'test/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Two cores: one Neo4j, one worker per core is as much parallelism as helps.
    maxWorkers: 2,
  },
});
