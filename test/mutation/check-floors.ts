// After `stryker run`: fails when a module's mutation score falls under its floor in module-floors.json, and
// lists the modules under the goal. `--record` writes the floors and the README's table of scores from the report.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  floorProblems,
  moduleScores,
  percent,
  recordedFloors,
  type Floors,
  type ModuleScore,
  type MutationReport,
} from './module-scores.ts';

const reportPath = 'reports/mutation/mutation.json';
const floorsPath = 'test/mutation/module-floors.json';
const scoresPage = 'README.md';
const tableStart = '<!-- scores: written by `npx tsx test/mutation/check-floors.ts --record` -->';
const tableEnd = '<!-- end of scores -->';

const report = JSON.parse(readFileSync(reportPath, 'utf8')) as MutationReport;
const scores = moduleScores(report);
const floors = JSON.parse(readFileSync(floorsPath, 'utf8')) as Floors;

if (process.argv.includes('--record')) {
  writeFileSync(floorsPath, `${JSON.stringify(recordedFloors(scores, floors.goal), null, 2)}\n`);
  const page = readFileSync(scoresPage, 'utf8');
  const [before, rest] = page.split(tableStart);
  const after = rest?.split(tableEnd)[1];
  if (before === undefined || after === undefined) throw new Error(`${scoresPage}: the scores table's markers are missing`);
  writeFileSync(scoresPage, `${before}${tableStart}\n${scoresTable(scores, floors.goal)}${tableEnd}${after}`);
  console.log(`Recorded the floors of ${scores.length} modules in ${floorsPath} and ${scoresPage}.`);
} else {
  const under = scores.filter((score) => score.score < floors.goal);
  console.log(`${scores.length} modules mutated; ${scores.length - under.length} at or over the goal of ${floors.goal}%.`);
  for (const { module, score } of under) console.log(`  under the goal: ${module} ${percent(score)}`);
  const problems = floorProblems(scores, floors);
  if (problems.length > 0) {
    console.error(`Mutation scores under their floors (${floorsPath}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('Every module meets its floor.');
}

function scoresTable(scores: ModuleScore[], goal: number): string {
  const rows = [...scores]
    .sort((a, b) => b.score - a.score || a.module.localeCompare(b.module))
    .map(({ module, detected, survived, noCoverage, score }) => {
      const mutants = detected + survived + noCoverage;
      const mark = score < goal ? ' (under the goal)' : '';
      return `| \`${module}\` | ${mutants} | ${survived} | ${noCoverage} | ${percent(score)}${mark} |`;
    });
  return ['| Module | Mutants | Survived | Not covered | Score |', '| --- | ---: | ---: | ---: | ---: |', ...rows, ''].join('\n');
}
