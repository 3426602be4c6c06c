// Keeps `npm run bench` working: a tiny synthetic graph and a fraction of a second per step, checking structure, never speed.
//
// The bench runs on a Neo4j of its own (as `npm run bench` does), not on the shared test database: other test files
// read that one at the same time and check every relationship cites the Cheshire report, that there is one force, that
// seeding twice gives an identical dump; any synthetic data there, however briefly, would make them fail at random.
import { describe, expect, it } from 'vitest';
import { requireGraphAtScale, runBench } from '../../bench/bench.ts';
import { summariseRuns } from '../../bench/latency.ts';
import { mergeResults } from '../../bench/merge-results.ts';
import { presets, stepNames } from '../../bench/options.ts';
import { ratios, rowOf } from '../../bench/steps/client-render.ts';
import { renderSummary } from '../../bench/summary.ts';
import { SyntheticGraph, syntheticPrefix } from '../../bench/synthetic-graph.ts';
import { judgements } from '../../server/graph/records.ts';

const tiny = presets.smoke.size;

describe('the synthetic graph', () => {
  const graph = new SyntheticGraph(tiny);
  const assessments = [...graph.assessments()];
  const entities = [...graph.entities()];

  it('is the same graph every time', () => {
    expect([...new SyntheticGraph(tiny).assessments()]).toEqual(assessments);
  });

  it('cites every fact verbatim in a sentence of its own synthetic source', () => {
    const known = new Set(entities.map((e) => e.id));
    for (const { source, facts } of assessments) {
      expect(source.id.startsWith(syntheticPrefix)).toBe(true);
      expect(facts).toHaveLength(tiny.factsPerAssessment);
      for (const fact of facts) {
        expect(fact.source).toBe(source.id);
        expect(source.sentences[fact.sentence - 1], fact.id).toContain(fact.evidence);
        expect(judgements).toContain(fact.judgement);
        expect(fact.id).toBe(`${source.id}/s${fact.sentence}/${fact.from}/${fact.type.toLowerCase()}/${fact.to}`);
        expect(known.has(fact.from) && known.has(fact.to), fact.id).toBe(true);
      }
    }
    const ids = assessments.flatMap((a) => a.facts.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names every entity with the synthetic prefix, so none can be a real one', () => {
    expect(entities).toHaveLength(graph.entityCount);
    expect(entities.every((e) => e.id.startsWith(syntheticPrefix))).toBe(true);
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });
});

describe('the steps at scale', () => {
  it('refuse to run without the synthetic graph, naming the step that loads it', () => {
    expect(() => requireGraphAtScale(['api-vs-driver', 'client'], 1_000, 0)).toThrow(/api-vs-driver need the synthetic graph \(1,000 relationships\).*holds 0: add the bulk-load step/);
    expect(() => requireGraphAtScale(['load-run'], 1_000, 999)).toThrow(/load-run/);
    expect(() => requireGraphAtScale(['api-vs-driver', 'neo4j-graphql', 'load-run'], 1_000, 1_000)).not.toThrow();
    expect(() => requireGraphAtScale(['client', 'ceiling'], 1_000, 0)).not.toThrow();
  });
});

describe('merging a run into earlier results', () => {
  const run = (startedAt: string, steps: Record<string, unknown>) =>
    ({ startedAt, seconds: 1, machine: { loadAverageAtStart: 1, gitCommit: 'abc' }, steps }) as unknown as Parameters<typeof mergeResults>[0];

  it('replaces the steps run again and keeps the rest', () => {
    const merged = mergeResults(run('early', { client: { result: 'old' }, apiVsDriver: { result: 'old' } }), run('late', { apiVsDriver: { result: 'new' } }));
    expect(merged.steps).toEqual({ client: { result: 'old' }, apiVsDriver: { result: 'new' } });
    expect(merged.startedAt).toBe('early');
    expect(merged.alsoRun?.map((r) => [r.startedAt, r.steps])).toEqual([['late', ['apiVsDriver']]]);
  });

  it('keeps a measured bulk load when the new run reused the loaded graph', () => {
    const measured = { result: { relationshipsPerSecond: 19_839 } };
    const merged = mergeResults(run('early', { bulkLoad: measured }), run('late', { bulkLoad: { result: { reused: true } }, loadRun: { result: 'new' } }));
    expect(merged.steps.bulkLoad).toEqual(measured);
    expect(merged.alsoRun?.[0]?.steps).toEqual(['loadRun']);
  });
});

describe('CPU per request', () => {
  it('adds each process\'s CPU over the runs and divides by the requests answered', () => {
    const run = (samples: number, cpuMsByProcess: number[]) => ({ samples: Array(samples).fill(5), errors: 0, seconds: 1, cpuMs: cpuMsByProcess[0]! + cpuMsByProcess[1]!, cpuMsByProcess });
    const result = summariseRuns([run(10, [30, 20]), run(30, [50, 100])], 4);
    expect(result.cpuMsPerRequest).toBe(5);
    expect(result.cpuMsPerRequestByProcess).toEqual([2, 3]);
  });
});

describe('a client row from repeated drawings', () => {
  const drawing = (ms: number, framesMs: number[]) => ({ firstDrawMs: ms, layoutEndMs: ms - 10, interactiveMs: ms + 10, framesMs });

  it('takes the median of each time and frame percentiles over every drawing\'s frames', () => {
    const row = rowOf('peel-graph', 'canvas', 100, [drawing(300, [16, 16, 17]), drawing(100, [16, 16, 16]), drawing(200, [17, 16, 90])]);
    expect(row).toMatchObject({ finished: true, firstDrawMs: 200, layoutEndMs: 190, interactiveMs: 210 });
    // One slow frame in nine is past the p50 and the p95 would need more than one.
    expect(row.frame).toEqual({ p50: 16, p95: 90, max: 90 });
    const many = rowOf('bare Cytoscape', 'webgl', 100, Array.from({ length: 3 }, (_, i) => drawing(100, [...Array(20).fill(16), ...(i === 0 ? [90] : [])])));
    expect(many.frame).toEqual({ p50: 16, p95: 16, max: 90 });
  });

  it('counts a page as unfinished when any of its drawings timed out', () => {
    const row = rowOf('peel-graph', 'canvas', 5000, [drawing(100, [16]), null]);
    expect(row.finished).toBe(false);
    expect(row.firstDrawMs).toBeNaN();
  });

  it('gives each ratio as the measured page over its reference', () => {
    const ours = rowOf('peel-graph', 'canvas', 100, [drawing(300, [20, 20, 40])]);
    const styled = rowOf('styled Cytoscape', 'canvas', 100, [drawing(200, [16, 16, 20])]);
    expect(ratios(ours, styled)).toEqual({ firstDrawRatio: 1.5, layoutEndRatio: 1.53, frameRatio: 1.25, frameP95Ratio: 2 });
  });
});

describe('npm run bench, in miniature', () => {
  it('runs every step on its own Neo4j and reports what the summary needs', async () => {
    const log: string[] = [];
    // Start-up runs `npm start` twice, a minute of builds and a third Neo4j; it has its own module and nothing here to shrink.
    const steps = new Set(stepNames.filter((name) => name !== 'start-up'));
    const results = await runBench({ ...presets.smoke, steps, reuse: false, merge: false }, (line) => log.push(line));
    const failed = Object.entries(results.steps).filter(([, record]) => record?.error);
    expect(failed, log.join('\n')).toEqual([]);
    const { steps: s } = results;

    expect(s.roundTrips?.result?.map((row) => row.field).sort()).toEqual(
      ['entities', 'entity', 'graph', 'neighbourhood', 'partnerInvolvement', 'search', 'shortestPath', 'source', 'sources', 'stats'].sort(),
    );
    for (const row of s.roundTrips!.result!) expect(row, row.field).toEqual({ field: row.field, roundTrips: 1, errors: [] });

    expect(s.ceiling?.result?.neighbourhood.requests).toBeGreaterThan(0);
    expect(s.ceiling?.result?.helloWorld.requests).toBeGreaterThan(0);
    expect(s.ceiling?.result?.neighbourhood.cpuMsPerRequestByProcess).toHaveLength(2);
    expect(s.ceiling?.result?.emptyQuery).toMatchObject({ errors: 0 });
    expect(s.ceiling?.result?.emptyQuery?.requests).toBeGreaterThan(0);

    const graph = new SyntheticGraph(tiny);
    expect(s.bulkLoad?.result).toMatchObject({ entities: graph.entityCount, sources: graph.sourceCount, relationships: graph.factCount });
    // Dropped for the load and built again: the search step below finds evidence through them.
    expect(s.bulkLoad?.result).toMatchObject({ indexesRebuilt: expect.arrayContaining(['evidence_search', 'works_with_source']) });
    // CPU is read in clock ticks of 10 ms, so a tiny load may round to none; what counts is that it was read.
    expect(Number.isFinite(s.bulkLoad?.result && 'databaseCpu' in s.bulkLoad.result ? s.bulkLoad.result.databaseCpu?.msPerRelationship : Number.NaN)).toBe(true);
    expect(results.graph).toMatchObject({ syntheticNodes: graph.entityCount + graph.sourceCount, syntheticRelationships: graph.factCount });

    expect(s.apiVsDriver?.result?.map((row) => row.operation)).toEqual(['neighbourhood depth 1', 'neighbourhood depth 2', 'search', 'shortestPath', 'partnerInvolvement', 'graph of a report']);
    for (const row of s.apiVsDriver!.result!) {
      expect(row, row.operation).toMatchObject({ roundTrips: 1, sameAnswer: true, api: { errors: 0 }, driver: { errors: 0 } });
      expect(row.api.requests, row.operation).toBeGreaterThan(0);
      expect(row.driver.requests, row.operation).toBeGreaterThan(0);
    }

    const versus = s.neo4jGraphql?.result;
    expect(versus?.check.peelGraphRelationships).toBeGreaterThan(0);
    expect(versus?.check.neo4jGraphQLRelationships).toBe(versus?.check.peelGraphRelationships);
    expect(versus?.peelGraph.requests).toBeGreaterThan(0);
    expect(versus?.neo4jGraphQL.requests).toBeGreaterThan(0);

    expect(s.loadRun?.result).toMatchObject({ errors: 0 });
    expect(s.loadRun?.result?.requests).toBeGreaterThan(0);
    expect(s.memoryAtScale?.result?.neo4jRssMiB).toBeGreaterThan(0);
    expect(s.memoryAtScale?.result?.after).toEqual(['bulk-load', 'api-vs-driver', 'neo4j-graphql', 'load-run', 'writers']);
    expect(s.writers?.result).toMatchObject({ editors: 5, writeErrors: 0, lost: 0, duplicated: 0, mismatched: 0, readers: { errors: 0 } });
    expect(s.writers?.result?.published).toBeGreaterThan(0);
    expect(s.writers?.result?.readers.requests).toBeGreaterThan(0);

    expect(s.review?.result).toMatchObject({ publishedAsSeed: true, findings: 34 });
    expect(s.review?.result?.effort.kept).toBe(34);
    expect(s.review?.result?.publishMs.runs).toBe(presets.smoke.review.publishes);

    // Many assessments: findings added to the synthetic graph, compare and the picker in one round trip each (one
    // assessment per force here, so no diff).
    const many = s.manyAssessments?.result;
    expect(many?.findingsLayer.findings).toBeGreaterThan(0);
    expect(many?.compare).toMatchObject({ errors: 0, roundTrips: 1, answerSize: { forces: tiny.forces } });
    expect(many?.compare.answerSize.cells).toBeGreaterThan(0);
    expect(many?.diff).toBeNull();
    expect(many?.pickerByForce).toMatchObject({ errors: 0, roundTrips: 1, answerSize: { assessments: tiny.assessmentsPerForce } });
    expect(many?.pickerSearch).toMatchObject({ errors: 0, roundTrips: 1 });
    // The explorer drew the comparison it was given: a cell on the page for every cell of the answer.
    expect(many?.drawing.answerCells).toBeGreaterThan(0);
    expect(many?.drawing.cells).toBe(many?.drawing.answerCells);
    expect(many?.drawing.samplesMs.length).toBeGreaterThan(0);
    expect(many?.drawing.p50Ms).toBeGreaterThan(0);

    const client = s.client?.result;
    expect(client?.rows.map((row) => `${row.page} ${row.renderer}`).sort()).toEqual([
      'bare Cytoscape canvas',
      'bare Cytoscape webgl',
      'peel-graph canvas',
      'peel-graph webgl',
      'styled Cytoscape canvas',
      'styled Cytoscape webgl',
    ]);
    for (const row of client!.rows) expect(row.layoutEndMs, `${row.page} ${row.renderer}`).toBeGreaterThan(0);
    expect(client?.worstOwnCodeOverhead).toBeGreaterThan(0);

    const summary = renderSummary(results);
    expect(summary).toContain('## Targets');
    expect(summary).toMatch(/Neo4j's own CPU time per relationship written: [\d,]+ µs/);
    expect(summary).toContain('| 4 | Cypher round trips per request, every root field | 1 | at most 1 | met |');
  }, 300_000);
});
