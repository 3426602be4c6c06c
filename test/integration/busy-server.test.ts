// A burst beyond what the database is allowed to run waits its turn, and past the queue is refused as busy.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createRecordStores } from '../../server/stores.ts';
import { loadConfig } from '../../server/config.ts';
import { QueryGate, type QueryGateOptions } from '../../server/graph/query-gate.ts';
import { GraphRepository } from '../../server/graph/repository.ts';
import { graphql } from '../support/api.ts';
import { testDriver } from '../support/database.ts';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

/** An app whose one turn at the database the test holds until it lets go. */
function appWithHeldTurn(options: Omit<QueryGateOptions, 'concurrency'>) {
  const gate = new QueryGate({ concurrency: 1, ...options });
  const app = createApp({
    config: loadConfig({}),
    repository: new GraphRepository(driver, { queryTimeoutMs: 30_000, gate }),
    stores: createRecordStores(driver, { queryTimeoutMs: 30_000 }),
    databaseName: 'test',
  });
  let letGo!: () => void;
  const held = gate.run(() => new Promise<void>((resolve) => (letGo = resolve)));
  return { app, gate, release: async () => (letGo(), held) };
}

const statsQuery = '{ stats { nodes } }';

describe('a server whose database turns are all taken', () => {
  it('refuses with 503, Retry-After and SERVER_BUSY when no query may wait', async () => {
    const { app, release } = appWithHeldTurn({ maxQueued: 0, maxWaitMs: 10_000 });
    const response = await graphql(app, statsQuery);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.errors).toEqual([
      { message: 'The server is busy; try again in a few seconds.', path: ['stats'], locations: expect.any(Array), extensions: { code: 'SERVER_BUSY' } },
    ]);
    await release();
    const after = await graphql(app, statsQuery);
    expect(after.status).toBe(200);
    expect(after.data?.stats.nodes).toBeGreaterThan(0);
  });

  it('answers a waiting request once a turn frees', async () => {
    const { app, gate, release } = appWithHeldTurn({ maxQueued: 5, maxWaitMs: 10_000 });
    const waiting = graphql(app, statsQuery);
    await expect.poll(() => gate.waiting).toBe(1);
    await release();
    const response = await waiting;
    expect(response.errors).toBeUndefined();
    expect(response.data?.stats.nodes).toBeGreaterThan(0);
  });

  it('refuses a request that waited past QUERY_QUEUE_TIMEOUT_MS, and /health still answers', async () => {
    const { app, release } = appWithHeldTurn({ maxQueued: 5, maxWaitMs: 50 });
    const response = await graphql(app, statsQuery);
    expect(response.status).toBe(503);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'SERVER_BUSY' });
    expect((await app.fetch('http://local/health')).status).toBe(200);
    await release();
  });

  it('drops the query of a request cancelled while it waits: Neo4j never sees it', async () => {
    const { app, gate, release } = appWithHeldTurn({ maxQueued: 5, maxWaitMs: 10_000 });
    const sent = vi.spyOn(driver, 'executeQuery');
    const client = new AbortController();
    const response = Promise.resolve(
      app.fetch('http://local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: statsQuery }),
        signal: client.signal,
      }),
    )
      .then((r) => r.text())
      .catch((error: unknown) => error);
    await expect.poll(() => gate.waiting).toBe(1);
    client.abort();
    await response;
    await release();
    await expect.poll(() => gate.waiting).toBe(0);
    expect(sent).not.toHaveBeenCalled();
    sent.mockRestore();
  });
});
