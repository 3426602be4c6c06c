// Thin resolvers: check arguments, ask the repository once per root field, shape the answer.
import type { GraphQLResolveInfo } from 'graphql';
import { decodeCursor, encodeCursor, identifier, integerIn, searchText, shortList } from './arguments.ts';
import { auditQueryFields } from './auth/audit-resolvers.ts';
import { badUserInput, notFound } from './errors.ts';
import { maxSourcesPerPage, type Prefetch } from './graph/repository.ts';
import {
  type EntityKind,
  type EntityRecord,
  type GraphFragment,
  type Judgement,
  labelOfKind,
  type PathRecord,
  type RelationshipRecord,
  type RelationshipType,
  type SourceRecord,
} from './graph/records.ts';
import { selectedCoordinates } from './lookahead.ts';
import type { Direction, RequestGraph } from './request-graph.ts';

export interface GraphQLContext {
  graph: RequestGraph;
}

type Args = Record<string, unknown>;

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

/** Judgements travel as GraphQL enum names (STRENGTH) and are stored in the inspectorate's words (strength). */
function storedJudgements(values: readonly string[] | null): Judgement[] | null {
  return values ? values.map((value) => value.toLowerCase() as Judgement) : null;
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

const entityFields = {
  relationships: (entity: EntityRecord, args: Args, { graph }: GraphQLContext) =>
    graph.relationshipsOf(
      entity.id,
      shortList('types', args.types as RelationshipType[] | null),
      (args.direction as Direction | undefined) ?? 'BOTH',
    ),
};

export const resolvers = {
  Query: {
    async entity(_: unknown, args: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) {
      const id = identifier('id', args.id as string);
      graph.absorb(await graph.repository.entities([id], prefetchFor(info)));
      return graph.cachedEntity(id) ?? null;
    },

    async entities(_: unknown, args: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) {
      const first = integerIn('first', args.first as number, 1, 500);
      const after = decodeCursor('after', args.after as string | null);
      const page = await graph.repository.entityPage({ kind: args.kind as EntityKind | null, first, after }, prefetchFor(info));
      const { nodes } = subgraph(graph, page.fragment);
      const last = nodes.at(-1);
      return {
        nodes,
        totalCount: page.totalCount,
        pageInfo: { endCursor: last ? encodeCursor(last.id) : null, hasNextPage: page.hasNextPage },
      };
    },

    async search(_: unknown, args: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) {
      const text = searchText('text', args.text as string);
      const first = integerIn('first', args.first as number, 1, 100);
      const { hits, fragment } = await graph.repository.search({ text, first }, prefetchFor(info));
      graph.absorb(fragment);
      return hits.map((hit) => ({
        score: hit.score,
        snippet: hit.snippet,
        entity: hit.entityId ? graph.cachedEntity(hit.entityId) : null,
        relationship: hit.relationshipId ? graph.cachedRelationship(hit.relationshipId) : null,
      }));
    },

    async graph(_: unknown, args: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) {
      const fragment = await graph.repository.graph(
        {
          kinds: shortList('kinds', args.kinds as EntityKind[] | null),
          types: shortList('types', args.types as RelationshipType[] | null),
          judgements: storedJudgements(shortList('judgements', args.judgements as string[] | null)),
          sources: shortList('sources', args.sources as string[] | null)?.map((id) => identifier('sources', id)),
        },
        prefetchFor(info),
      );
      return subgraph(graph, fragment);
    },

    async neighbourhood(_: unknown, args: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) {
      const id = identifier('id', args.id as string);
      const result = await graph.repository.neighbourhood(
        {
          id,
          depth: integerIn('depth', args.depth as number, 1, 3),
          types: shortList('types', args.types as RelationshipType[] | null),
          kinds: shortList('kinds', args.kinds as EntityKind[] | null),
          limit: integerIn('limit', args.limit as number, 1, 1000),
        },
        prefetchFor(info),
      );
      if (!result.found) throw notFound('id', id);
      return subgraph(graph, result.fragment, result.truncated);
    },

    async shortestPath(_: unknown, args: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) {
      const from = identifier('from', args.from as string);
      const to = identifier('to', args.to as string);
      const result = await graph.repository.shortestPath(
        { from, to, types: shortList('types', args.types as RelationshipType[] | null) },
        prefetchFor(info),
      );
      const missing = result.missing[0];
      if (missing !== undefined) throw notFound(missing === from ? 'from' : 'to', missing);
      graph.absorb(result.fragment);
      return result.path ? path(graph, result.path) : null;
    },

    async partnerInvolvement(_: unknown, args: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) {
      const partnerId = identifier('partnerId', args.partnerId as string);
      const maxHops = integerIn('maxHops', args.maxHops as number, 1, 4);
      const result = await graph.repository.partnerInvolvement({ partnerId, maxHops }, prefetchFor(info));
      if (!result.found) throw notFound('partnerId', partnerId, 'partner');
      graph.absorb(result.fragment);
      const partner = graph.cachedEntity(partnerId);
      if (!result.isPartner) throw badUserInput('partnerId', `names a ${partner?.kind.toLowerCase() ?? 'non-partner'}, not a partner`);
      const paths = result.paths.map((record) => path(graph, record));
      const reached = new Map<string, EntityRecord>();
      for (const { nodes } of paths) {
        for (const node of nodes) if (involvementKinds.has(node.kind)) reached.set(node.id, node);
      }
      return { partner, reached: [...reached.values()], paths, subgraph: subgraph(graph, result.fragment) };
    },

    async sources(_: unknown, args: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) {
      const first = integerIn('first', args.first as number, 1, maxSourcesPerPage);
      const after = args.after === null || args.after === undefined ? null : identifier('after', args.after as string);
      const cited = selectedCoordinates(info).has('Sentence.relationships');
      const fragment = await graph.repository.sources({ first, after, sentenceRelationships: cited });
      graph.absorb(fragment, cited ? fragment.sources.map((s) => s.id) : []);
      return fragment.sources;
    },

    async source(_: unknown, args: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) {
      const id = identifier('id', args.id as string);
      const cited = selectedCoordinates(info).has('Sentence.relationships');
      const fragment = await graph.repository.sources({ ids: [id], sentenceRelationships: cited });
      graph.absorb(fragment, cited ? [id] : []);
      return fragment.sources[0] ?? null;
    },

    async stats(_: unknown, __: Args, { graph }: GraphQLContext) {
      const stats = await graph.repository.stats();
      return { ...stats, byJudgement: stats.byJudgement.map((row) => ({ ...row, judgement: row.judgement.toUpperCase() })) };
    },

    // The audit trail (server/auth/).
    ...auditQueryFields,
  },

  Entity: {
    // Each kind's GraphQL object type is named as its Neo4j label.
    __resolveType: (entity: EntityRecord) => labelOfKind[entity.kind],
  },
  Force: entityFields,
  Inspector: entityFields,
  Theme: { ...entityFields, pillar: (theme: EntityRecord) => theme.pillar?.toUpperCase() ?? null },
  Partner: entityFields,
  VictimGroup: entityFields,
  Risk: entityFields,
  Power: entityFields,
  Community: entityFields,

  Relationship: {
    source: (relationship: RelationshipRecord, _: Args, { graph }: GraphQLContext) => graph.entity(relationship.from),
    target: (relationship: RelationshipRecord, _: Args, { graph }: GraphQLContext) => graph.entity(relationship.to),
    judgement: (relationship: RelationshipRecord) => relationship.judgement?.toUpperCase() ?? null,
    evidence: (relationship: RelationshipRecord) => relationship,
  },

  Evidence: {
    // The id is on the relationship already; a thousand cited facts must not fetch a thousand report texts for it.
    source: (relationship: RelationshipRecord, _: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) =>
      wantsSourceDetails(selectedCoordinates(info)) ? graph.source(relationship.sourceId) : { id: relationship.sourceId },
  },

  Source: {
    sentences: (source: SourceRecord) => source.sentences.map((text, index) => ({ sourceId: source.id, index: index + 1, text })),
  },

  Sentence: {
    relationships: (sentence: { sourceId: string; index: number }, _: Args, { graph }: GraphQLContext) =>
      graph.citations(sentence.sourceId, sentence.index),
  },
};
