// Builds the HTTP application (GraphQL API, health, explorer) without listening, so tests call app.fetch.
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga } from 'graphql-yoga';
import type { Config } from './config.ts';
import type { GraphRepository } from './graph/repository.ts';
import { maskError } from './errors.ts';
import { useDatabaseHealth } from './plugins/health.ts';
import { roundTripsOf, useServerTiming } from './plugins/server-timing.ts';
import { useStaticClient } from './plugins/static-client.ts';
import { RequestGraph } from './request-graph.ts';
import { type GraphQLContext, resolvers } from './resolvers.ts';

export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

export const schema = makeExecutableSchema({ typeDefs, resolvers });

export interface AppOptions {
  config: Pick<Config, 'production' | 'corsOrigins' | 'introspection' | 'clientDir'>;
  repository: GraphRepository;
  /** Where the database is, for /health: a URI without credentials. */
  databaseName: string;
}

export function createApp({ config, repository, databaseName }: AppOptions) {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    // /health reports the database; this built-in check only says the process answers.
    healthCheckEndpoint: '/livez',
    landingPage: false,
    graphiql: config.introspection ? { title: 'peel-graph API' } : false,
    maskedErrors: { maskError },
    cors: config.corsOrigins.length > 0 ? { origin: config.corsOrigins, methods: ['GET', 'POST'], credentials: false } : false,
    logging: config.production ? 'warn' : 'info',
    context: ({ request }) => {
      const tally = roundTripsOf.get(request);
      const counted = repository.withRoundTripListener((milliseconds) => {
        if (tally) {
          tally.count += 1;
          tally.milliseconds += milliseconds;
        }
      });
      return { graph: new RequestGraph(counted) };
    },
    plugins: [useServerTiming(), useDatabaseHealth(repository, databaseName), useStaticClient(config.clientDir)],
  });
}

export type App = ReturnType<typeof createApp>;
