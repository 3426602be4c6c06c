// How a whole-database export reads drafts, entities and audit targets as Neo4j returns them.
import { describe, expect, it } from 'vitest';
import { assessmentOfTarget, toDraftEntry, toEntityEntry } from '../../server/assessments/archive-entries.ts';
import type { StoredDraft, StoredFinding } from '../../server/review/stored-draft.ts';
import { council, draftSentences, draftText, force } from '../fixtures/fenmarsh-draft.ts';


// As allDraftsQuery returns it: map projections leave out null properties, and datetimes come as Neo4j spells them.
const stored: StoredDraft = {
  id: 'draft-7',
  assessment: 'fenmarsh-2026',
  title: 'Fenmarsh Constabulary PEEL 2026',
  force: JSON.stringify(force),
  inspector: null,
  year: 2026,
  published: '2026-11-01',
  kind: 'peel',
  url: 'https://example.org/fenmarsh-2026',
  fictional: true,
  fromText: ['year', 'published'],
  file: 'fenmarsh-2026.pdf',
  format: 'pdf',
  text: draftText,
  sentenceStarts: [0, 21],
  sentenceEnds: [20, 48],
  createdBy: 'editor@fenmarsh.example',
  createdAt: '2026-11-02T10:00:00Z',
  publishedAt: '2026-11-04T08:15:30.5Z',
};

const storedFinding: StoredFinding = {
  id: 'draft-7/f2',
  draft: 'draft-7',
  number: 2,
  sentence: 2,
  start: 3,
  end: 27,
  quote: 'works with the council.',
  type: 'WORKS_WITH',
  judgement: 'STRENGTH',
  basis: 'INFERRED',
  status: 'EXPLORING',
  inferredFrom: [1],
  participants: JSON.stringify([
    { role: 'SUBJECT', entity: force },
    { role: 'PARTNER', entity: council },
  ]),
  review: 'ACCEPTED',
  reviewedBy: 'reviewer@fenmarsh.example',
  reviewedAt: '2026-11-03T09:00:00.25Z',
  cue: 'works with',
  confidence: 0.75,
  version: 3,
};

describe('toDraftEntry', () => {
  it('lists a draft and its findings as the export file holds them', () => {
    expect(toDraftEntry(stored, [storedFinding])).toEqual({
      id: 'draft-7',
      assessment: 'fenmarsh-2026',
      title: 'Fenmarsh Constabulary PEEL 2026',
      force,
      inspector: null,
      year: 2026,
      published: '2026-11-01',
      kind: 'peel',
      url: 'https://example.org/fenmarsh-2026',
      fictional: true,
      fromText: ['year', 'published'],
      file: 'fenmarsh-2026.pdf',
      format: 'pdf',
      text: draftText,
      sentences: draftSentences,
      createdBy: 'editor@fenmarsh.example',
      createdAt: '2026-11-02T10:00:00.000Z',
      publishedAt: '2026-11-04T08:15:30.500Z',
      findings: [
        {
          id: 'draft-7/f2',
          number: 2,
          sentence: 2,
          start: 3,
          end: 27,
          quote: 'works with the council.',
          type: 'WORKS_WITH',
          judgement: 'STRENGTH',
          basis: 'INFERRED',
          status: 'EXPLORING',
          inferredFrom: [1],
          participants: [
            { role: 'SUBJECT', entity: force },
            { role: 'PARTNER', entity: council },
          ],
          review: { status: 'ACCEPTED', by: 'reviewer@fenmarsh.example', at: '2026-11-03T09:00:00.250Z' },
          cue: 'works with',
          confidence: 0.75,
          version: 3,
        },
      ],
    });
  });

  it('fills in what Neo4j leaves out of a draft: nulls, an empty list, not fictional', () => {
    const sparse = {
      id: 'draft-8',
      assessment: 'greywater-2025',
      title: 'Greywater Police',
      format: 'text',
      text: 'One.',
      sentenceStarts: [0],
      sentenceEnds: [4],
      createdBy: 'local:editor',
      createdAt: '2025-03-01T00:00:00Z',
      publishedAt: null,
    } as unknown as StoredDraft;
    expect(toDraftEntry(sparse, [])).toEqual({
      id: 'draft-8',
      assessment: 'greywater-2025',
      title: 'Greywater Police',
      force: null,
      inspector: null,
      year: null,
      published: null,
      kind: null,
      url: null,
      fictional: false,
      fromText: [],
      file: null,
      format: 'text',
      text: 'One.',
      sentences: [{ start: 0, end: 4 }],
      createdBy: 'local:editor',
      createdAt: '2025-03-01T00:00:00.000Z',
      publishedAt: null,
      findings: [],
    });
    const withoutPublished: StoredDraft = { ...sparse, year: null, fictional: 'true' as unknown as boolean };
    delete withoutPublished.publishedAt;
    expect(toDraftEntry(withoutPublished, [])).toMatchObject({ publishedAt: null, year: null, fictional: false });
  });

  it('reads counts that arrive as text as numbers, and fills in what a finding lacks', () => {
    const sparse = {
      id: 'draft-7/f1',
      draft: 'draft-7',
      number: '1',
      sentence: '1',
      start: '0',
      end: '4',
      quote: 'One.',
      type: 'SAFEGUARDS',
      basis: 'STATED',
      status: 'ESTABLISHED',
      participants: null,
      review: 'DRAFT',
      version: '1',
    } as unknown as StoredFinding;
    expect(toDraftEntry({ ...stored, sentenceStarts: ['0'] as unknown as number[], sentenceEnds: ['4'] as unknown as number[] }, [sparse])).toMatchObject({
      sentences: [{ start: 0, end: 4 }],
      findings: [
        {
          id: 'draft-7/f1',
          number: 1,
          sentence: 1,
          start: 0,
          end: 4,
          quote: 'One.',
          type: 'SAFEGUARDS',
          judgement: null,
          basis: 'STATED',
          status: 'ESTABLISHED',
          inferredFrom: [],
          participants: [],
          review: { status: 'DRAFT', by: null, at: null },
          cue: null,
          confidence: null,
          version: 1,
        },
      ],
    });
    const inferred = { ...sparse, inferredFrom: ['2', 3] as unknown as number[] };
    expect(toDraftEntry(stored, [inferred]).findings[0]!.inferredFrom).toEqual([2, 3]);
  });
});

describe('assessmentOfTarget', () => {
  const drafts = new Map([
    ['draft-7', 'fenmarsh-2026'],
    ['draft-9', 'greywater-2025'],
  ]);

  it('finds the assessment of an entry about it, one of its findings, one of its drafts or one of their findings', () => {
    expect(assessmentOfTarget('assessment:fenmarsh-2026', drafts)).toBe('fenmarsh-2026');
    expect(assessmentOfTarget('finding:fenmarsh-2026/s4.1', drafts)).toBe('fenmarsh-2026');
    expect(assessmentOfTarget('draft:draft-9', drafts)).toBe('greywater-2025');
    expect(assessmentOfTarget('draft-finding:draft-7/f3', drafts)).toBe('fenmarsh-2026');
  });

  it('keeps the whole id after assessment:, slashes and all', () => {
    expect(assessmentOfTarget('assessment:fenmarsh/2026', drafts)).toBe('fenmarsh/2026');
  });

  it('finds none for tokens, entities, drafts no longer kept, or a target without a kind', () => {
    expect(assessmentOfTarget('token:fenmarsh-editor', drafts)).toBeNull();
    expect(assessmentOfTarget('entity:vetting', drafts)).toBeNull();
    expect(assessmentOfTarget('draft:draft-discarded', drafts)).toBeNull();
    expect(assessmentOfTarget('draft-finding:draft-discarded/f1', drafts)).toBeNull();
    expect(assessmentOfTarget('fenmarsh-2026', drafts)).toBeNull();
    expect(assessmentOfTarget('draft-7', drafts)).toBeNull();
  });
});

describe('toEntityEntry', () => {
  it('lists an entity of the graph with the kind of its label', () => {
    expect(
      toEntityEntry({ id: 'vetting', name: 'Vetting', pillar: 'LEGITIMACY', aliases: ['Vetting and counter-corruption'], summary: 'Checks on staff.', labels: ['Entity', 'Theme'] }),
    ).toEqual({ id: 'vetting', kind: 'THEME', name: 'Vetting', pillar: 'LEGITIMACY', aliases: ['Vetting and counter-corruption'], summary: 'Checks on staff.' });
  });

  it('lists what the graph does not hold as null or empty', () => {
    expect(toEntityEntry({ id: 'fenmarsh-council', name: 'Fenmarsh Council', labels: ['Partner', 'Entity'] })).toEqual({
      id: 'fenmarsh-council',
      kind: 'PARTNER',
      name: 'Fenmarsh Council',
      pillar: null,
      aliases: [],
      summary: null,
    });
    expect(toEntityEntry({ id: 'x', name: 'X', aliases: null, labels: ['Risk'] }).aliases).toEqual([]);
  });

  it('refuses an entity with no kind label, naming it and its labels', () => {
    expect(() => toEntityEntry({ id: 'stray', name: 'Stray', labels: ['Entity', 'Searchable'] })).toThrow(
      new Error('entity stray has no known kind label (labels: Entity, Searchable)'),
    );
  });
});
