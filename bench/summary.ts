// Renders a bench result as the Markdown summary the README's Performance section shows.
import { draftingSummary } from './drafting-summary.ts';
import { reviewSummary } from './review-summary.ts';
import { manyAssessmentsSummary } from './many-assessments-summary.ts';
import type { BenchResults, StepRecord } from './bench.ts';
import type { LoadResult } from './latency.ts';
import type { ClientRender } from './steps/client-render.ts';

const targets = {
  apiOverDriverP50: 1.15,
  overNeo4jGraphQL: 1.5,
  ceiling: 0.5,
  roundTrips: 1,
  relationshipsPerSecond: 50_000,
  warmStartSeconds: 8,
  firstRequestMs: 150,
  clientOverhead: 1.2,
  interactiveMs: 3_000,
  frameMs: 50,
};

const number = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const ms = (value: number | undefined) => `${number(value, value !== undefined && value < 10 ? 2 : 1)} ms`;
const times = (value: number | undefined) => `${number(value, 2)}×`;
const verdict = (met: boolean | undefined) => (met === undefined ? '–' : met ? 'met' : '**missed**');

function failure(record: StepRecord<unknown> | undefined): string | undefined {
  return record?.error ? `Step failed: ${record.error.split('\n')[0]}` : undefined;
}

function loadLine(record: StepRecord<unknown> | undefined, cores: number): string {
  return record ? `_${record.seconds} s; machine load average ${record.loadAverage[0]} → ${record.loadAverage[1]} (${cores} cores)._` : '';
}

function latencyCells(result: LoadResult): string {
  return `${ms(result.p50)} | ${ms(result.p99)} | ${number(result.throughput)}/s`;
}

/** The 5k verdict in words: when it became usable, or what kept it from being so. */
function interactive5k(client: ClientRender | undefined): string {
  if (client?.interactive5k === undefined) return '–';
  if (Number.isFinite(client.interactive5k)) return ms(client.interactive5k);
  const row = client.rows.find((r) => r.elements === 5000 && r.page === 'peel-graph' && r.renderer === 'canvas');
  return row?.finished ? `not within the run: layout ${ms(row.layoutEndMs)}, frame p95 ${ms(row.frame.p95)}` : 'layout did not finish';
}

/** CPU per request, with each process's share when there was more than one, e.g. `5.45 ms (2.91 + 2.54)`. */
function cpu(result: LoadResult): string {
  if (result.cpuMsPerRequest === undefined) return '–';
  const parts = result.cpuMsPerRequestByProcess;
  return `${number(result.cpuMsPerRequest, 2)} ms${parts && parts.length > 1 ? ` (${parts.map((part) => number(part, 2)).join(' + ')})` : ''}`;
}

export function renderSummary(results: BenchResults, draftingBefore?: Parameters<typeof draftingSummary>[1]): string {
  const { machine, steps, graph } = results;
  const lines: string[] = [];
  const add = (...more: string[]) => lines.push(...more);

  add(
    '# peel-graph benchmark results',
    '',
    `Run ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC (${results.mode}, ${Math.round(results.seconds / 60)} min) at commit \`${machine.gitCommit}\`, written by \`npm run bench\`.`,
    '',
    `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}, Java ${machine.java}, ${machine.neo4j}. ` +
      `Load average when the run began: ${machine.loadAverageAtStart}. The bench's Neo4j: heap ${results.settings.neo4j.heap}, page cache ${results.settings.neo4j.pageCache}.`,
    '',
    `Graph at scale: the real seed graph plus a synthetic one of ${graph.size.forces} forces × ${graph.size.assessmentsPerForce} assessments × ${graph.size.factsPerAssessment} facts ` +
      `(seed ${graph.size.seed}): ${number(graph.syntheticNodes, 0)} synthetic nodes, ${number(graph.syntheticRelationships, 0)} synthetic relationships.`,
    '',
    ...(results.alsoRun ?? []).flatMap((extra) => [
      `Added later with \`--merge\`: ${extra.steps.join(', ')}, run ${extra.startedAt.slice(0, 16).replace('T', ' ')} UTC at commit \`${extra.gitCommit}\` (load average ${extra.loadAverageAtStart} as it began).`,
      '',
    ]),
    `Each comparison warms both sides up (${results.settings.timing.warmupSeconds} s), then measures each for ${results.settings.timing.seconds} s in ${results.settings.timing.rounds} alternating runs ` +
      '(A B B A…), so drift on a busy machine falls on both. Ratios from the same run are the numbers to read; absolute times move with the machine.',
    '',
  );

  // The targets at a glance.
  const api = steps.apiVsDriver?.result;
  const worstP50 = api && api.length > 0 ? Math.max(...api.map((row) => row.p50Ratio)) : undefined;
  const versus = steps.neo4jGraphql?.result;
  const ceiling = steps.ceiling?.result;
  const trips = steps.roundTrips?.result;
  const maxTrips = trips && trips.length > 0 ? Math.max(...trips.map((row) => row.roundTrips ?? Number.POSITIVE_INFINITY)) : undefined;
  const load = steps.bulkLoad?.result;
  const rate = load && 'relationshipsPerSecond' in load ? load.relationshipsPerSecond : undefined;
  const start = steps.startUp?.result;
  const run = steps.loadRun?.result;
  const client = steps.client?.result;
  add(
    '## Targets',
    '',
    '| | Measure | Target | Result | |',
    '| --- | --- | --- | --- | --- |',
    `| 1 | API p50 ÷ raw driver p50, worst operation | ≤ ${targets.apiOverDriverP50}× | ${times(worstP50)} | ${verdict(worstP50 === undefined ? undefined : worstP50 <= targets.apiOverDriverP50)} |`,
    `| 2 | peel-graph ÷ @neo4j/graphql throughput | ≥ ${targets.overNeo4jGraphQL}× | ${times(versus?.throughputRatio)} | ${verdict(versus ? versus.throughputRatio >= targets.overNeo4jGraphQL : undefined)} |`,
    `| 3 | neighbourhood ÷ hello-world Yoga throughput | ≥ ${targets.ceiling}× | ${times(ceiling?.throughputRatio)} | ${verdict(ceiling ? ceiling.throughputRatio >= targets.ceiling : undefined)} |`,
    `| 4 | Cypher round trips per request, every root field | ${targets.roundTrips} | ${maxTrips === undefined ? '–' : `at most ${number(maxTrips, 0)}`} | ${verdict(maxTrips === undefined ? undefined : maxTrips <= targets.roundTrips)} |`,
    `| 5 | Bulk load | ≥ ${number(targets.relationshipsPerSecond, 0)} relationships/s | ${rate === undefined ? (load ? 'reused' : '–') : `${number(rate, 0)}/s`} | ${verdict(rate === undefined ? undefined : rate >= targets.relationshipsPerSecond)} |`,
    `| 6 | Client overhead over bare Cytoscape, worst case | ≤ ${targets.clientOverhead}× | ${times(client?.worstOverhead)} | ${verdict(client ? client.worstOverhead <= targets.clientOverhead : undefined)} |`,
    `| 6 | 5k elements interactive (frames < ${targets.frameMs} ms) | ≤ ${number(targets.interactiveMs, 0)} ms | ${interactive5k(client)} | ${verdict(client?.interactive5k === undefined ? undefined : client.interactive5k <= targets.interactiveMs)} |`,
    `| 7 | Warm \`npm start\` to ready | ≤ ${targets.warmStartSeconds} s | ${start ? `${number(start.warm.wallSeconds)} s` : '–'} | ${verdict(start ? start.warm.wallSeconds <= targets.warmStartSeconds : undefined)} |`,
    `| 7 | First request of each explorer and README operation after /health says 200, p95 | ≤ ${targets.firstRequestMs} ms | ${start?.firstRequest ? `${ms(start.firstRequest.p95Ms)} (${times(start.firstRequest.p95Ratio)} warm)` : '–'} | ${verdict(start?.firstRequest ? start.firstRequest.p95Ms <= targets.firstRequestMs : undefined)} |`,
    `| – | Load run: ${results.settings.loadRun.connections} connections, ${results.settings.loadRun.seconds} s | 0 errors | ${run ? `${number(run.errors, 0)} errors, p99 ${ms(run.p99)}` : '–'} | ${verdict(run ? run.errors === 0 : undefined)} |`,
    '',
  );

  add('## 1. API against the raw driver, at scale', '', loadLine(steps.apiVsDriver, machine.cores), '');
  if (api) {
    add(
      `Each operation with the explorer's own selection, ${results.settings.connections} concurrent requests, through the real HTTP server on loopback; the raw side runs the same Cypher text ` +
        '(imported from `server/graph/queries.ts`) with the same parameters through `neo4j-driver`, as the server sends it (an auto-commit read, `server/graph/read-query.ts`).',
      '',
      '| Operation | API p50 | API p99 | API throughput | Driver p50 | Driver p99 | Driver throughput | p50 ratio | CPU per request, API (server + Neo4j) / driver (bench process + Neo4j) | Round trips | First answer |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...api.map(
        (row) =>
          `| ${row.operation} | ${latencyCells(row.api)} | ${latencyCells(row.driver)} | ${times(row.p50Ratio)} | ${cpu(row.api)} / ${cpu(row.driver)} | ${row.roundTrips ?? '–'} | ${number(row.answerBytes / 1024)} KiB${row.api.errors + row.driver.errors > 0 ? ` (errors: API ${row.api.errors}, driver ${row.driver.errors})` : ''} |`,
      ),
      '',
    );
    const helloMs = ceiling?.helloWorld.cpuMsPerRequest;
    const floors = api.filter((row) => row.driver.cpuMsPerRequest).map((row) => ({ row, floor: (row.driver.cpuMsPerRequest! + (helloMs ?? 0)) / row.driver.cpuMsPerRequest! }));
    if (helloMs !== undefined && floors.length > 0) {
      // A GraphQL server over HTTP cannot cost less than hello world on top of the driver's own work.
      add(
        `Were the API's only cost beyond the driver's that of a hello-world Yoga request (${ms(helloMs)}, section 3), its CPU per request would be ` +
          `${floors.map(({ row, floor }) => `${times(floor)} the driver's for ${row.operation}`).join(', ')}.`,
        '',
      );
    }
  } else add(failure(steps.apiVsDriver) ?? 'Not run.', '');

  add('## 2. Against @neo4j/graphql', '', loadLine(steps.neo4jGraphql, machine.cores), '');
  if (versus) {
    add(
      "Both asked for a force with every neighbour and each relationship's evidence: peel-graph's `entity { relationships { … } }` against @neo4j/graphql's " +
        `generated \`forces(where:)\` with a \`…Connection { edges { properties node } }\` per relationship type. For ${versus.check.id} peel-graph returned ` +
        `${versus.check.peelGraphRelationships} relationships and @neo4j/graphql ${versus.check.neo4jGraphQLRelationships}.`,
      '',
      '| Server | p50 | p99 | Throughput | CPU per request (server + Neo4j) |',
      '| --- | --- | --- | --- | --- |',
      `| peel-graph | ${latencyCells(versus.peelGraph)} | ${cpu(versus.peelGraph)} |`,
      `| @neo4j/graphql | ${latencyCells(versus.neo4jGraphQL)} | ${cpu(versus.neo4jGraphQL)} |`,
      '',
      `Throughput ratio ${times(versus.throughputRatio)}, p50 ratio ${times(versus.p50Ratio)}.`,
      '',
    );
  } else add(failure(steps.neo4jGraphql) ?? 'Not run.', '');

  add('## 3. Server ceiling, seed graph', '', loadLine(steps.ceiling, machine.cores), '');
  if (ceiling) {
    add(
      `\`neighbourhood\` (depth 1, the explorer's selection) against a hello-world GraphQL Yoga server, ${results.settings.ceilingConnections} concurrent requests each.`,
      '',
      '| Server | p50 | p99 | Throughput | CPU per request |',
      '| --- | --- | --- | --- | --- |',
      `| peel-graph neighbourhood (server + Neo4j) | ${latencyCells(ceiling.neighbourhood)} | ${cpu(ceiling.neighbourhood)} |`,
      `| hello-world Yoga (server) | ${latencyCells(ceiling.helloWorld)} | ${cpu(ceiling.helloWorld)} |`,
      '',
      `Throughput ratio ${times(ceiling.throughputRatio)}.`,
      '',
    );
    const neo4jMs = ceiling.neighbourhood.cpuMsPerRequestByProcess?.[1];
    const helloMs = ceiling.helloWorld.cpuMsPerRequest;
    const emptyMs = ceiling.emptyQuery?.cpuMsPerRequest;
    if (neo4jMs !== undefined && helloMs !== undefined && helloMs > 0) {
      add(
        `Neo4j's share alone is ${ms(neo4jMs)} of CPU per neighbourhood, ${times(neo4jMs / helloMs)} the hello-world server's whole request` +
          (neo4jMs * targets.ceiling > helloMs
            ? `: with the machine's cores the limit, a server that cost nothing at all would still fall short of ${times(targets.ceiling)} the hello-world throughput.`
            : '.') +
          (emptyMs !== undefined
            ? ` Even \`RETURN 1\`, sent through neo4j-driver as the server sends its queries, costs Neo4j ${ms(emptyMs)} of CPU (${times(emptyMs / helloMs)} the hello-world request).`
            : ''),
        '',
      );
    }
  } else add(failure(steps.ceiling) ?? 'Not run.', '');

  add('## 4. Round trips per request, seed graph', '');
  if (trips) {
    add('| Root field | Cypher round trips |', '| --- | --- |', ...trips.map((row) => `| \`${row.field}\` | ${row.roundTrips ?? '–'}${row.errors.length ? ` (error: ${row.errors[0]})` : ''} |`), '');
  } else add(failure(steps.roundTrips) ?? 'Not run.', '');

  add('## 5. Bulk load', '', loadLine(steps.bulkLoad, machine.cores), '');
  if (load && 'relationshipsPerSecond' in load) {
    add(
      `${number(load.entities, 0)} entities, ${number(load.sources, 0)} sources and ${number(load.relationships, 0)} relationships in ${number(load.totalSeconds)} s; ` +
        `the relationships alone in ${number(load.relationshipSeconds)} s: **${number(load.relationshipsPerSecond, 0)} relationships/s** ` +
        `(UNWIND batches of ${number(load.batchSize, 0)}, ${load.writers} writers, ` +
        (load.indexesRebuilt?.length
          ? `every constraint of the real schema in place; its ${load.indexesRebuilt.length} relationship property indexes (the evidence full-text index and the per-type source indexes) dropped for the load and built again after it, ` +
            `the rebuild (${number(load.indexRebuildSeconds)} s) counted in the time).`
          : 'every index and constraint of the real schema in place and updated with every batch).'),
      '',
    );
    if (load.databaseCpu) {
      const ceiling = (machine.cores * 1000) / load.databaseCpu.msPerRelationship;
      add(
        `Neo4j's own CPU time per relationship written: ${number(load.databaseCpu.msPerRelationship * 1000, 0)} µs (the index rebuild took ${number(load.databaseCpu.indexRebuildSeconds)} s of CPU besides). ` +
          `With all ${machine.cores} cores writing and nothing else running, that is at most ${number(ceiling, 0)} relationships/s, whatever the loader sends.`,
        '',
      );
    }
  } else add(load ? 'Reused a database loaded by an earlier run.' : (failure(steps.bulkLoad) ?? 'Not run.'), '');

  add('## Load run', '', loadLine(steps.loadRun, machine.cores), '');
  if (run) {
    add(
      `The operations of section 1 interleaved (the explorer's mix), ${run.connections} connections for ${number(run.seconds)} s against the API at scale: ` +
        `${number(run.requests, 0)} answers, **${number(run.errors, 0)} errors**, p50 ${ms(run.p50)}, **p99 ${ms(run.p99)}**, max ${ms(run.max)}, ${number(run.throughput)}/s.`,
      '',
    );
  } else add(failure(steps.loadRun) ?? 'Not run.', '');

  const writers = steps.writers?.result;
  // Older results have no codes.
  const writerCodes = (codes: Record<string, number> | undefined) =>
    codes && Object.keys(codes).length > 0 ? ` (${Object.entries(codes).map(([code, n]) => `${code} ${number(n, 0)}`).join(', ')})` : '';
  add('### With writers', '', loadLine(steps.writers, machine.cores), '');
  if (writers) {
    add(
      `The same readers while ${writers.editors} editors draft, review and publish fictional assessments through the API: ` +
        `${number(writers.changes, 0)} changes and ${number(writers.published, 0)} assessments published; **${number(writers.writeErrors, 0)} write errors${writerCodes(writers.writeErrorCodes)}, ` +
        `${number(writers.lost, 0)} changes lost and ${number(writers.duplicated, 0)} recorded twice** (each editor's answered changes counted against the audit trail), ` +
        `${number(writers.mismatched, 0)} published assessments differing from what was accepted${writers.changes === 0 ? ' (no change was answered, so this run shows nothing about lost or duplicated ones)' : ''}. Readers: ${number(writers.readers.requests, 0)} answers, **${number(writers.readers.errors, 0)} errors**, ` +
        `p50 ${ms(writers.readers.p50)}, **p99 ${ms(writers.readers.p99)}**${run ? ` (read-only run above: p99 ${ms(run.p99)})` : ''}.`,
      '',
    );
    // Older results have no samples.
    const samples = writers.writeErrorSamples ?? [];
    if (samples.length > 0) add('What the failed changes were answered, the first of each mutation and code:', '', ...samples.map((s) => `- \`${s.mutation}\`, ${s.code}: "${s.message}"`), '');
  } else add(failure(steps.writers) ?? 'Not run.', '');

  add('## 7. Start-up and memory', '', loadLine(steps.startUp, machine.cores), '');
  if (start) {
    add(
      `\`${start.command}\` on its own ports and data folder (Neo4j heap ${start.heap}, page cache ${start.pageCache}). Wall time is from the command to the "ready in" line and includes \`vite build\`; the server's own figure starts at its first line of code.`,
      '',
      '| Start | Wall time | Server says | Server RSS | Neo4j RSS |',
      '| --- | --- | --- | --- | --- |',
      `| cold (new folder: seeds) | ${number(start.cold.wallSeconds)} s | ${number(start.cold.reportedSeconds)} s | ${number(start.cold.serverRssMiB, 0)} MiB | ${number(start.cold.neo4jRssMiB, 0)} MiB |`,
      `| warm | ${number(start.warm.wallSeconds)} s | ${number(start.warm.reportedSeconds)} s | ${number(start.warm.serverRssMiB, 0)} MiB | ${number(start.warm.neo4jRssMiB, 0)} MiB |`,
      '',
    );
    // Results recorded before the first-request timing have neither of the following.
    if (start.firstRequest && start.warmRuns) {
      const runs = [{ label: 'cold', run: start.cold }, ...start.warmRuns.map((run, index) => ({ label: `warm ${index + 1}`, run }))];
      add(
        'Every start, from the command: to the first 200 on `/health`, with the CPU seconds its processes (npm, the build, the server, Neo4j) had used by then, which unlike wall time does not grow with the machine\'s load.',
        '',
        '| Start | To /health 200 | CPU to /health 200 | To "ready in" |',
        '| --- | --- | --- | --- |',
        ...runs.map(({ label, run }) => `| ${label} | ${number(run.healthSeconds)} s | ${number(run.cpuSeconds)} s | ${number(run.wallSeconds)} s |`),
        '',
        `First requests: the moment \`/health\` first answered 200, each of the explorer's and the README's ${start.firstRequest.operations} operations in turn, then each again until warm (two unmeasured repeats, then the median of five). ` +
          `Over ${start.firstRequest.runs} starts: **p95 ${ms(start.firstRequest.p95Ms)}**, **p95 ${times(start.firstRequest.p95Ratio)} its warm latency**; slowest ${ms(start.firstRequest.maxMs)} (${start.firstRequest.slowest}), at most ${times(start.firstRequest.maxRatio)}; warm median ${ms(start.firstRequest.warmP50Ms)}; ${number(start.firstRequest.errors ?? 0, 0)} first requests answered with an error.`,
        '',
        `| Operation | ${runs.map(({ label }) => `${label}: first / warm`).join(' | ')} |`,
        `| --- | ${runs.map(() => '---').join(' | ')} |`,
        ...start.cold.firstRequests.map(
          (row, index) => `| ${row.operation} | ${runs.map(({ run }) => { const r = run.firstRequests[index]; return r ? `${ms(r.firstMs)} / ${ms(r.warmMs)} (${times(r.firstMs / r.warmMs)})` : '–'; }).join(' | ')} |`,
        ),
        '',
      );
    }
  } else add(failure(steps.startUp) ?? 'Not run.', '');
  const memory = steps.memoryAtScale?.result;
  if (memory) add(`At scale${memory.after ? `, after ${memory.after.join(', ')}` : ''}: bench Neo4j ${number(memory.neo4jRssMiB, 0)} MiB RSS, API server ${number(memory.apiServerRssMiB, 0)} MiB RSS.`, '');

  add('## 6. Client in headless Chromium', '', loadLine(steps.client, machine.cores), '');
  if (client) {
    add(
      client.what,
      '',
      `Browser: ${client.browser}; WebGL renderer: ${client.glRenderer}.`,
      '',
      '| Page | Renderer | Elements | First drawn | Layout end | Frame p50 | Frame p95 | Interactive |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...client.rows.map((row) =>
        row.finished
          ? `| ${row.page} | ${row.renderer} | ${number(row.elements, 0)} | ${ms(row.firstDrawMs)} | ${ms(row.layoutEndMs)} | ${ms(row.frame.p50)} | ${ms(row.frame.p95)} | ${ms(row.interactiveMs)} |`
          : `| ${row.page} | ${row.renderer} | ${number(row.elements, 0)} | not finished within ${client.drawTimeoutSeconds} s | | | | |`,
      ),
      '',
      '| Renderer | Elements | First drawn ratio | Layout end ratio | Frame p50 ratio | Over styled Cytoscape: first drawn | layout end | frame p50 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...client.overhead.map(
        (row) =>
          `| ${row.renderer} | ${number(row.elements, 0)} | ${times(row.firstDrawRatio)} | ${times(row.layoutEndRatio)} | ${times(row.frameRatio)} | ${times(row.ownCode.firstDrawRatio)} | ${times(row.ownCode.layoutEndRatio)} | ${times(row.ownCode.frameRatio)} |`,
      ),
      '',
      `The ratios are peel-graph's over bare Cytoscape (the target), then over styled Cytoscape: the worst of the latter, ${times(client.worstOwnCodeOverhead)}, is what the explorer's own code adds to Cytoscape drawing the same look.`,
      '',
    );
  } else add(failure(steps.client) ?? 'Not run.', '');

  add(...draftingSummary(steps.drafting, draftingBefore));
  add(...reviewSummary(steps.review));
  if (steps.manyAssessments) add(...manyAssessmentsSummary(steps.manyAssessments, machine.cores));

  add(
    '## Reproduce',
    '',
    '```sh',
    'npm run bench            # everything, about a quarter of an hour on 2 cores; writes bench/results/',
    'npm run bench -- --quick # a small graph and short runs, a few minutes; writes bench/results/quick/',
    'npm run bench -- --steps api-vs-driver --data-dir .data/bench --reuse   # keep the loaded graph between runs',
    '```',
    '',
  );
  return lines.join('\n');
}
