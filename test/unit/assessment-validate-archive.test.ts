// What the checks of a file of a whole-database export say about each kind of mistake in its drafts and audit entries,
// and how its drafts must agree with its assessment.
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../server/assessments/assessment-file-error.ts';
import type { AssessmentArchiveFile } from '../../server/assessments/assessment-file.ts';
import { archiveProblems } from '../../server/assessments/validate-archive.ts';
import { fictionalAssessment, fictionalDraft, fictionalDraftText as text } from '../support/fictional-assessment.ts';

/** A published assessment with one draft of it and two audit entries. */
function archive(): AssessmentArchiveFile {
  const published = fictionalAssessment({ name: 'fenmarsh', sentences: 2 });
  return {
    ...published,
    version: 2,
    drafts: [
      fictionalDraft('fenmarsh', {
        inspector: { id: 'hmi-example', name: 'HMI Example', kind: 'INSPECTOR', existing: false },
        published: '2024-03-02',
        url: 'https://example.org/fenmarsh',
        fromText: ['year'],
        publishedAt: '2026-12-01T10:00:00.000Z',
      }),
    ],
    audit: [
      { id: 'e1', at: '2026-12-01T09:00:00.000Z', actor: 'alice', action: 'DRAFT_STARTED', target: 'draft:draft-0a1b2c', before: null, after: '{"findings":1}' },
      { id: 'e2', at: '2026-12-01T09:05:00.000Z', actor: 'alice', action: 'DRAFT_FINDING_ACCEPTED', target: 'draft-finding:draft-0a1b2c/f1', before: '"DRAFT"', after: '"ACCEPTED"' },
    ],
  };
}

/** The problems of the valid file after `change`, each as a person reads it: field, then what is wrong. */
function problemsAfter(change: (file: any) => void): string[] {
  const file = archive();
  change(file);
  return archiveProblems(file).map((problem) => `${formatPath(problem.path)} ${problem.problem}`);
}

const draft = (change: (draft: any) => void) => (file: any) => change(file.drafts[0]);
const finding = (change: (finding: any) => void) => (file: any) => change(file.drafts[0].findings[0]);
const notUtc = (at: string) => `"${at}" is not a UTC time as 2026-12-01T09:30:00.000Z`;
const atMost = Number.MAX_SAFE_INTEGER;

describe('archiveProblems', () => {
  it('finds nothing wrong with a valid file', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('refuses what is not an object, and names every missing top-level field', () => {
    expect(archiveProblems(undefined)).toEqual([{ path: [], problem: 'must be an object, not undefined' }]);
    expect(archiveProblems({}).map((problem) => `${formatPath(problem.path)} ${problem.problem}`)).toEqual([
      'the file has no field "format"',
      'the file has no field "version"',
      'the file has no field "assessment"',
      'the file has no field "entities"',
      'the file has no field "findings"',
      'the file has no field "drafts"',
      'the file has no field "audit"',
      'format must be "peel-graph/assessment", not undefined',
      'version must be 2 (a file of a whole-database export), not undefined',
    ]);
    expect(problemsAfter((f) => (f.colour = 'red'))).toEqual([
      'colour is not a field of an assessment file (expected format, version, assessment, entities, findings, drafts, audit)',
    ]);
  });

  it('sends a single assessment file to the import of one, and refuses other versions and formats', () => {
    expect(problemsAfter((f) => (f.version = 1))).toEqual(['version must be 2 (a file of a whole-database export), not 1: import a single assessment file without --all']);
    expect(problemsAfter((f) => (f.version = 3))).toEqual(['version must be 2 (a file of a whole-database export), not 3']);
    expect(problemsAfter((f) => (f.format = 'other'))).toEqual(['format must be "peel-graph/assessment", not "other"']);
  });

  it('checks the published part as a single assessment file is checked', () => {
    expect(problemsAfter((f) => (f.findings[0].review.status = 'DRAFT'))).toEqual([
      'findings[0].review.status is DRAFT: a published file holds ACCEPTED and DISPUTED findings only',
    ]);
    // Without an assessment entry, the drafts say which assessment the file is of.
    expect(problemsAfter((f) => (f.assessment = 5))).toEqual(['assessment must be an object, not 5']);
  });
});

describe('an assessment that exists only as drafts', () => {
  const draftsOnly = (change: (file: any) => void = () => {}) => (file: any) => {
    Object.assign(file, { assessment: null, findings: [] });
    change(file);
  };

  it('passes with its entities and drafts, no findings', () => {
    expect(problemsAfter(draftsOnly())).toEqual([]);
  });

  it('publishes nothing and holds at least one draft', () => {
    expect(problemsAfter(draftsOnly((f) => (f.findings = archive().findings)))).toEqual(['findings must be empty when assessment is null (nothing is published)']);
    expect(problemsAfter(draftsOnly((f) => (f.findings = 'none')))).toEqual(['findings must be a list, not "none"']);
    expect(problemsAfter(draftsOnly((f) => (f.drafts = [])))).toEqual(['drafts must hold a draft when assessment is null']);
    expect(problemsAfter(draftsOnly((f) => (f.drafts = {})))).toEqual(['drafts must be a list, not an object']);
    expect(problemsAfter(draftsOnly((f) => (f.drafts = '')))).toEqual(['drafts must be a list, not ""']);
  });

  it('still checks its entities', () => {
    expect(problemsAfter(draftsOnly((f) => (f.entities = 'none')))).toEqual(['entities must be a list, not "none"']);
    expect(problemsAfter(draftsOnly((f) => (f.entities[0].kind = 'TOWN')))).toEqual([
      'entities[0].kind must be one of FORCE, INSPECTOR, THEME, PARTNER, VICTIM_GROUP, RISK, POWER, COMMUNITY, not "TOWN"',
    ]);
  });

  it('takes its assessment id from its first draft, which every other draft must share', () => {
    const second = (assessment: unknown) => (f: any) => f.drafts.push({ ...archive().drafts[0], id: 'draft-ff', findings: [], assessment });
    expect(problemsAfter(draftsOnly(second('fictional-fenmarsh')))).toEqual([]);
    expect(problemsAfter(draftsOnly(second('fictional-greywater')))).toEqual([
      'drafts[1].assessment must be "fictional-fenmarsh", the file\'s assessment, not "fictional-greywater"',
    ]);
    // A draft whose assessment is not an id names none: it is reported once, and the next draft sets the id.
    expect(problemsAfter(draftsOnly((f) => {
      f.drafts[0].assessment = 'Fenmarsh';
      second('fictional-greywater')(f);
      second('fictional-fenmarsh')(f);
      f.drafts[2].id = 'draft-ee';
    }))).toEqual([
      'drafts[0].assessment "Fenmarsh" is not an id: lower-case letters and digits joined by single hyphens, at most 200 characters',
      'drafts[2].assessment must be "fictional-greywater", the file\'s assessment, not "fictional-fenmarsh"',
    ]);
  });
});

describe('a draft', () => {
  it('is an object with the fields of a draft', () => {
    expect(problemsAfter((f) => f.drafts.push('draft-ff'))).toEqual(['drafts[1] must be an object, not "draft-ff"']);
    expect(problemsAfter(draft((d) => delete d.createdBy))).toEqual(['drafts[0] has no field "createdBy"']);
    expect(problemsAfter(draft((d) => delete d.fictional))).toEqual(['drafts[0] has no field "fictional"']);
  });

  it('publishes as the file\'s assessment', () => {
    expect(problemsAfter(draft((d) => (d.assessment = 'fictional-greywater')))).toEqual([
      'drafts[0].assessment must be "fictional-fenmarsh", the file\'s assessment, not "fictional-greywater"',
    ]);
    expect(problemsAfter(draft((d) => (d.assessment = 'Fenmarsh')))).toEqual([
      'drafts[0].assessment "Fenmarsh" is not an id: lower-case letters and digits joined by single hyphens, at most 200 characters',
    ]);
  });

  it('has an id draft-<hex digits>, not shared with an earlier draft', () => {
    for (const id of ['draft-', 'draft-0a1g', 'Draft-0a', 'xdraft-0a', 'draft-0a ']) {
      expect(problemsAfter(draft((d) => Object.assign(d, { id, findings: [] })))).toEqual([`drafts[0].id "${id}" is not a draft's id (draft-<hex digits>)`]);
    }
    expect(problemsAfter(draft((d) => (d.id = 7)))).toEqual([
      'drafts[0].id must be a string, not 7',
    ]);
    expect(problemsAfter((f) => f.drafts.push({ ...archive().drafts[0] }))).toEqual(['drafts[1].id "draft-0a1b2c" is the id of an earlier draft']);
    // A malformed id is reported as such each time, not also as a repeat.
    expect(problemsAfter((f) => f.drafts.splice(0, 1, { ...f.drafts[0], id: 'd1', findings: [] }, { ...f.drafts[0], id: 'd1', findings: [] }))).toEqual([
      'drafts[0].id "d1" is not a draft\'s id (draft-<hex digits>)',
      'drafts[1].id "d1" is not a draft\'s id (draft-<hex digits>)',
    ]);
  });

  it('names its force and inspector as entities, or null', () => {
    expect(problemsAfter(draft((d) => Object.assign(d, { force: null, inspector: null })))).toEqual([]);
    expect(problemsAfter(draft((d) => (d.force = 'fenmarsh')))).toEqual(['drafts[0].force must be an object, not "fenmarsh"']);
    expect(problemsAfter(draft((d) => delete d.inspector.existing))).toEqual(['drafts[0].inspector has no field "existing"']);
    expect(problemsAfter(draft((d) => (d.inspector = { id: 'HMI', name: '', kind: 'JUDGE', existing: 'no' })))).toEqual([
      'drafts[0].inspector.id "HMI" is not an id: lower-case letters and digits joined by single hyphens, at most 200 characters',
      'drafts[0].inspector.name must not be empty',
      'drafts[0].inspector.kind must be one of FORCE, INSPECTOR, THEME, PARTNER, VICTIM_GROUP, RISK, POWER, COMMUNITY, not "JUDGE"',
      'drafts[0].inspector.existing must be true or false, not "no"',
    ]);
  });

  it('checks the metadata it has so far, most of it optional', () => {
    expect(problemsAfter(draft((d) => Object.assign(d, { year: null, published: null, kind: null, url: null, file: null, fromText: [], publishedAt: null })))).toEqual([]);
    for (const year of [1800, 2200]) expect(problemsAfter(draft((d) => (d.year = year)))).toEqual([]);
    expect(problemsAfter(draft((d) => (d.year = 1799)))).toEqual(['drafts[0].year must be from 1800 to 2200, not 1799']);
    expect(problemsAfter(draft((d) => (d.year = 2201)))).toEqual(['drafts[0].year must be from 1800 to 2200, not 2201']);
    expect(problemsAfter(draft((d) => Object.assign(d, { title: ' ', published: 1, kind: 2, url: 3, fictional: 'no', file: 4, format: '' })))).toEqual([
      'drafts[0].title must not be empty',
      'drafts[0].published must be a string or null, not 1',
      'drafts[0].kind must be a string or null, not 2',
      'drafts[0].url must be a string or null, not 3',
      'drafts[0].fictional must be true or false, not "no"',
      'drafts[0].file must be a string or null, not 4',
      'drafts[0].format must not be empty',
    ]);
    expect(problemsAfter(draft((d) => Object.assign(d, { format: null, fictional: false })))).toEqual(['drafts[0].format must be a string, not null']);
    expect(problemsAfter(draft((d) => (d.fromText = 'year')))).toEqual(['drafts[0].fromText must be a list, not "year"']);
    expect(problemsAfter(draft((d) => (d.fromText = ['year', '', null])))).toEqual([
      'drafts[0].fromText[1] must not be empty',
      'drafts[0].fromText[2] must be a string, not null',
    ]);
  });

  it('says who made it and when, and when it was published if it was', () => {
    expect(problemsAfter(draft((d) => Object.assign(d, { createdBy: '', createdAt: null, publishedAt: '2026-12-01T10:00:00Z' })))).toEqual([
      'drafts[0].createdBy must not be empty',
      'drafts[0].createdAt must be a string, not null',
      `drafts[0].publishedAt ${notUtc('2026-12-01T10:00:00Z')}`,
    ]);
    for (const at of ['2026-12-01 09:00', '2026-02-30T09:00:00.000Z', '2026-13-01T09:00:00.000Z', '+010000-01-01T00:00:00.000Z', 'x2026-12-01T09:00:00.000Z', '2026-12-01T09:00:00.000Zx']) {
      expect(problemsAfter(draft((d) => (d.createdAt = at)))).toEqual([`drafts[0].createdAt ${notUtc(at)}`]);
    }
  });

  it('needs a text', () => {
    // Without a text the sentences cannot be read, so no quote is checked either.
    expect(problemsAfter(draft((d) => Object.assign(d, { text: 5 }).findings[0].quote = 'Anything'))).toEqual(['drafts[0].text must be a string, not 5']);
    expect(problemsAfter(draft((d) => (d.text = ' ')))).toEqual([
      'drafts[0].text must not be empty',
      'drafts[0].sentences[0].end must be from 1 to 1, not 38',
      'drafts[0].sentences[1].start must be from 0 to 1, not 39',
      'drafts[0].sentences[1].end must be from 1 to 1, not 71',
    ]);
  });
});

describe('a draft\'s sentences', () => {
  const spans = (list: unknown) => draft((d) => (d.sentences = list));

  it('are offsets into its text, in order, each ending after it starts and within the text', () => {
    expect(problemsAfter(spans([{ start: 0, end: 38 }, { start: 38, end: text.length }]))).toEqual([]);
    expect(problemsAfter(spans([{ start: 0, end: 38 }, { start: 37, end: text.length }]))).toEqual(['drafts[0].sentences[1].start must be from 38 to 71, not 37']);
    expect(problemsAfter(spans([{ start: 0, end: 38 }, { start: 39, end: 39 }]))).toEqual(['drafts[0].sentences[1].end must be from 40 to 71, not 39']);
    expect(problemsAfter(spans([{ start: 0, end: 38 }, { start: 39, end: 72 }]))).toEqual(['drafts[0].sentences[1].end must be from 40 to 71, not 72']);
    // An end is checked against where the span may start when its own start is refused.
    expect(problemsAfter(spans([{ start: 0, end: 38 }, { start: 72, end: 73 }]))).toEqual([
      'drafts[0].sentences[1].start must be from 38 to 71, not 72',
      'drafts[0].sentences[1].end must be from 39 to 71, not 73',
    ]);
    // A refused end does not move where the next sentence may start.
    expect(problemsAfter(spans([{ start: 0, end: 'x' }, { start: -1, end: 38 }]))).toEqual([
      'drafts[0].sentences[0].end must be a whole number, not "x"',
      'drafts[0].sentences[1].start must be from 0 to 71, not -1',
    ]);
  });

  it('must be a list of spans', () => {
    expect(problemsAfter(spans('all'))).toEqual(['drafts[0].sentences must be a list, not "all"']);
    expect(problemsAfter(spans([{ start: 0, end: 38 }, 'rest']))).toEqual(['drafts[0].sentences[1] must be an object, not "rest"']);
    expect(problemsAfter(spans([{ start: 0, end: 38 }, { start: 39 }]))).toEqual(['drafts[0].sentences[1] has no field "end"']);
  });

  it('give the quotes their text only when every span is sound', () => {
    const wrongQuote = (list: unknown) => draft((d) => {
      d.sentences = list;
      d.findings[0].quote = 'The force works badly';
    });
    expect(problemsAfter(wrongQuote([{ start: 0, end: 38 }, { start: 39, end: text.length }]))).toEqual([
      'drafts[0].findings[0].quote is not the text of sentence 1 from 0 to 37',
    ]);
    expect(problemsAfter(wrongQuote('all'))).toEqual(['drafts[0].sentences must be a list, not "all"']);
    expect(problemsAfter(wrongQuote([{ start: 0, end: 38 }, 'rest']))).toEqual(['drafts[0].sentences[1] must be an object, not "rest"']);
    expect(problemsAfter(wrongQuote([{ start: 0, end: 38 }, { start: 'x', end: text.length }]))).toEqual(['drafts[0].sentences[1].start must be a whole number, not "x"']);
  });

  it('bound the sentence numbers of its findings', () => {
    expect(problemsAfter(finding((f) => (f.sentence = 3)))).toEqual(['drafts[0].findings[0].sentence must be from 1 to 2, not 3']);
    expect(problemsAfter(finding((f) => (f.sentence = 0)))).toEqual(['drafts[0].findings[0].sentence must be from 1 to 2, not 0']);
    // Without sentences, any number passes; with an empty list, only 1 does, and there is nothing to quote.
    expect(problemsAfter(draft((d) => Object.assign(d, { sentences: 'all' }).findings[0].sentence = 9))).toEqual(['drafts[0].sentences must be a list, not "all"']);
    expect(problemsAfter(draft((d) => (d.sentences = [])))).toEqual([]);
    expect(problemsAfter(draft((d) => Object.assign(d, { sentences: [] }).findings[0].sentence = 2))).toEqual(['drafts[0].findings[0].sentence must be from 1 to 1, not 2']);
  });
});

describe('a draft\'s finding', () => {
  it('is an object with the fields of a draft finding', () => {
    expect(problemsAfter(draft((d) => (d.findings = 'none')))).toEqual(['drafts[0].findings must be a list, not "none"']);
    expect(problemsAfter(draft((d) => d.findings.push(1)))).toEqual(['drafts[0].findings[1] must be an object, not 1']);
    expect(problemsAfter(finding((f) => delete f.cue))).toEqual(['drafts[0].findings[0] has no field "cue"']);
  });

  it('is numbered from 1 and named <draft>/f<number>', () => {
    expect(problemsAfter(finding((f) => Object.assign(f, { number: 12, id: 'draft-0a1b2c/f12' })))).toEqual([]);
    expect(problemsAfter(finding((f) => (f.id = 'draft-0a1b2c/f2')))).toEqual(['drafts[0].findings[0].id must be draft-0a1b2c/f1, not "draft-0a1b2c/f2"']);
    expect(problemsAfter(finding((f) => (f.number = 0)))).toEqual([`drafts[0].findings[0].number must be from 1 to ${atMost}, not 0`]);
    expect(problemsAfter(finding((f) => (f.id = null)))).toEqual(['drafts[0].findings[0].id must be a string, not null']);
    // A draft without an id of its own gives its findings nothing to be named after.
    expect(problemsAfter(draft((d) => (d.id = null)))).toEqual(['drafts[0].id must be a string, not null']);
  });

  it('quotes its sentence exactly at its offsets', () => {
    const second = 'It needs to improve its records.';
    expect(problemsAfter(finding((f) => Object.assign(f, { sentence: 2, start: 0, end: second.length, quote: second })))).toEqual([]);
    expect(problemsAfter(finding((f) => Object.assign(f, { sentence: 2, start: 0, end: second.length + 1, quote: `${second} ` })))).toEqual([
      'drafts[0].findings[0].end must be after start (0) and at most the length of sentence 2 (32), not 33',
    ]);
    expect(problemsAfter(finding((f) => Object.assign(f, { start: 5, end: 5 })))).toEqual([
      'drafts[0].findings[0].end must be after start (5) and at most the length of sentence 1 (38), not 5',
    ]);
    expect(problemsAfter(finding((f) => Object.assign(f, { start: -1, end: 0 })))).toEqual([
      `drafts[0].findings[0].start must be from 0 to ${atMost}, not -1`,
      `drafts[0].findings[0].end must be from 1 to ${atMost}, not 0`,
    ]);
    expect(problemsAfter(finding((f) => (f.quote = '')))).toEqual([
      'drafts[0].findings[0].quote must not be empty',
      'drafts[0].findings[0].quote is not the text of sentence 1 from 0 to 37',
    ]);
  });

  it('takes its type, judgement, basis and status from the vocabulary', () => {
    expect(problemsAfter(finding((f) => (f.judgement = null)))).toEqual([]);
    expect(problemsAfter(finding((f) => Object.assign(f, { type: 'LIKES', judgement: 'GOOD', basis: null, status: 'DONE' })))).toEqual([
      'drafts[0].findings[0].type must be one of ASSESSES, HAS_STRENGTH, IMPROVED, NEEDS_IMPROVEMENT, SAFEGUARDS, WORKS_WITH, SUPPORTS, INFORMS, TACKLES, FACES, THREATENS, USES, RESTRICTS, ENGAGES, not "LIKES"',
      'drafts[0].findings[0].judgement must be one of STRENGTH, IMPROVED, AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN or null, not "GOOD"',
      'drafts[0].findings[0].basis must be one of STATED, INFERRED, not null',
      'drafts[0].findings[0].status must be one of ESTABLISHED, EXPLORING, PLANNED, NOT_YET, not "DONE"',
    ]);
  });

  it('infers from sentences that exist', () => {
    expect(problemsAfter(finding((f) => (f.inferredFrom = [1, 2])))).toEqual([]);
    expect(problemsAfter(finding((f) => (f.inferredFrom = [0, 3, 'x'])))).toEqual([
      'drafts[0].findings[0].inferredFrom[0] must be from 1 to 2, not 0',
      'drafts[0].findings[0].inferredFrom[1] must be from 1 to 2, not 3',
      'drafts[0].findings[0].inferredFrom[2] must be a whole number, not "x"',
    ]);
    expect(problemsAfter(finding((f) => (f.inferredFrom = 1)))).toEqual(['drafts[0].findings[0].inferredFrom must be a list, not 1']);
  });

  it('names its participants with a role and an entity', () => {
    expect(problemsAfter(finding((f) => (f.participants = {})))).toEqual(['drafts[0].findings[0].participants must be a list, not an object']);
    expect(problemsAfter(finding((f) => f.participants.push('the council')))).toEqual(['drafts[0].findings[0].participants[2] must be an object, not "the council"']);
    expect(problemsAfter(finding((f) => f.participants.push({ role: 'WITNESS', entity: null })))).toEqual([
      'drafts[0].findings[0].participants[2].role must be one of SUBJECT, OBJECT, PARTNER, PURPOSE, THEME, not "WITNESS"',
      'drafts[0].findings[0].participants[2].entity must be an object, not null',
    ]);
    expect(problemsAfter(finding((f) => (f.participants[1].entity.existing = 1)))).toEqual([
      'drafts[0].findings[0].participants[1].entity.existing must be true or false, not 1',
    ]);
  });

  it('carries a review a draft can have', () => {
    expect(problemsAfter(finding((f) => (f.review = { status: 'DRAFT', by: null, at: null })))).toEqual([]);
    expect(problemsAfter(finding((f) => (f.review.status = 'REJECTED')))).toEqual([]);
    expect(problemsAfter(finding((f) => (f.review = 'ACCEPTED')))).toEqual(['drafts[0].findings[0].review must be an object, not "ACCEPTED"']);
    expect(problemsAfter(finding((f) => Object.assign(f.review, { status: 'DISPUTED', by: '', at: '2026-12-01' })))).toEqual([
      'drafts[0].findings[0].review.status must be one of DRAFT, ACCEPTED, REJECTED, not "DISPUTED"',
      'drafts[0].findings[0].review.by must not be empty',
      `drafts[0].findings[0].review.at ${notUtc('2026-12-01')}`,
    ]);
  });

  it('keeps its cue, confidence and version', () => {
    expect(problemsAfter(finding((f) => Object.assign(f, { cue: null, confidence: null, version: 1 })))).toEqual([]);
    expect(problemsAfter(finding((f) => (f.confidence = 0)))).toEqual([]);
    expect(problemsAfter(finding((f) => Object.assign(f, { cue: 5, confidence: '0.9', version: 0 })))).toEqual([
      'drafts[0].findings[0].cue must be a string or null, not 5',
      'drafts[0].findings[0].confidence must be a number or null, not "0.9"',
      `drafts[0].findings[0].version must be from 1 to ${atMost}, not 0`,
    ]);
    for (const confidence of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(problemsAfter(finding((f) => (f.confidence = confidence)))).toEqual([`drafts[0].findings[0].confidence must be a number or null, not ${confidence}`]);
    }
    expect(problemsAfter(finding((f) => delete f.confidence))).toEqual(['drafts[0].findings[0] has no field "confidence"']);
  });
});

describe('the audit entries', () => {
  const entry = (change: (entry: any) => void) => (file: any) => change(file.audit[1]);

  it('must be a list of objects with the fields of an entry', () => {
    expect(problemsAfter((f) => (f.audit = 'none'))).toEqual(['audit must be a list, not "none"']);
    expect(problemsAfter((f) => (f.audit = []))).toEqual([]);
    expect(problemsAfter((f) => f.audit.push(5))).toEqual(['audit[2] must be an object, not 5']);
    expect(problemsAfter(entry((e) => delete e.target))).toEqual(['audit[1] has no field "target"']);
  });

  it('have ids of their own', () => {
    expect(problemsAfter(entry((e) => (e.id = 'e1')))).toEqual(['audit[1].id "e1" is the id of an earlier entry']);
    expect(problemsAfter(entry((e) => (e.id = '')))).toEqual(['audit[1].id must not be empty']);
    expect(problemsAfter(entry((e) => (e.id = 2)))).toEqual(['audit[1].id must be a string, not 2']);
    expect(problemsAfter((f) => {
      f.audit[0].id = null;
      f.audit[1].id = null;
    })).toEqual([
      'audit[0].id must be a string, not null',
      'audit[1].id must be a string, not null',
    ]);
  });

  it('say when, who, what and to what', () => {
    expect(problemsAfter(entry((e) => Object.assign(e, { at: null, actor: '', action: 'DRAFT_EATEN', target: ' ' })))).toEqual([
      'audit[1].at must be a string, not null',
      'audit[1].actor must not be empty',
      'audit[1].action must be one of TOKEN_CREATED, TOKEN_REVOKED, DRAFT_STARTED, DRAFT_FINDING_EDITED, DRAFT_FINDING_ACCEPTED, DRAFT_FINDING_REJECTED, DRAFT_FINDING_ADDED, DRAFT_DISCARDED, ASSESSMENT_PUBLISHED, ASSESSMENT_IMPORTED, ASSESSMENT_WITHDRAWN, FINDING_DISPUTED, ENTITY_MERGED, ENTITY_SPLIT, not "DRAFT_EATEN"',
      'audit[1].target must not be empty',
    ]);
    expect(problemsAfter(entry((e) => (e.at = '2026-12-01T09:05:00Z')))).toEqual([`audit[1].at ${notUtc('2026-12-01T09:05:00Z')}`]);
  });

  it('keep the values before and after as JSON text, or null', () => {
    expect(problemsAfter(entry((e) => Object.assign(e, { before: null, after: null })))).toEqual([]);
    expect(problemsAfter(entry((e) => Object.assign(e, { before: '', after: '{review' })))).toEqual([
      'audit[1].before is not JSON text (the values as the audit log records them)',
      'audit[1].after is not JSON text (the values as the audit log records them)',
    ]);
    expect(problemsAfter(entry((e) => Object.assign(e, { before: { review: 'DRAFT' }, after: 1 })))).toEqual([
      'audit[1].before must be a string or null, not an object',
      'audit[1].after must be a string or null, not 1',
    ]);
  });
});
