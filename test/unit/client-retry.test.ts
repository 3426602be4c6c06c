import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createApi } from '../../client/src/api.ts';
import { backoffDelay, withRetry } from '../../client/src/retry.ts';

/** A fetch that answers each call with the next of these responses. */
function answering(...responses: (() => Response)[]) {
  let calls = 0;
  const fetch = async () => responses[Math.min(calls++, responses.length - 1)]!();
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls: () => calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('the explorer retrying a passing failure', () => {
  it.each(['DATABASE_UNAVAILABLE', 'SERVER_BUSY', 'NETWORK', 'QUERY_TIMEOUT'])('retries %s', (code) => {
    expect(new ApiError('x', code).retryable).toBe(true);
  });

  it.each(['BAD_USER_INPUT', 'NOT_FOUND', 'QUERY_TOO_COMPLEX', 'INTERNAL_SERVER_ERROR', 'HTTP'])('does not retry %s', (code) => {
    expect(new ApiError('x', code).retryable).toBe(false);
  });

  it('comes back after a 503 SERVER_BUSY and gets the answer', async () => {
    const server = answering(
      json(503, { errors: [{ message: 'The server is busy; try again in a few seconds.', extensions: { code: 'SERVER_BUSY' } }] }, { 'retry-after': '2' }),
      json(200, { data: { stats: { nodes: 31 } } }),
    );
    const api = createApi({ endpoint: 'http://local/graphql', fetch: server.fetch });
    const waits: string[] = [];
    const stats = await withRetry(() => api.stats(), { baseDelayMs: 1, onWait: (error) => waits.push(error.code) });
    expect(stats).toMatchObject({ nodes: 31 });
    expect(waits).toEqual(['SERVER_BUSY']);
    expect(server.calls()).toBe(2);
  });

  describe('waiting and giving up', () => {
    // A failed assertion must not leave the fake clock to the tests after it.
    afterEach(() => {
      vi.useRealTimers();
    });

    const busy = () => new ApiError('The server is busy.', 'SERVER_BUSY');

    /** How a promise has settled by the time the microtasks queued so far have run; null while it is pending. */
    async function settledNow<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown } | null> {
      let outcome: { value: T } | { error: unknown } | null = null;
      promise.then(
        (value) => (outcome = { value }),
        (error: unknown) => (outcome = { error }),
      );
      for (let turn = 0; turn < 10; turn++) await Promise.resolve();
      return outcome;
    }

    /** A task that fails with each of `failures` in turn, then answers "done". */
    function failing(...failures: Error[]) {
      let calls = 0;
      const task = async () => {
        calls += 1;
        if (calls <= failures.length) throw failures[calls - 1];
        return 'done';
      };
      return { task, calls: () => calls };
    }

    it('waits 1 s, then twice as long each time, up to 30 s, by default', () => {
      expect([0, 1, 2, 3, 5, 6, 7, 20].map((attempt) => backoffDelay(attempt))).toEqual([1000, 1000, 2000, 4000, 16_000, 30_000, 30_000, 30_000]);
      expect([1, 2, 3, 4].map((attempt) => backoffDelay(attempt, 300, 1000))).toEqual([300, 600, 1000, 1000]);
    });

    it('waits those times between tries, telling before each wait, and tries again only once the wait is over', async () => {
      vi.useFakeTimers();
      const server = failing(busy(), busy(), busy(), busy(), busy(), busy());
      const waits: [string, number, number][] = [];
      const result = withRetry(server.task, { onWait: (error, delay, attempt) => waits.push([error.code, delay, attempt]) });
      await vi.advanceTimersByTimeAsync(999);
      expect(server.calls()).toBe(1);
      await vi.advanceTimersByTimeAsync(1 + 2000 + 4000 + 8000 + 16_000 + 30_000);
      // Read without waiting: a retry that waited too long would otherwise hang the test instead of failing it.
      expect(await settledNow(result)).toEqual({ value: 'done' });
      expect(server.calls()).toBe(7);
      expect(waits).toEqual([
        ['SERVER_BUSY', 1000, 1],
        ['SERVER_BUSY', 2000, 2],
        ['SERVER_BUSY', 4000, 3],
        ['SERVER_BUSY', 8000, 4],
        ['SERVER_BUSY', 16_000, 5],
        ['SERVER_BUSY', 30_000, 6],
      ]);
    });

    it('retries without anyone to tell', async () => {
      const server = failing(busy());
      expect(await withRetry(server.task, { baseDelayMs: 1 })).toBe('done');
      expect(server.calls()).toBe(2);
    });

    it('gives up at once on an error retrying cannot fix', async () => {
      const bug = failing(new TypeError('x is undefined'));
      await expect(withRetry(bug.task, { baseDelayMs: 1 })).rejects.toThrow(new TypeError('x is undefined'));
      const refused = failing(new ApiError('No entity "nowhere".', 'NOT_FOUND'));
      await expect(withRetry(refused.task, { baseDelayMs: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect([bug.calls(), refused.calls()]).toEqual([1, 1]);
    });

    it('gives up with the error once the signal has aborted, and with the abort reason when it aborts during a wait', async () => {
      const before = new AbortController();
      before.abort();
      const early = failing(busy());
      const waits: number[] = [];
      await expect(withRetry(early.task, { signal: before.signal, onWait: (_, delay) => waits.push(delay) })).rejects.toMatchObject({ code: 'SERVER_BUSY' });
      expect([early.calls(), waits]).toEqual([1, []]);

      vi.useFakeTimers();
      const during = new AbortController();
      const late = failing(busy(), busy());
      const result = withRetry(late.task, { signal: during.signal });
      await vi.advanceTimersByTimeAsync(500);
      const reason = new Error('left the page');
      during.abort(reason);
      expect(await settledNow(result)).toEqual({ error: reason });
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(late.calls()).toBe(1);
    });
  });
});
