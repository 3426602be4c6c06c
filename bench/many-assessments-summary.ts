// The many-assessments step in the bench summary: compare, diff, the picker and drawing a comparison, against their targets.
import type { StepRecord } from './bench.ts';
import type { ManyAssessments, TimedOperation } from './steps/many-assessments.ts';

const ms = (value: number) => `${value.toLocaleString('en-GB', { maximumFractionDigits: value < 10 ? 2 : 1 })} ms`;

export function manyAssessmentsSummary(record: StepRecord<ManyAssessments> | undefined, cores: number): string[] {
  const lines = ['## Many assessments: compare, diff and the picker at scale', ''];
  if (!record) return [...lines, 'Not run.', ''];
  lines.push(`_${record.seconds} s; machine load average ${record.loadAverage[0]} → ${record.loadAverage[1]} (${cores} cores)._`, '');
  const result = record.result;
  if (!result) return [...lines, `Step failed: ${record.error?.split('\n')[0] ?? 'no result'}`, ''];
  const layer = result.findingsLayer;
  lines.push(
    `Findings added to the synthetic graph: ${layer.findings.toLocaleString('en-GB')} (${layer.reused ? 'already in the data folder' : `written in ${layer.seconds} s`}). ` +
      'One request at a time through the API, each a different force or set of forces.',
    '',
    '| Operation | Target p50 | p50 | p90 | p99 | Round trips | One answer | Verdict |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  );
  const row = (name: string, operation: TimedOperation | null, target: number) => {
    if (!operation) return lines.push(`| ${name} | ≤ ${ms(target)} | – | – | – | – | not run: one assessment per force | – |`);
    const size = Object.entries(operation.answerSize).map(([key, value]) => `${value.toLocaleString('en-GB')} ${key}`).join(', ');
    return lines.push(
      `| ${name} | ≤ ${ms(target)} | ${ms(operation.p50)} | ${ms(operation.p90)} | ${ms(operation.p99)} | ${operation.roundTrips ?? '–'} | ${size} | ${operation.p50 <= target ? 'met' : '**missed**'} |`,
    );
  };
  row(`\`compare\`, ${result.forcesCompared} forces, every theme`, result.compare, result.targets.compareP50Ms);
  row("`diff` of a force's last two assessments", result.diff, result.targets.diffP50Ms);
  row("Picker: `assessments(force:)`", result.pickerByForce, result.targets.pickerP50Ms);
  row('Picker: `search(kinds: [FORCE])`', result.pickerSearch, result.targets.pickerP50Ms);
  const drawing = result.drawing;
  if (drawing) {
    lines.push(
      `| The explorer draws the ${result.forcesCompared}-force comparison (answer to matrix painted, headless Chromium, median of ${drawing.samplesMs.length}) | ≤ ${ms(result.targets.drawingP50Ms)} | ${ms(drawing.p50Ms)} | – | – | ${drawing.roundTrips ?? '–'} | ${drawing.themes.toLocaleString('en-GB')} themes, ${drawing.cells.toLocaleString('en-GB')} cells, ${Math.round(drawing.answerBytes / 1024).toLocaleString('en-GB')} KiB | ${drawing.p50Ms <= result.targets.drawingP50Ms ? 'met' : '**missed**'} |`,
    );
  }
  lines.push('');
  return lines;
}
