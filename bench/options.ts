// The bench's settings: the full, quick and smoke presets, and the command line and environment that adjust them.
import { parseArgs } from 'node:util';
import type { Timing } from './compare.ts';
import type { DraftingOptions } from './steps/drafting.ts';
import type { ReviewOptions } from './steps/review.ts';
import type { SyntheticSize } from './synthetic-graph.ts';

export const stepNames = ['round-trips', 'drafting', 'review', 'ceiling', 'bulk-load', 'api-vs-driver', 'neo4j-graphql', 'load-run', 'many-assessments', 'start-up', 'client'] as const;
export type StepName = (typeof stepNames)[number];

export type Mode = 'full' | 'quick' | 'smoke';

export interface ClientOptions {
  elementCounts: number[];
  /** Pan and zoom frames timed after each drawing. */
  frames: number;
  /** Drawings of each page per size and renderer; the summary reports their medians. */
  repeats: number;
}

export interface BenchOptions {
  mode: Mode;
  size: SyntheticSize;
  steps: ReadonlySet<StepName>;
  /** Each side of each comparison: warm-up, then this many measured seconds in this many alternating runs. */
  timing: Timing;
  /** Concurrent requests in comparisons at scale (API vs driver, vs @neo4j/graphql). */
  connections: number;
  /** Concurrent requests for the server ceiling, enough to keep both servers busy. */
  ceilingConnections: number;
  loadRun: { connections: number; warmupSeconds: number; seconds: number };
  /** Distinct requests each operation cycles through. */
  requestsPerOperation: number;
  neo4j: { heap: string; pageCache: string; transactionMemory: string };
  loader: { batchSize: number; writers: number; rebuildIndexes: boolean };
  client: ClientOptions;
  drafting: DraftingOptions;
  review: ReviewOptions;
  /** Keep the bench database here between runs (git-ignored .data/ is a good place); a temporary folder otherwise. */
  dataDir?: string;
  /** With dataDir: skip loading when the folder already holds the synthetic graph of this size. */
  reuse: boolean;
  /** Write V8 CPU profiles of the servers under test here. */
  cpuProfileDir?: string;
  /** Where results go: bench/results for full runs. */
  outDir: string;
  /** Add this run's steps to the results already in outDir instead of replacing them. */
  merge: boolean;
  progress: boolean;
  /** The API's transaction timeout, which the raw driver runs under too. */
  queryTimeoutMs: number;
}

const seed = 20_240_601;
const resultsDir = new URL('./results/', import.meta.url).pathname;

export const presets: Record<Mode, Omit<BenchOptions, 'steps' | 'dataDir' | 'reuse' | 'cpuProfileDir' | 'merge'>> = {
  full: {
    mode: 'full',
    size: { forces: 500, assessmentsPerForce: 20, factsPerAssessment: 100, seed },
    timing: { warmupSeconds: 3, seconds: 12, rounds: 2 },
    connections: 4,
    ceilingConnections: 8,
    loadRun: { connections: 50, warmupSeconds: 3, seconds: 20 },
    requestsPerOperation: 400,
    neo4j: { heap: '2g', pageCache: '2g', transactionMemory: '1g' },
    loader: { batchSize: 20_000, writers: 2, rebuildIndexes: true },
    client: { elementCounts: [100, 1000, 5000], frames: 40, repeats: 3 },
    drafting: { pdfPages: 100, repeats: 50 },
    review: { publishes: 20 },
    outDir: resultsDir,
    progress: true,
    queryTimeoutMs: 5_000,
  },
  quick: {
    mode: 'quick',
    size: { forces: 40, assessmentsPerForce: 5, factsPerAssessment: 50, seed },
    timing: { warmupSeconds: 1, seconds: 4, rounds: 2 },
    connections: 4,
    ceilingConnections: 8,
    loadRun: { connections: 50, warmupSeconds: 1, seconds: 5 },
    requestsPerOperation: 100,
    neo4j: { heap: '1g', pageCache: '512m', transactionMemory: '512m' },
    loader: { batchSize: 5_000, writers: 2, rebuildIndexes: true },
    client: { elementCounts: [100, 1000], frames: 15, repeats: 2 },
    drafting: { pdfPages: 100, repeats: 20 },
    review: { publishes: 10 },
    outDir: `${resultsDir}quick/`,
    progress: true,
    queryTimeoutMs: 5_000,
  },
  smoke: {
    mode: 'smoke',
    size: { forces: 2, assessmentsPerForce: 1, factsPerAssessment: 20, seed },
    timing: { warmupSeconds: 0.2, seconds: 0.4, rounds: 2 },
    connections: 2,
    ceilingConnections: 2,
    loadRun: { connections: 4, warmupSeconds: 0, seconds: 0.5 },
    requestsPerOperation: 10,
    neo4j: { heap: '512m', pageCache: '128m', transactionMemory: '256m' },
    loader: { batchSize: 10, writers: 2, rebuildIndexes: true },
    client: { elementCounts: [50], frames: 3, repeats: 1 },
    drafting: { pdfPages: 1, repeats: 1 },
    review: { publishes: 2 },
    outDir: `${resultsDir}smoke/`,
    progress: false,
    queryTimeoutMs: 5_000,
  },
};

const usage = `npm run bench -- [--quick] [--steps a,b,…] [--merge] [--data-dir DIR [--reuse]] [--out DIR] [--cpu-prof]
  steps: ${stepNames.join(', ')}
  env: BENCH_FORCES, BENCH_ASSESSMENTS, BENCH_FACTS (graph size), BENCH_SECONDS (measured seconds per side),
       BENCH_CONNECTIONS, BENCH_WRITERS, BENCH_BATCH`;

function positiveNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      steps: { type: 'string' },
      'data-dir': { type: 'string' },
      reuse: { type: 'boolean', default: false },
      out: { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      merge: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const preset = presets[values.quick ? 'quick' : 'full'];
  const steps = values.steps ? values.steps.split(',').map((s) => s.trim()) : [...stepNames];
  for (const step of steps) if (!(stepNames as readonly string[]).includes(step)) throw new Error(`unknown step "${step}"\n${usage}`);
  const outDir = values.out ?? preset.outDir;
  const seconds = positiveNumber(env, 'BENCH_SECONDS');
  return {
    ...preset,
    size: {
      ...preset.size,
      forces: positiveNumber(env, 'BENCH_FORCES') ?? preset.size.forces,
      assessmentsPerForce: positiveNumber(env, 'BENCH_ASSESSMENTS') ?? preset.size.assessmentsPerForce,
      factsPerAssessment: positiveNumber(env, 'BENCH_FACTS') ?? preset.size.factsPerAssessment,
    },
    timing: seconds ? { ...preset.timing, seconds } : preset.timing,
    connections: positiveNumber(env, 'BENCH_CONNECTIONS') ?? preset.connections,
    loader: { ...preset.loader, batchSize: positiveNumber(env, 'BENCH_BATCH') ?? preset.loader.batchSize, writers: positiveNumber(env, 'BENCH_WRITERS') ?? preset.loader.writers },
    steps: new Set(steps as StepName[]),
    dataDir: values['data-dir'],
    reuse: values.reuse,
    merge: values.merge,
    cpuProfileDir: values['cpu-prof'] ? `${outDir}profiles/` : undefined,
    outDir,
  };
}
