// Bench step: many assessments at scale. With findings added to the synthetic graph (findings-layer.ts), times through
// the API `compare` of 43 forces over every theme their latest assessments are about, `diff` of a force's last two
// assessments, and the picker's lookups (a force's assessments; forces by name), one request at a time; then the time
// the explorer takes to draw one of those comparisons, in headless Chromium.
import type { Driver } from 'neo4j-driver';
import { compareQuery as explorerCompareQuery } from '../../client/src/api.ts';
import { type FindingsLayerReport, loadFindingsLayer } from '../findings-layer.ts';
import { postGraphQL } from '../graphql-client.ts';
import { type LoadResult, summarise } from '../latency.ts';
import { type MatrixDrawingResult, measureMatrixDrawing } from '../matrix-drawing.ts';
import { type SyntheticGraph, syntheticIds } from '../synthetic-graph.ts';

export const manyAssessmentsTargets = { compareP50Ms: 300, diffP50Ms: 100, pickerP50Ms: 100, drawingP50Ms: 1000 } as const;

/** The 43 territorial forces of England and Wales: the size of a national comparison. */
export const comparedForces = 43;

export interface TimedOperation extends LoadResult {
  /** Cypher round trips of one request (every request of the operation is the same shape). */
  roundTrips: number | null;
  /** What one answer held, to show the work was real (themes × forces, entries, assessments, hits). */
  answerSize: Record<string, number>;
}

export interface ManyAssessments {
  findingsLayer: FindingsLayerReport;
  forcesCompared: number;
  compare: TimedOperation;
  /** Null when the graph has one assessment per force. */
  diff: TimedOperation | null;
  pickerByForce: TimedOperation;
  pickerSearch: TimedOperation;
  /**
   * The explorer drawing a comparison of `forcesCompared` forces: the answer to the explorer's own compare query (its
   * findings' words included) from its JSON text to the matrix painted, median of several fresh page loads.
   */
  drawing: MatrixDrawingResult & { roundTrips: number | null };
  targets: typeof manyAssessmentsTargets;
}

const compareOperation = /* GraphQL */ `
  query Compare($forces: [ID!]!) {
    compare(forces: $forces) {
      forces { id name }
      themes { id name }
      cells { force { id } theme { id } judgements findings { id } }
    }
  }
`;

const diffSide = 'quote sentence judgement';
const diffOperation = /* GraphQL */ `
  query Diff($from: ID!, $to: ID!) {
    diff(from: $from, to: $to) {
      new { theme { id name } type after { ${diffSide} } }
      resolved { theme { id name } type before { ${diffSide} } after { ${diffSide} } }
      persisting { theme { id name } type before { ${diffSide} } after { ${diffSide} } }
      worse { theme { id name } type before { ${diffSide} } after { ${diffSide} } }
      disappeared { theme { id name } type before { ${diffSide} } }
    }
  }
`;

const pickerOperation = /* GraphQL */ `
  query Picker($force: ID!) {
    assessments(force: $force, first: 50) { totalCount nodes { id title year kind fictional force { id name } inspector { id name } } }
  }
`;

const searchOperation = /* GraphQL */ `
  query PickForce($text: String!) {
    search(text: $text, kinds: [FORCE], first: 10) { score snippet entity { id name } }
  }
`;

async function timed(
  url: string,
  requests: { query: string; variables: Record<string, unknown> }[],
  size: (data: Record<string, any>) => Record<string, number>,
  warmup: number,
): Promise<TimedOperation> {
  for (const request of requests.slice(0, warmup)) await postGraphQL(url, request.query, request.variables);
  const samples: number[] = [];
  let errors = 0;
  let roundTrips: number | null = null;
  let answerSize: Record<string, number> = {};
  const started = performance.now();
  for (const request of requests) {
    const begun = performance.now();
    const answer = await postGraphQL(url, request.query, request.variables);
    const ms = performance.now() - begun;
    if (answer.errors?.length || !answer.data) {
      errors += 1;
      if (errors === 1) throw new Error(`${answer.errors?.[0]?.message ?? 'no data'} (${JSON.stringify(request.variables).slice(0, 200)})`);
      continue;
    }
    samples.push(ms);
    roundTrips = Math.max(roundTrips ?? 0, answer.roundTrips ?? 0);
    answerSize = size(answer.data);
  }
  return { ...summarise(samples, errors, (performance.now() - started) / 1000, 1), roundTrips, answerSize };
}

export async function measureManyAssessments(options: {
  apiUrl: string;
  driver: Driver;
  graph: SyntheticGraph;
  requests: number;
  /** Timed drawings of the comparison in the browser. */
  drawingRepeats: number;
  loader: { batchSize: number; writers: number };
  log: (message: string) => void;
}): Promise<ManyAssessments> {
  const { graph, requests } = options;
  const findingsLayer = await loadFindingsLayer(options.driver, graph, { ...options.loader, log: options.log });
  options.log(`   findings layer: ${findingsLayer.findings.toLocaleString('en-GB')} findings${findingsLayer.reused ? ' (already loaded)' : ` in ${findingsLayer.seconds} s`}`);
  const { forces, assessmentsPerForce } = graph.size;
  const n = Math.min(comparedForces, forces);
  const warmup = Math.min(3, requests);
  // Each request a different set of forces, spread over all of them, so no answer is the previous one again.
  const forceSet = (k: number) => Array.from({ length: n }, (_, i) => syntheticIds.force((Math.floor((i * forces) / n) + k) % forces));
  const compare = await timed(
    options.apiUrl,
    Array.from({ length: requests }, (_, k) => ({ query: compareOperation, variables: { forces: forceSet(k) } })),
    (data) => ({ forces: data.compare.forces.length, themes: data.compare.themes.length, cells: data.compare.cells.length }),
    warmup,
  );
  const last = assessmentsPerForce - 1;
  const diff =
    assessmentsPerForce < 2
      ? null
      : await timed(
          options.apiUrl,
          Array.from({ length: requests }, (_, k) => {
            const force = (k * 7) % forces;
            return { query: diffOperation, variables: { from: syntheticIds.source(force, last - 1), to: syntheticIds.source(force, last) } };
          }),
          (data) => Object.fromEntries(['new', 'resolved', 'persisting', 'worse', 'disappeared'].map((list) => [list, data.diff[list].length])),
          warmup,
        );
  const pickerByForce = await timed(
    options.apiUrl,
    Array.from({ length: requests }, (_, k) => ({ query: pickerOperation, variables: { force: syntheticIds.force((k * 13) % forces) } })),
    (data) => ({ assessments: data.assessments.nodes.length, totalCount: data.assessments.totalCount }),
    warmup,
  );
  const pickerSearch = await timed(
    options.apiUrl,
    Array.from({ length: requests }, (_, k) => ({ query: searchOperation, variables: { text: `Synthetic Force ${String((k * 17) % forces).padStart(4, '0')}` } })),
    (data) => ({ hits: data.search.length }),
    warmup,
  );
  // The explorer's own query (it reads the findings' words for the side-by-side), answered by the API at scale.
  const answer = await fetch(options.apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: explorerCompareQuery, variables: { forces: forceSet(0), themes: null } }),
  });
  const answerText = await answer.text();
  if (!answer.ok || (JSON.parse(answerText) as { errors?: unknown[] }).errors) throw new Error(`the explorer's compare query failed: ${answerText.slice(0, 300)}`);
  const roundTrips = /round trips: (\d+)/.exec(answer.headers.get('server-timing') ?? '');
  const drawing = await measureMatrixDrawing(answerText, { repeats: options.drawingRepeats, warmups: options.drawingRepeats > 1 ? 2 : 0 });
  options.log(`   a ${n}-force comparison drawn: p50 ${drawing.p50Ms} ms over ${drawing.samplesMs.length} (${drawing.themes} themes, ${drawing.cells} cells)`);
  return {
    findingsLayer,
    forcesCompared: n,
    compare,
    diff,
    pickerByForce,
    pickerSearch,
    drawing: { ...drawing, roundTrips: roundTrips ? Number(roundTrips[1]) : null },
    targets: manyAssessmentsTargets,
  };
}
