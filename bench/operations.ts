// What the bench asks: each GraphQL operation the explorer sends, and the Cypher and parameters behind it.
import neo4j from 'neo4j-driver';
// What the explorer sends, imported so the bench measures its very documents and selections.
import * as explorer from '../client/src/api.ts';
import {
  entitiesByIdQuery,
  sourceGraphQuery,
  neighbourhoodQueries,
  partnerInvolvementQueries,
  searchQuery,
  shortestPathQuery,
} from '../server/graph/queries.ts';
import { type EntityRow, toEntity } from '../server/graph/mappers.ts';
import { maxInvolvementPaths } from '../server/graph/repository.ts';
import { searchTerms, toLuceneQuery } from '../server/graph/search-text.ts';
import type { Statement } from './driver-load.ts';

type Variables = Record<string, unknown>;

export interface Operation {
  name: string;
  /** The root field, as the round-trip table names it. */
  field: string;
  document: string;
  /**
   * The statement the repository sends for these variables and this selection: the query text imported from
   * server/graph/queries.ts, with the parameters built the way server/graph/repository.ts builds them.
   */
  statement(variables: Variables): Statement;
  /**
   * The entity ids an answer is about, read from the API's JSON and from the driver's record, so the bench can
   * check that both paths answered the same question.
   */
  answerIds: { api(data: Record<string, any>): string[]; record(record: { get(key: string): unknown }): string[] };
}

const ids = (list: { id: string }[] | undefined) => (list ?? []).map((item) => item.id);
const recordIds = (key: string) => (record: { get(key: string): unknown }) => record.get(key) as string[];

// The explorer selects neither Entity.relationships nor a source's title, text or sentences (only Evidence.source's
// id, which each relationship carries), so the repository fetches neither (server/resolvers.ts prefetchFor).
const explorerPrefetch = { withRelationships: false, withSources: false };

export const neighbourhoodOperation = (depth: 1 | 2): Operation => ({
  name: `neighbourhood depth ${depth}`,
  field: 'neighbourhood',
  // The explorer expands one hop at a time; deeper neighbourhoods are asked with its selection.
  document: /* GraphQL */ `
    query Neighbourhood($id: ID!, $limit: Int!) { neighbourhood(id: $id, depth: ${depth}, limit: $limit) ${explorer.subgraphSelection} }
    ${explorer.subgraphFields} ${explorer.entityFields} ${explorer.relationshipFields}`,
  statement: (v) => ({
    query: neighbourhoodQueries.get(depth)!,
    parameters: { id: v.id, types: null, labels: null, limit: neo4j.int(v.limit as number), ...explorerPrefetch },
  }),
  answerIds: { api: (data) => ids(data.neighbourhood?.nodes), record: recordIds('nodeIds') },
});

export const searchOperation: Operation = {
  name: 'search',
  field: 'search',
  document: explorer.searchQuery,
  statement: (v) => ({
    query: searchQuery,
    parameters: { query: toLuceneQuery(searchTerms(v.text as string)), first: neo4j.int(v.first as number), labels: null, types: null, ...explorerPrefetch },
  }),
  answerIds: {
    api: (data) => (data.search as { entity?: { id: string }; relationship?: { id: string } }[]).map((hit) => hit.entity?.id ?? hit.relationship?.id ?? '').sort(),
    // The repository keeps the best `first` of entity and relationship hits together; so does this.
    record: (record) =>
      [...(record.get('entityHits') as { id: string; score: number }[]), ...(record.get('relationshipHits') as { id: string; score: number }[])]
        .sort((a, b) => b.score - a.score)
        .slice(0, 20)
        .map((hit) => hit.id)
        .sort(),
  },
};

/** The explorer's start view: one report's graph (client/src/explorer.ts load). */
export const reportGraphOperation: Operation = {
  name: 'graph of a report',
  field: 'graph',
  document: explorer.graphQuery,
  statement: (v) => ({
    query: sourceGraphQuery,
    parameters: { sources: v.sources, labels: null, types: null, judgements: null, ...explorerPrefetch },
  }),
  answerIds: { api: (data) => ids(data.graph?.nodes).sort(), record: (record) => (record.get('nodeIds') as string[]).slice().sort() },
};

export const shortestPathOperation: Operation = {
  name: 'shortestPath',
  field: 'shortestPath',
  document: explorer.shortestPathQuery,
  statement: (v) => ({ query: shortestPathQuery, parameters: { from: v.from, to: v.to, types: null, ...explorerPrefetch } }),
  answerIds: { api: (data) => ids(data.shortestPath?.nodes), record: recordIds('pathNodeIds') },
};

export const partnerInvolvementOperation: Operation = {
  name: 'partnerInvolvement',
  field: 'partnerInvolvement',
  document: explorer.partnerInvolvementQuery,
  statement: (v) => ({
    query: partnerInvolvementQueries.get(3)!,
    parameters: { id: v.partnerId, maxPaths: neo4j.int(maxInvolvementPaths), ...explorerPrefetch },
  }),
  answerIds: {
    api: (data) => ids(data.partnerInvolvement?.reached).sort(),
    record: (record) => {
      const entities = (record.get('entities') as EntityRow[]).map(toEntity);
      const reached = new Set(entities.filter((e) => ['THEME', 'VICTIM_GROUP', 'RISK'].includes(e.kind)).map((e) => e.id));
      const onPaths = new Set((record.get('pathIds') as { nodeIds: string[] }[]).flatMap((p) => p.nodeIds));
      return [...reached].filter((id) => onPaths.has(id)).sort();
    },
  },
};

/** "An entity with its neighbours and their evidence": the question put to @neo4j/graphql as well. */
export const entityWithNeighboursOperation: Operation = {
  name: 'entity with neighbours',
  field: 'entity',
  document: /* GraphQL */ `
    query EntityWithNeighbours($id: ID!) {
      entity(id: $id) {
        id name summary
        relationships { id type judgement evidence { quote sentence } source { id name } target { id name } }
      }
    }`,
  statement: (v) => ({ query: entitiesByIdQuery, parameters: { ids: [v.id], withRelationships: true, withSources: false } }),
  answerIds: {
    api: (data) => [...new Set((data.entity?.relationships ?? []).flatMap((r: { source: { id: string }; target: { id: string } }) => [r.source.id, r.target.id]))].sort() as string[],
    record: (record) => (record.get('entities') as EntityRow[]).map((row) => toEntity(row).id).sort(),
  },
};

/** Cycles through a fixed list of variables, so two harnesses given the same list send the same requests in order. */
export function cycle<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new Error('cycle needs at least one item');
  let next = 0;
  return () => {
    const item = items[next]!;
    next = (next + 1) % items.length;
    return item;
  };
}

export function graphQLBody(operation: Operation, variables: Variables): string {
  return JSON.stringify({ query: operation.document, variables });
}
