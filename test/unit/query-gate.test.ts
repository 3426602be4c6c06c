import { describe, expect, it } from 'vitest';
import { DatabaseBusyError, RequestCancelledError } from '../../server/graph/errors.ts';
import { QueryGate } from '../../server/graph/query-gate.ts';

/** A query that runs until the test lets it finish. */
function heldQuery() {
  let finish!: (value: string) => void;
  const done = new Promise<string>((resolve) => {
    finish = resolve;
  });
  let started = false;
  return {
    run: () => {
      started = true;
      return done;
    },
    finish,
    get started() {
      return started;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The class and message a refused query carries: the message reaches the server log and the client. */
async function refusal(answer: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await answer;
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
  throw new Error('expected the query to be refused');
}

describe('QueryGate', () => {
  it('never runs more queries at once than its concurrency, and runs the waiting ones in turn', async () => {
    const gate = new QueryGate({ concurrency: 2, maxQueued: 10, maxWaitMs: 10_000 });
    let running = 0;
    let most = 0;
    const query = async (value: number) => {
      running += 1;
      most = Math.max(most, running);
      await sleep(5);
      running -= 1;
      return value;
    };
    const answers = await Promise.all(Array.from({ length: 9 }, (_, i) => gate.run(() => query(i))));
    expect(answers).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(most).toBe(2);
  });

  it('refuses at once when every turn is taken and the queue is full', async () => {
    const gate = new QueryGate({ concurrency: 1, maxQueued: 1, maxWaitMs: 10_000 });
    const first = heldQuery();
    const second = heldQuery();
    const running = gate.run(first.run);
    const waiting = gate.run(second.run);
    await expect(gate.run(async () => 'third')).rejects.toThrowError(DatabaseBusyError);
    expect(gate.waiting).toBe(1);
    first.finish('first');
    await expect(running).resolves.toBe('first');
    await sleep(0);
    expect(second.started).toBe(true);
    second.finish('second');
    await expect(waiting).resolves.toBe('second');
  });

  it('runs a query at once while a turn is free, even with no queue at all', async () => {
    const gate = new QueryGate({ concurrency: 1, maxQueued: 0, maxWaitMs: 0 });
    await expect(gate.run(async () => 'ran')).resolves.toBe('ran');
  });

  it('refuses a query that waits longer than maxWaitMs, and never runs it', async () => {
    const gate = new QueryGate({ concurrency: 1, maxQueued: 5, maxWaitMs: 30 });
    const first = heldQuery();
    const late = heldQuery();
    const running = gate.run(first.run);
    await expect(gate.run(late.run)).rejects.toThrowError(/waited 30 ms/);
    first.finish('first');
    await running;
    await sleep(10);
    expect(late.started).toBe(false);
    expect(gate.running).toBe(0);
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
  });

  it('lets a query that got its turn run past maxWaitMs: the wait is bounded, not the query', async () => {
    const gate = new QueryGate({ concurrency: 1, maxQueued: 5, maxWaitMs: 20 });
    await expect(gate.run(() => sleep(60).then(() => 'slow'))).resolves.toBe('slow');
  });

  it('passes a failed query its own error and frees its turn', async () => {
    const gate = new QueryGate({ concurrency: 1, maxQueued: 5, maxWaitMs: 1_000 });
    await expect(gate.run(() => Promise.reject(new Error('syntax')))).rejects.toThrowError('syntax');
    await expect(gate.run(async () => 'after')).resolves.toBe('after');
  });

  it('drops a waiting query when its request is cancelled, and never runs it', async () => {
    const gate = new QueryGate({ concurrency: 1, maxQueued: 5, maxWaitMs: 10_000 });
    const first = heldQuery();
    const dropped = heldQuery();
    const running = gate.run(first.run);
    const request = new AbortController();
    const waiting = gate.run(dropped.run, request.signal);
    request.abort();
    await expect(waiting).rejects.toThrowError(RequestCancelledError);
    first.finish('first');
    await running;
    await sleep(10);
    expect(dropped.started).toBe(false);
    await expect(gate.run(async () => 'next', new AbortController().signal)).resolves.toBe('next');
  });

  it('lets a query that has its turn finish though its request is cancelled, and refuses one already cancelled', async () => {
    const gate = new QueryGate({ concurrency: 1, maxQueued: 5, maxWaitMs: 10_000 });
    const request = new AbortController();
    const started = heldQuery();
    const running = gate.run(started.run, request.signal);
    request.abort();
    started.finish('answered');
    await expect(running).resolves.toBe('answered');
    await expect(gate.run(async () => 'late', request.signal)).rejects.toThrowError(RequestCancelledError);
  });

  it('says why it refused, in words', async () => {
    const gate = new QueryGate({ concurrency: 1, maxQueued: 1, maxWaitMs: 30 });
    const first = heldQuery();
    const running = gate.run(first.run);
    const waiting = gate.run(async () => 'second');
    expect(await refusal(gate.run(async () => 'third'))).toEqual({ name: 'DatabaseBusyError', message: '1 queries are already waiting for the database' });
    expect(await refusal(waiting)).toEqual({ name: 'DatabaseBusyError', message: 'a query waited 30 ms for the database without a turn' });
    first.finish('first');
    await running;

    // The refused query stays in the queue until its turn skips it, so cancelling is shown on a fresh gate.
    const other = new QueryGate({ concurrency: 1, maxQueued: 1, maxWaitMs: 10_000 });
    const held = heldQuery();
    const holding = other.run(held.run);
    const request = new AbortController();
    const cancelled = other.run(async () => 'fourth', request.signal);
    request.abort();
    expect(await refusal(cancelled)).toEqual({ name: 'RequestCancelledError', message: 'the request was cancelled while its query waited' });
    expect(await refusal(other.run(async () => 'fifth', request.signal))).toEqual({
      name: 'RequestCancelledError',
      message: 'the request was cancelled before its query ran',
    });
    held.finish('held');
    await holding;
  });

  it('lets a query that waited with a signal, then got its turn, finish past maxWaitMs though its request is cancelled', async () => {
    const gate = new QueryGate({ concurrency: 1, maxQueued: 5, maxWaitMs: 30 });
    const first = heldQuery();
    const second = heldQuery();
    const running = gate.run(first.run);
    const request = new AbortController();
    const waited = gate.run(second.run, request.signal);
    expect(gate.waiting).toBe(1);
    first.finish('first');
    await running;
    await sleep(0);
    expect(second.started).toBe(true);
    expect(gate.running).toBe(1);
    // Its turn came: neither the request going away nor the waiting deadline passing may refuse it now.
    request.abort();
    await sleep(50);
    second.finish('second');
    await expect(waited).resolves.toBe('second');
  });
});
