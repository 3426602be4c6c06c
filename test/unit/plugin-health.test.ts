// The /health plugin on a Yoga of its own, with the database's answer to a ping chosen by each test.
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import type { GraphRepository } from '../../server/graph/repository.ts';
import { useDatabaseHealth } from '../../server/plugins/health.ts';

type Ping = Awaited<ReturnType<GraphRepository['ping']>>;

/** A Yoga whose database answers every ping with `ping`, and the number of pings it was sent. */
function healthServer(ping: Ping) {
  const pings = { count: 0 };
  // The plugin asks the repository for nothing but a ping.
  const repository = {
    ping: async () => {
      pings.count += 1;
      return ping;
    },
  } as unknown as GraphRepository;
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { plain: Int }', resolvers: { Query: { plain: () => 1 } } }),
    // Yoga's own liveness check would answer /health first; the app moves it too.
    healthCheckEndpoint: '/livez',
    landingPage: false,
    plugins: [useDatabaseHealth(repository, { name: 'peel', address: 'bolt://db.fenmarsh.example:7687' })],
    logging: false,
  });
  return { yoga, pings };
}

const up: Ping = { ok: true, server: { address: 'db.fenmarsh.example:7687', agent: 'Neo4j/5.26.0' } };

describe('the database health plugin', () => {
  it('answers GET /health with 200, the database named, up and its server, never cached', async () => {
    const { yoga, pings } = healthServer(up);
    const response = await yoga.fetch('http://local/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      status: 'ok',
      database: { name: 'peel', address: 'bolt://db.fenmarsh.example:7687', status: 'up', server: 'Neo4j/5.26.0' },
    });
    expect(pings.count).toBe(1);
  });

  it('answers 503 with the error when the database cannot be reached', async () => {
    const { yoga } = healthServer({ ok: false, error: 'Could not perform discovery. No routing servers available.' });
    const response = await yoga.fetch('http://local/health');
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      status: 'unavailable',
      database: { name: 'peel', address: 'bolt://db.fenmarsh.example:7687', status: 'down', error: 'Could not perform discovery. No routing servers available.' },
    });
  });

  it('answers HEAD /health too, with the same status', async () => {
    const { yoga, pings } = healthServer({ ok: false, error: 'down' });
    const response = await yoga.fetch('http://local/health', { method: 'HEAD' });
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(pings.count).toBe(1);
  });

  it('leaves other methods and other paths alone, without pinging the database', async () => {
    const { yoga, pings } = healthServer(up);
    const posted = await yoga.fetch('http://local/health', { method: 'POST' });
    expect(posted.status).toBe(404);
    for (const path of ['/healthz', '/health/', '/graphql?query=%7Bplain%7D']) {
      const response = await yoga.fetch(`http://local${path}`, { headers: { accept: 'application/json' } });
      expect(response.headers.get('cache-control'), path).toBeNull();
    }
    expect(pings.count).toBe(0);
  });
});
