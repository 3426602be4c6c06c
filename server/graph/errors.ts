// Failures of the database that callers handle on purpose, apart from bugs.
import { Neo4jError } from 'neo4j-driver';

/** Neo4j cannot be reached, or lost the connection mid-query. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** The query ran past the transaction timeout and Neo4j stopped it. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Sorts a driver error into the kinds above; anything else is returned unchanged to be masked. */
export function classifyDatabaseError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (unavailableCodes.has(error.code) || error.code.startsWith('Neo.ClientError.Database.DatabaseNotFound')) {
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${error.message}`, { cause: error });
  }
  // Also Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration: the timeout the driver set.
  if (error.code.includes('TransactionTimedOut')) {
    return new QueryTimeoutError('the query took longer than the transaction timeout', { cause: error });
  }
  // Stopped while waiting for a lock another transaction held: the timeout ran out in the queue for it.
  if (error.code === 'Neo.ClientError.Transaction.LockClientStopped') {
    return new QueryTimeoutError('the change waited for another to finish longer than the transaction timeout', { cause: error });
  }
  return error;
}

/** Too many queries are already waiting for the database; the caller should come back shortly. */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError';
}

/** The client went away while its query waited for a turn; nobody will read an answer. */
export class RequestCancelledError extends Error {
  override name = 'RequestCancelledError';
}
