// First step of `npm start`: builds the explorer into dist/client when its sources changed since the last build.
import { buildClientIfChanged } from './client-build.ts';

buildClientIfChanged({ log: (message) => console.log(`[peel-graph] ${message}`) }).catch((error: unknown) => {
  console.error(`[peel-graph] could not build the explorer: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
