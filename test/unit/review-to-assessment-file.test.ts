// The assessment file a reviewed draft publishes as: its accepted findings numbered per sentence, its entities, its refusals.
import { describe, expect, it } from 'vitest';
import type { DraftEntityRecord, DraftFindingRecord, DraftRecord } from '../../server/review/draft-records.ts';
import { type GraphEntity, toAssessmentFile } from '../../server/review/to-assessment-file.ts';
import { council, force, inspector, vetting } from '../fixtures/fenmarsh-draft.ts';


const sentences = ['The force vets its staff well.', 'It works with Fenmarsh Council on vetting.', 'It should vet contractors sooner.'];

function draft(overrides: Partial<DraftRecord> = {}): DraftRecord {
  return {
    id: 'draft-7',
    assessment: 'fenmarsh-2026',
    title: 'Fenmarsh Constabulary PEEL 2026',
    force,
    inspector,
    year: 2026,
    published: '2026-11-01',
    kind: 'peel',
    url: 'https://example.org/fenmarsh-2026',
    fictional: true,
    fromText: [],
    file: 'fenmarsh-2026.pdf',
    format: 'pdf',
    text: sentences.join(' '),
    sentences: sentences.map((text, i) => ({ number: i + 1, text, start: 0, end: text.length })),
    progress: { total: 3, reviewed: 3, accepted: 3, rejected: 0 },
    createdBy: 'editor@fenmarsh.example',
    createdAt: '2026-11-02T10:00:00.000Z',
    publishedAt: null,
    ...overrides,
  };
}

let counter = 0;
function finding(sentence: number, start: number, end: number, overrides: Partial<DraftFindingRecord> = {}): DraftFindingRecord {
  counter += 1;
  return {
    id: `draft-7/f${counter}`,
    draft: 'draft-7',
    sentence,
    start,
    end,
    quote: sentences[sentence - 1]!.slice(start, end),
    type: 'HAS_STRENGTH',
    judgement: 'STRENGTH',
    basis: 'STATED',
    status: 'ESTABLISHED',
    inferredFrom: [],
    participants: [
      { role: 'SUBJECT', entity: force },
      { role: 'THEME', entity: vetting },
    ],
    review: { status: 'ACCEPTED', by: 'reviewer@fenmarsh.example', at: '2026-11-03T09:00:00.000Z', reason: 'looks right' },
    cue: 'well',
    confidence: 0.8,
    version: 2,
    ...overrides,
  };
}

const graphVetting: GraphEntity = { id: 'vetting', kind: 'THEME', name: 'Vetting and counter-corruption', pillar: 'LEGITIMACY', aliases: ['Vetting'], summary: 'Checks on staff.' };

describe('toAssessmentFile', () => {
  it('writes the draft as an assessment file of version 1, its metadata, entities and accepted findings', () => {
    const strength = finding(1, 0, 30);
    const partnership = finding(2, 3, 42, {
      type: 'WORKS_WITH',
      judgement: null,
      basis: 'INFERRED',
      status: 'EXPLORING',
      inferredFrom: [1],
      participants: [
        { role: 'SUBJECT', entity: force },
        { role: 'PARTNER', entity: council },
        { role: 'THEME', entity: vetting },
      ],
      review: { status: 'ACCEPTED', by: null, at: null, reason: null },
    });
    const file = toAssessmentFile(draft(), [partnership, strength], new Map([['vetting', graphVetting]]));
    expect(file).toEqual({
      format: 'peel-graph/assessment',
      version: 1,
      assessment: {
        id: 'fenmarsh-2026',
        title: 'Fenmarsh Constabulary PEEL 2026',
        force: 'fenmarsh-constabulary',
        inspector: 'hm-inspector-ashdown',
        kind: 'peel',
        year: 2026,
        yearBasis: 'STATED',
        published: '2026-11-01',
        url: 'https://example.org/fenmarsh-2026',
        licence: null,
        fictional: true,
        file: 'fenmarsh-2026.pdf',
        text: sentences.join(' '),
        sentences,
      },
      entities: [
        { id: 'fenmarsh-constabulary', kind: 'FORCE', name: 'Fenmarsh Constabulary', pillar: null, aliases: [], summary: null },
        { id: 'fenmarsh-council', kind: 'PARTNER', name: 'Fenmarsh Council', pillar: null, aliases: [], summary: null },
        { id: 'hm-inspector-ashdown', kind: 'INSPECTOR', name: 'HM Inspector Ashdown', pillar: null, aliases: [], summary: null },
        graphVetting,
      ],
      findings: [
        {
          id: 'fenmarsh-2026/s1.1',
          sentence: 1,
          start: 0,
          end: 30,
          quote: 'The force vets its staff well.',
          judgement: 'STRENGTH',
          basis: 'STATED',
          status: 'ESTABLISHED',
          inferredFrom: [],
          participants: [
            { entity: 'fenmarsh-constabulary', role: 'SUBJECT' },
            { entity: 'vetting', role: 'THEME' },
          ],
          edges: [{ from: 'fenmarsh-constabulary', type: 'HAS_STRENGTH', to: 'vetting' }],
          review: { status: 'ACCEPTED', by: 'reviewer@fenmarsh.example', at: '2026-11-03T09:00:00.000Z', reason: null },
        },
        {
          id: 'fenmarsh-2026/s2.1',
          sentence: 2,
          start: 3,
          end: 42,
          quote: 'works with Fenmarsh Council on vetting.',
          judgement: null,
          basis: 'INFERRED',
          status: 'EXPLORING',
          inferredFrom: [1],
          participants: [
            { entity: 'fenmarsh-constabulary', role: 'SUBJECT' },
            { entity: 'fenmarsh-council', role: 'PARTNER' },
            { entity: 'vetting', role: 'THEME' },
          ],
          edges: [
            { from: 'fenmarsh-constabulary', type: 'WORKS_WITH', to: 'fenmarsh-council' },
            { from: 'fenmarsh-constabulary', type: 'SUPPORTS', to: 'vetting' },
            { from: 'fenmarsh-council', type: 'SUPPORTS', to: 'vetting' },
          ],
          review: { status: 'ACCEPTED', by: null, at: null, reason: null },
        },
      ],
    });
  });

  it('numbers findings per sentence in order of start, then end, then draft id', () => {
    const late = finding(3, 10, 32);
    const wide = finding(3, 3, 32);
    const narrow = finding(3, 3, 16);
    const first = finding(1, 0, 9);
    const twinA = finding(2, 0, 8, { id: 'draft-7/a' });
    const twinB = finding(2, 0, 8, { id: 'draft-7/b', judgement: 'IMPROVED', type: 'IMPROVED' });
    const file = toAssessmentFile(draft(), [late, twinB, wide, first, narrow, twinA], new Map());
    expect(file.findings.map((f) => [f.id, f.start, f.end, f.judgement])).toEqual([
      ['fenmarsh-2026/s1.1', 0, 9, 'STRENGTH'],
      ['fenmarsh-2026/s2.1', 0, 8, 'STRENGTH'],
      ['fenmarsh-2026/s2.2', 0, 8, 'IMPROVED'],
      ['fenmarsh-2026/s3.1', 3, 16, 'STRENGTH'],
      ['fenmarsh-2026/s3.2', 3, 32, 'STRENGTH'],
      ['fenmarsh-2026/s3.3', 10, 32, 'STRENGTH'],
    ]);
  });

  it('lists each entity once, as the first mention names it, and without an inspector when the draft has none', () => {
    const renamed: DraftEntityRecord = { ...force, name: 'Fenmarsh Police' };
    const file = toAssessmentFile(
      draft({ inspector: null, year: null }),
      [finding(1, 0, 9, { participants: [{ role: 'SUBJECT', entity: renamed }, { role: 'OBJECT', entity: council }] })],
      new Map(),
    );
    expect(file.assessment.inspector).toBeNull();
    expect(file.assessment.year).toBeNull();
    expect(file.assessment.yearBasis).toBeNull();
    expect(file.entities.map((e) => [e.id, e.name])).toEqual([
      ['fenmarsh-constabulary', 'Fenmarsh Constabulary'],
      ['fenmarsh-council', 'Fenmarsh Council'],
    ]);
  });

  it('takes the force and inspector as the graph holds them when it does', () => {
    const graphForce: GraphEntity = { id: 'fenmarsh-constabulary', kind: 'FORCE', name: 'Fenmarsh Constabulary', pillar: null, aliases: ['Fenmarsh Police'], summary: 'A fictional force.' };
    const file = toAssessmentFile(draft(), [finding(1, 0, 9)], new Map([['fenmarsh-constabulary', graphForce]]));
    expect(file.entities[0]).toBe(graphForce);
  });

  it('refuses a draft without a force, without a kind, or with nothing accepted', () => {
    const accepted = [finding(1, 0, 9)];
    expect(() => toAssessmentFile(draft({ force: null }), accepted, new Map())).toThrow(
      'Argument id names a draft with no force: the document names none, so start the draft again giving force.',
    );
    expect(() => toAssessmentFile(draft({ kind: null }), accepted, new Map())).toThrow(
      'Argument id names a draft whose kind of assessment is not known: start the draft again giving kind.',
    );
    expect(() => toAssessmentFile(draft({ kind: '' }), accepted, new Map())).toThrow('kind of assessment is not known');
    expect(() => toAssessmentFile(draft(), [], new Map())).toThrow('Argument id names a draft with no accepted finding: there is nothing to publish.');
    try {
      toAssessmentFile(draft(), [], new Map());
    } catch (error) {
      expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'id' } });
    }
  });
});
