// Prometheus metrics at /metrics (opt-in, METRICS=true): GraphQL requests by operation and outcome, their latency,
// the query gate's queue, and the database failures requests met.
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { QueryGate } from '../graph/query-gate.ts';

/** Operation names come from clients: only this many distinct ones get a label of their own, the rest "other". */
const maxOperationLabels = 100;
const operationNamePattern = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** The codes that say the database failed a request, as opposed to the request being refused. */
const databaseCodes = new Set(['DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT', 'SERVER_BUSY']);

interface RequestRecord {
  started: number;
  operation: string;
  outcome: string;
}

export function createMetrics(gate: QueryGate | undefined) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'peel_graph_' });
  const requests = new Counter({
    name: 'peel_graph_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, or the first error code).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'peel_graph_graphql_request_duration_seconds',
    help: 'Time from a GraphQL request arriving to its answer, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const databaseErrors = new Counter({
    name: 'peel_graph_database_errors_total',
    help: 'Database failures met by requests, by code (DATABASE_UNAVAILABLE, QUERY_TIMEOUT, SERVER_BUSY).',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'peel_graph_query_gate_running',
    help: 'Queries running in Neo4j now.',
    registers: [registry],
    collect() {
      this.set(gate?.running ?? 0);
    },
  });
  new Gauge({
    name: 'peel_graph_query_gate_waiting',
    help: 'Queries waiting for a turn at the query gate.',
    registers: [registry],
    collect() {
      this.set(gate?.waiting ?? 0);
    },
  });
  return { registry, requests, duration, databaseErrors };
}

export function useMetrics(gate: QueryGate | undefined): Plugin {
  const metrics = createMetrics(gate);
  const records = new WeakMap<Request, RequestRecord>();
  const knownOperations = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name || !operationNamePattern.test(name)) return name ? 'other' : 'anonymous';
    if (knownOperations.has(name)) return name;
    if (knownOperations.size >= maxOperationLabels) return 'other';
    knownOperations.add(name);
    return name;
  };
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname === '/metrics' && request.method === 'GET') {
        endResponse(new fetchAPI.Response(await metrics.registry.metrics(), { headers: { 'content-type': metrics.registry.contentType } }));
        return;
      }
      if (url.pathname === '/graphql' && request.method !== 'OPTIONS') {
        records.set(request, { started: performance.now(), operation: 'anonymous', outcome: 'ok' });
      }
    },
    onParams({ request, params }) {
      const record = records.get(request);
      if (record) record.operation = label(params.operationName);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const record = request && records.get(request);
      if (record) record.operation = label(getOperationAST(args.document, args.operationName)?.name?.value);
    },
    onResultProcess({ request, result }) {
      const record = records.get(request);
      if (!record || Array.isArray(result) || !('errors' in result)) return;
      const codes = (result.errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
      record.outcome = codes[0] ?? 'ok';
      for (const code of new Set(codes)) if (databaseCodes.has(code)) metrics.databaseErrors.inc({ code });
    },
    onResponse({ request }) {
      const record = records.get(request);
      if (!record) return;
      metrics.requests.inc({ operation: record.operation, outcome: record.outcome });
      metrics.duration.observe({ operation: record.operation }, (performance.now() - record.started) / 1000);
    },
  };
}
