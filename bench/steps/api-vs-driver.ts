// Step 1: each operation through the API over loopback HTTP against the very same Cypher through neo4j-driver.
import type { Driver } from 'neo4j-driver';
import { compare, type Timing } from '../compare.ts';
import { driverRun, runStatement } from '../driver-load.ts';
import { postGraphQL } from '../graphql-client.ts';
import { httpRun } from '../http-load.ts';
import { type LoadResult, ratio } from '../latency.ts';
import { cycle, graphQLBody, type Operation } from '../operations.ts';

export interface Workload {
  operation: Operation;
  /** The requests to cycle through; both paths send the same ones in the same order. */
  variables: Record<string, unknown>[];
}

export interface ApiDriverRow {
  operation: string;
  api: LoadResult;
  driver: LoadResult;
  /** API p50 / driver p50: the target is at most 1.15. */
  p50Ratio: number;
  p99Ratio: number;
  /** API throughput / driver throughput. */
  throughputRatio: number;
  /** Round trips and size of the first request's answer, as a check that the API did what the driver does. */
  roundTrips: number | null;
  answerBytes: number;
  /** Whether the API's answer and the driver's record name the same entities for the first request. */
  sameAnswer: boolean;
  firstError?: string;
}

export interface ApiDriverOptions {
  apiUrl: string;
  /** The API server's and Neo4j's processes, for CPU time per request. */
  apiPid: number;
  neo4jPid: number;
  driver: Driver;
  queryTimeoutMs: number;
  workloads: Workload[];
  timing: Timing;
  connections: number;
}

export async function apiVersusDriver(options: ApiDriverOptions): Promise<ApiDriverRow[]> {
  const rows: ApiDriverRow[] = [];
  for (const { operation, variables } of options.workloads) {
    const probe = await postGraphQL(options.apiUrl, operation.document, variables[0]);
    const { records } = await runStatement(options, operation.statement(variables[0]!));
    const apiIds = probe.data ? operation.answerIds.api(probe.data) : [];
    const driverIds = records[0] ? operation.answerIds.record(records[0]) : [];
    const nextApi = cycle(variables);
    const nextDriver = cycle(variables);
    const [api, driver] = await compare(
      { name: 'api', pids: [options.apiPid, options.neo4jPid], run: (seconds) => httpRun({ url: options.apiUrl, connections: options.connections, nextBody: () => graphQLBody(operation, nextApi()) }, seconds) },
      {
        name: 'driver',
        // The raw driver runs in this process.
        pids: [process.pid, options.neo4jPid],
        run: (seconds) =>
          driverRun(
            { driver: options.driver, connections: options.connections, queryTimeoutMs: options.queryTimeoutMs, nextStatement: () => operation.statement(nextDriver()) },
            seconds,
          ),
      },
      options.timing,
      options.connections,
    );
    rows.push({
      operation: operation.name,
      api,
      driver,
      p50Ratio: ratio(api.p50, driver.p50),
      p99Ratio: ratio(api.p99, driver.p99),
      throughputRatio: ratio(api.throughput, driver.throughput),
      roundTrips: probe.roundTrips,
      answerBytes: probe.bytes,
      sameAnswer: apiIds.length === driverIds.length && apiIds.every((id, i) => id === driverIds[i]),
      ...(probe.errors?.[0] ? { firstError: probe.errors[0].message } : {}),
    });
  }
  return rows;
}
