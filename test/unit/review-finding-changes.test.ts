// A reviewer's changes to a draft finding: spans that stay the sentence's own words, participants that resolve.
import { describe, expect, it } from 'vitest';
import type { DraftFindingRecord } from '../../server/review/draft-records.ts';
import { resolveParticipants, respan } from '../../server/review/finding-changes.ts';

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
