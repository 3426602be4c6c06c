// Builds the HTTP application (GraphQL API, health, explorer) without listening, so tests call app.fetch.
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, type Plugin } from 'graphql-yoga';
import { useAuthentication } from './auth/authentication.ts';
import type { RecordStores } from './stores.ts';
import type { Config } from './config.ts';
import type { GraphRepository } from './graph/repository.ts';
import { maskError, withCodedDatabaseErrors } from './errors.ts';
import { useBodyLimit } from './plugins/body-limit.ts';
import { useCompiledExecution } from './plugins/compiled-execution.ts';
import { graphiqlPage, useOfflineGraphiQL } from './plugins/graphiql.ts';
import { useDatabaseHealth } from './plugins/health.ts';
import { useMetrics } from './plugins/metrics.ts';
import { usePersistedQueries } from './plugins/persisted-queries.ts';
import { useQueryLimits } from './plugins/query-limits.ts';
import { useRequestErrors } from './plugins/request-errors.ts';
import { roundTripsOf, useServerTiming } from './plugins/server-timing.ts';
import { useStaticClient } from './plugins/static-client.ts';
import { RequestGraph } from './request-graph.ts';
import { type GraphQLContext, resolvers } from './resolvers.ts';

export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

export const schema = makeExecutableSchema({ typeDefs, resolvers: withCodedDatabaseErrors(resolvers) });

export interface AppOptions {
  config: Pick<Config, 'production' | 'corsOrigins' | 'introspection' | 'clientDir' | 'maxBodyBytes' | 'maxUploadBytes' | 'drafting' | 'metrics' | 'auth'>;
  repository: GraphRepository;
  /** Tokens to identify bearers by, the audit trail, and drafts under review. */
  stores: RecordStores;
  /** Where the database is, for /health: a URI without credentials. */
  databaseName: string;
  /** Where the database is (its Bolt address), reported by /health beside its name. */
  databaseAddress?: string;
}

export function createApp({ config, repository, stores, databaseName, databaseAddress }: AppOptions) {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    // /health reports the database; this built-in check only says the process answers.
    healthCheckEndpoint: '/livez',
    landingPage: false,
    graphiql: config.introspection ? { title: 'peel-graph API' } : false,
    renderGraphiQL: graphiqlPage,
    maskedErrors: { maskError },
    cors: config.corsOrigins.length > 0 ? { origin: config.corsOrigins, methods: ['GET', 'POST'], credentials: false } : false,
    logging: config.production ? 'warn' : 'info',
    context: ({ request }) => {
      const tally = roundTripsOf.get(request);
      const counted = repository.forRequest((milliseconds) => {
        if (tally) {
          tally.count += 1;
          tally.milliseconds += milliseconds;
        }
      }, request.signal);
      return { graph: new RequestGraph(counted), audit: stores.audit, drafts: stores.drafts, curation: stores.curation, maxUploadBytes: config.maxUploadBytes, draftLimits: config.drafting };
    },
    // Batched requests (a JSON array of operations) would multiply every limit below; Yoga refuses them.
    batching: false,
    plugins: [
      // First: a body of unknown length is read here and handed on as a new request, which the plugins
      // after it (the round-trip tally among them) then see.
      useBodyLimit(config.maxBodyBytes, config.maxUploadBytes),
      ...(config.metrics ? [useMetrics(repository.gate)] : []),
      useServerTiming(),
      useDatabaseHealth(repository, { name: databaseName, address: databaseAddress }),
      ...(config.introspection ? [useOfflineGraphiQL()] : []),
      useStaticClient(config.clientDir),
      // A browser on another site can send "simple" requests with our cookies-free API too; requiring a
      // JSON content type or the x-graphql-csrf header makes every cross-site request subject to CORS.
      useRequestErrors(),
      usePersistedQueries({ max: 1000 }),
      // Before anything reads the document: who is asking, and may they read at all.
      useAuthentication({ config: config.auth, tokens: stores.tokens, log: (message) => console.warn(`[peel-graph] ${message}`) }),
      ...(config.introspection ? [] : [useDisableIntrospection() as Plugin]),
      ...useQueryLimits({ production: config.production }),
      // The explorer sends a handful of documents over and over: from its second use each runs compiled.
      useCompiledExecution({ compileOnUse: 2 }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
