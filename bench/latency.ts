// Latency percentiles and throughput from raw per-request samples, the same arithmetic for every harness.

/** What one timed run collected: a latency per completed request, in milliseconds. */
export interface RawRun {
  samples: number[];
  errors: number;
  seconds: number;
  /** CPU time the processes doing the work spent during the run, when measured. */
  cpuMs?: number;
  /** The same, process by process, in the order the contender names them. */
  cpuMsByProcess?: number[];
}

export interface LoadResult {
  /** Requests that completed without error in the measured window. */
  requests: number;
  errors: number;
  seconds: number;
  /** Completed requests per second. */
  throughput: number;
  /** Milliseconds. */
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  max: number;
  connections: number;
  /**
   * CPU milliseconds per completed request, summed over the processes that serve it (for the API: its server
   * and Neo4j; for the raw driver: the bench process and Neo4j). Unlike latency, barely moved by other work.
   */
  cpuMsPerRequest?: number;
  /** cpuMsPerRequest process by process, in the order the contender names them (its server first, then Neo4j). */
  cpuMsPerRequestByProcess?: number[];
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function summarise(samples: readonly number[], errors: number, seconds: number, connections: number): LoadResult {
  const sorted = Float64Array.from(samples).sort();
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    requests: sorted.length,
    errors,
    seconds: round(seconds),
    throughput: round(sorted.length / seconds),
    p50: round(percentile(sorted, 0.5)),
    p90: round(percentile(sorted, 0.9)),
    p99: round(percentile(sorted, 0.99)),
    mean: round(sorted.length ? sum / sorted.length : Number.NaN),
    max: round(sorted.length ? sorted[sorted.length - 1]! : Number.NaN),
    connections,
  };
}

/** Several runs of the same thing as one: their samples together over their total time. */
export function summariseRuns(runs: readonly RawRun[], connections: number): LoadResult {
  const result = summarise(
    runs.flatMap((run) => run.samples),
    runs.reduce((total, run) => total + run.errors, 0),
    runs.reduce((total, run) => total + run.seconds, 0),
    connections,
  );
  if (runs.every((run) => run.cpuMs !== undefined) && result.requests > 0) {
    result.cpuMsPerRequest = round(runs.reduce((total, run) => total + run.cpuMs!, 0) / result.requests);
  }
  const processes = runs[0]?.cpuMsByProcess?.length ?? 0;
  if (processes > 0 && runs.every((run) => run.cpuMsByProcess?.length === processes) && result.requests > 0) {
    result.cpuMsPerRequestByProcess = Array.from({ length: processes }, (_, index) =>
      round(runs.reduce((total, run) => total + run.cpuMsByProcess![index]!, 0) / result.requests),
    );
  }
  return result;
}

/** a / b rounded for a table; NaN when either is missing. */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? Math.round((a / b) * 100) / 100 : Number.NaN;
}
