// Runs the benchmark steps in order on the bench's own Neo4j and collects every number into one result.
import path from 'node:path';
import { createDriver } from '../server/graph/database.ts';
import { startBenchDatabase } from './bench-database.ts';
import { countSynthetic, type LoadReport, loadSyntheticGraph } from './bulk-load.ts';
import { cpuMilliseconds } from './compare.ts';
import type { LoadResult } from './latency.ts';
import { describeMachine, loadAverage, type Machine } from './machine.ts';
import type { BenchOptions, StepName } from './options.ts';
import { residentMiB, type ServerProcess, startServerProcess } from './server-process.ts';
import { type ApiDriverRow, apiVersusDriver } from './steps/api-vs-driver.ts';
import { type DraftingResult, measureDrafting } from './steps/drafting.ts';
import type { ClientRender } from './steps/client-render.ts';
import { loadRun } from './steps/load-run.ts';
import { type WritersUnderLoad, writersUnderLoad } from './steps/writers-under-load.ts';
import { measureReview, type ReviewResult } from './steps/review.ts';
import { type ManyAssessments, measureManyAssessments } from './steps/many-assessments.ts';
import { measureRoundTrips, type RoundTripRow } from './steps/round-trips.ts';
import { type ServerCeiling, serverCeiling } from './steps/server-ceiling.ts';
import { measureStartUp, type StartUp } from './steps/start-up.ts';
import { versusNeo4jGraphQL, type VersusNeo4jGraphQL } from './steps/versus-neo4j-graphql.ts';
import { type SyntheticPools, type SyntheticSize, SyntheticGraph } from './synthetic-graph.ts';
import { scaleForces, scaleWorkloads } from './workloads.ts';

export interface StepRecord<T> {
  result?: T;
  error?: string;
  seconds: number;
  /** The machine's 1-minute load average as the step began and ended: other work on the machine shows here. */
  loadAverage: [number, number];
}

export interface BenchResults {
  mode: BenchOptions['mode'];
  startedAt: string;
  seconds: number;
  machine: Machine;
  settings: Pick<BenchOptions, 'timing' | 'connections' | 'ceilingConnections' | 'loadRun' | 'neo4j' | 'loader' | 'requestsPerOperation' | 'queryTimeoutMs'>;
  graph: { size: SyntheticSize; pools: SyntheticPools; syntheticNodes: number; syntheticRelationships: number };
  /** Steps run later with --merge and added to these results. */
  alsoRun?: { startedAt: string; seconds: number; steps: string[]; loadAverageAtStart: number; gitCommit: string }[];
  steps: {
    roundTrips?: StepRecord<RoundTripRow[]>;
    ceiling?: StepRecord<ServerCeiling>;
    bulkLoad?: StepRecord<LoadReport | { reused: true }>;
    apiVsDriver?: StepRecord<ApiDriverRow[]>;
    neo4jGraphql?: StepRecord<VersusNeo4jGraphQL>;
    loadRun?: StepRecord<LoadResult>;
    writers?: StepRecord<WritersUnderLoad>;
    memoryAtScale?: StepRecord<{ neo4jRssMiB: number; apiServerRssMiB: number; /** The steps at scale this run had done by then. */ after?: string[] }>;
    startUp?: StepRecord<StartUp>;
    client?: StepRecord<ClientRender>;
    drafting?: StepRecord<DraftingResult>;
    review?: StepRecord<ReviewResult>;
    manyAssessments?: StepRecord<ManyAssessments>;
  };
}

type Log = (message: string) => void;

async function step<T>(log: Log, name: string, work: () => Promise<T>): Promise<StepRecord<T>> {
  const before = loadAverage();
  const started = performance.now();
  log(`── ${name}`);
  try {
    const result = await work();
    return { result, seconds: Math.round((performance.now() - started) / 100) / 10, loadAverage: [before, loadAverage()] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`   ${name} failed: ${message}`);
    return { error: message, seconds: Math.round((performance.now() - started) / 100) / 10, loadAverage: [before, loadAverage()] };
  }
}

const stepsAtScale: readonly StepName[] = ['api-vs-driver', 'neo4j-graphql', 'load-run', 'writers'];

/**
 * Without the synthetic graph every request at scale asks for an id that is not there, and the step would time a
 * "not found" as if it were an answer.
 */
export function requireGraphAtScale(steps: readonly StepName[], expected: number, present: number, atScaleSteps: readonly StepName[] = stepsAtScale): void {
  const atScale = steps.filter((name) => atScaleSteps.includes(name));
  if (atScale.length === 0 || present === expected) return;
  throw new Error(
    `${atScale.join(', ')} need the synthetic graph (${expected.toLocaleString('en-GB')} relationships), and the bench database holds ${present.toLocaleString('en-GB')}: add the bulk-load step (with --data-dir DIR --reuse it loads once, then is skipped)`,
  );
}

export async function runBench(options: BenchOptions, log: Log = (message) => console.error(message)): Promise<BenchResults> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const wants = (name: StepName) => options.steps.has(name);
  const graph = new SyntheticGraph(options.size);
  const database = await startBenchDatabase({ dataDir: options.dataDir, ...options.neo4j, log });
  const servers: ServerProcess[] = [];
  const steps: BenchResults['steps'] = {};
  // Measured paths use a driver set up exactly as the server sets up its own.
  const measuredDriver = createDriver(database.uri, { ...database.neo4j.credentials, queryTimeoutMs: options.queryTimeoutMs });
  try {
    const machine = await describeMachine(database.driver);
    log(`machine: ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.cpuModel}; load average ${machine.loadAverageAtStart}`);
    const serverEnv = { BENCH_NEO4J_URI: database.uri, BENCH_NEO4J_PASSWORD: database.neo4j.credentials.password };
    const api = await startServerProcess('peel-graph', { env: serverEnv, cpuProfileDir: options.cpuProfileDir, ...(options.dataDir ? { stderrFile: path.join(options.dataDir, 'peel-graph-server.log') } : {}) });
    servers.push(api);

    // On the seed graph alone, before any synthetic data: the real explorer's requests.
    if (wants('round-trips')) steps.roundTrips = await step(log, 'round trips per root field (seed graph)', () => measureRoundTrips(api.url));
    if (wants('drafting')) steps.drafting = await step(log, 'drafting: the seed and the fictional samples scored, a short text and a long PDF timed', () => measureDrafting(database.driver, options.drafting, log));
    if (wants('review')) steps.review = await step(log, 'review: the seed replayed against its draft, then published again and again', () => measureReview(api.url, database.driver, options.review, log));
    if (wants('ceiling')) {
      steps.ceiling = await step(log, 'server ceiling: neighbourhood vs hello-world Yoga (seed graph)', async () => {
        const hello = await startServerProcess('hello-yoga', { cpuProfileDir: options.cpuProfileDir });
        try {
          return await serverCeiling({
            peelGraphUrl: api.url,
            helloUrl: hello.url,
            pids: { peelGraph: api.pid, hello: hello.pid, neo4j: database.neo4j.pid },
            driver: measuredDriver,
            queryTimeoutMs: options.queryTimeoutMs,
            timing: options.timing,
            connections: options.ceilingConnections,
          });
        } finally {
          await hello.stop();
        }
      });
    }

    if (wants('bulk-load')) {
      steps.bulkLoad = await step(log, `bulk load: ${graph.factCount.toLocaleString('en-GB')} relationships`, async () => {
        const present = await countSynthetic(database.driver);
        if (options.reuse && present.relationships === graph.factCount && present.nodes === graph.entityCount + graph.sourceCount) {
          log('   reusing the synthetic graph already in the data folder');
          return { reused: true as const };
        }
        if (present.nodes > 0) throw new Error(`the bench database already holds ${present.nodes} synthetic nodes; use a fresh --data-dir or --reuse`);
        const report = await loadSyntheticGraph(database.driver, graph, {
          ...options.loader,
          progress: options.progress,
          databaseCpuMs: () => cpuMilliseconds(database.neo4j.pid),
        });
        log(`   ${report.relationships.toLocaleString('en-GB')} relationships in ${report.relationshipSeconds.toFixed(1)} s: ${Math.round(report.relationshipsPerSecond).toLocaleString('en-GB')}/s`);
        return report;
      });
    }
    const synthetic = await countSynthetic(database.driver);
    requireGraphAtScale([...options.steps], graph.factCount, synthetic.relationships);

    const workloads = scaleWorkloads(graph, options.requestsPerOperation);
    if (wants('api-vs-driver')) {
      steps.apiVsDriver = await step(log, 'API vs raw driver at scale', () =>
        apiVersusDriver({ apiUrl: api.url, apiPid: api.pid, neo4jPid: database.neo4j.pid, driver: measuredDriver, queryTimeoutMs: options.queryTimeoutMs, workloads, timing: options.timing, connections: options.connections }),
      );
    }
    if (wants('neo4j-graphql')) {
      steps.neo4jGraphql = await step(log, 'peel-graph vs @neo4j/graphql at scale', async () => {
        const reference = await startServerProcess('neo4j-graphql', { env: serverEnv, cpuProfileDir: options.cpuProfileDir });
        try {
          return await versusNeo4jGraphQL({
            peelGraphUrl: api.url,
            neo4jGraphQLUrl: reference.url,
            pids: { peelGraph: api.pid, neo4jGraphQL: reference.pid, neo4j: database.neo4j.pid },
            forceIds: scaleForces(graph, options.requestsPerOperation),
            timing: options.timing,
            connections: options.connections,
          });
        } finally {
          await reference.stop();
        }
      });
    }
    if (wants('load-run')) {
      steps.loadRun = await step(log, `load run: ${options.loadRun.connections} connections for ${options.loadRun.seconds} s`, () =>
        loadRun({ apiUrl: api.url, pids: [api.pid, database.neo4j.pid], workloads, ...options.loadRun }),
      );
    }
    if (wants('writers')) {
      steps.writers = await step(log, `load run with writers: ${options.loadRun.connections} readers beside 5 editors for ${options.loadRun.seconds} s`, () =>
        writersUnderLoad({ apiUrl: api.url, driver: database.driver, pids: [api.pid, database.neo4j.pid], workloads, editors: 5, ...options.loadRun }),
      );
    }
    if (['bulk-load', 'api-vs-driver', 'neo4j-graphql', 'load-run', 'writers'].some((name) => wants(name as StepName))) {
      const after = (['bulk-load', ...stepsAtScale] as const).filter(wants);
      steps.memoryAtScale = await step(log, 'memory at scale', async () => ({ neo4jRssMiB: await residentMiB(database.neo4j.pid), apiServerRssMiB: await api.rssMiB(), after }));
    }

    // After the memory reading: its findings layer adds to the graph the steps before it measured.
    if (wants('many-assessments')) {
      steps.manyAssessments = await step(log, 'many assessments: compare, diff and the picker at scale', () => {
        requireGraphAtScale(['many-assessments'], graph.factCount, synthetic.relationships, ['many-assessments']);
        return measureManyAssessments({
          apiUrl: api.url,
          driver: database.driver,
          graph,
          requests: Math.min(options.requestsPerOperation, 40),
          // One drawing in the smoke run, which checks that it happens, not how fast.
          drawingRepeats: options.mode === 'smoke' ? 1 : 9,
          loader: { batchSize: Math.min(options.loader.batchSize, 10_000), writers: options.loader.writers },
          log,
        });
      });
    }

    for (const server of servers.splice(0)) await server.stop();
    await measuredDriver.close();
    await database.close();

    // Apart from the bench database: these start their own processes.
    if (wants('start-up')) steps.startUp = await step(log, 'start-up: npm start, cold then warm', () => measureStartUp());
    if (wants('client')) {
      const { measureClient } = await import('./steps/client-render.ts');
      steps.client = await step(log, 'client in headless Chromium', () => measureClient(options.client));
    }

    return {
      mode: options.mode,
      startedAt,
      seconds: Math.round((performance.now() - started) / 1000),
      machine,
      settings: {
        timing: options.timing,
        connections: options.connections,
        ceilingConnections: options.ceilingConnections,
        loadRun: options.loadRun,
        neo4j: options.neo4j,
        loader: options.loader,
        requestsPerOperation: options.requestsPerOperation,
        queryTimeoutMs: options.queryTimeoutMs,
      },
      graph: { size: options.size, pools: graph.pools, syntheticNodes: synthetic.nodes, syntheticRelationships: synthetic.relationships },
      steps,
    };
  } finally {
    for (const server of servers) await server.stop();
    await measuredDriver.close();
    await database.close();
  }
}
