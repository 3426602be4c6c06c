// The @neo4j/graphql reference: its generated schema and resolvers, served by GraphQL Yoga over the bench's Neo4j.
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { createDriver } from '../../server/graph/database.ts';
import { neo4jGraphQLTypeDefs } from '../neo4j-graphql-type-defs.ts';
import { serveUntilStopped } from './serve.ts';

const uri = process.env.BENCH_NEO4J_URI;
if (!uri) throw new Error('BENCH_NEO4J_URI must name the bench Neo4j');
// The same driver settings peel-graph's server uses, so only the GraphQL layer differs.
const driver = createDriver(uri, { username: 'neo4j', password: process.env.BENCH_NEO4J_PASSWORD, queryTimeoutMs: 5_000 });
await driver.verifyConnectivity();
const schema = await new Neo4jGraphQL({ typeDefs: neo4jGraphQLTypeDefs, driver }).getSchema();
const yoga = createYoga({ schema, graphiql: false, landingPage: false });
await serveUntilStopped(yoga, () => driver.close());
