// Thin resolvers: check arguments, ask the repository once per root field, shape the answer.
import type { GraphQLResolveInfo } from 'graphql';
import { decodeCursor, decodeFindingCursor, encodeCursor, encodeFindingCursor, identifier, integerIn, searchText, shortList } from './arguments.ts';
import { auditQueryFields } from './auth/audit-resolvers.ts';
import { compareQueryFields } from './compare-resolvers.ts';
import { badUserInput, notFound } from './errors.ts';
import { maxSourcesPerPage, type Prefetch } from './graph/repository.ts';
import {
  type AssessmentRecord,
  type EntityKind,
  type EntityRecord,
  type FindingRecord,
  type GraphFragment,
  labelOfKind,
  type PathRecord,
  type RelationshipRecord,
} from './graph/records.ts';
import type { DraftFindingResolvers, DraftResolvers, ForceResolvers, MutationResolvers, QueryResolvers, Resolvers } from './generated/resolver-types.ts';
import { selectedCoordinates } from './lookahead.ts';
import type { RequestGraph } from './request-graph.ts';
import type { DraftFindingRecord, DraftRecord } from './review/draft-records.ts';
import { draftFields, draftFindingFields, reviewMutationFields, reviewQueryFields } from './review/review-resolvers.ts';

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

function findingCursor(finding: FindingRecord): string {
  return encodeFindingCursor({ assessment: finding.assessmentId, sentence: finding.sentence, id: finding.id });
}

/** A Relay connection of `nodes`, each with its cursor. */
function connection<T>(nodes: T[], cursor: (node: T) => string, page: { totalCount: number; hasNextPage: boolean; hasPreviousPage: boolean }) {
  const edges = nodes.map((node) => ({ cursor: cursor(node), node }));
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
}

function optionalId(argument: string, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : identifier(argument, value);
}

function optionalYear(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : integerIn('year', value, 1829, 9999);
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
  relationships: (entity, args, { graph }) =>
    graph.relationshipsOf(entity.id, {
      types: shortList('types', args.types),
      direction: args.direction,
      judgements: shortList('judgements', args.judgements),
      assessments: shortList('assessments', args.assessments),
    }),
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
      return connection(nodes, (node) => encodeCursor(node.id), { ...page, hasPreviousPage: after !== null && page.totalCount > 0 });
    },

    async search(_, args, { graph }, info) {
      const text = searchText('text', args.text);
      const first = integerIn('first', args.first, 1, 100);
      const kinds = shortList('kinds', args.kinds);
      const types = shortList('types', args.types);
      const { hits, fragment } = await graph.repository.search({ text, first, kinds, types }, prefetchFor(info));
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
        { from, to, types: shortList('types', args.types), directed: args.directed === true },
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
      const stats = await graph.repository.stats();
      return { ...stats, findings: stats.findings.stated, inferredFindings: stats.findings.inferred };
    },

    async findings(_, args, { graph }, info) {
      const page = await graph.repository.findings(
        {
          assessments: shortList('assessments', args.assessments)?.map((id) => identifier('assessments', id)),
          judgements: shortList('judgements', args.judgements),
          entity: optionalId('entity', args.entity),
          force: optionalId('force', args.force),
          theme: optionalId('theme', args.theme),
          year: optionalYear(args.year),
          first: integerIn('first', args.first, 1, 500),
          after: decodeFindingCursor('after', args.after),
        },
        prefetchFor(info),
      );
      graph.absorb(page.fragment);
      const nodes = (page.fragment.findings ?? []).flatMap((finding) => graph.cachedFinding(finding.id) ?? []);
      return connection(nodes, findingCursor, page);
    },

    async assessments(_, args, { graph }, info) {
      const page = await graph.repository.assessmentPage(
        {
          force: optionalId('force', args.force),
          year: optionalYear(args.year),
          kind: optionalId('kind', args.kind),
          first: integerIn('first', args.first, 1, 500),
          after: decodeCursor('after', args.after),
        },
        prefetchFor(info),
      );
      graph.absorb(page.fragment);
      return connection(page.fragment.assessments ?? [], (node) => encodeCursor(node.id), page);
    },

    async assessment(_, args, { graph }, info) {
      const id = identifier('id', args.id);
      graph.absorb(await graph.repository.assessmentsById([id], prefetchFor(info)));
      return graph.assessment(id);
    },

    async node(_, args, { graph }, info) {
      const id = identifier('id', args.id);
      const fragment = graph.absorb(await graph.repository.node(id, prefetchFor(info)));
      return (
        fragment.entities.find((entity) => entity.id === id) ??
        fragment.findings?.find((finding) => finding.id === id) ??
        fragment.assessments?.find((assessment) => assessment.id === id) ??
        fragment.relationships.find((relationship) => relationship.id === id) ??
        null
      );
    },

    // The audit trail (server/auth/) and review (server/review/), whose resolvers check the role against their own
    // context types.
    ...(auditQueryFields as unknown as Pick<QueryResolvers, 'auditLog'>),
    ...(reviewQueryFields as unknown as Pick<QueryResolvers, 'viewer' | 'draft' | 'drafts'>),
    ...compareQueryFields,
  },

  Mutation: reviewMutationFields as unknown as MutationResolvers,
  Draft: draftFields as unknown as DraftResolvers,
  DraftFinding: draftFindingFields as unknown as DraftFindingResolvers,

  Node: {
    // The records differ in shape: each has a field the others lack.
    __resolveType: (node: EntityRecord | RelationshipRecord | FindingRecord | AssessmentRecord | DraftRecord | DraftFindingRecord) => {
      if ('kind' in node && 'degree' in node) return labelOfKind[node.kind];
      if ('progress' in node) return 'Draft';
      if ('draft' in node) return 'DraftFinding';
      if ('participants' in node) return 'Finding';
      if ('fictional' in node) return 'Assessment';
      return 'Relationship';
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
    // The id is on the relationship: asking only for it costs no query.
    finding: (relationship, _, { graph }, info) => {
      if (relationship.findingId === null) return null;
      const idOnly = [...selectedCoordinates(info)].every((coordinate) => !coordinate.startsWith('Finding.') || coordinate === 'Finding.id');
      return idOnly ? ({ id: relationship.findingId } as FindingRecord) : graph.finding(relationship.findingId);
    },
  },

  Finding: {
    evidence: (finding) => ({ ...finding, sourceId: finding.assessmentId }) as unknown as RelationshipRecord,
    assessment: (finding, _, { graph }) => present(graph.assessment(finding.assessmentId), 'assessment', finding.assessmentId),
    entities: (finding, _, { graph }) => finding.participants.map(({ entityId }) => present(graph.entity(entityId), 'entity', entityId)),
    participants: (finding, _, { graph }) =>
      finding.participants.map(({ entityId, role }) => ({ role: role as never, entity: present(graph.entity(entityId), 'entity', entityId) })),
    relationships: (finding, _, { graph }) => finding.relationshipIds.flatMap((id) => graph.cachedRelationship(id) ?? []),
  },

  Assessment: {
    force: (assessment, _, { graph }) => (assessment.forceId ? graph.entity(assessment.forceId) : null),
    inspector: (assessment, _, { graph }) => (assessment.inspectorId ? graph.entity(assessment.inspectorId) : null),
    source: (assessment, _, { graph }) => present(graph.source(assessment.id), 'source', assessment.id),
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
