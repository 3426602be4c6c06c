// Runs the explorer's and the README's operations through the app before the server says it is ready, so that the
// first real request of each finds its Cypher already planned by Neo4j and its document parsed, validated and compiled.
//
// Neo4j keeps query plans in memory only, keyed by the query text and the types and size classes of its parameters.
// Planning one of the server's texts is most of a first request's time on a fresh Neo4j; so each start plans them all,
// through the very resolvers, repository and texts real requests use (bench/results has the numbers).
import {
  assessmentReportQuery,
  assessmentsQuery,
  compareQuery,
  forcesQuery,
  graphQuery,
  neighbourhoodQuery,
  partnerInvolvementQuery,
  searchQuery,
  shortestPathQuery,
  sourcesQuery,
  statsQuery,
} from '../client/src/api.ts';
import { availableParallelism } from 'node:os';
import type { App } from './app.ts';
import { exampleOperations } from './graphiql/examples.ts';

export interface WarmUpOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface WarmUpResult {
  name: string;
  query: string;
  status: number;
  /** Cypher round trips the request made, from its Server-Timing header: 0 means Neo4j planned nothing for it. */
  roundTrips: number;
  /** Error codes in the answer; NOT_FOUND is expected when the graph lacks the ids the README names. */
  errorCodes: string[];
}

export interface WarmUpReport {
  results: WarmUpResult[];
  milliseconds: number;
  /** True when the time allowed ran out with requests still going (they finish in the background). */
  timedOut: boolean;
  /** Settles once the last warm-up request has: what a caller closing the database after a time-out waits for. */
  settled: Promise<unknown>;
}

export interface WarmUpOptions {
  /** How long start-up waits for the warm-up before going on regardless. */
  timeoutMs?: number;
  log?: (message: string) => void;
}

/** The little of an answer the warm-up reads: the ids its later operations ask about. */
interface AnswerData {
  graph?: { nodes?: { id: string; name: string; kind: string }[] };
  sources?: { id: string }[];
}

interface Answer {
  status: number;
  roundTrips: number;
  data?: AnswerData | null;
  errorCodes: string[];
}

async function send(app: App, operation: WarmUpOperation): Promise<Answer> {
  const response = await app.fetch('http://warm-up/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
  });
  const body = (await response.json()) as { data?: AnswerData | null; errors?: { extensions?: { code?: string } }[] };
  const timing = /round trips: (\d+)/.exec(response.headers.get('server-timing') ?? '');
  return {
    status: response.status,
    roundTrips: timing ? Number(timing[1]) : 0,
    data: body.data,
    errorCodes: (body.errors ?? []).map((error) => error.extensions?.code ?? 'UNKNOWN'),
  };
}

/** The ids the explorer would send next, taken from what the graph holds, so the answers are real ones. */
function followUps(graph: Answer, sources: Answer): WarmUpOperation[] {
  const nodes = graph.data?.graph?.nodes ?? [];
  const ofKind = (kind: string) => nodes.find((node) => node.kind === kind) ?? nodes[0];
  // With an empty graph the ids name nothing; Neo4j still plans each text, which is the point.
  const force = ofKind('FORCE') ?? { id: 'none', name: 'none' };
  const partner = ofKind('PARTNER') ?? force;
  const theme = ofKind('THEME') ?? force;
  const sourceId = sources.data?.sources?.[0]?.id ?? 'none';
  return [
    { name: 'graph of a report', query: graphQuery, variables: { sources: [sourceId] } },
    { name: 'graph filtered', query: graphQuery, variables: { kinds: ['FORCE', 'PARTNER'], types: ['WORKS_WITH'], judgements: ['STRENGTH'] } },
    { name: 'neighbourhood', query: neighbourhoodQuery, variables: { id: force.id, limit: 100 } },
    { name: 'search', query: searchQuery, variables: { text: force.name, first: 8 } },
    { name: 'shortestPath', query: shortestPathQuery, variables: { from: partner.id, to: theme.id } },
    { name: 'partnerInvolvement', query: partnerInvolvementQuery, variables: { partnerId: partner.id } },
    // The report picker's list, the report of the chosen assessment (a source is its assessment), the forces to
    // compare, and a comparison.
    { name: 'assessments', query: assessmentsQuery, variables: { force: null, year: null, kind: null, first: 50, after: null } },
    { name: 'assessment report', query: assessmentReportQuery, variables: { id: sourceId } },
    { name: 'forces', query: forcesQuery, variables: { first: 500, after: null } },
    { name: 'compare', query: compareQuery, variables: { forces: [force.id], themes: null } },
  ];
}

const readmeOperations: WarmUpOperation[] = exampleOperations.map(({ name, query, variables }) => ({ name: `README ${name}`, query, variables: variables ?? {} }));

/**
 * The operation again with its text variables cut short, one variant per choice of which to cut. Neo4j keys its plan
 * cache by the size of each text parameter too, in powers of ten: a plan made for the id "cheshire-constabulary" is not
 * reused for "vetting", and the first short id a client sends would be planned from scratch.
 */
export function shortTextVariants(operation: WarmUpOperation): WarmUpOperation[] {
  const texts = Object.keys(operation.variables).filter((name) => {
    const value = operation.variables[name];
    return typeof value === 'string' && value.length >= shortTextLength;
  });
  const variants: WarmUpOperation[] = [];
  for (let choice = 1; choice < 2 ** texts.length; choice += 1) {
    const cut = texts.filter((_, index) => (choice >> index) & 1);
    const variables = { ...operation.variables };
    for (const name of cut) variables[name] = (variables[name] as string).slice(0, shortTextLength - 1);
    variants.push({ name: `${operation.name} (short ${cut.join(', ')})`, query: operation.query, variables });
  }
  return variants;
}

/** Texts shorter than this fall in Neo4j's smallest size class; ids and searches rarely reach the next past 99. */
const shortTextLength = 10;

/**
 * Neo4j plans a query on one thread: two at a time keep two cores busy, and on a machine of more, a few more. Not
 * more than that: plannings run together outlast the query timeout on a busy machine, and a plan cut short is not kept.
 */
const warmUpLanes = Math.min(4, Math.max(2, availableParallelism()));

/** Each item through `work`, `lanes` at a time; the answers in the items' order. */
export async function inLanes<T, R>(items: readonly T[], work: (item: T) => Promise<R>, lanes = warmUpLanes): Promise<R[]> {
  const answers: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    for (let k = next++; k < items.length; k = next++) answers[k] = await work(items[k]!);
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
  return answers;
}

/**
 * Each operation twice: the first has Neo4j plan its Cypher, the second has graphql-jit compile the document (the app
 * compiles a document on its second use), so a client's first request runs as fast as its hundredth; then once with
 * short texts, for the plans of those sizes. A planning that timed out anyway is tried once more.
 */
async function runAll(app: App): Promise<WarmUpResult[]> {
  const planned = async (operation: WarmUpOperation): Promise<Answer> => {
    const first = await send(app, operation);
    return first.errorCodes.includes('QUERY_TIMEOUT') ? send(app, operation) : first;
  };
  const twice = async (operation: WarmUpOperation): Promise<[WarmUpOperation, Answer][]> => {
    const first = await planned(operation);
    const second = await send(app, operation);
    const done: [WarmUpOperation, Answer][] = [[operation, { ...second, roundTrips: first.roundTrips, errorCodes: [...new Set([...first.errorCodes, ...second.errorCodes])] }]];
    for (const variant of shortTextVariants(operation)) done.push([variant, await planned(variant)]);
    return done;
  };
  const [sources, graph] = await inLanes(
    [
      { name: 'sources', query: sourcesQuery, variables: { first: 1 } },
      { name: 'graph', query: graphQuery, variables: {} },
    ],
    twice,
  );
  const rest = await inLanes([{ name: 'stats', query: statsQuery, variables: {} }, ...followUps(graph![0]![1], sources![0]![1]), ...readmeOperations], twice);
  return [...sources!, ...graph!, ...rest.flat()].map(([operation, answer]) => ({
    name: operation.name,
    query: operation.query,
    status: answer.status,
    roundTrips: answer.roundTrips,
    errorCodes: answer.errorCodes,
  }));
}

/** The operations that did not warm up as they should, in words. */
export function warmUpProblems(results: readonly WarmUpResult[]): string[] {
  return results
    .filter((result) => result.status !== 200 || result.roundTrips === 0 || result.errorCodes.some((code) => code !== 'NOT_FOUND'))
    .map((result) => `${result.name} (HTTP ${result.status}${result.errorCodes.length > 0 ? `, ${result.errorCodes.join(', ')}` : ''}${result.roundTrips === 0 ? ', no Cypher run' : ''})`);
}

/**
 * Warms the app up within `timeoutMs`. Never throws: a warm-up that fails or overruns leaves the server slower on
 * its first requests, not broken, so it is a logged warning.
 */
export async function warmUp(app: App, { timeoutMs = 60_000, log = () => {} }: WarmUpOptions = {}): Promise<WarmUpReport> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const running = runAll(app);
    // Past the time allowed nobody awaits it; a late failure must not become an unhandled rejection.
    running.catch(() => {});
    const outcome = await Promise.race([running, overrun]);
    const milliseconds = Math.round(performance.now() - started);
    if (outcome === 'timeout') {
      log(`warning: warm-up still running after ${timeoutMs / 1000} s; serving anyway (the first requests may be slow)`);
      return { results: [], milliseconds, timedOut: true, settled: running.catch(() => {}) };
    }
    const problems = warmUpProblems(outcome);
    log(`warmed up ${outcome.length} operations in ${(milliseconds / 1000).toFixed(1)} s (Cypher planned, documents compiled)`);
    if (problems.length > 0) log(`warning: warm-up: ${problems.length} operations did not answer cleanly: ${problems.join('; ')}`);
    return { results: outcome, milliseconds, timedOut: false, settled: Promise.resolve() };
  } catch (error) {
    log(`warning: warm-up failed (${error instanceof Error ? error.message : String(error)}); serving anyway`);
    return { results: [], milliseconds: Math.round(performance.now() - started), timedOut: false, settled: Promise.resolve() };
  } finally {
    clearTimeout(timer);
  }
}
