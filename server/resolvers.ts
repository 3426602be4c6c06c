// Thin resolvers: check arguments, ask the repository once per root field, shape the answer.
import type { GraphQLResolveInfo } from 'graphql';
import { decodeCursor, encodeCursor, identifier, integerIn, searchText, shortList } from './arguments.ts';
import { badUserInput, notFound } from './errors.ts';
import { maxSourcesPerPage, type Prefetch } from './graph/repository.ts';
import { type EntityKind, type EntityRecord, type GraphFragment, labelOfKind, type PathRecord } from './graph/records.ts';
import type { ForceResolvers, Resolvers } from './generated/resolver-types.ts';
import { selectedCoordinates } from './lookahead.ts';
import type { RequestGraph } from './request-graph.ts';

export interface GraphQLContext {
  graph: RequestGraph;
}

const involvementKinds = new Set<EntityKind>(['THEME', 'VICTIM_GROUP', 'RISK']);

/** The fields of a source beyond its id: asking for any of them means reading the report's whole text. */
const sourceDetails = ['Source.title', 'Source.text', 'Source.sentences'];

function wantsSourceDetails(selected: Set<string>): boolean {
  return sourceDetails.some((coordinate) => selected.has(coordinate));
}

/** What the fields under this root field will read, so its one query fetches it. */
function prefetchFor(info: GraphQLResolveInfo): Prefetch {
  const selected = selectedCoordinates(info);
  return { relationships: selected.has('Entity.relationships'), sources: wantsSourceDetails(selected) };
}

/**
 * A relationship's endpoints and source are in the graph whenever it is, so a missing one is a broken graph:
 * an error, not a null in a non-null field. What the cache holds stays unwrapped (see RequestGraph.entity).
 */
function present<T>(value: T | null | Promise<T | null>, what: string, id: string): T | Promise<T> {
  const check = (found: T | null): T => {
    if (found === null) throw new Error(`${what} ${id} is not in the graph`);
    return found;
  };
  return value instanceof Promise ? value.then(check) : check(value);
}

function subgraph(graph: RequestGraph, fragment: GraphFragment, truncated = false) {
  graph.absorb(fragment);
  return {
    nodes: fragment.nodeIds.flatMap((id) => graph.cachedEntity(id) ?? []),
    edges: fragment.relationshipIds.flatMap((id) => graph.cachedRelationship(id) ?? []),
    truncated,
  };
}

function path(graph: RequestGraph, record: PathRecord) {
  return {
    length: record.relationshipIds.length,
    nodes: record.nodeIds.flatMap((id) => graph.cachedEntity(id) ?? []),
    edges: record.relationshipIds.flatMap((id) => graph.cachedRelationship(id) ?? []),
  };
}

// Every kind's object type has the same fields, resolved from the same record.
const entityFields: ForceResolvers = {
  relationships: (entity, args, { graph }) => graph.relationshipsOf(entity.id, shortList('types', args.types), args.direction),
};

export const resolvers: Resolvers = {
  Query: {
    async entity(_, args, { graph }, info) {
      const id = identifier('id', args.id);
      graph.absorb(await graph.repository.entities([id], prefetchFor(info)));
      return graph.cachedEntity(id) ?? null;
    },

    async entities(_, args, { graph }, info) {
      const first = integerIn('first', args.first, 1, 500);
      const after = decodeCursor('after', args.after);
      const page = await graph.repository.entityPage({ kind: args.kind ?? null, first, after }, prefetchFor(info));
      const { nodes } = subgraph(graph, page.fragment);
      const last = nodes.at(-1);
      return {
        nodes,
        totalCount: page.totalCount,
        pageInfo: { endCursor: last ? encodeCursor(last.id) : null, hasNextPage: page.hasNextPage },
      };
    },

    async search(_, args, { graph }, info) {
      const text = searchText('text', args.text);
      const first = integerIn('first', args.first, 1, 100);
      const { hits, fragment } = await graph.repository.search({ text, first }, prefetchFor(info));
      graph.absorb(fragment);
      return hits.map((hit) => ({
        score: hit.score,
        snippet: hit.snippet,
        entity: hit.entityId ? graph.cachedEntity(hit.entityId) : null,
        relationship: hit.relationshipId ? graph.cachedRelationship(hit.relationshipId) : null,
      }));
    },

    async graph(_, args, { graph }, info) {
      const fragment = await graph.repository.graph(
        {
          kinds: shortList('kinds', args.kinds),
          types: shortList('types', args.types),
          judgements: shortList('judgements', args.judgements),
          sources: shortList('sources', args.sources)?.map((id) => identifier('sources', id)),
        },
        prefetchFor(info),
      );
      return subgraph(graph, fragment);
    },

    async neighbourhood(_, args, { graph }, info) {
      const id = identifier('id', args.id);
      const result = await graph.repository.neighbourhood(
        {
          id,
          depth: integerIn('depth', args.depth, 1, 3),
          types: shortList('types', args.types),
          kinds: shortList('kinds', args.kinds),
          limit: integerIn('limit', args.limit, 1, 1000),
        },
        prefetchFor(info),
      );
      if (!result.found) throw notFound('id', id);
      return subgraph(graph, result.fragment, result.truncated);
    },

    async shortestPath(_, args, { graph }, info) {
      const from = identifier('from', args.from);
      const to = identifier('to', args.to);
      const result = await graph.repository.shortestPath(
        { from, to, types: shortList('types', args.types) },
        prefetchFor(info),
      );
      const missing = result.missing[0];
      if (missing !== undefined) throw notFound(missing === from ? 'from' : 'to', missing);
      graph.absorb(result.fragment);
      return result.path ? path(graph, result.path) : null;
    },

    async partnerInvolvement(_, args, { graph }, info) {
      const partnerId = identifier('partnerId', args.partnerId);
      const maxHops = integerIn('maxHops', args.maxHops, 1, 4);
      const result = await graph.repository.partnerInvolvement({ partnerId, maxHops }, prefetchFor(info));
      graph.absorb(result.fragment);
      const partner = graph.cachedEntity(partnerId);
      if (!result.found || !partner) throw notFound('partnerId', partnerId, 'partner');
      if (!result.isPartner) throw badUserInput('partnerId', `names a ${partner.kind.toLowerCase()}, not a partner`);
      const paths = result.paths.map((record) => path(graph, record));
      const reached = new Map<string, EntityRecord>();
      for (const { nodes } of paths) {
        for (const node of nodes) if (involvementKinds.has(node.kind)) reached.set(node.id, node);
      }
      return { partner, reached: [...reached.values()], paths, subgraph: subgraph(graph, result.fragment) };
    },

    async sources(_, args, { graph }, info) {
      const first = integerIn('first', args.first, 1, maxSourcesPerPage);
      const after = args.after === null || args.after === undefined ? null : identifier('after', args.after);
      const cited = selectedCoordinates(info).has('Sentence.relationships');
      const fragment = await graph.repository.sources({ first, after, sentenceRelationships: cited });
      graph.absorb(fragment, cited ? fragment.sources.map((s) => s.id) : []);
      return fragment.sources;
    },

    async source(_, args, { graph }, info) {
      const id = identifier('id', args.id);
      const cited = selectedCoordinates(info).has('Sentence.relationships');
      const fragment = await graph.repository.sources({ ids: [id], sentenceRelationships: cited });
      graph.absorb(fragment, cited ? [id] : []);
      return fragment.sources[0] ?? null;
    },

    async stats(_, __, { graph }) {
      return graph.repository.stats();
    },
  },

  Entity: {
    // Each kind's GraphQL object type is named as its Neo4j label.
    __resolveType: (entity: EntityRecord) => labelOfKind[entity.kind],
  },
  Force: entityFields,
  Inspector: entityFields,
  Theme: entityFields,
  Partner: entityFields,
  VictimGroup: entityFields,
  Risk: entityFields,
  Power: entityFields,
  Community: entityFields,

  Relationship: {
    source: (relationship, _, { graph }) => present(graph.entity(relationship.from), 'entity', relationship.from),
    target: (relationship, _, { graph }) => present(graph.entity(relationship.to), 'entity', relationship.to),
    evidence: (relationship) => relationship,
  },

  Evidence: {
    // The id is on the relationship already; a thousand cited facts must not fetch a thousand report texts for it.
    source: (relationship, _, { graph }, info) =>
      wantsSourceDetails(selectedCoordinates(info))
        ? present(graph.source(relationship.sourceId), 'source', relationship.sourceId)
        : { id: relationship.sourceId },
  },

  Source: {
    // A source named by id only (Evidence.source) never reaches here: asking for its sentences loads all of it.
    sentences: (source) => (source.sentences ?? []).map((text, index) => ({ sourceId: source.id, index: index + 1, text })),
  },

  Sentence: {
    relationships: (sentence, _, { graph }) => graph.citations(sentence.sourceId, sentence.index),
  },
};
