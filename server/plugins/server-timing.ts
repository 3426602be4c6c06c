// Counts each request's Cypher round trips and reports them in a Server-Timing header.
import type { Plugin } from 'graphql-yoga';

export interface RoundTrips {
  count: number;
  milliseconds: number;
}

/** The per-request tally lives here so the context factory and the response hook share it. */
export const roundTripsOf = new WeakMap<Request, RoundTrips>();

export function useServerTiming(): Plugin {
  return {
    onRequest({ request }) {
      roundTripsOf.set(request, { count: 0, milliseconds: 0 });
    },
    onResponse({ request, response }) {
      const tally = roundTripsOf.get(request);
      if (tally === undefined || tally.count === 0) return;
      response.headers.set('server-timing', `cypher;desc="round trips: ${tally.count}";dur=${tally.milliseconds.toFixed(1)}`);
    },
  };
}
