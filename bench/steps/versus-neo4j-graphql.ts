// Step 2: peel-graph against @neo4j/graphql's generated API, both asked for an entity with its neighbours and evidence.
import { compare, type Timing } from '../compare.ts';
import { postGraphQL } from '../graphql-client.ts';
import { httpRun } from '../http-load.ts';
import { type LoadResult, ratio } from '../latency.ts';
import { neo4jGraphQLForceQuery } from '../neo4j-graphql-type-defs.ts';
import { cycle, entityWithNeighboursOperation } from '../operations.ts';

export interface VersusNeo4jGraphQL {
  peelGraph: LoadResult;
  neo4jGraphQL: LoadResult;
  /** peel-graph throughput / @neo4j/graphql throughput: the target is at least 1.5. */
  throughputRatio: number;
  p50Ratio: number;
  /** Both answers for the first force, counted: the two must return the same relationships. */
  check: { id: string; peelGraphRelationships: number; neo4jGraphQLRelationships: number; peelGraphBytes: number; neo4jGraphQLBytes: number };
}

export interface VersusOptions {
  peelGraphUrl: string;
  neo4jGraphQLUrl: string;
  /** peel-graph's server, @neo4j/graphql's server and Neo4j, for CPU time per request. */
  pids: { peelGraph: number; neo4jGraphQL: number; neo4j: number };
  /** Forces to ask about, in turn. */
  forceIds: string[];
  timing: Timing;
  connections: number;
}

function referenceRelationships(data: Record<string, any> | undefined): number {
  const force = data?.forces?.[0] as Record<string, { edges?: unknown[] }> | undefined;
  if (!force) return 0;
  return Object.entries(force)
    .filter(([key]) => key.endsWith('Connection'))
    .reduce((total, [, connection]) => total + (connection.edges?.length ?? 0), 0);
}

export async function versusNeo4jGraphQL(options: VersusOptions): Promise<VersusNeo4jGraphQL> {
  const id = options.forceIds[0]!;
  const ours = await postGraphQL(options.peelGraphUrl, entityWithNeighboursOperation.document, { id });
  const theirs = await postGraphQL(options.neo4jGraphQLUrl, neo4jGraphQLForceQuery, { id });
  if (theirs.errors?.length) throw new Error(`@neo4j/graphql refused the query: ${theirs.errors[0]!.message}`);
  const check = {
    id,
    peelGraphRelationships: (ours.data?.entity?.relationships as unknown[] | undefined)?.length ?? 0,
    neo4jGraphQLRelationships: referenceRelationships(theirs.data),
    peelGraphBytes: ours.bytes,
    neo4jGraphQLBytes: theirs.bytes,
  };

  const nextOurs = cycle(options.forceIds);
  const nextTheirs = cycle(options.forceIds);
  const [peelGraph, neo4jGraphQL] = await compare(
    {
      name: 'peel-graph',
      pids: [options.pids.peelGraph, options.pids.neo4j],
      run: (seconds) =>
        httpRun({ url: options.peelGraphUrl, connections: options.connections, nextBody: () => JSON.stringify({ query: entityWithNeighboursOperation.document, variables: { id: nextOurs() } }) }, seconds),
    },
    {
      name: '@neo4j/graphql',
      pids: [options.pids.neo4jGraphQL, options.pids.neo4j],
      run: (seconds) =>
        httpRun({ url: options.neo4jGraphQLUrl, connections: options.connections, nextBody: () => JSON.stringify({ query: neo4jGraphQLForceQuery, variables: { id: nextTheirs() } }) }, seconds),
    },
    options.timing,
    options.connections,
  );
  return { peelGraph, neo4jGraphQL, throughputRatio: ratio(peelGraph.throughput, neo4jGraphQL.throughput), p50Ratio: ratio(peelGraph.p50, neo4jGraphQL.p50), check };
}
