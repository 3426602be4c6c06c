// Prints Neo4j's PROFILE of every benchmarked statement on a kept bench database, to see where a slow query spends.
// Usage: npx tsx bench/profile-queries.ts --data-dir .data/bench [--operation "neighbourhood depth 1"] [--repeat 3]
import { parseArgs } from 'node:util';
import type { ProfiledPlan } from 'neo4j-driver';
import { startBenchDatabase } from './bench-database.ts';
import { runStatement } from './driver-load.ts';
import { neighbourhoodOperation } from './operations.ts';
import { presets } from './options.ts';
import { SyntheticGraph } from './synthetic-graph.ts';
import { scaleWorkloads } from './workloads.ts';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, operation: { type: 'string' }, repeat: { type: 'string', default: '3' }, requests: { type: 'string', default: '3' } },
});
if (!values['data-dir']) throw new Error('--data-dir must name a bench database kept by `npm run bench -- --data-dir DIR`');

function planLines(plan: ProfiledPlan, depth = 0): string[] {
  const details = String(plan.arguments.Details ?? '').replace(/\s+/g, ' ').slice(0, 110);
  const time = plan.arguments.Time !== undefined ? ` ${(Number(plan.arguments.Time) / 1e6).toFixed(1)} ms` : '';
  const line = `${'  '.repeat(depth)}${plan.operatorType.replace(/@neo4j$/, '')} rows=${plan.rows} hits=${plan.dbHits}${time}  ${details}`;
  return [line, ...plan.children.flatMap((child) => planLines(child, depth + 1))];
}

const options = presets.full;
const database = await startBenchDatabase({ dataDir: values['data-dir'], ...options.neo4j, log: console.error });
try {
  const workloads = [
    { operation: neighbourhoodOperation(1), variables: [{ id: 'cheshire-constabulary', limit: 100 }] },
    ...scaleWorkloads(new SyntheticGraph(options.size), Number(values.requests)),
  ].filter((w) => values.operation === undefined || w.operation.name === values.operation);
  for (const { operation, variables } of workloads) {
    for (const variable of variables) {
      const statement = operation.statement(variable);
      // Plans are cached after the first run; the last of a few runs shows the warm cost.
      let last;
      for (let i = 0; i < Number(values.repeat); i += 1) {
        const started = performance.now();
        const result = await runStatement({ driver: database.driver, queryTimeoutMs: 60_000 }, { ...statement, query: `PROFILE ${statement.query}` });
        last = { result, milliseconds: performance.now() - started };
      }
      const profile = last!.result.summary.profile;
      console.log(`\n=== ${operation.name} ${JSON.stringify(variable)}: ${last!.milliseconds.toFixed(1)} ms, ${profile ? profile.dbHits : '?'} db hits in all`);
      if (profile) console.log(planLines(profile).join('\n'));
    }
  }
} finally {
  await database.close();
}
