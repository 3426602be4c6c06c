// The load run: many connections for a while against the API with the explorer's mix of requests; no errors allowed.
import { measure } from '../compare.ts';
import { httpRun } from '../http-load.ts';
import type { LoadResult } from '../latency.ts';
import { cycle, graphQLBody } from '../operations.ts';
import type { Workload } from './api-vs-driver.ts';

/** The request bodies of the operations interleaved, in a cycle, so every connection sees the whole mix. */
export function interleavedBodies(workloads: Workload[]): () => string {
  const bodies: string[] = [];
  const longest = Math.max(...workloads.map((w) => w.variables.length));
  for (let i = 0; i < longest; i += 1) {
    for (const { operation, variables } of workloads) bodies.push(graphQLBody(operation, variables[i % variables.length]!));
  }
  return cycle(bodies);
}

export async function loadRun(options: { apiUrl: string; pids: number[]; workloads: Workload[]; connections: number; warmupSeconds: number; seconds: number }): Promise<LoadResult> {
  const next = interleavedBodies(options.workloads);
  return measure(
    { name: 'load run', pids: options.pids, run: (seconds) => httpRun({ url: options.apiUrl, connections: options.connections, nextBody: next }, seconds) },
    { warmupSeconds: options.warmupSeconds, seconds: options.seconds, rounds: 1 },
    options.connections,
  );
}
