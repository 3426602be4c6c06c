// Entry point of `npm run bench`: parse options, run every step, write results JSON and the Markdown summary.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type BenchResults, runBench } from './bench.ts';
import { mergeResults } from './merge-results.ts';
import { parseOptions } from './options.ts';
import { renderSummary } from './summary.ts';

const options = parseOptions(process.argv.slice(2));
const jsonFile = path.join(options.outDir, 'results.json');
const summaryFile = path.join(options.outDir, 'summary.md');
const fresh = await runBench(options);
await mkdir(options.outDir, { recursive: true });

const results = options.merge ? mergeResults(JSON.parse(await readFile(jsonFile, 'utf8')) as BenchResults, fresh) : fresh;
await writeFile(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
// The drafting figures recorded before the lexicon was tuned on the fictional samples stand beside today's.
const draftingBefore = JSON.parse(await readFile(new URL('./results/drafting-before-tuning.json', import.meta.url), 'utf8')) as Parameters<typeof renderSummary>[1];
await writeFile(summaryFile, renderSummary(results, draftingBefore));
console.error(`results: ${jsonFile}\nsummary: ${summaryFile}`);
const failed = Object.entries(results.steps).filter(([, record]) => record?.error);
if (failed.length > 0) {
  console.error(`steps that failed: ${failed.map(([name]) => name).join(', ')}`);
  process.exitCode = 1;
}
