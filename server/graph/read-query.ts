// Runs one read query as an auto-commit transaction, tried again while the driver says the failure will pass.
import neo4j, { type Driver, isRetryableError, type QueryResult, type RecordShape } from 'neo4j-driver';

export interface ReadOptions {
  database?: string;
  /** Neo4j stops the query after this long. */
  timeoutMs: number;
  /** A retryable failure is tried again until this long has passed since the first try. */
  retryWindowMs: number;
}

/** The wait before retry number `attempt` (1-based): 100 ms, 200 ms, 400 ms … up to 5 s, give or take a fifth. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  // The jitter keeps the requests that failed together from all coming back at the same moment.
  return Math.min(5_000, 100 * 2 ** (attempt - 1)) * (0.8 + 0.4 * random());
}

/**
 * Sends RUN and PULL in one round trip. `executeQuery` wraps a read in a managed transaction: BEGIN goes with them
 * and COMMIT needs a second round trip; measured on the seed graph's neighbourhood query, that costs Neo4j half as
 * much CPU again and this process twice as much, besides the round trip (what a remote database such as Aura
 * charges in latency). What `executeQuery` gives besides, retrying the failures the driver calls retryable (a
 * cluster member gone, a database still starting), is done here, which a read can always be.
 */
export async function runRead<Shape extends RecordShape = RecordShape>(
  driver: Driver,
  query: string,
  parameters: Record<string, unknown>,
  options: ReadOptions,
): Promise<QueryResult<Shape>> {
  const started = performance.now();
  for (let attempt = 1; ; attempt += 1) {
    const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
    let failure: unknown;
    try {
      return await session.run<Shape>(query, parameters, { timeout: options.timeoutMs });
    } catch (error) {
      failure = error;
    } finally {
      // Closing a session whose connection just broke can fail too; the query's own error is the one to report.
      await session.close().catch(() => {});
    }
    const delay = retryDelayMs(attempt);
    if (!isRetryableError(failure) || performance.now() - started + delay > options.retryWindowMs) throw failure;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
