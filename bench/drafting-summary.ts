// The drafting step's part of the bench summary: its targets and a table per document.
import type { StepRecord } from './bench.ts';
import type { DraftingResult } from './steps/drafting.ts';

export const draftingTargets = { seedPrecision: 0.95, seedRecall: 0.9, seedF1: 0.8, samplePrecision: 0.85, sampleRecall: 0.8, shortTextMs: 200, pdfSeconds: 10 };

const met = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? 'met' : '**missed**');

/** Figures recorded before the lexicon was tuned on the samples (bench/results/drafting-before-tuning.json). */
export interface DraftingBefore {
  samplesPooled: DraftingResult['samplesPooled'];
  samples?: Pick<DraftingResult['samples'][number], 'id' | 'judgements' | 'findings'>[];
}

export function draftingSummary(record: StepRecord<DraftingResult> | undefined, before?: DraftingBefore): string[] {
  const result = record?.result;
  if (!result) return ['## 8. Drafting findings from documents', '', record?.error ? `Failed: ${record.error.split('\n')[0]}` : 'Not run.', ''];
  const t = draftingTargets;
  const { seed, samplesPooled: pooled, speed } = result;
  const lines = [
    '## 8. Drafting findings from documents',
    '',
    `The seed's text drafted from scratch and scored against its reviewed findings (read from the ${seed.referenceFrom === 'graph' ? 'seed graph' : "seed's Cypher, cypher/30-cheshire-findings.cypher, without a graph"}); ` +
      'the fictional sample assessments against their hand-written readings. Judgements: (sentence, judgement) pairs; findings: one-to-one on sentence, judgement, type, subject and object.',
    '',
    '| Measure | Target | Result | |',
    '| --- | --- | --- | --- |',
    `| Seed: judgement precision / recall | ≥ ${t.seedPrecision} / ≥ ${t.seedRecall} | ${seed.judgements.precision} / ${seed.judgements.recall} | ${met(seed.judgements.precision >= t.seedPrecision && seed.judgements.recall >= t.seedRecall)} |`,
    `| Seed: findings F1 | ≥ ${t.seedF1} | ${seed.findings.f1} (P ${seed.findings.precision}, R ${seed.findings.recall}) | ${met(seed.findings.f1 >= t.seedF1)} |`,
    `| Seed: quotes verbatim | 100% | ${Math.round(seed.quotesVerbatim * 1000) / 10}% | ${met(seed.quotesVerbatim === 1)} |`,
    `| Fictional samples, pooled: judgement precision / recall | ≥ ${t.samplePrecision} / ≥ ${t.sampleRecall} | ${pooled.judgements.precision} / ${pooled.judgements.recall}${before ? ` (before tuning ${before.samplesPooled.judgements.precision} / ${before.samplesPooled.judgements.recall})` : ''} | ${met(pooled.judgements.precision >= t.samplePrecision && pooled.judgements.recall >= t.sampleRecall)} |`,
    `| Fictional samples, pooled: findings F1 | – | ${pooled.findings.f1}${before ? ` (before tuning ${before.samplesPooled.findings.f1})` : ''} | |`,
    `| 18-sentence text drafted (median, warm) | ≤ ${t.shortTextMs} ms | ${speed.shortTextMs} ms (first, loading the model: ${speed.shortTextFirstMs} ms) | ${met(speed.shortTextMs <= t.shortTextMs)} |`,
    `| ${speed.pdfPages}-page PDF extracted and drafted | ≤ ${t.pdfSeconds} s | ${(speed.pdfMs / 1000).toFixed(2)} s (${speed.pdfSentences} sentences) | ${met(speed.pdfPages >= 100 ? speed.pdfMs <= t.pdfSeconds * 1000 : undefined)} |`,
    '',
    '| Sample | Format | Sentences (expected) | Judgement P / R | Findings F1 | Before tuning: P / R, F1 | Quotes verbatim |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...result.samples.map((s) => {
      const then = before?.samples?.find((b) => b.id === s.id);
      const earlier = then ? `${then.judgements.precision} / ${then.judgements.recall}, ${then.findings.f1}` : '–';
      return `| ${s.id} | ${s.format}${s.pages ? `, ${s.pages} pages` : ''} | ${s.sentences} (${s.expectedSentences}) | ${s.judgements.precision} / ${s.judgements.recall} | ${s.findings.f1} | ${earlier} | ${Math.round(s.quotesVerbatim * 1000) / 10}% |`;
    }),
    '',
  ];
  return lines;
}
