// Drives Neo4j through neo4j-driver directly with the same closed loop as the HTTP harness, as the reference.
import type { Driver } from 'neo4j-driver';
import { runRead } from '../server/graph/read-query.ts';
import type { RawRun } from './latency.ts';

export interface Statement {
  query: string;
  parameters: Record<string, unknown>;
}

export interface DriverLoadOptions {
  driver: Driver;
  connections: number;
  nextStatement: () => Statement;
  database?: string;
  /** The server's transaction timeout, so both paths run under the same limit. */
  queryTimeoutMs: number;
}

/** The way the repository runs a read (server/graph/read-query.ts): an auto-commit read with the transaction timeout. */
export function runStatement(options: Pick<DriverLoadOptions, 'driver' | 'database' | 'queryTimeoutMs'>, statement: Statement) {
  return runRead(options.driver, statement.query, statement.parameters, {
    database: options.database,
    timeoutMs: options.queryTimeoutMs,
    retryWindowMs: options.queryTimeoutMs,
  });
}

/** `connections` concurrent loops for `seconds`, each sending the next statement when the last is answered. */
export async function driverRun(options: DriverLoadOptions, seconds: number): Promise<RawRun> {
  const samples: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const statement = options.nextStatement();
      const sent = performance.now();
      try {
        await runStatement(options, statement);
        samples.push(performance.now() - sent);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  return { samples, errors, seconds: (performance.now() - started) / 1000 };
}
