// A reviewer's changes to a draft finding: spans that stay the sentence's own words, participants that resolve.
import { describe, expect, it } from 'vitest';
import type { DraftFindingRecord } from '../../server/review/draft-records.ts';
import { inferredFromFor, resolveParticipants, respan } from '../../server/review/finding-changes.ts';

const sentence = 'The force needs to improve its vetting procedures.';

describe('respan', () => {
  it('quotes the sentence from start to end, trimming the spaces a selection picks up', () => {
    expect(respan('input', sentence, 26, 49)).toEqual({ start: 27, end: 49, quote: 'its vetting procedures' });
    expect(respan('input', 'one two  three', 4, 9)).toEqual({ start: 4, end: 7, quote: 'two' });
    expect(respan('input', sentence, 0, sentence.length)).toEqual({ start: 0, end: sentence.length, quote: sentence });
  });

  it.each([
    [-1, 5],
    [5, 5],
    [6, 5],
    [0, sentence.length + 1],
    [1.5, 4],
  ])('refuses %s..%s, naming the argument', (start, end) => {
    expect(() => respan('input', sentence, start, end)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'input.start' }) }));
  });

  it('refuses a span of spaces only', () => {
    expect(() => respan('input', 'a   b', 1, 4)).toThrow(/only spaces/);
  });
});

describe('resolveParticipants', () => {
  const graph = new Map([
    ['vetting', { id: 'vetting', name: 'Vetting', kind: 'THEME' as const }],
    ['wessex-vale-police', { id: 'wessex-vale-police', name: 'Wessex Vale Police', kind: 'FORCE' as const }],
  ]);
  const proposed = [{ participants: [{ role: 'OBJECT', entity: { id: 'wessex-vale-youth-panel', name: 'Youth panel', kind: 'COMMUNITY', existing: false } }] }] as unknown as DraftFindingRecord[];

  it('finds ids in the graph, then among what the draft proposes', () => {
    expect(resolveParticipants('p', [{ role: 'SUBJECT', entity: 'wessex-vale-police' }, { role: 'OBJECT', entity: 'wessex-vale-youth-panel' }], graph, proposed)).toEqual([
      { role: 'SUBJECT', entity: { id: 'wessex-vale-police', name: 'Wessex Vale Police', kind: 'FORCE', existing: true } },
      { role: 'OBJECT', entity: { id: 'wessex-vale-youth-panel', name: 'Youth panel', kind: 'COMMUNITY', existing: false } },
    ]);
  });

  it('makes a new entity from a name and kind, or finds the one with that name id', () => {
    expect(resolveParticipants('p', [{ role: 'SUBJECT', entity: 'wessex-vale-police' }, { role: 'THEME', name: ' Vetting ', kind: 'THEME' }, { role: 'PARTNER', name: "St Olaf's Trust", kind: 'PARTNER' }], graph, [])).toEqual([
      { role: 'SUBJECT', entity: { id: 'wessex-vale-police', name: 'Wessex Vale Police', kind: 'FORCE', existing: true } },
      { role: 'THEME', entity: { id: 'vetting', name: 'Vetting', kind: 'THEME', existing: true } },
      { role: 'PARTNER', entity: { id: 'st-olafs-trust', name: "St Olaf's Trust", kind: 'PARTNER', existing: false } },
    ]);
  });

  it.each([
    [[{ role: 'OBJECT', entity: 'vetting' }], 'p'],
    [[{ role: 'SUBJECT', entity: 'wessex-vale-police' }, { role: 'SUBJECT', entity: 'vetting' }], 'p'],
    [[{ role: 'SUBJECT', entity: 'nobody' }], 'p[0].entity'],
    [[{ role: 'SUBJECT', name: 'X' }], 'p[0]'],
    [[{ role: 'SUBJECT', name: '!!!', kind: 'FORCE' }], 'p[0].name'],
    [[{ role: 'SUBJECT', name: 'x'.repeat(201), kind: 'FORCE' }], 'p[0].name'],
    [[{ role: 'SUBJECT', entity: 'wessex-vale-police' }, { role: 'OBJECT', name: 'Vetting', kind: 'RISK' }], 'p[1].kind'],
    [[{ role: 'SUBJECT', entity: 'wessex-vale-police' }, { role: 'OBJECT', entity: 'vetting' }, { role: 'OBJECT', entity: 'vetting' }], 'p[2]'],
  ])('refuses %j, naming %s', (inputs, argument) => {
    expect(() => resolveParticipants('p', inputs as never, graph, proposed)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument }) }));
  });
});

describe('respan messages', () => {
  it('says what offsets it needs and what it got', () => {
    expect(() => respan('changes', 'Short.', 2, 9)).toThrow('Argument changes.start and end must be offsets in the sentence with 0 <= start < end <= 6 (got 2 and 9).');
    expect(() => respan('changes', 'Short.', 0, 1.5)).toThrow('(got 0 and 1.5)');
    expect(() => respan('changes', 'a   b', 1, 4)).toThrow('Argument changes.start and end select only spaces.');
    expect(() => respan('changes', 'Short.', 3, 3)).toThrow('Argument changes.start and end must be offsets in the sentence with 0 <= start < end <= 6 (got 3 and 3).');
  });

  it('stops trimming at the end of the span, even when spaces follow it', () => {
    expect(() => respan('changes', 'a    b', 1, 3)).toThrow('Argument changes.start and end select only spaces.');
    expect(() => respan('changes', 'a    b', 3, 5)).toThrow('Argument changes.start and end select only spaces.');
  });

  it('takes a span that reaches exactly to either end of the sentence', () => {
    expect(respan('changes', 'Short.', 0, 6)).toEqual({ start: 0, end: 6, quote: 'Short.' });
    expect(respan('changes', 'Short.', 5, 6)).toEqual({ start: 5, end: 6, quote: '.' });
    expect(respan('changes', ' x ', 0, 3)).toEqual({ start: 1, end: 2, quote: 'x' });
  });

  it('trims tabs and line breaks too, but keeps spaces inside the span', () => {
    expect(respan('changes', 'a\tb c\nd', 1, 7)).toEqual({ start: 2, end: 7, quote: 'b c\nd' });
  });
});

describe('resolveParticipants messages', () => {
  const graph = new Map([
    ['fenmarsh-constabulary', { id: 'fenmarsh-constabulary', name: 'Fenmarsh Constabulary', kind: 'FORCE' as const }],
    ['vetting', { id: 'vetting', name: 'Vetting', kind: 'THEME' as const }],
  ]);
  const proposed = [
    { participants: [{ role: 'PARTNER', entity: { id: 'fenmarsh-council', name: 'Fenmarsh Council', kind: 'PARTNER', existing: false } }] },
  ] as unknown as DraftFindingRecord[];
  const refusal = (inputs: unknown[]) => {
    try {
      resolveParticipants('changes.participants', inputs as never, graph, proposed);
    } catch (error) {
      return (error as Error).message;
    }
    return 'accepted';
  };

  it('says how many subjects it found when there is not exactly one', () => {
    expect(refusal([])).toBe('Argument changes.participants must name exactly one SUBJECT (it names 0).');
    expect(refusal([{ role: 'SUBJECT', entity: 'vetting' }, { role: 'SUBJECT', entity: 'fenmarsh-constabulary' }])).toBe(
      'Argument changes.participants must name exactly one SUBJECT (it names 2).',
    );
  });

  it('names the participant at fault and what is wrong with it', () => {
    const subject = { role: 'SUBJECT', entity: 'fenmarsh-constabulary' };
    expect(refusal([subject, { role: 'OBJECT', entity: 'greywater-police' }])).toBe(
      'Argument changes.participants[1].entity names greywater-police, which is neither in the graph nor proposed by this draft; give name and kind for a new entity.',
    );
    expect(refusal([subject, { role: 'OBJECT', name: '   ', kind: 'RISK' }])).toBe('Argument changes.participants[1] needs an entity id, or a name and a kind for a new entity.');
    expect(refusal([subject, { role: 'OBJECT', name: 'Knife crime', kind: null }])).toBe('Argument changes.participants[1] needs an entity id, or a name and a kind for a new entity.');
    expect(refusal([subject, { role: 'OBJECT', entity: '', name: null, kind: 'RISK' }])).toBe('Argument changes.participants[1] needs an entity id, or a name and a kind for a new entity.');
    expect(refusal([subject, { role: 'OBJECT', name: 'x'.repeat(201), kind: 'RISK' }])).toBe('Argument changes.participants[1].name is longer than 200 characters.');
    expect(refusal([subject, { role: 'OBJECT', name: '—', kind: 'RISK' }])).toBe('Argument changes.participants[1].name has no letters or digits to make an id of.');
    expect(refusal([subject, { role: 'OBJECT', name: 'Fenmarsh Council', kind: 'COMMUNITY' }])).toBe(
      'Argument changes.participants[1].kind is COMMUNITY, but fenmarsh-council is already a PARTNER.',
    );
    expect(refusal([subject, { role: 'THEME', entity: 'vetting' }, { role: 'THEME', name: 'Vetting', kind: 'THEME' }])).toBe(
      'Argument changes.participants[2] repeats vetting as THEME.',
    );
  });

  it('takes a name of exactly 200 characters, and one entity in two roles', () => {
    const long = 'a'.repeat(200);
    expect(resolveParticipants('p', [{ role: 'SUBJECT', name: long, kind: 'FORCE' }, { role: 'OBJECT', name: long, kind: 'FORCE' }], graph, [])).toEqual([
      { role: 'SUBJECT', entity: { id: long, name: long, kind: 'FORCE', existing: false } },
      { role: 'OBJECT', entity: { id: long, name: long, kind: 'FORCE', existing: false } },
    ]);
  });

  it('takes the graph entity before a proposed one of the same id, and a proposed one by name', () => {
    const clash = [{ participants: [{ role: 'OBJECT', entity: { id: 'vetting', name: 'Vetting (proposed)', kind: 'THEME', existing: false } }] }] as unknown as DraftFindingRecord[];
    expect(resolveParticipants('p', [{ role: 'SUBJECT', entity: 'vetting' }], graph, clash)).toEqual([
      { role: 'SUBJECT', entity: { id: 'vetting', name: 'Vetting', kind: 'THEME', existing: true } },
    ]);
    expect(resolveParticipants('p', [{ role: 'SUBJECT', entity: 'fenmarsh-constabulary' }, { role: 'PARTNER', name: 'fenmarsh council', kind: 'PARTNER' }], graph, proposed)[1]).toEqual({
      role: 'PARTNER',
      entity: { id: 'fenmarsh-council', name: 'Fenmarsh Council', kind: 'PARTNER', existing: false },
    });
  });
});

describe('inferredFromFor', () => {
  it('clears the sentences of a stated finding, and refuses any given for one', () => {
    expect(inferredFromFor('changes.inferredFrom', 'STATED', 2, 5, [])).toEqual([]);
    expect(() => inferredFromFor('changes.inferredFrom', 'STATED', 2, 5, [1])).toThrow('Argument changes.inferredFrom must be empty for a STATED finding.');
  });

  it('lists the other sentences an inferred finding draws on, each once and in order', () => {
    expect(inferredFromFor('changes.inferredFrom', 'INFERRED', 2, 5, [5, 1, 3, 1])).toEqual([1, 3, 5]);
    expect(inferredFromFor('changes.inferredFrom', 'INFERRED', 2, 5, [])).toEqual([]);
    expect(inferredFromFor('changes.inferredFrom', 'INFERRED', 3, 12, [10, 9])).toEqual([9, 10]);
  });

  it.each([0, 6, 2, 1.5, -1])('refuses sentence %s for a finding of sentence 2 in a draft of 5', (n) => {
    expect(() => inferredFromFor('changes.inferredFrom', 'INFERRED', 2, 5, [1, n])).toThrow(
      `Argument changes.inferredFrom must list other sentences of the draft, from 1 to 5 (not 2, its own); ${n} is not one.`,
    );
  });
});
