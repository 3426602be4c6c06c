// Calls the app in process, the way a GraphQL client would over HTTP, and reads what tests check.
import type { Driver } from 'neo4j-driver';
import { type App, createApp } from '../../server/app.ts';
import { createRecordStores } from '../../server/stores.ts';
import { loadConfig } from '../../server/config.ts';
import { testRepository } from './database.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  /** Cypher round trips the server made for the request, from its Server-Timing header. */
  roundTrips: number;
  headers: Headers;
}

export function testApp(driver: Driver, env: Record<string, string> = {}): App {
  const config = loadConfig({ ...env });
  return createApp({ config, repository: testRepository(driver), stores: createRecordStores(driver, { queryTimeoutMs: 30_000 }), databaseName: 'test' });
}

export async function graphql<T = Record<string, any>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await app.fetch('http://local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  const timing = /round trips: (\d+)/.exec(response.headers.get('server-timing') ?? '');
  return { status: response.status, ...body, roundTrips: timing ? Number(timing[1]) : 0, headers: response.headers };
}
