// GET /health: whether the server can reach Neo4j right now, for load balancers and people alike.
import type { Plugin } from 'graphql-yoga';
import type { GraphRepository } from '../graph/repository.ts';

export function useDatabaseHealth(repository: GraphRepository, database: { name: string; address?: string }): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== '/health' || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const ping = await repository.ping();
      const body = ping.ok
        ? { status: 'ok', database: { ...database, status: 'up', server: ping.server.agent } }
        : { status: 'unavailable', database: { ...database, status: 'down', error: ping.error } };
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status: ping.ok ? 200 : 503,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
