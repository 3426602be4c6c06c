// Thin resolvers: check arguments, ask the repository once per root field, shape the answer.
import type { GraphQLResolveInfo } from 'graphql';
import { decodeCursor, decodeFindingCursor, encodeCursor, encodeFindingCursor, identifier, integerIn, searchText, shortList } from './arguments.ts';
import { badUserInput, notFound } from './errors.ts';
import { maxSourcesPerPage, type Prefetch } from './graph/repository.ts';
import {
  type AssessmentRecord,
  type EntityKind,
  type EntityRecord,
  type FindingRecord,
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

function findingCursor(finding: FindingRecord): string {
  return encodeFindingCursor({ assessment: finding.assessmentId, sentence: finding.sentence, id: finding.id });
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
    graph.relationshipsOf(entity.id, {
      types: shortList('types', args.types as RelationshipType[] | null),
      direction: (args.direction as Direction | undefined) ?? 'BOTH',
      judgements: shortList('judgements', args.judgements as Judgement[] | null),
      assessments: shortList('assessments', args.assessments as string[] | null),
    }),
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
        edges: nodes.map((node) => ({ cursor: encodeCursor(node.id), node })),
        nodes,
        totalCount: page.totalCount,
        pageInfo: {
          startCursor: nodes[0] ? encodeCursor(nodes[0].id) : null,
          endCursor: last ? encodeCursor(last.id) : null,
          hasNextPage: page.hasNextPage,
          hasPreviousPage: after !== null && page.totalCount > 0,
        },
      };
    },

    async search(_: unknown, args: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) {
      const text = searchText('text', args.text as string);
      const first = integerIn('first', args.first as number, 1, 100);
      const kinds = shortList('kinds', args.kinds as EntityKind[] | null);
      const types = shortList('types', args.types as RelationshipType[] | null);
      const { hits, fragment } = await graph.repository.search({ text, first, kinds, types }, prefetchFor(info));
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
          judgements: shortList('judgements', args.judgements as Judgement[] | null),
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
      return { ...stats, findings: stats.findings.stated, inferredFindings: stats.findings.inferred };
    },

    async findings(_: unknown, args: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) {
      const first = integerIn('first', args.first as number, 1, 500);
      const after = decodeFindingCursor('after', args.after as string | null);
      const optionalId = (name: string) => (args[name] === null || args[name] === undefined ? null : identifier(name, args[name] as string));
      const entity = optionalId('entity');
      const year = args.year === null || args.year === undefined ? null : integerIn('year', args.year as number, 1829, 9999);
      const page = await graph.repository.findings(
        {
          force: optionalId('force'),
          theme: optionalId('theme'),
          year,
          assessments: shortList('assessments', args.assessments as string[] | null)?.map((id) => identifier('assessments', id)),
          judgements: shortList('judgements', args.judgements as Judgement[] | null),
          entity,
          first,
          after,
        },
        prefetchFor(info),
      );
      graph.absorb(page.fragment);
      const nodes = (page.fragment.findings ?? []).flatMap((finding) => graph.cachedFinding(finding.id) ?? []);
      const edges = nodes.map((node) => ({ cursor: findingCursor(node), node }));
      return {
        edges,
        nodes,
        totalCount: page.totalCount,
        pageInfo: {
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
          hasNextPage: page.hasNextPage,
          hasPreviousPage: page.hasPreviousPage,
        },
      };
    },

    async assessments(_: unknown, args: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) {
      const first = integerIn('first', args.first as number, 1, 500);
      const after = decodeCursor('after', args.after as string | null);
      const force = args.force === null || args.force === undefined ? null : identifier('force', args.force as string);
      const year = args.year === null || args.year === undefined ? null : integerIn('year', args.year as number, 1829, 9999);
      const kind = args.kind === null || args.kind === undefined ? null : identifier('kind', args.kind as string);
      const page = await graph.repository.assessmentPage({ force, year, kind, first, after }, prefetchFor(info));
      graph.absorb(page.fragment);
      const nodes = page.fragment.assessments ?? [];
      const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
      return {
        edges,
        nodes,
        totalCount: page.totalCount,
        pageInfo: {
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
          hasNextPage: page.hasNextPage,
          hasPreviousPage: page.hasPreviousPage,
        },
      };
    },

    async node(_: unknown, args: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) {
      const id = identifier('id', args.id as string);
      const fragment = graph.absorb(await graph.repository.node(id, prefetchFor(info)));
      return (
        fragment.entities.find((entity) => entity.id === id) ??
        fragment.findings?.find((finding) => finding.id === id) ??
        fragment.assessments?.find((assessment) => assessment.id === id) ??
        fragment.relationships.find((relationship) => relationship.id === id) ??
        null
      );
    },

    async assessment(_: unknown, args: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) {
      const id = identifier('id', args.id as string);
      graph.absorb(await graph.repository.assessmentsById([id], prefetchFor(info)));
      return graph.assessment(id);
    },
  },

  Entity: {
    // Each kind's GraphQL object type is named as its Neo4j label.
    __resolveType: (entity: EntityRecord) => labelOfKind[entity.kind],
  },
  Node: {
    // The records differ in shape: each has a field the others lack.
    __resolveType: (node: EntityRecord | RelationshipRecord | FindingRecord | AssessmentRecord) => {
      if ('kind' in node && 'degree' in node) return labelOfKind[node.kind];
      if ('participants' in node) return 'Finding';
      if ('fictional' in node) return 'Assessment';
      return 'Relationship';
    },
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
    source: (relationship: RelationshipRecord, _: Args, { graph }: GraphQLContext) => graph.entity(relationship.from),
    target: (relationship: RelationshipRecord, _: Args, { graph }: GraphQLContext) => graph.entity(relationship.to),
    evidence: (relationship: RelationshipRecord) => relationship,
    // The id is on the relationship: asking only for it costs no query.
    finding: (relationship: RelationshipRecord, _: Args, { graph }: GraphQLContext, info: GraphQLResolveInfo) => {
      if (relationship.findingId === null) return null;
      const fields = selectedCoordinates(info);
      const idOnly = [...fields].every((coordinate) => !coordinate.startsWith('Finding.') || coordinate === 'Finding.id');
      return idOnly ? { id: relationship.findingId } : graph.finding(relationship.findingId);
    },
  },

  Finding: {
    evidence: (finding: FindingRecord) => ({ ...finding, sourceId: finding.assessmentId }),
    assessment: (finding: FindingRecord, _: Args, { graph }: GraphQLContext) => graph.assessment(finding.assessmentId),
    entities: (finding: FindingRecord, _: Args, { graph }: GraphQLContext) => finding.participants.map(({ entityId }) => graph.entity(entityId)),
    participants: (finding: FindingRecord, _: Args, { graph }: GraphQLContext) =>
      finding.participants.map(({ entityId, role }) => ({ role, entity: graph.entity(entityId) })),
    relationships: (finding: FindingRecord, _: Args, { graph }: GraphQLContext) =>
      finding.relationshipIds.flatMap((id) => graph.cachedRelationship(id) ?? []),
  },

  Assessment: {
    force: (assessment: AssessmentRecord, _: Args, { graph }: GraphQLContext) => (assessment.forceId ? graph.entity(assessment.forceId) : null),
    inspector: (assessment: AssessmentRecord, _: Args, { graph }: GraphQLContext) =>
      assessment.inspectorId ? graph.entity(assessment.inspectorId) : null,
    source: (assessment: AssessmentRecord, _: Args, { graph }: GraphQLContext) => graph.source(assessment.id),
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
