// Choosing assessments: which two a diff compares, the picker's narrowing by inspector and by text, and the diff's words.
import { describe, expect, it } from 'vitest';
import { diffCounts, judgementStep } from '../../client/src/diff-lists.ts';
import type { AssessmentSummary } from '../../client/src/model.ts';
import { diffPair, narrowed } from '../../client/src/ui/assessment-picker.ts';

const assessment = (id: string, force: string | null, year: number | null, inspector = 'hmi-a'): AssessmentSummary => ({
  id,
  title: `${force ?? 'Unknown'} ${year ?? ''}`.trim(),
  year,
  kind: 'PEEL',
  fictional: true,
  force: force ? { id: force, name: force } : null,
  inspector: { id: inspector, name: inspector },
});

const earlier = assessment('h-2021', 'harrowdale', 2021);
const later = assessment('h-2023', 'harrowdale', 2023, 'hmi-b');
const other = assessment('b-2022', 'brackenfield', 2022);

describe('what changed', () => {
  it('compares two assessments of one force, the earlier first, whichever was chosen first', () => {
    expect(diffPair([later, earlier])).toEqual({ from: 'h-2021', to: 'h-2023' });
    expect(diffPair([earlier, later])).toEqual({ from: 'h-2021', to: 'h-2023' });
  });

  it('needs exactly two, of the same known force', () => {
    expect(diffPair([earlier])).toBeNull();
    expect(diffPair([earlier, later, other])).toBeNull();
    expect(diffPair([earlier, other])).toBeNull();
    expect(diffPair([assessment('x', null, 2020), assessment('y', null, 2021)])).toBeNull();
  });

  it('orders assessments of the same year by id', () => {
    expect(diffPair([assessment('h-b', 'harrowdale', 2021), assessment('h-a', 'harrowdale', 2021)])).toEqual({ from: 'h-a', to: 'h-b' });
  });

  it('says how a judgement moved, or the one side there is', () => {
    const side = (judgement: 'STRENGTH' | 'AREA_FOR_IMPROVEMENT') => ({ quote: 'q', sentence: 's', sentenceNumber: 1, judgement });
    expect(judgementStep({ before: side('AREA_FOR_IMPROVEMENT'), after: side('STRENGTH') })).toBe('Area for improvement → Strength');
    expect(judgementStep({ before: side('STRENGTH'), after: side('STRENGTH') })).toBe('Strength both times');
    expect(judgementStep({ before: null, after: side('STRENGTH') })).toBe('Strength');
    expect(judgementStep({ before: side('AREA_FOR_IMPROVEMENT'), after: null })).toBe('Area for improvement');
    // Neither side: nothing to say, rather than a stray word.
    expect(judgementStep({ before: null, after: null })).toBe('');
    expect(diffCounts({ new: [], resolved: [], persisting: [], worse: [], disappeared: [] })).toEqual({ new: 0, resolved: 0, persisting: 0, worse: 0, disappeared: 0 });
  });
});

describe('the picker', () => {
  it('narrows to an inspector', () => {
    expect(narrowed([earlier, later, other], 'hmi-b', null)).toEqual([later]);
    expect(narrowed([earlier, later, other], null, null)).toEqual([earlier, later, other]);
  });

  it('keeps what the text search found: an assessment quoting it, a force named by it, or a title holding it', () => {
    const found = { text: 'BRACKEN', assessments: new Set(['h-2021']), forces: new Set<string>() };
    expect(narrowed([earlier, later, other], null, found)).toEqual([earlier, other]);
    expect(narrowed([earlier, later, other], null, { text: 'zzz', assessments: new Set(), forces: new Set(['harrowdale']) })).toEqual([earlier, later]);
  });
});
