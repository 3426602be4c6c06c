// The graph repository: the only code that talks to Neo4j on behalf of requests, in read transactions.
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';
import { classifyDatabaseError } from './errors.ts';
import type { ThemedFinding } from './finding-changes.ts';
import { toFragment, toThemedFinding } from './mappers.ts';
import { QueryGate } from './query-gate.ts';
import { runRead } from './read-query.ts';
import {
  assessmentPageQuery,
  assessmentsByIdQuery,
  compareQuery,
  diffQuery,
  timelineQuery,
  directedShortestPathQuery,
  entitiesByIdQuery,
  findingsByIdQuery,
  findingsQuery,
  entityPageQuery,
  graphQuery,
  neighbourhoodQueries,
  nodeQuery,
  partnerInvolvementQueries,
  searchQuery,
  shortestPathQuery,
  sourceGraphQuery,
  sourcesQuery,
  statsQuery,
} from './queries.ts';
import {
  type EntityKind,
  type GraphFragment,
  type Judgement,
  kindOfLabel,
  labelOfKind,
  type PathRecord,
  type RelationshipType,
} from './records.ts';
import { markMatches, searchTerms, toLuceneQuery } from './search-text.ts';

export interface RepositoryOptions {
  database?: string;
  /** Neo4j stops any transaction that runs longer. */
  queryTimeoutMs: number;
  /** Called after every round trip to Neo4j, for request accounting. */
  onRoundTrip?: (milliseconds: number) => void;
  /** Bounds the queries running at once; without one, every request's query runs at once. */
  gate?: QueryGate;
  /** The request's signal: a query still waiting for the gate when it aborts is dropped. */
  cancelled?: AbortSignal;
}

/** What the caller will read, so one round trip can fetch it all. */
export interface Prefetch {
  /** Every relationship of the entities asked for, with the entities at their other ends. */
  relationships?: boolean;
  /** The sources that the relationships cite. */
  sources?: boolean;
}

export interface EntityPage {
  fragment: GraphFragment;
  totalCount: number;
  hasNextPage: boolean;
}

export interface SearchHitRecord {
  score: number;
  snippet: string;
  entityId?: string;
  relationshipId?: string;
}

export interface Neighbourhood {
  found: boolean;
  fragment: GraphFragment;
  truncated: boolean;
}

export interface ShortestPathResult {
  /** Ids of `from` and `to` that name no entity. */
  missing: string[];
  path: PathRecord | null;
  fragment: GraphFragment;
}

export interface PartnerInvolvementResult {
  found: boolean;
  isPartner: boolean;
  paths: PathRecord[];
  fragment: GraphFragment;
}

/** A page of findings or assessments, with what Relay's pageInfo needs. */
export interface ConnectionPage {
  fragment: GraphFragment;
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Where a page of findings starts: after the finding with this sort key. */
export interface FindingKey {
  assessment: string;
  sentence: number;
  id: string;
}

export interface StatsRecord {
  nodes: number;
  relationships: number;
  /** Stated findings (the inspector's) and inferred ones. */
  findings: { stated: number; inferred: number };
  byKind: { kind: EntityKind; count: number }[];
  byType: { type: RelationshipType; count: number }[];
  /** The inspector's findings by judgement: stated findings only. */
  byJudgement: { judgement: Judgement; count: number }[];
}

export interface CompareResult {
  fragment: GraphFragment;
  /** Each id asked for as a force: whether it names an entity, and whether that is a force. */
  forces: { id: string; found: boolean; isForce: boolean }[];
  /** Each theme asked for, with the id of a theme it names (by id or alias), or null; one row per theme it names. */
  themes: { wanted: string; id: string | null }[];
  findings: ThemedFinding[];
}

export interface DiffResult {
  fragment: GraphFragment;
  fromFound: boolean;
  toFound: boolean;
  findings: ThemedFinding[];
}

export interface TimelineResult {
  fragment: GraphFragment;
  forceFound: boolean;
  isForce: boolean;
  /** The themes the theme argument names, by id or alias. */
  themeIds: string[];
  /** Where the page starts in the force's assessments; null when the cursor names none of them. */
  start: number | null;
  /** How many assessments the force has. */
  totalCount: number;
  findings: ThemedFinding[];
}

export interface ServerInfo {
  address: string;
  agent: string;
}

/**
 * How long a read keeps trying again after a failure the driver calls passing: long enough to ride out a cluster
 * member's failover, short enough that a database that is down is reported within seconds; the explorer then
 * retries on its own, waiting longer each time (client/src/retry.ts).
 */
const readRetryWindowMs = 2_000;

/** Each source carries a report's whole text; a page of more would be megabytes. */
export const maxSourcesPerPage = 500;

/** Partner involvement lists paths, not a whole graph; past this many the view is unreadable anyway. */
export const maxInvolvementPaths = 500;

function labelsOf(kinds: readonly EntityKind[] | null | undefined): string[] | null {
  return kinds && kinds.length > 0 ? kinds.map((kind) => labelOfKind[kind]) : null;
}

function listOrNull<T>(values: readonly T[] | null | undefined): T[] | null {
  return values && values.length > 0 ? [...values] : null;
}

export class GraphRepository {
  constructor(
    private readonly driver: Driver,
    private readonly options: RepositoryOptions,
  ) {}

  /** The repository a server runs with: its settings' database, timeout and query gate. */
  static fromConfig(driver: Driver, config: Pick<Neo4jConfig, 'database' | 'queryTimeoutMs' | 'queryGate'>): GraphRepository {
    return new GraphRepository(driver, { database: config.database, queryTimeoutMs: config.queryTimeoutMs, gate: new QueryGate(config.queryGate) });
  }

  /** The gate its queries wait at, if any: metrics report its queue. */
  get gate(): QueryGate | undefined {
    return this.options.gate;
  }

  /** A repository for one request: it reports its round trips to `onRoundTrip` and drops waiting queries when `cancelled` aborts. */
  forRequest(onRoundTrip: (milliseconds: number) => void, cancelled?: AbortSignal): GraphRepository {
    return new GraphRepository(this.driver, { ...this.options, onRoundTrip, cancelled });
  }

  private async read(query: string, parameters: Record<string, unknown>): Promise<Neo4jRecord> {
    const started = performance.now();
    const execute = () =>
      runRead(this.driver, query, parameters, {
        database: this.options.database,
        timeoutMs: this.options.queryTimeoutMs,
        retryWindowMs: Math.min(this.options.queryTimeoutMs, readRetryWindowMs),
      });
    try {
      const { records } = await (this.options.gate ? this.options.gate.run(execute, this.options.cancelled) : execute());
      const record = records[0];
      if (record === undefined) throw new Error('a graph query returned no row');
      return record;
    } catch (error) {
      throw classifyDatabaseError(error);
    } finally {
      this.options.onRoundTrip?.(performance.now() - started);
    }
  }

  private prefetch(prefetch: Prefetch = {}) {
    return { withRelationships: prefetch.relationships ?? false, withSources: prefetch.sources ?? false };
  }

  async entities(ids: readonly string[], prefetch?: Prefetch): Promise<GraphFragment> {
    return toFragment(await this.read(entitiesByIdQuery, { ids: [...ids], ...this.prefetch(prefetch) }));
  }

  async entityPage(args: { kind?: EntityKind | null; first: number; after?: string | null }, prefetch?: Prefetch): Promise<EntityPage> {
    const record = await this.read(entityPageQuery, {
      label: args.kind ? labelOfKind[args.kind] : null,
      first: neo4j.int(args.first),
      after: args.after ?? null,
      ...this.prefetch(prefetch),
    });
    const fragment = toFragment(record);
    return {
      fragment,
      totalCount: Number(record.get('totalCount')),
      hasNextPage: Boolean(record.get('hasNextPage')),
    };
  }

  async search(
    args: { text: string; first: number; kinds?: readonly EntityKind[] | null; types?: readonly RelationshipType[] | null },
    prefetch?: Prefetch,
  ): Promise<{ hits: SearchHitRecord[]; fragment: GraphFragment }> {
    const terms = searchTerms(args.text);
    const empty: GraphFragment = { nodeIds: [], relationshipIds: [], entities: [], relationships: [], sources: [], complete: [] };
    if (terms.length === 0) return { hits: [], fragment: empty };
    const record = await this.read(searchQuery, {
      query: toLuceneQuery(terms),
      first: neo4j.int(args.first),
      labels: labelsOf(args.kinds),
      types: listOrNull(args.types),
      ...this.prefetch(prefetch),
    });
    const fragment = toFragment(record);
    const entities = new Map(fragment.entities.map((e) => [e.id, e]));
    const relationships = new Map(fragment.relationships.map((r) => [r.id, r]));
    const hits: SearchHitRecord[] = [];
    for (const hit of record.get('entityHits') as { id: string; score: number }[]) {
      const entity = entities.get(hit.id);
      if (!entity) continue;
      const matchedText = searchTerms(entity.name).some((word) => terms.some((t) => word.startsWith(t))) ? entity.name : (entity.summary ?? entity.name);
      hits.push({ score: hit.score, snippet: markMatches(matchedText, terms), entityId: hit.id });
    }
    for (const hit of record.get('relationshipHits') as { id: string; score: number }[]) {
      const relationship = relationships.get(hit.id);
      if (!relationship) continue;
      hits.push({ score: hit.score, snippet: markMatches(relationship.quote, terms), relationshipId: hit.id });
    }
    hits.sort((a, b) => b.score - a.score);
    return { hits: hits.slice(0, args.first), fragment };
  }

  async graph(
    args: {
      kinds?: readonly EntityKind[] | null;
      types?: readonly RelationshipType[] | null;
      judgements?: readonly Judgement[] | null;
      /** Only what these assessments state. */
      sources?: readonly string[] | null;
    },
    prefetch?: Prefetch,
  ): Promise<GraphFragment> {
    const sources = listOrNull(args.sources);
    return toFragment(
      await this.read(sources ? sourceGraphQuery : graphQuery, {
        labels: labelsOf(args.kinds),
        types: listOrNull(args.types),
        judgements: listOrNull(args.judgements),
        sources,
        ...this.prefetch(prefetch),
      }),
    );
  }

  async neighbourhood(
    args: { id: string; depth: number; types?: readonly RelationshipType[] | null; kinds?: readonly EntityKind[] | null; limit: number },
    prefetch?: Prefetch,
  ): Promise<Neighbourhood> {
    const query = neighbourhoodQueries.get(args.depth);
    if (query === undefined) throw new RangeError(`depth must be 1 to 3, got ${args.depth}`);
    const record = await this.read(query, {
      id: args.id,
      types: listOrNull(args.types),
      labels: labelsOf(args.kinds),
      limit: neo4j.int(args.limit),
      ...this.prefetch(prefetch),
    });
    return { found: Boolean(record.get('found')), truncated: Boolean(record.get('truncated')), fragment: toFragment(record) };
  }

  async shortestPath(
    args: { from: string; to: string; types?: readonly RelationshipType[] | null; directed?: boolean },
    prefetch?: Prefetch,
  ): Promise<ShortestPathResult> {
    if (args.from === args.to) {
      // Neo4j's shortestPath refuses a path from a node to itself; the answer is that node alone.
      const fragment = await this.entities([args.from], prefetch);
      const found = fragment.entities.length > 0;
      return { missing: found ? [] : [args.from], path: found ? { nodeIds: [args.from], relationshipIds: [] } : null, fragment };
    }
    const query = args.directed ? directedShortestPathQuery : shortestPathQuery;
    const record = await this.read(query, { from: args.from, to: args.to, types: listOrNull(args.types), ...this.prefetch(prefetch) });
    const missing = [...(record.get('fromFound') ? [] : [args.from]), ...(record.get('toFound') ? [] : [args.to])];
    const path = record.get('found')
      ? { nodeIds: record.get('pathNodeIds') as string[], relationshipIds: record.get('pathRelationshipIds') as string[] }
      : null;
    return { missing, path, fragment: toFragment(record) };
  }

  async partnerInvolvement(args: { partnerId: string; maxHops: number }, prefetch?: Prefetch): Promise<PartnerInvolvementResult> {
    const query = partnerInvolvementQueries.get(args.maxHops);
    if (query === undefined) throw new RangeError(`maxHops must be 1 to 4, got ${args.maxHops}`);
    const record = await this.read(query, { id: args.partnerId, maxPaths: neo4j.int(maxInvolvementPaths), ...this.prefetch(prefetch) });
    return {
      found: Boolean(record.get('found')),
      isPartner: Boolean(record.get('isPartner')),
      paths: record.get('pathIds') as PathRecord[],
      fragment: toFragment(record),
    };
  }

  /**
   * Sources in id order: those with these ids, or the first `first` after the id `after`; with `sentenceRelationships`,
   * every relationship they support.
   */
  async sources(args: { ids?: readonly string[] | null; first?: number; after?: string | null; sentenceRelationships: boolean }): Promise<GraphFragment> {
    const ids = args.ids ? [...args.ids] : null;
    return toFragment(
      await this.read(sourcesQuery, {
        ids,
        first: neo4j.int(args.first ?? ids?.length ?? maxSourcesPerPage),
        after: args.after ?? null,
        withSentenceRelationships: args.sentenceRelationships,
      }),
    );
  }

  /** Findings in report order, filtered as the `findings` field is, `first` of them after `after`. */
  async findings(
    args: {
      assessments?: readonly string[] | null;
      judgements?: readonly Judgement[] | null;
      entity?: string | null;
      force?: string | null;
      theme?: string | null;
      year?: number | null;
      first: number;
      after?: FindingKey | null;
    },
    prefetch?: Prefetch,
  ): Promise<ConnectionPage> {
    const after = args.after ? [args.after.assessment, neo4j.int(args.after.sentence), args.after.id] : null;
    const record = await this.read(findingsQuery, {
      assessments: listOrNull(args.assessments),
      judgements: listOrNull(args.judgements),
      entity: args.entity ?? null,
      force: args.force ?? null,
      theme: args.theme ?? null,
      year: args.year === null || args.year === undefined ? null : neo4j.int(args.year),
      first: neo4j.int(args.first),
      after,
      ...this.prefetch(prefetch),
    });
    return {
      fragment: toFragment(record),
      totalCount: Number(record.get('totalCount')),
      hasNextPage: Boolean(record.get('hasNextPage')),
      hasPreviousPage: Boolean(record.get('hasPreviousPage')),
    };
  }

  async findingsById(ids: readonly string[], prefetch?: Prefetch): Promise<GraphFragment> {
    return toFragment(await this.read(findingsByIdQuery, { ids: [...ids], ...this.prefetch(prefetch) }));
  }

  async assessmentsById(ids: readonly string[], prefetch?: Prefetch): Promise<GraphFragment> {
    return toFragment(await this.read(assessmentsByIdQuery, { ids: [...ids], ...this.prefetch(prefetch) }));
  }

  /** Assessments in id order, of a force, year or kind, `first` of them after the id `after`. */
  async assessmentPage(
    args: { force?: string | null; year?: number | null; kind?: string | null; first: number; after?: string | null },
    prefetch?: Prefetch,
  ): Promise<ConnectionPage> {
    const record = await this.read(assessmentPageQuery, {
      force: args.force ?? null,
      year: args.year === null || args.year === undefined ? null : neo4j.int(args.year),
      kind: args.kind ?? null,
      first: neo4j.int(args.first),
      after: args.after ?? null,
      ...this.prefetch(prefetch),
    });
    return {
      fragment: toFragment(record),
      totalCount: Number(record.get('totalCount')),
      hasNextPage: Boolean(record.get('hasNextPage')),
      hasPreviousPage: Boolean(record.get('hasPreviousPage')),
    };
  }

  /** Whatever has this id, of any kind; a relationship is looked up through the entities its id names. */
  async node(id: string, prefetch?: Prefetch): Promise<GraphFragment> {
    const parts = id.split('/');
    const relationshipEnds = parts.length >= 4 ? { from: parts.at(-3)!, to: parts.at(-1)! } : { from: null, to: null };
    return toFragment(await this.read(nodeQuery, { id, ...relationshipEnds, ...this.prefetch(prefetch) }));
  }

  async stats(): Promise<StatsRecord> {
    const record = await this.read(statsQuery, {});
    const byKind = (record.get('byLabel') as { label: string; count: number }[]).flatMap(({ label, count }) => {
      const kind = kindOfLabel.get(label);
      return kind ? [{ kind, count: Number(count) }] : [];
    });
    const typeCounts = new Map<RelationshipType, number>();
    let relationships = 0;
    for (const row of record.get('byType') as { type: RelationshipType; count: number }[]) {
      const count = Number(row.count);
      relationships += count;
      typeCounts.set(row.type, (typeCounts.get(row.type) ?? 0) + count);
    }
    const judgementCounts = new Map<Judgement, number>();
    const findings = { stated: 0, inferred: 0 };
    for (const row of record.get('findingsByJudgement') as { judgement: Judgement | null; basis: string | null; count: number }[]) {
      const count = Number(row.count);
      if (row.basis === 'INFERRED') {
        findings.inferred += count;
        continue;
      }
      findings.stated += count;
      if (row.judgement) judgementCounts.set(row.judgement, (judgementCounts.get(row.judgement) ?? 0) + count);
    }
    return {
      nodes: Number(record.get('nodes')),
      relationships,
      findings,
      byKind,
      byType: [...typeCounts].map(([type, count]) => ({ type, count })).sort((a, b) => a.type.localeCompare(b.type)),
      byJudgement: [...judgementCounts].map(([judgement, count]) => ({ judgement, count })).sort((a, b) => a.judgement.localeCompare(b.judgement)),
    };
  }

  /**
   * Forces by themes: each force's latest assessment (of `year` when given) and its stated findings about the
   * themes (by id or alias; every theme they touch when null), with what each id named.
   */
  async compare(
    args: { forces: readonly string[]; themes: readonly string[] | null; year: number | null; withDegree: boolean },
    prefetch?: Prefetch,
  ): Promise<CompareResult> {
    const record = await this.read(compareQuery, {
      withDegree: args.withDegree,
      forces: [...args.forces],
      themes: args.themes ? [...args.themes] : null,
      year: args.year === null ? null : neo4j.int(args.year),
      ...this.prefetch(prefetch),
    });
    return {
      fragment: toFragment(record),
      forces: (record.get('forceChecks') as [string, boolean, boolean][]).map(([id, found, isForce]) => ({ id, found, isForce })),
      themes: (record.get('themeChecks') as [string, string | null][]).map(([wanted, id]) => ({ wanted, id })),
      findings: (record.get('rows') as unknown[][]).map((row) => toThemedFinding(row)),
    };
  }

  /** The stated, judged findings about themes of two assessments, with the assessments, their forces and the themes. */
  async diff(args: { from: string; to: string; withDegree: boolean }, prefetch?: Prefetch): Promise<DiffResult> {
    const record = await this.read(diffQuery, { from: args.from, to: args.to, withDegree: args.withDegree, ...this.prefetch(prefetch) });
    const drawn = new Map<string, [string, string][]>();
    for (const [finding, type, from] of record.get('drawn') as [string, string, string][]) {
      drawn.set(finding, [...(drawn.get(finding) ?? []), [type, from]]);
    }
    return {
      fragment: toFragment(record),
      fromFound: Boolean(record.get('fromFound')),
      toFound: Boolean(record.get('toFound')),
      findings: (record.get('rows') as unknown[][]).map((row) => toThemedFinding(row, drawn)),
    };
  }

  /** One theme of a force across its assessments: a page of them in year order, each with its findings about the theme. */
  async timeline(
    args: { force: string; theme: string; first: number; after: string | null; withDegree: boolean },
    prefetch?: Prefetch,
  ): Promise<TimelineResult> {
    const record = await this.read(timelineQuery, {
      force: args.force,
      theme: args.theme,
      first: neo4j.int(args.first),
      after: args.after,
      withDegree: args.withDegree,
      ...this.prefetch(prefetch),
    });
    const start = record.get('start') as unknown;
    return {
      fragment: toFragment(record),
      forceFound: Boolean(record.get('forceFound')),
      isForce: Boolean(record.get('isForce')),
      themeIds: record.get('themeIds') as string[],
      start: start === null ? null : Number(start),
      totalCount: Number(record.get('totalCount')),
      findings: (record.get('rows') as unknown[][]).map((row) => toThemedFinding(row)),
    };
  }

  /** Whether Neo4j answers now; used by /health, so it reports rather than throws. */
  async ping(): Promise<{ ok: true; server: ServerInfo } | { ok: false; error: string }> {
    try {
      const info = await this.driver.getServerInfo({ database: this.options.database });
      return { ok: true, server: { address: info.address ?? '', agent: info.agent ?? '' } };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    }
  }
}
