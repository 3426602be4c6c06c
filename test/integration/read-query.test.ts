// The server's one way of reading: an auto-commit transaction, tried again when the driver says a failure will pass.
// The faults are real: a TCP relay in front of the test Neo4j cuts the first connections it is given.
import net from 'node:net';
import { inject } from 'vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/graph/database.ts';
import { retryDelayMs, runRead } from '../../server/graph/read-query.ts';
import { testCredentials } from '../support/database.ts';

/** Relays TCP to the test Neo4j, except that the first `cut` connections are closed as soon as they open. */
async function faultyRelay(cut: number): Promise<{ uri: string; connections: () => number; close(): Promise<void> }> {
  const target = new URL(inject('neo4jUri'));
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    connections += 1;
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (connections <= cut) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function driverThrough(relay: Awaited<ReturnType<typeof faultyRelay>>) {
  const driver = createDriver(relay.uri, { ...testCredentials(), queryTimeoutMs: 10_000 });
  cleanups.push(() => relay.close(), () => driver.close());
  return driver;
}

describe('a read', () => {
  it('answers with the query\'s records and summary', async () => {
    const relay = await faultyRelay(0);
    const driver = await driverThrough(relay);
    const { records, summary } = await runRead(driver, 'MATCH (f:Force) RETURN f.id AS id', {}, { timeoutMs: 10_000, retryWindowMs: 10_000 });
    expect(records.map((record) => record.get('id'))).toEqual(['cheshire-constabulary']);
    expect(summary.query.text).toBe('MATCH (f:Force) RETURN f.id AS id');
  });

  it('tries again when the connection is lost, and answers', async () => {
    const relay = await faultyRelay(2);
    const driver = await driverThrough(relay);
    const { records } = await runRead(driver, 'RETURN 1 AS one', {}, { timeoutMs: 10_000, retryWindowMs: 10_000 });
    expect(records[0]?.get('one')).toBe(1);
    expect(relay.connections()).toBe(3);
  });

  it('gives up on a lost connection once its retry window has passed', async () => {
    const relay = await faultyRelay(Number.POSITIVE_INFINITY);
    const driver = await driverThrough(relay);
    const failure = await runRead(driver, 'RETURN 1', {}, { timeoutMs: 10_000, retryWindowMs: 500 }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'ServiceUnavailable' });
    expect(relay.connections()).toBeGreaterThan(1);
  });

  it('does not try again a failure that will not pass', async () => {
    const relay = await faultyRelay(0);
    const driver = await driverThrough(relay);
    // A retry window of a minute: were a syntax error tried again, this test would time out.
    const failure = await runRead(driver, 'RETURN RETURN', {}, { timeoutMs: 10_000, retryWindowMs: 60_000 }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
  }, 5_000);

  it('is stopped by Neo4j at its timeout', async () => {
    const relay = await faultyRelay(0);
    const driver = await driverThrough(relay);
    const failure = await runRead(driver, 'UNWIND range(1, 100000000) AS x RETURN sum(x)', {}, { timeoutMs: 50, retryWindowMs: 10_000 }).catch((error: unknown) => error);
    expect((failure as { code?: string }).code).toMatch(/TransactionTimedOut/);
  });
});

describe('the wait before a retry', () => {
  it('doubles from 100 ms up to 5 s, give or take a fifth', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, () => 0.5))).toEqual([100, 200, 400, 800]);
    expect(retryDelayMs(20, () => 0.5)).toBe(5_000);
    expect(retryDelayMs(1, () => 0)).toBe(80);
    expect(retryDelayMs(1, () => 1)).toBeCloseTo(120);
  });
});
