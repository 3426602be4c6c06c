// A draft as the store keeps it: drafting's output encoded with its findings numbered as drafts, and what Neo4j
// hands back (integers, JSON text, datetimes with short fractions) decoded as the API's records.
import neo4j from 'neo4j-driver';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import {
  decodeDraft,
  encodeDraft,
  encodeFinding,
  fromStoredDraft,
  fromStoredFinding,
  type NewDraft,
  type StoredDraft,
  type StoredFinding,
  toStored,
} from '../../server/review/stored-draft.ts';
import { council, drafting, draftText, force, inspector } from '../fixtures/fenmarsh-draft.ts';

const text = draftText;

let drafted: Draft;
let input: NewDraft;

beforeEach(() => {
  drafted = drafting();
  input = { id: 'draft-00ab', draft: drafted, text, assessment: 'fenmarsh-2026', title: 'Fenmarsh Constabulary PEEL 2026', force, inspector, createdBy: 'local:editor' };
});

describe('toStored', () => {
  it('keeps the draft flat: its entities as JSON text, its sentences as two lists of offsets', () => {
    expect(toStored(input).draft).toEqual({
      id: 'draft-00ab',
      assessment: 'fenmarsh-2026',
      title: 'Fenmarsh Constabulary PEEL 2026',
      force: JSON.stringify(force),
      inspector: JSON.stringify(inspector),
      year: 2026,
      published: '2026-11-01',
      kind: 'peel',
      url: 'https://fenmarsh.example/peel',
      fictional: true,
      fromText: ['year', 'force'],
      file: 'fenmarsh-2026.docx',
      format: 'docx',
      text,
      sentenceStarts: [0, 21],
      sentenceEnds: [20, 48],
      createdBy: 'local:editor',
    });
  });

  it('stores no force or inspector as null, not as JSON text', () => {
    const { draft } = toStored({ ...input, force: null, inspector: null });
    expect([draft.force, draft.inspector]).toEqual([null, null]);
  });

  it('numbers the findings from 1 under the draft id, each a first version not yet reviewed, participants as role and entity', () => {
    const { findings } = toStored(input);
    expect(findings).toEqual([
      {
        id: 'draft-00ab/f1',
        draft: 'draft-00ab',
        number: 1,
        sentence: 1,
        start: 0,
        end: 20,
        quote: 'The force vets well.',
        type: 'HAS_STRENGTH',
        judgement: 'STRENGTH',
        basis: 'STATED',
        status: 'ESTABLISHED',
        inferredFrom: [],
        participants: JSON.stringify([{ role: 'SUBJECT', entity: force }]),
        review: 'DRAFT',
        reviewedBy: null,
        cue: 'vets well (strength)',
        confidence: 0.9,
        version: 1,
      },
      {
        id: 'draft-00ab/f2',
        draft: 'draft-00ab',
        number: 2,
        sentence: 2,
        start: 3,
        end: 27,
        quote: 'works with the council.',
        type: 'WORKS_WITH',
        judgement: null,
        basis: 'INFERRED',
        status: 'EXPLORING',
        inferredFrom: [1],
        participants: JSON.stringify([
          { role: 'SUBJECT', entity: force },
          { role: 'PARTNER', entity: council },
        ]),
        review: 'DRAFT',
        reviewedBy: null,
        cue: 'works with (partner)',
        confidence: 0.6,
        version: 1,
      },
    ]);
  });

  it('keeps only the entity of a participant, whatever else linking attached to it', () => {
    drafted.findings[0]!.participants = [{ role: 'SUBJECT', ...force, mentionStart: 4 } as never];
    expect(JSON.parse(toStored(input).findings[0]!.participants)).toEqual([{ role: 'SUBJECT', entity: force }]);
  });
});

describe('encodeDraft and encodeFinding', () => {
  it('write what decodeDraft and fromStoredFinding read back', () => {
    const stored = toStored(input);
    const fields = decodeDraft({ ...stored.draft, createdAt: '2026-11-02T10:00:00Z', publishedAt: null });
    expect(encodeDraft(fields)).toEqual(stored.draft);
    const { draft, review, ...finding } = fromStoredFinding(stored.findings[1]!);
    expect(draft).toBe('draft-00ab');
    expect(encodeFinding({ ...finding, number: 2, review: { status: 'DRAFT', by: review.by, at: review.at } }, draft)).toEqual(stored.findings[1]);
  });

  it('names the draft a finding belongs to from the argument, and its reviewer from the review', () => {
    const stored = toStored(input).findings[0]!;
    const { review, ...finding } = fromStoredFinding(stored);
    const encoded = encodeFinding({ ...finding, number: 1, review: { status: 'ACCEPTED', by: 'reviewer@fenmarsh.example', at: review.at } }, 'draft-ffff');
    expect([encoded.draft, encoded.review, encoded.reviewedBy]).toEqual(['draft-ffff', 'ACCEPTED', 'reviewer@fenmarsh.example']);
  });
});

/** What Neo4j returns for the stored draft: integers as Integer, datetimes as text with as many digits as they need. */
function fromNeo4j(): { draft: StoredDraft; findings: StoredFinding[] } {
  const stored = toStored(input);
  return {
    draft: {
      ...stored.draft,
      year: neo4j.int(2026) as unknown as number,
      sentenceStarts: [neo4j.int(0), neo4j.int(21)] as unknown as number[],
      sentenceEnds: [neo4j.int(20), neo4j.int(48)] as unknown as number[],
      createdAt: '2026-11-02T10:00:00.11Z',
      publishedAt: '2026-11-04T08:15:30Z',
    },
    findings: stored.findings.map((finding, i) => ({
      ...finding,
      sentence: neo4j.int(finding.sentence) as unknown as number,
      start: neo4j.int(finding.start) as unknown as number,
      end: neo4j.int(finding.end) as unknown as number,
      inferredFrom: finding.inferredFrom.map((n) => neo4j.int(n)) as unknown as number[],
      version: neo4j.int(i + 1) as unknown as number,
      review: i === 0 ? 'ACCEPTED' : 'DRAFT',
      reviewedBy: i === 0 ? 'reviewer@fenmarsh.example' : null,
      reviewedAt: i === 0 ? '2026-11-03T09:00:00.25Z' : null,
    })),
  };
}

describe('decodeDraft', () => {
  it('gives numbers for integers, objects for JSON text, sentences as offsets and instants to the millisecond', () => {
    expect(decodeDraft(fromNeo4j().draft)).toEqual({
      id: 'draft-00ab',
      assessment: 'fenmarsh-2026',
      title: 'Fenmarsh Constabulary PEEL 2026',
      force,
      inspector,
      year: 2026,
      published: '2026-11-01',
      kind: 'peel',
      url: 'https://fenmarsh.example/peel',
      fictional: true,
      fromText: ['year', 'force'],
      file: 'fenmarsh-2026.docx',
      format: 'docx',
      text,
      sentences: [
        { start: 0, end: 20 },
        { start: 21, end: 48 },
      ],
      createdBy: 'local:editor',
      createdAt: '2026-11-02T10:00:00.110Z',
      publishedAt: '2026-11-04T08:15:30.000Z',
    });
  });

  it('reads properties a draft stored before they existed as empty: no year, no metadata, not fictional', () => {
    const { draft } = fromNeo4j();
    const older = { ...draft, year: null, force: null } as Record<string, unknown>;
    for (const name of ['published', 'kind', 'url', 'fictional', 'fromText', 'file', 'createdAt', 'publishedAt']) delete older[name];
    expect(decodeDraft(older as unknown as StoredDraft)).toMatchObject({
      year: null,
      force: null,
      published: null,
      kind: null,
      url: null,
      fictional: false,
      fromText: [],
      file: null,
      createdAt: '',
      publishedAt: null,
    });
    expect(decodeDraft({ ...draft, year: undefined as never }).year).toBeNull();
  });
});

describe('fromStoredFinding', () => {
  it('decodes a reviewed finding with its review, numbers as numbers and participants as objects', () => {
    expect(fromStoredFinding(fromNeo4j().findings[0]!)).toEqual({
      id: 'draft-00ab/f1',
      draft: 'draft-00ab',
      sentence: 1,
      start: 0,
      end: 20,
      quote: 'The force vets well.',
      type: 'HAS_STRENGTH',
      judgement: 'STRENGTH',
      basis: 'STATED',
      status: 'ESTABLISHED',
      inferredFrom: [],
      participants: [{ role: 'SUBJECT', entity: force }],
      review: { status: 'ACCEPTED', by: 'reviewer@fenmarsh.example', at: '2026-11-03T09:00:00.250Z', reason: null },
      cue: 'vets well (strength)',
      confidence: 0.9,
      version: 1,
    });
  });

  it('reads the sentences it draws on as numbers, and what a reviewer left empty as null', () => {
    const stored = { ...fromNeo4j().findings[1]! } as Record<string, unknown>;
    for (const name of ['judgement', 'cue', 'confidence', 'reviewedBy', 'reviewedAt']) delete stored[name];
    const finding = fromStoredFinding(stored as unknown as StoredFinding);
    expect(finding).toMatchObject({ inferredFrom: [1], judgement: null, cue: null, confidence: null, version: 2 });
    expect(finding.review).toEqual({ status: 'DRAFT', by: null, at: null, reason: null });
  });

  it('reads no participants and no sentences drawn on as empty lists', () => {
    const stored = { ...fromNeo4j().findings[0]!, participants: null, inferredFrom: null } as unknown as StoredFinding;
    expect(fromStoredFinding(stored)).toMatchObject({ participants: [], inferredFrom: [] });
  });
});

describe('fromStoredDraft', () => {
  it('numbers the sentences with their text, counts its progress, and reads its findings when the query did', () => {
    const { draft, findings } = fromNeo4j();
    const progress = { total: neo4j.int(2), reviewed: neo4j.int(1), accepted: neo4j.int(1), rejected: neo4j.int(0) };
    const record = fromStoredDraft(draft, progress, findings);
    expect(record.sentences).toEqual([
      { number: 1, start: 0, end: 20, text: 'The force vets well.' },
      { number: 2, start: 21, end: 48, text: 'It works with the council.' },
    ]);
    expect(record.progress).toEqual({ total: 2, reviewed: 1, accepted: 1, rejected: 0 });
    expect(record.findings?.map((finding) => [finding.id, finding.review.status])).toEqual([
      ['draft-00ab/f1', 'ACCEPTED'],
      ['draft-00ab/f2', 'DRAFT'],
    ]);
    expect(record).toMatchObject({ id: 'draft-00ab', force, createdAt: '2026-11-02T10:00:00.110Z', publishedAt: '2026-11-04T08:15:30.000Z' });
  });

  it('has no findings field when the query read none', () => {
    const record = fromStoredDraft(fromNeo4j().draft, { total: 0, reviewed: 0, accepted: 0, rejected: 0 }, null);
    expect('findings' in record).toBe(false);
  });
});
