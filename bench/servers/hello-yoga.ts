// The ceiling reference: a hello-world GraphQL Yoga server, same HTTP stack, no database.
import { createSchema, createYoga } from 'graphql-yoga';
import { serveUntilStopped } from './serve.ts';

const yoga = createYoga({
  schema: createSchema({ typeDefs: /* GraphQL */ 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
  graphiql: false,
  landingPage: false,
});
await serveUntilStopped(yoga);
