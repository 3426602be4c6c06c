// Prometheus metrics, when switched on: requests by operation and outcome, latency, the query gate, database failures.
import getPort from 'get-port';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createRecordStores } from '../../server/stores.ts';
import { loadConfig } from '../../server/config.ts';
import { createDriver } from '../../server/graph/database.ts';
import { QueryGate } from '../../server/graph/query-gate.ts';
import { GraphRepository } from '../../server/graph/repository.ts';
import { graphql } from '../support/api.ts';
import { testDriver } from '../support/database.ts';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

function appWith(metricsDriver: Driver, env: Record<string, string>) {
  const gate = new QueryGate({ concurrency: 2, maxQueued: 10, maxWaitMs: 30_000 });
  return createApp({
    config: loadConfig(env),
    repository: new GraphRepository(metricsDriver, { queryTimeoutMs: 30_000, gate }),
    stores: createRecordStores(metricsDriver, { queryTimeoutMs: 30_000 }),
    databaseName: 'test',
  });
}

async function scrape(app: ReturnType<typeof createApp>): Promise<string> {
  const response = await app.fetch('http://local/metrics');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

describe('metrics', () => {
  it('counts requests by operation and outcome, and times them', async () => {
    const app = appWith(driver, { METRICS: 'true' });
    await graphql(app, 'query Stats { stats { nodes } }');
    await graphql(app, 'query Stats { stats { nodes } }');
    await graphql(app, 'query Neighbours { neighbourhood(id: "no-such-entity") { truncated } }');
    await graphql(app, '{ entitie { id } }');
    const text = await scrape(app);
    expect(text).toContain('peel_graph_graphql_requests_total{operation="Stats",outcome="ok"} 2');
    expect(text).toContain('peel_graph_graphql_requests_total{operation="Neighbours",outcome="NOT_FOUND"} 1');
    expect(text).toContain('peel_graph_graphql_requests_total{operation="anonymous",outcome="GRAPHQL_VALIDATION_FAILED"} 1');
    expect(text).toContain('peel_graph_graphql_request_duration_seconds_count{operation="Stats"} 2');
    expect(text).toMatch(/^peel_graph_query_gate_waiting 0$/m);
    expect(text).toMatch(/^peel_graph_query_gate_running 0$/m);
    expect(text).toContain('peel_graph_process_cpu_seconds_total');
  });

  it('counts the database failures requests meet', async () => {
    const unreachable = createDriver(`bolt://127.0.0.1:${await getPort()}`, { queryTimeoutMs: 1_000 });
    try {
      const app = appWith(unreachable, { METRICS: 'true' });
      const { errors } = await graphql(app, 'query Stats { stats { nodes } }');
      expect(errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      const text = await scrape(app);
      expect(text).toContain('peel_graph_database_errors_total{code="DATABASE_UNAVAILABLE"} 1');
      expect(text).toContain('peel_graph_graphql_requests_total{operation="Stats",outcome="DATABASE_UNAVAILABLE"} 1');
    } finally {
      await unreachable.close();
    }
  });

  it('gives client-chosen operation names a bounded set of labels', async () => {
    const app = appWith(driver, { METRICS: 'true' });
    for (let i = 0; i < 105; i += 1) await graphql(app, `query Op${i} { stats { nodes } }`);
    await graphql(app, 'query Op0 { stats { nodes } }');
    const text = await scrape(app);
    expect(text).toContain('peel_graph_graphql_requests_total{operation="Op0",outcome="ok"} 2');
    expect(text).toContain('peel_graph_graphql_requests_total{operation="other",outcome="ok"} 5');
  });

  it('is off unless METRICS is set: /metrics is not found', async () => {
    const response = await appWith(driver, {}).fetch('http://local/metrics');
    expect(response.status).toBe(404);
    await response.body?.cancel();
  });
});
