// The bench's drafting step: its scoring counts what it should, and the step runs end to end (structure only, no timing).
import { describe, expect, it } from 'vitest';
import { draftingSummary } from '../../bench/drafting-summary.ts';
import { scoreDraft } from '../../bench/draft-score.ts';
import { measureDrafting, sampleIds } from '../../bench/steps/drafting.ts';
import type { DraftFinding } from '../../server/ingest/draft-findings.ts';

const sentence = { number: 1, start: 0, end: 38, text: 'The force is good at preventing crime.' };
const finding = (judgement: DraftFinding['judgement'], to: string, quote = 'good at preventing crime', start = 13): DraftFinding => ({
  sentence: 1, judgement, type: 'HAS_STRENGTH', basis: 'STATED', status: 'ESTABLISHED', quote, start, end: start + quote.length, confidence: 0.9, cue: 'test', inferredFrom: [],
  participants: [{ role: 'SUBJECT', id: 'f', name: 'F', kind: 'FORCE', existing: true }, { role: 'OBJECT', id: to, name: to, kind: 'THEME', existing: true }],
});

describe('scoring a draft', () => {
  it('counts judgements per sentence, whole findings one to one, and quotes that are not verbatim', () => {
    const reference = [
      { sentence: 1, judgement: 'STRENGTH', edges: [{ from: 'f', type: 'HAS_STRENGTH', to: 'preventing-crime' }] },
      { sentence: 1, judgement: 'STRENGTH', edges: [{ from: 'f', type: 'HAS_STRENGTH', to: 'preventing-crime' }] },
      { sentence: 2, judgement: 'AREA_FOR_IMPROVEMENT', edges: [{ from: 'f', type: 'NEEDS_IMPROVEMENT', to: 'vetting' }] },
    ];
    const score = scoreDraft([finding('STRENGTH', 'preventing-crime'), finding('STRENGTH', 'crime'), finding('IMPROVED', 'preventing-crime', 'not in it', 0)], [sentence], reference);
    expect(score.judgements).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5 });
    expect(score.findings).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 2 });
    expect(score.quotesVerbatim).toBe(0.667);
    expect(score.missed).toEqual(['s1 STRENGTH f HAS_STRENGTH preventing-crime', 's2 AREA_FOR_IMPROVEMENT f NEEDS_IMPROVEMENT vetting']);
  });
});

describe('the drafting step', () => {
  it('scores the seed and every fictional sample and times a short text and a PDF', async () => {
    const log: string[] = [];
    const result = await measureDrafting(undefined, { pdfPages: 3, repeats: 1 }, (line) => log.push(line));
    expect(result.seed.referenceFrom).toBe('cypher');
    expect(result.seed.sentences).toBe(18);
    expect(result.seed.quotesVerbatim).toBe(1);
    expect(result.samples.map((s) => s.id)).toEqual([...sampleIds]);
    for (const sample of result.samples) {
      expect(sample.sentences, sample.id).toBe(sample.expectedSentences);
      expect(sample.quotesVerbatim, sample.id).toBe(1);
    }
    expect(result.samples.map((s) => s.format)).toEqual(['html', 'text', 'pdf', 'pdf']);
    // The long sample runs to tens of pages.
    expect(result.samples.find((s) => s.id === 'greywater-2017')?.pages).toBeGreaterThanOrEqual(20);
    expect(result.speed.pdfPages).toBeGreaterThanOrEqual(3);
    expect(result.speed.pdfSentences).toBeGreaterThan(0);
    expect(log.join('\n')).toMatch(/no database given: scoring against the seed's Cypher/);
    const before = { samplesPooled: result.samplesPooled, samples: [{ id: 'greywater-2017', judgements: { ...result.samples[3]!.judgements, precision: 0.5 }, findings: result.samples[3]!.findings }] };
    const summary = draftingSummary({ result, seconds: 1, loadAverage: [0, 0] }, before).join('\n');
    expect(summary).toContain('## 8. Drafting findings from documents');
    expect(summary).toMatch(/\| Seed: findings F1 \| ≥ 0.8 \| [\d.]+ /);
    // Each sample's row carries its figures before tuning where they were recorded.
    expect(summary).toMatch(/\| greywater-2017 \| pdf, \d+ pages \| 130 \(130\) \| [\d.]+ \/ [\d.]+ \| [\d.]+ \| 0.5 \/ [\d.]+, [\d.]+ \|/);
    expect(summary).toMatch(/\| wessex-vale-2017 \| html \| 12 \(12\) \| [\d.]+ \/ [\d.]+ \| [\d.]+ \| – \|/);
  }, 60_000);
});
