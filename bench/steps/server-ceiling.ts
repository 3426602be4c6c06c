// Step 3: how close our neighbourhood comes, on the seed graph, to a hello-world Yoga server on the same machine.
import type { Driver } from 'neo4j-driver';
import { compare, measure, type Timing } from '../compare.ts';
import { driverRun } from '../driver-load.ts';
import { httpRun } from '../http-load.ts';
import { type LoadResult, ratio } from '../latency.ts';
import { cycle, graphQLBody, neighbourhoodOperation } from '../operations.ts';

export interface ServerCeiling {
  neighbourhood: LoadResult;
  helloWorld: LoadResult;
  /** neighbourhood throughput / hello-world throughput: the target is at least 0.5. */
  throughputRatio: number;
  /**
   * `RETURN 1` through neo4j-driver as the server reads (server/graph/read-query.ts), with Neo4j's CPU alone:
   * the least any query costs the database, whatever the server does.
   */
  emptyQuery?: LoadResult;
}

/** Entities of the real seed graph, clicked in turn. */
const seedIds = ['cheshire-constabulary', 'vetting', 'cheshire-other-agencies', 'investigation', 'victims-of-domestic-abuse', 'serious-and-organised-crime'];

export async function serverCeiling(options: {
  peelGraphUrl: string;
  helloUrl: string;
  /** The servers' and Neo4j's processes, for CPU time per request. */
  pids: { peelGraph: number; hello: number; neo4j: number };
  driver: Driver;
  queryTimeoutMs: number;
  timing: Timing;
  connections: number;
}): Promise<ServerCeiling> {
  const operation = neighbourhoodOperation(1);
  const nextId = cycle(seedIds);
  const hello = JSON.stringify({ query: '{ hello }' });
  const [neighbourhood, helloWorld] = await compare(
    {
      name: 'neighbourhood',
      pids: [options.pids.peelGraph, options.pids.neo4j],
      run: (seconds) => httpRun({ url: options.peelGraphUrl, connections: options.connections, nextBody: () => graphQLBody(operation, { id: nextId(), limit: 100 }) }, seconds),
    },
    { name: 'hello world', pids: [options.pids.hello], run: (seconds) => httpRun({ url: options.helloUrl, connections: options.connections, nextBody: () => hello }, seconds) },
    options.timing,
    options.connections,
  );
  const emptyQuery = await measure(
    {
      name: 'RETURN 1',
      pids: [options.pids.neo4j],
      run: (seconds) =>
        driverRun({ driver: options.driver, connections: options.connections, queryTimeoutMs: options.queryTimeoutMs, nextStatement: () => ({ query: 'RETURN 1', parameters: {} }) }, seconds),
    },
    options.timing,
    options.connections,
  );
  return { neighbourhood, helloWorld, throughputRatio: ratio(neighbourhood.throughput, helloWorld.throughput), emptyQuery };
}
