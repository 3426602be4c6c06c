// A theme's timeline in words: each year's worst judgement in year order, years with none left out.
import { describe, expect, it } from 'vitest';
import { timelineSummary, type TimelineEntry } from '../../client/src/theme-timeline.ts';

const entry = (year: number | null, judgements: ('AREA_FOR_IMPROVEMENT' | 'IMPROVED' | 'STRENGTH' | null)[]): TimelineEntry => ({
  assessment: { id: `a-${year}`, title: `A ${year}`, year, kind: 'PEEL', fictional: true, force: null, inspector: null },
  findings: judgements.map((judgement, i) => ({ quote: `q${i}`, sentence: `s${i}`, sentenceNumber: i + 1, judgement })),
});

describe('a timeline summary', () => {
  it("gives each year's worst judgement in order, skipping years that judge nothing", () => {
    expect(timelineSummary({ entries: [entry(2021, ['AREA_FOR_IMPROVEMENT', 'STRENGTH']), entry(2022, []), entry(2023, [null, 'IMPROVED']), entry(null, ['STRENGTH'])] })).toBe(
      '2021 Area for improvement → 2023 Improved → year unknown Strength',
    );
    expect(timelineSummary({ entries: [entry(2022, [null])] })).toBe('No judgement of this theme in any assessment');
  });
});
