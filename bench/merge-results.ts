// `npm run bench -- --merge`: an earlier run's results with the steps just run put in their place.
import type { BenchResults } from './bench.ts';

/** A bulk-load step that found the graph already loaded (--reuse) measured nothing. */
const measuredNothing = (record: unknown) => (record as { result?: { reused?: boolean } } | undefined)?.result?.reused === true;

/**
 * The earlier run keeps everything but the steps run now, and says which were added when. A step that measured
 * nothing this time (a reused bulk load) leaves the earlier measurement in place.
 */
export function mergeResults(earlier: BenchResults, fresh: BenchResults): BenchResults {
  const replacing = Object.fromEntries(
    Object.entries(fresh.steps).filter(([name, record]) => !(measuredNothing(record) && (earlier.steps as Record<string, unknown>)[name] !== undefined)),
  );
  return {
    ...earlier,
    steps: { ...earlier.steps, ...replacing },
    alsoRun: [
      ...(earlier.alsoRun ?? []),
      { startedAt: fresh.startedAt, seconds: fresh.seconds, steps: Object.keys(replacing), loadAverageAtStart: fresh.machine.loadAverageAtStart, gitCommit: fresh.machine.gitCommit },
    ],
  };
}
