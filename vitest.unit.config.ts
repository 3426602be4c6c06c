// The unit tier alone, with no projects and no global setup: what mutation testing runs for each mutant.
import { defineConfig } from 'vitest/config';
import root from './vitest.config.ts';

export default defineConfig({
  resolve: root.resolve,
  test: { include: ['test/unit/**/*.test.ts'], maxWorkers: 2 },
});
