// Bounds the Cypher running at once. Under a burst, queries wait their turn here, where waiting costs nothing,
// instead of all running in Neo4j together, where each slows the others until every one passes the
// transaction timeout. Past the queue's length or its longest wait, a query is refused as busy.
import PQueue from 'p-queue';
import { DatabaseBusyError, RequestCancelledError } from './errors.ts';

export interface QueryGateOptions {
  /** Queries running in Neo4j at once. */
  concurrency: number;
  /** Queries allowed to wait for a turn; more are refused at once. */
  maxQueued: number;
  /** The longest a query waits for its turn before it is refused. */
  maxWaitMs: number;
}

export class QueryGate {
  private readonly queue: PQueue;

  constructor(readonly options: QueryGateOptions) {
    this.queue = new PQueue({ concurrency: options.concurrency });
  }

  /** Queries running now. */
  get running(): number {
    return this.queue.pending;
  }

  /** Queries waiting for a turn (including abandoned ones not yet reached). */
  get waiting(): number {
    return this.queue.size;
  }

  /** Runs `query` in its turn; `cancelled` (the request's signal) drops it while it waits, as nobody will read it. */
  run<T>(query: () => Promise<T>, cancelled?: AbortSignal): Promise<T> {
    const { concurrency, maxQueued, maxWaitMs } = this.options;
    if (cancelled?.aborted) return Promise.reject(new RequestCancelledError('the request was cancelled before its query ran'));
    // A free turn starts the query at once: nothing to wait for, bound or cancel.
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: equivalent, see docs/mutation-survivors.md (throwOnTimeout only types the answer).
    if (this.queue.pending < concurrency) return this.queue.add(query, { throwOnTimeout: true });
    if (this.queue.size >= maxQueued) {
      return Promise.reject(new DatabaseBusyError(`${this.queue.size} queries are already waiting for the database`));
    }
    // p-queue notices an abort only when the query's turn comes, so the wait is bounded here, and the
    // abandoned query is skipped when its turn comes.
    const abandon = new AbortController();
    return new Promise<T>((resolve, reject) => {
      const giveUp = (error: Error) => {
        clearTimeout(deadline);
        // Stryker disable next-line StringLiteral: equivalent, see docs/mutation-survivors.md (a second giveUp only repeats no-ops).
        cancelled?.removeEventListener('abort', onCancel);
        abandon.abort();
        reject(error);
      };
      const onCancel = () => giveUp(new RequestCancelledError('the request was cancelled while its query waited'));
      const deadline = setTimeout(() => giveUp(new DatabaseBusyError(`a query waited ${maxWaitMs} ms for the database without a turn`)), maxWaitMs);
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: equivalent, see docs/mutation-survivors.md (giveUp removes the listener).
      cancelled?.addEventListener('abort', onCancel, { once: true });
      this.queue
        .add(
          () => {
            clearTimeout(deadline);
            cancelled?.removeEventListener('abort', onCancel);
            return query();
          },
          // Stryker disable next-line BooleanLiteral: equivalent, as for the free turn above.
          { signal: abandon.signal, throwOnTimeout: true },
        )
        .then(resolve, reject);
    });
  }
}
