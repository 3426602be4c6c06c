// Reading an assessment file: what passes, and for each kind of mistake the message, naming file, line and field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AssessmentFileError } from '../../server/assessments/assessment-file-error.ts';
import type { AssessmentFile } from '../../server/assessments/assessment-file.ts';
import { assertValidAssessment, lineOf, parseAssessmentFile } from '../../server/assessments/parse-assessment-file.ts';
import { canonicalAssessment, serializeAssessment } from '../../server/assessments/serialize-assessment.ts';
import { fictionalAssessment } from '../support/fictional-assessment.ts';

const valid = () => fictionalAssessment({ name: 'unit-vale', sentences: 3, findingsPerSentence: 3 });

/** The message parsing `file`'s canonical text gives, or the text alone when it passes. */
function refusal(text: string): string {
  try {
    parseAssessmentFile(text, 'assessments/x.json');
  } catch (error) {
    expect(error).toBeInstanceOf(AssessmentFileError);
    return (error as Error).message;
  }
  return 'accepted';
}

/** What JSON.parse says of `text`, which the refusal quotes. */
function jsonParseMessage(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('valid JSON');
}

/** 1-based line of the n-th (from 0) line holding `needle`. */
function lineWith(text: string, needle: string, nth = 0): number {
  const lines = text.split('\n');
  const found = lines.map((line, index) => (line.includes(needle) ? index + 1 : 0)).filter((n) => n > 0);
  if (found[nth] === undefined) throw new Error(`no line ${nth} holds ${needle}`);
  return found[nth]!;
}

/** 1-based line of the first line after line `after` holding `needle`. */
function lineAfter(text: string, after: number, needle: string): number {
  const index = text.split('\n').findIndex((line, i) => i >= after && line.includes(needle));
  if (index < 0) throw new Error(`no line after ${after} holds ${needle}`);
  return index + 1;
}

/** The line where the n-th finding (from 0) starts: its "id" is its first field. */
const findingLine = (text: string, n: number) => lineWith(text, '"id": "fictional-unit-vale/s', n);

describe('parseAssessmentFile', () => {
  it('reads a valid file back as the same assessment', () => {
    const file = valid();
    expect(parseAssessmentFile(serializeAssessment(file), 'x.json')).toEqual(file);
  });

  it('names the line where the JSON breaks', () => {
    expect(refusal('{\n  "format": "peel-graph/assessment",\n  "version": 1,\n}\n')).toMatch(/^assessments\/x\.json:4: the file is not valid JSON \(/);
    expect(refusal('{\n  "format": "peel-graph/assessment",\n  "version": tru\n}\n')).toMatch(/^assessments\/x\.json:3: the file is not valid JSON/);
    expect(refusal('{\n  "format": "peel-graph/assessment",\n  "version": 1,\n')).toMatch(/^assessments\/x\.json:4: the file is not valid JSON/);
    expect(refusal('')).toMatch(/^assessments\/x\.json:1: the file is not valid JSON/);
  });

  it('names the line of the error, not a position the text near it happens to hold', () => {
    const text = '["at position 9",\nt]';
    expect(refusal(text)).toBe(`assessments/x.json:2: the file is not valid JSON (${jsonParseMessage(text)})`);
  });

  it('counts comments, trailing commas and an empty text as errors of JSON, at their own lines', () => {
    for (const [text, line] of [['[\n/* a note */\n1\n]', 2], ['[1,\n]\n\n', 2], ['\n\n', 3]] as const) {
      expect(refusal(text)).toBe(`assessments/x.json:${line}: the file is not valid JSON (${jsonParseMessage(text)})`);
    }
  });

  it('names the line where a document that is not an object starts', () => {
    expect(refusal('\n\n[]\n')).toBe('assessments/x.json:3: the file must be an object, not a list');
  });

  it('names a field missing from the document where the document starts', () => {
    const file: Partial<AssessmentFile> = valid();
    delete file.version;
    expect(refusal(`\n\n${JSON.stringify(file, null, 2)}\n`)).toBe(
      [
        'assessments/x.json:3: the file has no field "version"',
        'assessments/x.json:3: version must be 1 (the version this peel-graph reads), not undefined',
      ].join('\n'),
    );
  });

  it('names a field at its key when its value starts on a later line', () => {
    const text = serializeAssessment(valid()).replace('"year": 2017', '"year":\n      "2017"');
    expect(refusal(text)).toBe(`assessments/x.json:${lineWith(text, '"year"')}: assessment.year must be a whole number or null, not "2017"`);
  });

  it('names a list entry that lacks a field at the line where the entry starts', () => {
    const file = valid();
    delete (file.findings[2] as Partial<AssessmentFile['findings'][number]>).review;
    const text = `${JSON.stringify(file, null, 2)}\n`;
    expect(refusal(text)).toBe(`assessments/x.json:${findingLine(text, 2) - 1}: findings[2] has no field "review"`);
  });

  it('refuses what is not an assessment file at all', () => {
    expect(refusal('[]')).toBe('assessments/x.json:1: the file must be an object, not a list');
    const text = JSON.stringify({ ...valid(), format: 'something/else', version: 3 }, null, 2);
    expect(refusal(text)).toBe(
      [
        `assessments/x.json:${lineWith(text, '"format"')}: format must be "peel-graph/assessment", not "something/else"`,
        `assessments/x.json:${lineWith(text, '"version"')}: version must be 1 (the version this peel-graph reads), not 3`,
      ].join('\n'),
    );
  });

  type Case = [name: string, change: (file: AssessmentFile) => void, expected: (text: string) => string];
  const cases: Case[] = [
    [
      'a missing field, at the line of its entry',
      (f) => delete (f.assessment as Partial<AssessmentFile['assessment']>).title,
      (t) => `${lineWith(t, '"assessment": {')}: assessment has no field "title"`,
    ],
    [
      'a field the format does not have, at its own line',
      (f) => Object.assign(f.findings[1]!, { colour: 'red' }),
      (t) => `${lineWith(t, '"colour"')}: findings[1].colour is not a field of this entry (expected id, sentence, start, end, quote, judgement, basis, status, inferredFrom, participants, edges, review)`,
    ],
    [
      'a quote that is not its sentence\'s text at its offsets',
      (f) => (f.findings[3]!.quote = 'Unit Vale Constabulary is good at work on matter 9'),
      (t) => `${lineWith(t, '"quote": "Unit Vale Constabulary is good at work on matter 9"')}: findings[3].quote is not the text of sentence 2 from 0 to 50`,
    ],
    [
      'offsets beyond the sentence',
      (f) => (f.findings[0]!.end = 500),
      (t) => `${lineWith(t, '"end": 500')}: findings[0].end must be after start (0) and at most the length of sentence 1 (100), not 500`,
    ],
    [
      'a sentence that is not in the text',
      (f) => (f.assessment.text = f.assessment.text.replace('on matter 2,', 'on matter two,')),
      (t) => `${lineWith(t, 'is good at work on matter 2,')}: assessment.sentences[1] is not verbatim in text`,
    ],
    [
      'sentences out of the text\'s order',
      (f) => {
        const [first, second, third] = f.assessment.sentences;
        f.assessment.text = [second, first, third].join(' ');
      },
      (t) => `${lineWith(t, '    "Unit Vale Constabulary is good at work on matter 2,')}: assessment.sentences[1] is in text, but before the sentence listed ahead of it: sentences must be in the text's order`,
    ],
    [
      'a finding id that is not <assessment>/s<sentence>.<k>',
      (f) => (f.findings[2]!.id = 'fictional-unit-vale/s2.9'),
      (t) => `${lineWith(t, '"id": "fictional-unit-vale/s2.9"')}: findings[2].id "fictional-unit-vale/s2.9" must be fictional-unit-vale/s1.<k>, k counting the sentence's findings from 1`,
    ],
    [
      'two findings with one id',
      (f) => (f.findings[2]!.id = f.findings[1]!.id),
      (t) => `${lineWith(t, '"id": "fictional-unit-vale/s1.2"', 1)}: findings[2].id "fictional-unit-vale/s1.2" is the id of an earlier finding`,
    ],
    [
      'a participant missing from the entities',
      (f) => (f.findings[4]!.participants[1]!.entity = 'fictional-nowhere'),
      (t) => `${lineWith(t, '"entity": "fictional-nowhere"')}: findings[4].participants[1].entity "fictional-nowhere" is not among the entities`,
    ],
    [
      'an edge from an entity that does not take part',
      (f) => (f.findings[4]!.edges[0]!.from = 'fictional-unit-vale-inspector'),
      (t) => `${lineWith(t, '"from": "fictional-unit-vale-inspector"', 1)}: findings[4].edges[0].from "fictional-unit-vale-inspector" is not a participant of the finding`,
    ],
    [
      'an edge to a missing entity, of an unknown type',
      (f) => (f.findings[4]!.edges[0] = { from: 'fictional-unit-vale-constabulary', type: 'LIKES' as never, to: 'fictional-nobody' }),
      (t) =>
        `${lineWith(t, '"type": "LIKES"')}: findings[4].edges[0].type must be one of ASSESSES, HAS_STRENGTH, IMPROVED, NEEDS_IMPROVEMENT, SAFEGUARDS, WORKS_WITH, SUPPORTS, INFORMS, TACKLES, FACES, THREATENS, USES, RESTRICTS, ENGAGES, not "LIKES"\n` +
        `assessments/x.json:${lineWith(t, '"to": "fictional-nobody"')}: findings[4].edges[0].to "fictional-nobody" is not among the entities`,
    ],
    [
      'a draft finding',
      (f) => (f.findings[5]!.review = { status: 'DRAFT', by: null, at: null, reason: null }),
      (t) => `${lineWith(t, '"status": "DRAFT"')}: findings[5].review.status is DRAFT: a published file holds ACCEPTED and DISPUTED findings only`,
    ],
    [
      'a rejected finding',
      (f) => (f.findings[5]!.review.status = 'REJECTED'),
      (t) => `${lineWith(t, '"status": "REJECTED"')}: findings[5].review.status is REJECTED: a published file holds ACCEPTED and DISPUTED findings only`,
    ],
    [
      'a dispute without its reason',
      (f) => (f.findings[4]!.review.reason = null),
      (t) => `${lineAfter(t, findingLine(t, 4), '"reason": null')}: findings[4].review.reason must say why a DISPUTED finding is disputed`,
    ],
    [
      'a review time not in the one canonical spelling',
      (f) => (f.findings[5]!.review.at = '2026-11-30T09:00:00Z'),
      (t) => `${lineWith(t, '"at": "2026-11-30T09:00:00Z"')}: findings[5].review.at "2026-11-30T09:00:00Z" is not a UTC time as 2026-12-01T09:30:00.000Z`,
    ],
    [
      'values outside the vocabulary',
      (f) => Object.assign(f.findings[6]!, { judgement: 'GOOD', basis: 'GUESSED', status: 'DONE' }),
      (t) =>
        [
          `${lineWith(t, '"judgement": "GOOD"')}: findings[6].judgement must be one of STRENGTH, IMPROVED, AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN or null, not "GOOD"`,
          `assessments/x.json:${lineWith(t, '"basis": "GUESSED"')}: findings[6].basis must be one of STATED, INFERRED, not "GUESSED"`,
          `assessments/x.json:${lineWith(t, '"status": "DONE"')}: findings[6].status must be one of ESTABLISHED, EXPLORING, PLANNED, NOT_YET, not "DONE"`,
        ].join('\n'),
    ],
    [
      'a stated finding inferred from other sentences',
      (f) => (f.findings[6]!.inferredFrom = [1]),
      (t) => `${lineAfter(t, findingLine(t, 6), '"inferredFrom"')}: findings[6].inferredFrom must be empty for a STATED finding`,
    ],
    [
      'a year without its basis, and a date that is not one',
      (f) => Object.assign(f.assessment, { yearBasis: null, year: 2017, published: '2017-02-30' }),
      (t) =>
        `${lineWith(t, '"yearBasis": null')}: assessment.yearBasis must be null exactly when year is null\n` +
        `assessments/x.json:${lineWith(t, '"published"')}: assessment.published "2017-02-30" is not a date (YYYY-MM-DD)`,
    ],
    [
      'an entity of an unknown kind; one listed twice, with a pillar though an inspector',
      (f) => {
        f.entities[0]!.kind = 'TOWN' as never;
        f.entities.push({ ...f.entities[1]!, pillar: 'LEGITIMACY' });
      },
      (t) =>
        [
          `${lineWith(t, '"kind": "TOWN"')}: entities[0].kind must be one of FORCE, INSPECTOR, THEME, PARTNER, VICTIM_GROUP, RISK, POWER, COMMUNITY, not "TOWN"`,
          `assessments/x.json:${lineAfter(t, lineWith(t, '"id": "fictional-unit-vale-inspector"', 1), '"pillar"')}: entities[6].pillar must be null for an entity of kind INSPECTOR (only themes have a pillar)`,
          `assessments/x.json:${lineWith(t, '"id": "fictional-unit-vale-inspector"', 1)}: entities[6].id "fictional-unit-vale-inspector" is listed twice among the entities`,
        ].join('\n'),
    ],
    [
      'a force that is not among the entities, an inspector of the wrong kind',
      (f) => Object.assign(f.assessment, { force: 'fictional-elsewhere', inspector: 'fictional-unit-vale-theme-1' }),
      (t) =>
        `${lineWith(t, '"force": "fictional-elsewhere"')}: assessment.force "fictional-elsewhere" is not among the entities\n` +
        `assessments/x.json:${lineWith(t, '"inspector": "fictional-unit-vale-theme-1"')}: assessment.inspector "fictional-unit-vale-theme-1" is of kind THEME, not INSPECTOR`,
    ],
    [
      'an assessment id that cannot be part of other ids',
      (f) => (f.assessment.id = 'Unit Vale/2017'),
      (t) => `${lineWith(t, '"id": "Unit Vale/2017"')}: assessment.id "Unit Vale/2017" is not an id: lower-case letters and digits joined by single hyphens, at most 200 characters`,
    ],
  ];

  it.each(cases)('refuses %s, naming file, line and field', (_, change, expected) => {
    const file = valid();
    change(file);
    // Written as JSON.stringify does it, so that a missing field stays missing.
    const text = `${JSON.stringify(file, null, 2)}\n`;
    expect(refusal(text)).toBe(`assessments/x.json:${expected(text)}`);
  });

  it('lists twenty problems and counts the rest', () => {
    const file = valid();
    for (const finding of file.findings) Object.assign(finding, { basis: 'X', status: 'Y', judgement: 'Z' });
    const error = (() => {
      try {
        parseAssessmentFile(JSON.stringify(file, null, 2), 'x.json');
      } catch (e) {
        return e as AssessmentFileError;
      }
      throw new Error('accepted');
    })();
    expect(error.problems).toHaveLength(27);
    expect(error.message.split('\n')).toHaveLength(21);
    expect(error.message.split('\n').at(-1)).toBe('… and 7 more problems');
    expect(error.line).toBe(error.problems[0]!.line);
  });
});

describe('assertValidAssessment', () => {
  it('names an assessment without an id of text as "assessment"', () => {
    expect(() => assertValidAssessment(null as never)).toThrowError(/^assessment: the file must be an object, not null$/);
    expect(() => assertValidAssessment({} as never)).toThrowError(/^assessment: the file has no field "format"\n/);
    const file = valid();
    (file.assessment as { id: unknown }).id = 7;
    expect(() => assertValidAssessment(file)).toThrowError(/^assessment: assessment\.id must be a string, not 7$/);
  });

  it('passes a valid assessment and refuses an invalid one without lines', () => {
    expect(() => assertValidAssessment(valid())).not.toThrow();
    const file = valid();
    file.findings[0]!.review.status = 'DRAFT';
    expect(() => assertValidAssessment(file)).toThrowError(
      'assessment fictional-unit-vale: findings[0].review.status is DRAFT: a published file holds ACCEPTED and DISPUTED findings only',
    );
  });
});

describe('docs/assessment-file.md', () => {
  it('gives an example that is a valid file in its canonical text', () => {
    const doc = readFileSync(new URL('../../docs/assessment-file.md', import.meta.url), 'utf8');
    const example = /## An example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const file = parseAssessmentFile(example!, 'docs/assessment-file.md');
    expect(file.assessment.fictional).toBe(true);
    expect(serializeAssessment(file)).toBe(example);
  });
});

describe('the canonical text', () => {
  it('puts fields in the format\'s order whatever order they came in', () => {
    const file = valid();
    const shuffled = JSON.parse(JSON.stringify(file, (_, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    )) as AssessmentFile;
    expect(Object.keys(shuffled)[0]).toBe('findings');
    expect(serializeAssessment(shuffled)).toBe(serializeAssessment(file));
    expect(canonicalAssessment(shuffled)).toEqual(file);
    expect(serializeAssessment(file).endsWith('}\n')).toBe(true);
  });

  it('counts lines from 1', () => {
    expect([lineOf('a\nb\nc', 0), lineOf('a\nb\nc', 1), lineOf('a\nb\nc', 2), lineOf('a\nb\nc', 4), lineOf('a\nb', 99)]).toEqual([1, 1, 2, 3, 2]);
  });
});
