// The rules of compare and diff: which findings are the same across years, which change is worse, and the orders.
import { describe, expect, it } from 'vitest';
import { changeOf, compareCells, diffFindings, findingType, type ThemedFinding, themeGroups } from '../../server/graph/finding-changes.ts';
import type { Judgement, RelationshipType } from '../../server/graph/records.ts';

let counter = 0;
function finding(assessmentId: string, themeId: string, judgement: Judgement | null, sentence: number, types: RelationshipType[] = ['HAS_STRENGTH']): ThemedFinding {
  counter += 1;
  return { id: `${assessmentId}/s${sentence}.${counter}`, assessmentId, forceId: 'f', sentence, sentenceText: `Sentence ${sentence}.`, quote: `q${counter}`, judgement, themeId, types };
}

describe('changeOf', () => {
  it.each<[Judgement, Judgement, string]>([
    ['AREA_FOR_IMPROVEMENT', 'STRENGTH', 'resolved'],
    ['CAUSE_OF_CONCERN', 'IMPROVED', 'resolved'],
    ['STRENGTH', 'AREA_FOR_IMPROVEMENT', 'worse'],
    ['IMPROVED', 'CAUSE_OF_CONCERN', 'worse'],
    ['AREA_FOR_IMPROVEMENT', 'CAUSE_OF_CONCERN', 'worse'],
    ['CAUSE_OF_CONCERN', 'AREA_FOR_IMPROVEMENT', 'persisting'],
    ['STRENGTH', 'IMPROVED', 'persisting'],
    ['STRENGTH', 'STRENGTH', 'persisting'],
    ['AREA_FOR_IMPROVEMENT', 'AREA_FOR_IMPROVEMENT', 'persisting'],
  ])('%s then, %s now: %s', (before, after, kind) => {
    expect(changeOf(before, after)).toBe(kind);
  });
});

describe('findingType', () => {
  it('is the first type by name, or null for a finding that draws nothing', () => {
    expect(findingType({ types: ['WORKS_WITH', 'SAFEGUARDS'] })).toBe('SAFEGUARDS');
    expect(findingType({ types: [] })).toBeNull();
  });
});

describe('themeGroups', () => {
  it("joins themes whose name is among another's aliases, and leaves the rest apart", () => {
    const groups = themeGroups([
      { id: 'managing-abuse-of-authority', name: 'Managing the risk of abuse of authority for sexual gain', aliases: ['managing the risk of abuse of position for a sexual purpose'] },
      { id: 'abuse-of-position', name: 'Managing the risk of abuse of position for a sexual purpose', aliases: [] },
      { id: 'vetting', name: 'Vetting', aliases: [] },
    ]);
    expect(groups.get('abuse-of-position')).toBe(groups.get('managing-abuse-of-authority'));
    expect(groups.get('vetting')).toBe('vetting');
  });
});

describe('diffFindings', () => {
  it('matches by theme and type, judgement types as one, and sorts each list worst first', () => {
    const before = [
      finding('a', 'vetting', 'AREA_FOR_IMPROVEMENT', 3, ['NEEDS_IMPROVEMENT']),
      finding('a', 'culture', 'CAUSE_OF_CONCERN', 5, ['NEEDS_IMPROVEMENT']),
      finding('a', 'victims', 'STRENGTH', 2, ['SAFEGUARDS']),
      finding('a', 'budget', 'STRENGTH', 1),
    ];
    const after = [
      finding('b', 'vetting', 'IMPROVED', 4, ['IMPROVED']),
      finding('b', 'culture', 'STRENGTH', 9),
      finding('b', 'victims', 'AREA_FOR_IMPROVEMENT', 2, ['NEEDS_IMPROVEMENT']),
      finding('b', 'calls', 'STRENGTH', 7),
      finding('b', 'calls-2', 'CAUSE_OF_CONCERN', 8, ['NEEDS_IMPROVEMENT']),
    ];
    const changes = diffFindings(before, after, new Map());
    const show = (kind: keyof typeof changes) => changes[kind].map((c) => `${c.themeId} ${c.type}`);
    // The cause of concern put right comes before the area for improvement.
    expect(show('resolved')).toEqual(['culture HAS_STRENGTH', 'vetting IMPROVED']);
    expect(show('new')).toEqual(['calls-2 NEEDS_IMPROVEMENT', 'victims NEEDS_IMPROVEMENT', 'calls HAS_STRENGTH']);
    expect(show('disappeared')).toEqual(['budget HAS_STRENGTH', 'victims SAFEGUARDS']);
    expect(changes.worse).toEqual([]);
    expect(changes.new[0]!.before).toBeNull();
    expect(changes.disappeared[0]!.after).toBeNull();
  });

  it('pairs several findings with one key worst first, the rest new or disappeared', () => {
    const before = [finding('a', 't', 'STRENGTH', 1), finding('a', 't', 'AREA_FOR_IMPROVEMENT', 2, ['NEEDS_IMPROVEMENT'])];
    const after = [finding('b', 't', 'CAUSE_OF_CONCERN', 1, ['NEEDS_IMPROVEMENT']), finding('b', 't', 'STRENGTH', 2), finding('b', 't', 'STRENGTH', 3)];
    const changes = diffFindings(before, after, new Map());
    expect(changes.worse.map((c) => [c.before!.judgement, c.after!.judgement])).toEqual([['AREA_FOR_IMPROVEMENT', 'CAUSE_OF_CONCERN']]);
    expect(changes.persisting.map((c) => [c.before!.sentence, c.after!.sentence])).toEqual([[1, 2]]);
    expect(changes.new.map((c) => c.after!.sentence)).toEqual([3]);
  });

  it('treats two themes of one group as one', () => {
    const changes = diffFindings([finding('a', 'old-name', 'AREA_FOR_IMPROVEMENT', 1, ['NEEDS_IMPROVEMENT'])], [finding('b', 'new-name', 'STRENGTH', 1)], new Map([['old-name', 'g'], ['new-name', 'g']]));
    expect(changes.resolved.map((c) => c.themeId)).toEqual(['new-name']);
    expect(changes.new).toEqual([]);
  });
});

describe('compareCells', () => {
  it('lists non-empty cells in force then theme order, judgements worst first, findings cut at the limit', () => {
    const findings = [
      { ...finding('x', 'vetting', 'STRENGTH', 1), forceId: 'f1' },
      { ...finding('x', 'vetting', 'AREA_FOR_IMPROVEMENT', 2), forceId: 'f1' },
      { ...finding('x', 'vetting', null, 3), forceId: 'f1' },
      { ...finding('y', 'culture', 'IMPROVED', 1), forceId: 'f2' },
    ];
    const cells = compareCells(findings, ['f2', 'f1'], ['vetting', 'culture'], 2);
    expect(cells.map((c) => [c.forceId, c.themeId, c.judgements, c.findings.map((f) => f.sentence), c.findingCount])).toEqual([
      ['f2', 'culture', ['IMPROVED'], [1], 1],
      ['f1', 'vetting', ['AREA_FOR_IMPROVEMENT', 'STRENGTH'], [2, 1], 3],
    ]);
  });
});
