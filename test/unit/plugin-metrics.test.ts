// The metrics plugin on a Yoga of its own with a real query gate: what a Prometheus scrape of /metrics reports
// about the requests before it, their outcomes and time, the database failures they met and the gate's queue.
import { GraphQLError } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { QueryGate } from '../../server/graph/query-gate.ts';
import { createMetrics, useMetrics } from '../../server/plugins/metrics.ts';

const coded = (code: string) => () => {
  throw new GraphQLError(`failed with ${code}`, { extensions: { code } });
};

function metricsServer(gate?: QueryGate) {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { plain: Int, slow: Int, missing: Int, unavailable: Int, timedOut: Int, busy: Int, broken: Int }',
      resolvers: {
        Query: {
          plain: () => 1,
          slow: () => new Promise((resolve) => setTimeout(() => resolve(2), 60)),
          missing: coded('NOT_FOUND'),
          unavailable: coded('DATABASE_UNAVAILABLE'),
          timedOut: coded('QUERY_TIMEOUT'),
          busy: coded('SERVER_BUSY'),
          broken: () => {
            throw new Error('a bug');
          },
        },
      },
    }),
    plugins: [useMetrics(gate)],
    logging: false,
  });
  const ask = (query: string, extra: Record<string, unknown> = {}) =>
    yoga.fetch('http://local/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, ...extra }) });
  const scrape = async () => {
    const response = await yoga.fetch('http://local/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    return response.text();
  };
  return { yoga, ask, scrape };
}

/** The samples of one metric in a scrape, by their labels as Prometheus writes them. */
function samples(text: string, metric: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const match = /^(\w+)(\{[^}]*\})? (\S+)$/.exec(line);
    if (match?.[1] === metric) found[match[2] ?? ''] = Number(match[3]);
  }
  return found;
}

const requestsTotal = 'peel_graph_graphql_requests_total';

describe('the metrics plugin', () => {
  it('counts requests by operation and by outcome: ok, or the first error’s code', async () => {
    const { yoga, ask, scrape } = metricsServer();
    await ask('query Stats { plain }');
    await ask('query Stats { plain }');
    await ask('query Lookup { plain missing }');
    await ask('query Several { missing busy }');
    await ask('query Failing { broken }');
    await ask('{ plain }');
    await ask('{ nothing }');
    // A body that is not JSON never reaches its parameters, let alone an operation.
    await yoga.fetch('http://local/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(samples(await scrape(), requestsTotal)).toEqual({
      '{operation="Stats",outcome="ok"}': 2,
      '{operation="Lookup",outcome="NOT_FOUND"}': 1,
      '{operation="Several",outcome="NOT_FOUND"}': 1,
      // An error without a code is an internal one.
      '{operation="Failing",outcome="INTERNAL_SERVER_ERROR"}': 1,
      '{operation="anonymous",outcome="ok"}': 1,
      '{operation="anonymous",outcome="GRAPHQL_VALIDATION_FAILED"}': 1,
      '{operation="anonymous",outcome="BAD_REQUEST"}': 1,
    });
  });

  it('counts the database failures requests met, once per code per request, and no other errors', async () => {
    const { ask, scrape } = metricsServer();
    await ask('{ unavailable timedOut busy missing broken }');
    await ask('{ a: unavailable b: unavailable }');
    await ask('{ plain }');
    const text = await scrape();
    expect(samples(text, 'peel_graph_database_errors_total')).toEqual({
      '{code="DATABASE_UNAVAILABLE"}': 2,
      '{code="QUERY_TIMEOUT"}': 1,
      '{code="SERVER_BUSY"}': 1,
    });
    expect(samples(text, requestsTotal)).toEqual({ '{operation="anonymous",outcome="DATABASE_UNAVAILABLE"}': 2, '{operation="anonymous",outcome="ok"}': 1 });
  });

  it('times each request in seconds, by operation, in buckets from 5 ms to 10 s', async () => {
    const { ask, scrape } = metricsServer();
    await ask('query Slow { slow }');
    await ask('query Slow { slow }');
    const text = await scrape();
    expect(samples(text, 'peel_graph_graphql_request_duration_seconds_count')).toEqual({ '{operation="Slow"}': 2 });
    const seconds = samples(text, 'peel_graph_graphql_request_duration_seconds_sum')['{operation="Slow"}']!;
    expect(seconds).toBeGreaterThanOrEqual(0.1);
    expect(seconds).toBeLessThan(10);
    const buckets = samples(text, 'peel_graph_graphql_request_duration_seconds_bucket');
    expect(Object.keys(buckets).map((labels) => /le="([^"]+)"/.exec(labels)![1])).toEqual(['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf']);
    // Each answer waited 60 ms for its resolver.
    expect(buckets['{le="0.05",operation="Slow"}']).toBe(0);
    expect(buckets['{le="+Inf",operation="Slow"}']).toBe(2);
  });

  it('names an operation from the document when the request does not, and from the request when it is never run', async () => {
    const { ask, scrape } = metricsServer();
    await ask('query First { plain } query Second { plain }', { operationName: 'Second' });
    await ask('query Only { plain }');
    // Refused at validation, so never executed: the name the request gave is all there is.
    await ask('query Refused { nothing }', { operationName: 'Refused' });
    // A name the document does not have: refused before it runs, so labelled as asked.
    await ask('query Present { plain }', { operationName: 'Absent' });
    const counted = samples(await scrape(), requestsTotal);
    expect(Object.keys(counted).map((labels) => /operation="(\w+)"/.exec(labels)![1])).toEqual(['Second', 'Only', 'Refused', 'Absent']);
  });

  it('labels a client’s operation names of up to 64 characters as they are, a longer one as other', async () => {
    const { ask, scrape } = metricsServer();
    const longest = `L${'o'.repeat(62)}g`;
    for (const name of ['Q', '_private2', longest, `${longest}x`]) await ask(`query ${name} { plain }`);
    expect(samples(await scrape(), requestsTotal)).toEqual({
      '{operation="Q",outcome="ok"}': 1,
      '{operation="_private2",outcome="ok"}': 1,
      [`{operation="${longest}",outcome="ok"}`]: 1,
      '{operation="other",outcome="ok"}': 1,
    });
  });

  it('gives at most 100 operation names a label of their own, keeping those it has', async () => {
    const { ask, scrape } = metricsServer();
    for (let i = 0; i < 102; i += 1) await ask(`query Op${i} { plain }`);
    await ask('query Op0 { plain }');
    await ask('query Op99 { plain }');
    const counted = samples(await scrape(), requestsTotal);
    expect(Object.keys(counted)).toHaveLength(101);
    expect(counted['{operation="Op0",outcome="ok"}']).toBe(2);
    expect(counted['{operation="Op99",outcome="ok"}']).toBe(2);
    expect(counted['{operation="Op100",outcome="ok"}']).toBeUndefined();
    expect(counted['{operation="other",outcome="ok"}']).toBe(2);
  });

  it('counts GraphQL requests by GET too, but not preflights, scrapes or other paths', async () => {
    const { yoga, scrape } = metricsServer();
    await yoga.fetch('http://local/graphql?query=query%20Fetched%20%7Bplain%7D');
    await yoga.fetch('http://local/graphql', { method: 'OPTIONS', headers: { origin: 'http://fenmarsh.example', 'access-control-request-method': 'POST' } });
    await yoga.fetch('http://local/elsewhere');
    await scrape();
    const posted = await yoga.fetch('http://local/metrics', { method: 'POST' });
    expect(await posted.text()).not.toContain('peel_graph_');
    expect(samples(await scrape(), requestsTotal)).toEqual({ '{operation="Fetched",outcome="ok"}': 1 });
  });

  it('reports the query gate’s running and waiting queries at each scrape, and zero without a gate', async () => {
    const gate = new QueryGate({ concurrency: 1, maxQueued: 5, maxWaitMs: 30_000 });
    const { scrape } = metricsServer(gate);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const queries = [gate.run(() => held), gate.run(() => held), gate.run(() => held)];
    try {
      const busy = await scrape();
      expect(samples(busy, 'peel_graph_query_gate_running')).toEqual({ '': 1 });
      expect(samples(busy, 'peel_graph_query_gate_waiting')).toEqual({ '': 2 });
    } finally {
      release();
      await Promise.all(queries);
    }
    const idle = await scrape();
    expect(samples(idle, 'peel_graph_query_gate_running')).toEqual({ '': 0 });
    expect(samples(idle, 'peel_graph_query_gate_waiting')).toEqual({ '': 0 });
    const ungated = await metricsServer().scrape();
    expect(samples(ungated, 'peel_graph_query_gate_running')).toEqual({ '': 0 });
    expect(samples(ungated, 'peel_graph_query_gate_waiting')).toEqual({ '': 0 });
  });

  it('describes every metric of its own and adds the process’s, under one prefix', async () => {
    const text = await createMetrics(undefined).registry.metrics();
    const help = Object.fromEntries([...text.matchAll(/^# HELP (\S+) (.*)$/gm)].map(([, name, description]) => [name!, description!]));
    const own = [
      'peel_graph_graphql_requests_total',
      'peel_graph_graphql_request_duration_seconds',
      'peel_graph_database_errors_total',
      'peel_graph_query_gate_running',
      'peel_graph_query_gate_waiting',
    ];
    for (const name of own) expect(help[name]?.length, name).toBeGreaterThan(20);
    expect(help['peel_graph_process_cpu_seconds_total']).toBeDefined();
    expect(Object.keys(help).filter((name) => !name.startsWith('peel_graph_'))).toEqual([]);
  });
});
