// Retries a call that failed for a passing reason (database or network down), waiting longer each time.
import { ApiError } from './api.ts';

export interface RetryOptions {
  /** First wait; each later one doubles, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Told before each wait, so the page can say when it will try again. */
  onWait?: (error: ApiError, delayMs: number, attempt: number) => void;
  signal?: AbortSignal;
}

/** The wait before retry number `attempt` (1-based): 1 s, 2 s, 4 s … capped. */
export function backoffDelay(attempt: number, baseDelayMs = 1000, maxDelayMs = 30_000): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
}

/** Calls `task` until it succeeds, fails for a reason retrying cannot fix, or the signal aborts. */
export async function withRetry<T>(task: () => Promise<T>, { baseDelayMs = 1000, maxDelayMs = 30_000, onWait, signal }: RetryOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await task();
    } catch (error) {
      if (!(error instanceof ApiError) || !error.retryable || signal?.aborted) throw error;
      const delay = backoffDelay(attempt, baseDelayMs, maxDelayMs);
      onWait?.(error, delay, attempt);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, delay);
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    }
  }
}
