// Drives Neo4j through neo4j-driver directly with the same closed loop as the HTTP harness, as the reference.
import neo4j, { type Driver } from 'neo4j-driver';
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

/** The way the repository runs a read: executeQuery, routed to readers, with the transaction timeout. */
export function runStatement(options: Pick<DriverLoadOptions, 'driver' | 'database' | 'queryTimeoutMs'>, statement: Statement) {
  return options.driver.executeQuery(statement.query, statement.parameters, {
    routing: neo4j.routing.READ,
    database: options.database,
    transactionConfig: { timeout: options.queryTimeoutMs },
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
