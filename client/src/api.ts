// Typed calls to the GraphQL API at /graphql; every operation the explorer sends is written out here.
import type {
  AssessmentReportQuery,
  AssessmentReportQueryVariables,
  AssessmentsQuery,
  AssessmentsQueryVariables,
  CompareByPillarQuery,
  CompareByPillarQueryVariables,
  CompareFindingsQuery,
  CompareFindingsQueryVariables,
  CompareQuery,
  CompareQueryVariables,
  DiffQuery,
  DiffQueryVariables,
  ForcesQuery,
  ForcesQueryVariables,
  GraphViewQuery,
  GraphViewQueryVariables,
  NeighbourhoodQuery,
  NeighbourhoodQueryVariables,
  PartnerInvolvementQuery,
  PartnerInvolvementQueryVariables,
  SearchQuery,
  SearchQueryVariables,
  ShortestPathQuery,
  ShortestPathQueryVariables,
  SourcesQuery,
  SourcesQueryVariables,
  StatsQuery,
  StatsQueryVariables,
  TimelineQuery,
  TimelineQueryVariables,
} from './generated/operations.ts';
import { type CellWithFindings, type CompareBy, type Comparison, pillarComparison } from './compare-matrix.ts';
import type { AssessmentDiff } from './diff-lists.ts';
import type { ThemeTimeline } from './theme-timeline.ts';
import type {
  AssessmentSummary,
  Filters,
  GraphStats,
  Path,
  PartnerInvolvement,
  SearchHit,
  SourceDocument,
  Subgraph,
} from './model.ts';

/** What went wrong, in terms the explorer can act on: an outage, a busy server, a timeout or the network are worth retrying. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }

  get retryable(): boolean {
    return ['DATABASE_UNAVAILABLE', 'SERVER_BUSY', 'NETWORK', 'QUERY_TIMEOUT'].includes(this.code);
  }
}

export const entityFields = /* GraphQL */ `
  fragment EntityFields on Entity {
    id
    name
    kind
    summary
    degree
    ... on Theme { pillar }
  }
`;

export const relationshipFields = /* GraphQL */ `
  fragment RelationshipFields on Relationship {
    id
    type
    judgement
    basis
    status
    source { id }
    target { id }
    evidence { quote sentence start end source { id } }
    finding { id }
    review
  }
`;

export const subgraphFields = /* GraphQL */ `
  fragment SubgraphFields on Subgraph {
    nodes { ...EntityFields }
    edges { ...RelationshipFields }
    truncated
  }
`;

const pathFields = /* GraphQL */ `
  fragment PathFields on Path {
    length
    nodes { ...EntityFields }
    edges { ...RelationshipFields }
  }
`;

/**
 * A selection, not a document, so it carries no /* GraphQL *\/ tag: for queries written out at run time
 * (the copied view), which append `subgraphFields`, `entityFields` and `relationshipFields`.
 */
export const subgraphSelection = '{ ...SubgraphFields }';

// The code generator reads each document with its `${…}` parts left out: the fragments they add are found by name.
export const graphQuery = /* GraphQL */ `
  query GraphView($kinds: [EntityKind!], $types: [RelationshipType!], $judgements: [Judgement!], $sources: [ID!]) {
    graph(kinds: $kinds, types: $types, judgements: $judgements, sources: $sources) { ...SubgraphFields }
  }
  ${subgraphFields}
  ${entityFields}
  ${relationshipFields}
`;

export const neighbourhoodQuery = /* GraphQL */ `
  query Neighbourhood($id: ID!, $limit: Int!) {
    neighbourhood(id: $id, depth: 1, limit: $limit) { ...SubgraphFields }
  }
  ${subgraphFields}
  ${entityFields}
  ${relationshipFields}
`;

export const searchQuery = /* GraphQL */ `
  query Search($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      score
      snippet
      entity { ...EntityFields }
      relationship { ...RelationshipFields source { ...EntityFields } target { ...EntityFields } }
    }
  }
  ${entityFields}
  ${relationshipFields}
`;

export const shortestPathQuery = /* GraphQL */ `
  query ShortestPath($from: ID!, $to: ID!) {
    shortestPath(from: $from, to: $to) { ...PathFields }
  }
  ${pathFields}
  ${entityFields}
  ${relationshipFields}
`;

// Paths by id, their entities and relationships once each: up to 500 paths cross the same few entities.
export const partnerInvolvementQuery = /* GraphQL */ `
  query PartnerInvolvement($partnerId: ID!) {
    partnerInvolvement(partnerId: $partnerId) {
      partner { ...EntityFields }
      reached { id }
      paths { length nodes { id } edges { id } }
      subgraph { nodes { ...EntityFields } edges { ...RelationshipFields } }
    }
  }
  ${entityFields}
  ${relationshipFields}
`;

type PartnerInvolvementAnswer = PartnerInvolvementQuery['partnerInvolvement'];

/** Puts the entities and relationships back on the paths that name them by id. */
export function involvementFromAnswer(answer: PartnerInvolvementAnswer): PartnerInvolvement {
  const entities = new Map(answer.subgraph.nodes.map((node) => [node.id, node]));
  entities.set(answer.partner.id, answer.partner);
  const relationships = new Map(answer.subgraph.edges.map((edge) => [edge.id, edge]));
  const lookUp =
    <T>(given: ReadonlyMap<string, T>, what: string) =>
    (id: string): T => {
      const found = given.get(id);
      if (!found) throw new ApiError(`The answer names ${what} ${id} on a path without giving it.`, 'GRAPHQL');
      return found;
    };
  const entity = lookUp(entities, 'entity');
  const relationship = lookUp(relationships, 'relationship');
  return {
    partner: answer.partner,
    reached: answer.reached.map(({ id }) => entity(id)),
    paths: answer.paths.map((path) => ({ length: path.length, nodes: path.nodes.map(({ id }) => entity(id)), edges: path.edges.map(({ id }) => relationship(id)) })),
  };
}

export const sourcesQuery = /* GraphQL */ `
  query Sources($first: Int!) {
    sources(first: $first) {
      id
      title
      sentences { index text relationships { id judgement basis finding { id } } }
    }
  }
`;

export const statsQuery = /* GraphQL */ `
  query Stats {
    stats {
      nodes
      relationships
      findings
      inferredFindings
      byKind { kind count }
      byType { type count }
      byJudgement { judgement count }
    }
  }
`;

export const assessmentFields = /* GraphQL */ `
  fragment AssessmentFields on Assessment {
    id
    title
    year
    kind
    fictional
    force { id name }
    inspector { id name }
  }
`;

export const assessmentsQuery = /* GraphQL */ `
  query Assessments($force: ID, $year: Int, $kind: String, $first: Int!, $after: String) {
    assessments(force: $force, year: $year, kind: $kind, first: $first, after: $after) {
      nodes { ...AssessmentFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
  ${assessmentFields}
`;

export const assessmentReportQuery = /* GraphQL */ `
  query AssessmentReport($id: ID!) {
    assessment(id: $id) {
      ...AssessmentFields
      source { id title sentences { index text relationships { id judgement basis finding { id } } } }
    }
  }
  ${assessmentFields}
`;

export const forcesQuery = /* GraphQL */ `
  query Forces($first: Int!, $after: String) {
    entities(kind: FORCE, first: $first, after: $after) {
      nodes { id name }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const compareQuery = /* GraphQL */ `
  query Compare($forces: [ID!]!, $themes: [ID!]) {
    compare(forces: $forces, themes: $themes) {
      forces { id name }
      themes { id name }
      assessments { id title year fictional force { id } }
      cells {
        force { id }
        theme { id }
        assessment { id }
        judgements
        findingCount
      }
      truncated
    }
  }
`;

/** The words of the findings of some themes' cells: a column's side by side, asked for when it is opened. */
export const compareFindingsQuery = /* GraphQL */ `
  query CompareFindings($forces: [ID!]!, $themes: [ID!]!) {
    compare(forces: $forces, themes: $themes) {
      cells {
        force { id }
        theme { id }
        assessment { id }
        judgements
        findingCount
        findings { id judgement evidence { quote sentence } }
      }
    }
  }
`;

export const compareByPillarQuery = /* GraphQL */ `
  query CompareByPillar($forces: [ID!]!) {
    compareByPillar(forces: $forces) {
      forces { id name }
      pillars { pillar themes { id name } }
      assessments { id title year fictional force { id } }
      cells {
        force { id }
        pillar
        assessment { id }
        judgements
        findingCount
      }
    }
  }
`;

export const timelineQuery = /* GraphQL */ `
  query Timeline($force: ID!, $theme: ID!, $after: String) {
    timeline(force: $force, theme: $theme, first: 100, after: $after) {
      force { id name }
      theme { id name }
      entries {
        nodes {
          assessment { ...AssessmentFields }
          findings { quote sentence sentenceNumber judgement }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
  ${assessmentFields}
`;

export const findingChangeFields = /* GraphQL */ `
  fragment FindingChangeFields on FindingChange {
    theme { id name }
    type
    before { quote sentence sentenceNumber judgement }
    after { quote sentence sentenceNumber judgement }
  }
`;

export const diffQuery = /* GraphQL */ `
  query Diff($from: ID!, $to: ID!) {
    diff(from: $from, to: $to) {
      from { ...AssessmentFields }
      to { ...AssessmentFields }
      new { ...FindingChangeFields }
      resolved { ...FindingChangeFields }
      persisting { ...FindingChangeFields }
      worse { ...FindingChangeFields }
      disappeared { ...FindingChangeFields }
      truncated
    }
  }
  ${assessmentFields}
  ${findingChangeFields}
`;

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface ApiOptions {
  /** Where the API is; the explorer is served beside it, so a relative path. */
  endpoint?: string;
  healthEndpoint?: string;
  fetch?: typeof fetch;
  /** The signed-in person's token, sent as `Authorization: Bearer` on every call; null when no one is signed in. */
  token?: () => string | null;
  /**
   * Told when the server refuses the token sent (401: unknown, expired or revoked), with the server's reason, so the
   * token is forgotten; the request then goes again without it, as anyone's would.
   */
  onTokenRefused?: (reason: string) => void;
}

export function createApi({
  endpoint = 'graphql',
  healthEndpoint = 'health',
  fetch: fetchImpl = globalThis.fetch.bind(globalThis),
  token = () => null,
  onTokenRefused,
}: ApiOptions = {}) {
  /** Posts one GraphQL request (JSON, or a multipart upload) and returns its data, or throws its first error. */
  async function send<T>(body: string | FormData, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/graphql-response+json, application/json' };
    // A form is what a foreign page could post too: the server wants this header on it (CSRF), and the browser
    // sets the multipart content type with its boundary.
    if (typeof body === 'string') headers['content-type'] = 'application/json';
    else headers['x-graphql-csrf'] = '1';
    const secret = token();
    if (secret) headers.authorization = `Bearer ${secret}`;
    let response: Response;
    try {
      response = await fetchImpl(endpoint, { method: 'POST', headers, body, signal });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError('The explorer cannot reach its server.', 'NETWORK');
    }
    let answer: GraphQLBody<T>;
    try {
      answer = (await response.json()) as GraphQLBody<T>;
    } catch {
      throw new ApiError(`The server answered ${response.status} ${response.statusText} without a GraphQL response.`, response.status === 503 ? 'DATABASE_UNAVAILABLE' : 'HTTP');
    }
    const first = answer.errors?.[0];
    if (first && response.status === 401 && secret && onTokenRefused) {
      onTokenRefused(first.message);
      if (token() !== secret) return send<T>(body, signal);
    }
    if (first) throw new ApiError(first.message, first.extensions?.code ?? 'GRAPHQL');
    if (!answer.data) throw new ApiError(`The server answered ${response.status} with no data.`, 'HTTP');
    return answer.data;
  }

  function request<T, V extends Record<string, unknown> = Record<string, unknown>>(query: string, variables?: V, signal?: AbortSignal): Promise<T> {
    return send<T>(JSON.stringify({ query, variables: variables ?? {} }), signal);
  }

  return {
    request,

    /** A multipart request (the GraphQL multipart request convention), for operations that upload files. */
    requestForm<T>(form: FormData, signal?: AbortSignal): Promise<T> {
      return send<T>(form, signal);
    },

    /** The graph under these filters; with `sources`, only what those reports state. */
    async graph(filters: Filters, signal?: AbortSignal, sources: readonly string[] | null = null): Promise<Subgraph> {
      const variables = { ...filters, sources: sources ? [...sources] : null };
      return (await request<GraphViewQuery, GraphViewQueryVariables>(graphQuery, variables, signal)).graph;
    },

    async neighbourhood(id: string, limit: number, signal?: AbortSignal): Promise<Subgraph> {
      return (await request<NeighbourhoodQuery, NeighbourhoodQueryVariables>(neighbourhoodQuery, { id, limit }, signal)).neighbourhood;
    },

    async search(text: string, first: number, signal?: AbortSignal): Promise<SearchHit[]> {
      return (await request<SearchQuery, SearchQueryVariables>(searchQuery, { text, first }, signal)).search;
    },

    async shortestPath(from: string, to: string, signal?: AbortSignal): Promise<Path | null> {
      return (await request<ShortestPathQuery, ShortestPathQueryVariables>(shortestPathQuery, { from, to }, signal)).shortestPath;
    },

    async partnerInvolvement(partnerId: string, signal?: AbortSignal): Promise<PartnerInvolvement> {
      const answer = await request<PartnerInvolvementQuery, PartnerInvolvementQueryVariables>(partnerInvolvementQuery, { partnerId }, signal);
      return involvementFromAnswer(answer.partnerInvolvement);
    },

    /** The first `first` reports in id order, each with its sentences. */
    async sources(first: number, signal?: AbortSignal): Promise<SourceDocument[]> {
      return (await request<SourcesQuery, SourcesQueryVariables>(sourcesQuery, { first }, signal)).sources;
    },

    /** A page of assessments of one force, year or kind (any of them null for all), in id order. */
    async assessments(
      filter: { force: string | null; year: number | null; kind: string | null },
      first: number,
      after: string | null = null,
      signal?: AbortSignal,
    ): Promise<{ nodes: AssessmentSummary[]; hasNextPage: boolean; endCursor: string | null; totalCount: number }> {
      const answer = (await request<AssessmentsQuery, AssessmentsQueryVariables>(assessmentsQuery, { ...filter, first, after }, signal)).assessments;
      return { nodes: answer.nodes, hasNextPage: answer.pageInfo.hasNextPage, endCursor: answer.pageInfo.endCursor, totalCount: answer.totalCount };
    },

    /** One assessment with its report sentence by sentence; null when there is none. */
    async assessmentReport(id: string, signal?: AbortSignal): Promise<{ assessment: AssessmentSummary; source: SourceDocument } | null> {
      const answer = (await request<AssessmentReportQuery, AssessmentReportQueryVariables>(assessmentReportQuery, { id }, signal)).assessment;
      if (!answer) return null;
      const { source, ...assessment } = answer;
      return { assessment, source };
    },

    /** Every force, in id order, page by page. */
    async forces(signal?: AbortSignal): Promise<{ id: string; name: string }[]> {
      const forces: { id: string; name: string }[] = [];
      let after: string | null = null;
      for (;;) {
        const page: ForcesQuery['entities'] = (await request<ForcesQuery, ForcesQueryVariables>(forcesQuery, { first: 500, after }, signal)).entities;
        forces.push(...page.nodes);
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return forces;
        after = page.pageInfo.endCursor;
      }
    },

    /** Forces by themes, or by the PEEL pillars their themes state (`themes` then does not apply). */
    async compare(forces: readonly string[], themes: readonly string[] | null, by: CompareBy = 'theme', signal?: AbortSignal): Promise<Comparison> {
      if (by === 'pillar') {
        return pillarComparison((await request<CompareByPillarQuery, CompareByPillarQueryVariables>(compareByPillarQuery, { forces: [...forces] }, signal)).compareByPillar);
      }
      const answer = (await request<CompareQuery, CompareQueryVariables>(compareQuery, { forces: [...forces], themes: themes ? [...themes] : null }, signal)).compare;
      return { by, ...answer };
    },

    /**
     * The cells of these themes with their findings' words, for the side by side. `compare` names at most 50 themes,
     * so a pillar's many are asked for 50 at a time, at once.
     */
    async compareFindings(forces: readonly string[], themes: readonly string[], signal?: AbortSignal): Promise<{ cells: CellWithFindings[] }> {
      const chunks = Array.from({ length: Math.ceil(themes.length / 50) }, (_, i) => themes.slice(i * 50, i * 50 + 50));
      const answers = await Promise.all(
        chunks.map((chunk) => request<CompareFindingsQuery, CompareFindingsQueryVariables>(compareFindingsQuery, { forces: [...forces], themes: [...chunk] }, signal)),
      );
      return { cells: answers.flatMap((answer) => answer.compare.cells) };
    },

    /** One theme of a force across all its assessments, page by page (a force has tens of them). */
    async timeline(force: string, theme: string, signal?: AbortSignal): Promise<ThemeTimeline> {
      let after: string | null = null;
      for (const entries: ThemeTimeline['entries'] = []; ; ) {
        const answer: TimelineQuery['timeline'] = (await request<TimelineQuery, TimelineQueryVariables>(timelineQuery, { force, theme, after }, signal)).timeline;
        entries.push(...answer.entries.nodes);
        if (!answer.entries.pageInfo.hasNextPage || !answer.entries.pageInfo.endCursor) return { force: answer.force, theme: answer.theme, entries };
        after = answer.entries.pageInfo.endCursor;
      }
    },

    async diff(from: string, to: string, signal?: AbortSignal): Promise<AssessmentDiff> {
      return (await request<DiffQuery, DiffQueryVariables>(diffQuery, { from, to }, signal)).diff;
    },

    async stats(signal?: AbortSignal): Promise<GraphStats> {
      return (await request<StatsQuery, StatsQueryVariables>(statsQuery, {}, signal)).stats;
    },

    /** Whether the server can reach Neo4j now: GET /health answers 503 when it cannot. */
    async health(): Promise<{ ok: boolean; detail: string }> {
      try {
        const response = await fetchImpl(healthEndpoint, { headers: { accept: 'application/json' } });
        const body = (await response.json().catch(() => ({}))) as { database?: { name?: string; error?: string } };
        return { ok: response.ok, detail: body.database?.error ?? body.database?.name ?? `HTTP ${response.status}` };
      } catch {
        return { ok: false, detail: 'the server does not answer' };
      }
    },
  };
}

export type Api = ReturnType<typeof createApi>;

