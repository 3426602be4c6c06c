// The rules of compare and diff: which findings are the same across years, which change is worse, and the orders.
import { describe, expect, it } from 'vitest';
import {
  changeOf,
  compareCells,
  diffFindings,
  findingType,
  isAdverse,
  isFavourable,
  matchingType,
  pillarCells,
  severity,
  type ThemedFinding,
  themeGroups,
  worstFirstOnce,
} from '../../server/graph/finding-changes.ts';
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

describe('judgement order and sides', () => {
  it('ranks causes of concern worst and findings without a judgement last', () => {
    expect([null, 'STRENGTH', 'CAUSE_OF_CONCERN', 'IMPROVED', 'AREA_FOR_IMPROVEMENT'].map((j) => severity(j as Judgement | null))).toEqual([4, 3, 0, 2, 1]);
  });

  it('counts causes of concern and areas for improvement adverse, strengths and improvements favourable, and no judgement neither', () => {
    const all: (Judgement | null)[] = ['CAUSE_OF_CONCERN', 'AREA_FOR_IMPROVEMENT', 'IMPROVED', 'STRENGTH', null];
    expect(all.map(isAdverse)).toEqual([true, true, false, false, false]);
    expect(all.map(isFavourable)).toEqual([false, false, true, true, false]);
  });

  it('matches the three judgement types as one, and keeps every other type apart', () => {
    expect(['HAS_STRENGTH', 'IMPROVED', 'NEEDS_IMPROVEMENT', 'SAFEGUARDS', 'WORKS_WITH'].map((t) => matchingType(t as RelationshipType))).toEqual([
      'JUDGED',
      'JUDGED',
      'JUDGED',
      'SAFEGUARDS',
      'WORKS_WITH',
    ]);
  });

  it('calls a change from or to no judgement persisting', () => {
    expect(changeOf(null, 'CAUSE_OF_CONCERN')).toBe('persisting');
    expect(changeOf('CAUSE_OF_CONCERN', null)).toBe('persisting');
    expect(changeOf('IMPROVED', 'STRENGTH')).toBe('persisting');
    expect(changeOf('CAUSE_OF_CONCERN', 'CAUSE_OF_CONCERN')).toBe('persisting');
    expect(changeOf('STRENGTH', 'CAUSE_OF_CONCERN')).toBe('worse');
    expect(changeOf('IMPROVED', 'AREA_FOR_IMPROVEMENT')).toBe('worse');
    expect(changeOf('AREA_FOR_IMPROVEMENT', 'IMPROVED')).toBe('resolved');
    expect(changeOf('CAUSE_OF_CONCERN', 'STRENGTH')).toBe('resolved');
  });

  it('takes the first type by name without reordering the finding', () => {
    const types: RelationshipType[] = ['WORKS_WITH', 'HAS_STRENGTH'];
    expect(findingType({ types })).toBe('HAS_STRENGTH');
    expect(types).toEqual(['WORKS_WITH', 'HAS_STRENGTH']);
  });
});

describe('themeGroups, further', () => {
  it('joins names case and spaces aside, transitively, each group under its smallest id', () => {
    const groups = themeGroups([
      { id: 'c-vetting', name: 'Vetting', aliases: ['  Staff checks '] },
      { id: 'a-checks', name: 'staff CHECKS', aliases: [] },
      { id: 'b-clearance', name: 'Clearance', aliases: ['vetting'] },
      { id: 'd-culture', name: 'Culture', aliases: [] },
      { id: 'e-culture', name: 'Workplace culture', aliases: [] },
    ]);
    expect(Object.fromEntries(groups)).toEqual({
      'c-vetting': 'a-checks',
      'a-checks': 'a-checks',
      'b-clearance': 'a-checks',
      'd-culture': 'd-culture',
      'e-culture': 'e-culture',
    });
  });

  it('joins groups met in either order under the smaller id', () => {
    const later = themeGroups([
      { id: 'a', name: 'One', aliases: [] },
      { id: 'z', name: 'Two', aliases: [] },
      { id: 'm', name: 'Three', aliases: ['two', 'one'] },
    ]);
    expect(Object.fromEntries(later)).toEqual({ a: 'a', z: 'a', m: 'a' });
    const earlier = themeGroups([
      { id: 'z', name: 'Two', aliases: [] },
      { id: 'a', name: 'One', aliases: [] },
      { id: 'm', name: 'Three', aliases: ['one', 'two'] },
    ]);
    expect(Object.fromEntries(earlier)).toEqual({ z: 'a', a: 'a', m: 'a' });
  });
});

describe('diffFindings, orders', () => {
  it('leaves out findings that draw no type', () => {
    const changes = diffFindings([finding('a', 't', 'STRENGTH', 1, [])], [finding('b', 't', 'STRENGTH', 1, [])], new Map());
    expect(changes).toEqual({ new: [], resolved: [], persisting: [], worse: [], disappeared: [] });
  });

  it('keeps findings of different types about one theme apart, and of one type about different themes', () => {
    const changes = diffFindings(
      [finding('a', 't', 'STRENGTH', 1, ['SAFEGUARDS'])],
      [finding('b', 't', 'STRENGTH', 1, ['WORKS_WITH']), finding('b', 'u', 'STRENGTH', 2, ['SAFEGUARDS'])],
      new Map(),
    );
    expect(changes.disappeared.map((c) => `${c.themeId} ${c.type}`)).toEqual(['t SAFEGUARDS']);
    expect(changes.new.map((c) => `${c.themeId} ${c.type}`)).toEqual(['t WORKS_WITH', 'u SAFEGUARDS']);
    expect(changes.persisting).toEqual([]);
  });

  it('orders new and disappeared findings of one judgement in report order, then by id', () => {
    const after = [finding('b', 'x', 'STRENGTH', 9), finding('b', 'y', 'STRENGTH', 2), { ...finding('b', 'z', 'STRENGTH', 2), id: 'b/a' }];
    const changes = diffFindings([], after, new Map());
    expect(changes.new.map((c) => c.themeId)).toEqual(['z', 'y', 'x']);
    const gone = diffFindings(after, [], new Map());
    expect(gone.disappeared.map((c) => c.themeId)).toEqual(['z', 'y', 'x']);
    expect(gone.disappeared[0]).toEqual({ themeId: 'z', type: 'HAS_STRENGTH', before: after[2], after: null });
  });

  it('orders resolved by the gravest problem then, worse and persisting by the gravest judgement now, each then in report order', () => {
    const before = [
      finding('a', 'r1', 'AREA_FOR_IMPROVEMENT', 1, ['NEEDS_IMPROVEMENT']),
      finding('a', 'r2', 'CAUSE_OF_CONCERN', 2, ['NEEDS_IMPROVEMENT']),
      finding('a', 'r3', 'CAUSE_OF_CONCERN', 3, ['NEEDS_IMPROVEMENT']),
      finding('a', 'w1', 'STRENGTH', 1),
      finding('a', 'w2', 'IMPROVED', 2, ['IMPROVED']),
      finding('a', 'w3', 'AREA_FOR_IMPROVEMENT', 3, ['NEEDS_IMPROVEMENT']),
      finding('a', 'p1', 'STRENGTH', 4),
      finding('a', 'p2', 'IMPROVED', 5, ['IMPROVED']),
      finding('a', 'p3', 'CAUSE_OF_CONCERN', 6, ['NEEDS_IMPROVEMENT']),
    ];
    const after = [
      finding('b', 'r1', 'IMPROVED', 1, ['IMPROVED']),
      finding('b', 'r2', 'STRENGTH', 2),
      finding('b', 'r3', 'IMPROVED', 3, ['IMPROVED']),
      finding('b', 'w1', 'AREA_FOR_IMPROVEMENT', 1, ['NEEDS_IMPROVEMENT']),
      finding('b', 'w2', 'CAUSE_OF_CONCERN', 2, ['NEEDS_IMPROVEMENT']),
      finding('b', 'w3', 'CAUSE_OF_CONCERN', 3, ['NEEDS_IMPROVEMENT']),
      finding('b', 'p1', 'STRENGTH', 4),
      finding('b', 'p2', 'STRENGTH', 5),
      finding('b', 'p3', 'AREA_FOR_IMPROVEMENT', 6, ['NEEDS_IMPROVEMENT']),
    ];
    const changes = diffFindings(before, after, new Map());
    expect(changes.resolved.map((c) => c.themeId)).toEqual(['r2', 'r3', 'r1']);
    expect(changes.worse.map((c) => c.themeId)).toEqual(['w2', 'w3', 'w1']);
    expect(changes.persisting.map((c) => c.themeId)).toEqual(['p3', 'p1', 'p2']);
  });
});

describe('pillarCells', () => {
  const pillarOf = new Map([
    ['vetting', 'LEGITIMACY'],
    ['culture', 'LEGITIMACY'],
    ['demand', 'EFFICIENCY'],
  ]);

  it('counts a finding once under a pillar however many of its themes are there, worst first, in force then pillar order', () => {
    const shared = finding('x', 'vetting', 'AREA_FOR_IMPROVEMENT', 2);
    const findings = [
      shared,
      { ...shared, themeId: 'culture' },
      finding('x', 'culture', 'STRENGTH', 1),
      finding('x', 'culture', null, 3),
      finding('x', 'demand', 'CAUSE_OF_CONCERN', 4),
      { ...finding('y', 'demand', 'IMPROVED', 1), forceId: 'g' },
      finding('x', 'unplaced', 'CAUSE_OF_CONCERN', 5),
    ];
    expect(pillarCells(findings, ['g', 'f', 'nobody'], ['EFFECTIVENESS', 'EFFICIENCY', 'LEGITIMACY'], pillarOf)).toEqual([
      { forceId: 'g', pillar: 'EFFICIENCY', judgements: ['IMPROVED'], findingCount: 1 },
      { forceId: 'f', pillar: 'EFFICIENCY', judgements: ['CAUSE_OF_CONCERN'], findingCount: 1 },
      { forceId: 'f', pillar: 'LEGITIMACY', judgements: ['AREA_FOR_IMPROVEMENT', 'STRENGTH'], findingCount: 3 },
    ]);
  });

  it('has no cells for findings under no listed pillar', () => {
    expect(pillarCells([finding('x', 'demand', 'STRENGTH', 1)], ['f'], ['LEGITIMACY'], pillarOf)).toEqual([]);
    expect(pillarCells([finding('x', 'elsewhere', 'STRENGTH', 1)], ['f'], ['LEGITIMACY'], pillarOf)).toEqual([]);
  });
});

describe('worstFirstOnce', () => {
  it('lists each finding once, worst first, then in report order', () => {
    const concern = finding('x', 'vetting', 'CAUSE_OF_CONCERN', 7);
    const early = finding('x', 'vetting', 'STRENGTH', 1);
    const late = finding('x', 'culture', 'STRENGTH', 3);
    const none = finding('x', 'vetting', null, 2);
    expect(worstFirstOnce([late, none, early, concern, { ...concern, themeId: 'culture' }]).map((f) => f.id)).toEqual([concern.id, early.id, late.id, none.id]);
  });
});

describe('compareCells, further', () => {
  it('keeps every finding when the limit allows, and a finding about two themes in both cells', () => {
    const shared = finding('x', 'vetting', 'AREA_FOR_IMPROVEMENT', 2);
    const cells = compareCells([shared, { ...shared, themeId: 'culture' }, finding('x', 'vetting', 'CAUSE_OF_CONCERN', 5)], ['f'], ['culture', 'vetting', 'absent'], 5);
    expect(cells.map((c) => [c.themeId, c.judgements, c.findings.map((f) => f.sentence), c.findingCount])).toEqual([
      ['culture', ['AREA_FOR_IMPROVEMENT'], [2], 1],
      ['vetting', ['CAUSE_OF_CONCERN', 'AREA_FOR_IMPROVEMENT'], [5, 2], 2],
    ]);
  });
});
