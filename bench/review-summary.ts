// The review step's part of the bench summary: the reviewer's effort on the seed and the time to publish.
import type { StepRecord } from './bench.ts';
import type { ReviewResult } from './steps/review.ts';

export const reviewTargets = { effortPerKept: 1.3, publishMs: 1_000 };

const met = (ok: boolean) => (ok ? 'met' : '**missed**');

export function reviewSummary(record: StepRecord<ReviewResult> | undefined): string[] {
  const heading = '## 9. Reviewing and publishing';
  const result = record?.result;
  if (!result) return [heading, '', record?.error ? `Failed: ${record.error.split('\n')[0]}` : 'Not run.', ''];
  const { effort, publishMs } = result;
  return [
    heading,
    '',
    "The seed's text drafted through the API, then its reviewed findings replayed against the draft as a reviewer would " +
      'act (accept = 1, each field edited = 1, reject = 1, add = 2), then the reviewed draft published again and again through the API (each publish replaces the last).',
    '',
    '| Measure | Target | Result | |',
    '| --- | --- | --- | --- |',
    `| Reviewer actions per kept finding | ≤ ${reviewTargets.effortPerKept} | ${effort.perKept} (${effort.actions} actions for ${effort.kept}: ${effort.accepted} accepted, ${effort.edits} edits, ${effort.rejected} rejected, ${effort.added} added) | ${met(effort.perKept <= reviewTargets.effortPerKept)} |`,
    `| Published findings are the seed's | all ${effort.kept} | ${result.publishedAsSeed ? `all ${result.findings}` : `**no**: ${result.findings} published`} | ${met(result.publishedAsSeed)} |`,
    `| Publishing the reviewed seed (median of ${publishMs.runs}; the slowest, the first, includes Neo4j planning its statements) | ≤ ${reviewTargets.publishMs} ms | ${publishMs.median} ms (slowest ${publishMs.max} ms) | ${met(publishMs.median <= reviewTargets.publishMs)} |`,
    '',
  ];
}
