// What the checks of an assessment file say about each kind of mistake, field by field, and what they let pass.
import { afterEach, describe, expect, it } from 'vitest';
import { formatPath } from '../../server/assessments/assessment-file-error.ts';
import type { AssessmentFile } from '../../server/assessments/assessment-file.ts';
import { assessmentProblems, Checker, clip, describe as describeValue } from '../../server/assessments/validate-assessment.ts';

const sentences = ['Greywater Police works well with the council.', 'It needs to improve its records.'];

/** A small valid file: two sentences, one finding in each, the second disputed and inferred from the first. */
function valid(): AssessmentFile {
  return {
    format: 'peel-graph/assessment',
    version: 1,
    assessment: {
      id: 'greywater-2024',
      title: 'An invented inspection of Greywater Police',
      force: 'greywater-police',
      inspector: 'hmi-example',
      kind: 'PEEL',
      year: 2024,
      yearBasis: 'STATED',
      published: '2024-03-02',
      url: 'https://example.org/greywater',
      licence: 'CC-BY-4.0',
      fictional: true,
      file: 'greywater.txt',
      text: sentences.join(' '),
      sentences: [...sentences],
    },
    entities: [
      { id: 'greywater-police', kind: 'FORCE', name: 'Greywater Police', pillar: null, aliases: ['the force'], summary: 'An invented force.' },
      { id: 'hmi-example', kind: 'INSPECTOR', name: 'HMI Example', pillar: null, aliases: [], summary: null },
      { id: 'records', kind: 'THEME', name: 'Records', pillar: 'EFFICIENCY', aliases: [], summary: null },
      { id: 'the-council', kind: 'PARTNER', name: 'The council', pillar: null, aliases: [], summary: null },
    ],
    findings: [
      {
        id: 'greywater-2024/s1.1',
        sentence: 1,
        start: 0,
        end: 44,
        quote: 'Greywater Police works well with the council',
        judgement: 'STRENGTH',
        basis: 'STATED',
        status: 'ESTABLISHED',
        inferredFrom: [],
        participants: [
          { entity: 'greywater-police', role: 'SUBJECT' },
          { entity: 'the-council', role: 'PARTNER' },
        ],
        edges: [{ from: 'greywater-police', type: 'WORKS_WITH', to: 'the-council' }],
        review: { status: 'ACCEPTED', by: 'editor', at: '2026-11-30T09:00:00.000Z', reason: null },
      },
      {
        id: 'greywater-2024/s2.1',
        sentence: 2,
        start: 3,
        end: 31,
        quote: 'needs to improve its records',
        judgement: 'AREA_FOR_IMPROVEMENT',
        basis: 'INFERRED',
        status: 'ESTABLISHED',
        inferredFrom: [1],
        participants: [
          { entity: 'greywater-police', role: 'SUBJECT' },
          { entity: 'records', role: 'THEME' },
        ],
        edges: [{ from: 'greywater-police', type: 'NEEDS_IMPROVEMENT', to: 'records' }],
        review: { status: 'DISPUTED', by: 'editor', at: '2026-11-30T10:15:00.250Z', reason: 'The records meant are not named.' },
      },
    ],
  };
}

/** The problems of the valid file after `change`, each as a person reads it: field, then what is wrong. */
function problemsAfter(change: (file: any) => void): string[] {
  const file = valid();
  change(file);
  return assessmentProblems(file).map((problem) => `${formatPath(problem.path)} ${problem.problem}`);
}

const notAnId = 'is not an id: lower-case letters and digits joined by single hyphens, at most 200 characters';

describe('assessmentProblems', () => {
  it('finds nothing wrong with a valid file', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('refuses what is not an object, describing what it is', () => {
    expect([undefined, null, 'text', 5, true, [], [1]].map((value) => assessmentProblems(value))).toEqual([
      [{ path: [], problem: 'must be an object, not undefined' }],
      [{ path: [], problem: 'must be an object, not null' }],
      [{ path: [], problem: 'must be an object, not "text"' }],
      [{ path: [], problem: 'must be an object, not 5' }],
      [{ path: [], problem: 'must be an object, not true' }],
      [{ path: [], problem: 'must be an object, not a list' }],
      [{ path: [], problem: 'must be an object, not a list' }],
    ]);
  });

  it('names every missing top-level field once, without a second complaint about its value', () => {
    expect(assessmentProblems({}).map((problem) => `${formatPath(problem.path)} ${problem.problem}`)).toEqual([
      'the file has no field "format"',
      'the file has no field "version"',
      'the file has no field "assessment"',
      'the file has no field "entities"',
      'the file has no field "findings"',
      'format must be "peel-graph/assessment", not undefined',
      'version must be 1 (the version this peel-graph reads), not undefined',
    ]);
  });

  it('names a field the file does not have, at that field', () => {
    expect(problemsAfter((f) => (f.colour = 'red'))).toEqual([
      'colour is not a field of an assessment file (expected format, version, assessment, entities, findings)',
    ]);
    expect(problemsAfter((f) => (f.assessment.colour = 'red'))).toEqual([
      'assessment.colour is not a field of this entry (expected id, title, force, inspector, kind, year, yearBasis, published, url, licence, fictional, file, text, sentences)',
    ]);
  });

  it('tells a file of a whole-database export apart from a file of another version', () => {
    expect(problemsAfter((f) => (f.version = 2))).toEqual(['version is 2, a file of a whole-database export: restore its folder with npm run import -- --all']);
    expect(problemsAfter((f) => (f.version = '1'))).toEqual(['version must be 1 (the version this peel-graph reads), not "1"']);
    expect(problemsAfter((f) => (f.format = 'peel-graph/archive'))).toEqual(['format must be "peel-graph/assessment", not "peel-graph/archive"']);
  });
});

describe('the assessment entry', () => {
  it('must be an object; without one, the findings are checked without its sentences', () => {
    expect(problemsAfter((f) => (f.assessment = 'greywater'))).toEqual(['assessment must be an object, not "greywater"']);
    // No sentences to count: any sentence number passes, and no id or quote can be checked against them.
    expect(problemsAfter((f) => Object.assign(f, { assessment: [], findings: [{ ...f.findings[1], sentence: 99, id: 'x', inferredFrom: [98] }] }))).toEqual([
      'assessment must be an object, not a list',
    ]);
  });

  it('reports a missing field at the entry and checks nothing else about it', () => {
    expect(problemsAfter((f) => delete f.assessment.title)).toEqual(['assessment has no field "title"']);
    expect(problemsAfter((f) => delete f.assessment.fictional)).toEqual(['assessment has no field "fictional"']);
    expect(problemsAfter((f) => delete f.assessment.sentences)).toEqual(['assessment has no field "sentences"']);
  });

  it('needs an id that can be part of other ids, and then checks no finding id against it', () => {
    expect(problemsAfter((f) => (f.assessment.id = 'Greywater 2024'))).toEqual([`assessment.id "Greywater 2024" ${notAnId}`]);
    expect(problemsAfter((f) => (f.assessment.id = 5))).toEqual(['assessment.id must be a string, not 5']);
  });

  it('needs a title, a kind and a text that are not blank', () => {
    expect(problemsAfter((f) => Object.assign(f.assessment, { title: ' ', kind: '' }))).toEqual([
      'assessment.title must not be empty',
      'assessment.kind must not be empty',
    ]);
    // Without a text, the sentences are not looked for in it.
    expect(problemsAfter((f) => (f.assessment.text = 5))).toEqual(['assessment.text must be a string, not 5']);
    expect(problemsAfter((f) => delete f.assessment.text)).toEqual(['assessment has no field "text"']);
    expect(problemsAfter((f) => (f.assessment.text = ''))).toEqual([
      'assessment.text must not be empty',
      'assessment.sentences[0] is not verbatim in text',
      'assessment.sentences[1] is not verbatim in text',
    ]);
  });

  it('takes a force and an inspector that are null, or ids of entities of the right kind', () => {
    expect(problemsAfter((f) => Object.assign(f.assessment, { force: null, inspector: null }))).toEqual([]);
    expect(problemsAfter((f) => Object.assign(f.assessment, { force: 'Greywater', inspector: 7 }))).toEqual([
      `assessment.force "Greywater" ${notAnId}`,
      'assessment.inspector must be a string, not 7',
    ]);
    expect(problemsAfter((f) => Object.assign(f.assessment, { force: 'hmi-example', inspector: 'greywater-police' }))).toEqual([
      'assessment.force "hmi-example" is of kind INSPECTOR, not FORCE',
      'assessment.inspector "greywater-police" is of kind FORCE, not INSPECTOR',
    ]);
    expect(problemsAfter((f) => Object.assign(f.assessment, { force: 'fenmarsh-police', inspector: 'hmi-nobody' }))).toEqual([
      'assessment.force "fenmarsh-police" is not among the entities',
      'assessment.inspector "hmi-nobody" is not among the entities',
    ]);
  });

  it('says nothing more of a force whose entity has an unknown kind: that kind is reported already', () => {
    expect(problemsAfter((f) => (f.entities[0].kind = 'TOWN'))).toEqual([
      'entities[0].kind must be one of FORCE, INSPECTOR, THEME, PARTNER, VICTIM_GROUP, RISK, POWER, COMMUNITY, not "TOWN"',
    ]);
  });

  it('takes a year from 1800 to 2200 with its basis, or neither', () => {
    for (const year of [1800, 2200]) expect(problemsAfter((f) => (f.assessment.year = year))).toEqual([]);
    expect(problemsAfter((f) => Object.assign(f.assessment, { year: null, yearBasis: null }))).toEqual([]);
    expect(problemsAfter((f) => (f.assessment.year = 1799))).toEqual(['assessment.year must be from 1800 to 2200, not 1799']);
    expect(problemsAfter((f) => (f.assessment.year = 2201))).toEqual(['assessment.year must be from 1800 to 2200, not 2201']);
    expect(problemsAfter((f) => (f.assessment.year = 2024.5))).toEqual(['assessment.year must be a whole number or null, not 2024.5']);
    expect(problemsAfter((f) => (f.assessment.year = null))).toEqual(['assessment.yearBasis must be null exactly when year is null']);
    expect(problemsAfter((f) => (f.assessment.yearBasis = null))).toEqual(['assessment.yearBasis must be null exactly when year is null']);
    expect(problemsAfter((f) => (f.assessment.yearBasis = 'GUESSED'))).toEqual(['assessment.yearBasis must be one of STATED, INFERRED or null, not "GUESSED"']);
  });

  it('takes a published date that is a real day, written YYYY-MM-DD, or null', () => {
    expect(problemsAfter((f) => (f.assessment.published = null))).toEqual([]);
    expect(problemsAfter((f) => (f.assessment.published = '2024-02-29'))).toEqual([]);
    for (const date of ['2024', '2024-03', '2023-02-29', '2024-13-01', '2024-00-10', '2024-3-2', '02-03-2024', '2024-03-02T00:00', 'on 2024-03-02']) {
      expect(problemsAfter((f) => (f.assessment.published = date))).toEqual([`assessment.published "${date}" is not a date (YYYY-MM-DD)`]);
    }
    expect(problemsAfter((f) => (f.assessment.published = 20240302))).toEqual(['assessment.published must be a string or null, not 20240302']);
  });

  it('takes a url, a licence and a file name that are null or not blank', () => {
    expect(problemsAfter((f) => Object.assign(f.assessment, { url: null, licence: null, file: null }))).toEqual([]);
    expect(problemsAfter((f) => Object.assign(f.assessment, { url: '', licence: ' ', file: '' }))).toEqual([
      'assessment.url must not be empty',
      'assessment.licence must not be empty',
      'assessment.file must not be empty',
    ]);
  });

  it('takes fictional as true or false only', () => {
    expect(problemsAfter((f) => (f.assessment.fictional = false))).toEqual([]);
    expect(problemsAfter((f) => (f.assessment.fictional = 'yes'))).toEqual(['assessment.fictional must be true or false, not "yes"']);
    expect(problemsAfter((f) => (f.assessment.fictional = null))).toEqual(['assessment.fictional must be true or false, not null']);
  });

  it('needs at least one sentence, each verbatim in the text and in its order', () => {
    expect(problemsAfter((f) => Object.assign(f.assessment, { sentences: 'one' }))).toEqual(['assessment.sentences must be a list, not "one"']);
    expect(problemsAfter((f) => (Object.assign(f, { findings: [] }).assessment.sentences = []))).toEqual(['assessment.sentences must hold at least one sentence']);
    // Sentence 1 is still a sentence number a finding may give; there is no text to quote from.
    expect(problemsAfter((f) => (Object.assign(f, { findings: [f.findings[0]] }).assessment.sentences = []))).toEqual([
      'assessment.sentences must hold at least one sentence',
    ]);
    // A sentence that is not text is reported once; it is not also looked for in the text.
    expect(problemsAfter((f) => (Object.assign(f, { findings: [] }).assessment.sentences[1] = 5))).toEqual(['assessment.sentences[1] must be a string, not 5']);
    expect(problemsAfter((f) => (Object.assign(f, { findings: [] }).assessment.sentences[1] = ''))).toEqual(['assessment.sentences[1] must not be empty']);
    expect(problemsAfter((f) => (f.assessment.sentences[0] = 'Fenmarsh Constabulary works well.'))).toEqual([
      'assessment.sentences[0] is not verbatim in text',
      'findings[0].end must be after start (0) and at most the length of sentence 1 (33), not 44',
    ]);
    // Found only before the sentence ahead of it, even where it starts the text.
    expect(problemsAfter((f) => (f.assessment.text = `${sentences[1]} ${sentences[0]}`))).toEqual([
      'assessment.sentences[1] is in text, but before the sentence listed ahead of it: sentences must be in the text\'s order',
    ]);
  });

  it('looks for each sentence after the whole of the one before it, not inside it', () => {
    const file = (f: any, text: string, list: string[]) => {
      Object.assign(f.assessment, { text, sentences: list });
      f.findings = [];
    };
    expect(problemsAfter((f) => file(f, 'Records. Records.', ['Records.', 'Records.']))).toEqual([]);
    expect(problemsAfter((f) => file(f, 'Records.', ['Records.', 'cords.']))).toEqual([
      'assessment.sentences[1] is in text, but before the sentence listed ahead of it: sentences must be in the text\'s order',
    ]);
  });
});

describe('the entities', () => {
  const add = (entity: object) => (f: any) => f.entities.push({ id: 'victims', kind: 'VICTIM_GROUP', name: 'Victims', pillar: null, aliases: [], summary: null, ...entity });

  it('pass when each is complete and listed once', () => {
    expect(problemsAfter(add({ aliases: ['victims of crime'], summary: 'People harmed.' }))).toEqual([]);
  });

  it('must be a list of objects with the fields of an entity', () => {
    expect(problemsAfter((f) => Object.assign(Object.assign(f, { entities: {}, findings: [] }).assessment, { force: null, inspector: null }))).toEqual([
      'entities must be a list, not an object',
    ]);
    expect(problemsAfter((f) => f.entities.push('victims'))).toEqual(['entities[4] must be an object, not "victims"']);
    expect(problemsAfter(add({ colour: 'red' }))).toEqual([
      'entities[4].colour is not a field of this entry (expected id, kind, name, pillar, aliases, summary)',
    ]);
  });

  it('name the field that is wrong', () => {
    expect(problemsAfter(add({ id: 'Victims', kind: 'PEOPLE', name: ' ', aliases: 'victims', summary: 5 }))).toEqual([
      `entities[4].id "Victims" ${notAnId}`,
      'entities[4].kind must be one of FORCE, INSPECTOR, THEME, PARTNER, VICTIM_GROUP, RISK, POWER, COMMUNITY, not "PEOPLE"',
      'entities[4].name must not be empty',
      'entities[4].aliases must be a list, not "victims"',
      'entities[4].summary must be a string or null, not 5',
    ]);
    expect(problemsAfter(add({ aliases: ['victims', '', 3] }))).toEqual([
      'entities[4].aliases[1] must not be empty',
      'entities[4].aliases[2] must be a string, not 3',
    ]);
  });

  it('give a pillar to themes only', () => {
    expect(problemsAfter(add({ pillar: 'LEGITIMACY' }))).toEqual([
      'entities[4].pillar must be null for an entity of kind VICTIM_GROUP (only themes have a pillar)',
    ]);
    expect(problemsAfter(add({ kind: 'THEME', pillar: 'LEGITIMACY' }))).toEqual([]);
    expect(problemsAfter(add({ kind: 'THEME', pillar: 'FAIRNESS' }))).toEqual([
      'entities[4].pillar must be one of EFFECTIVENESS, EFFICIENCY, LEGITIMACY or null, not "FAIRNESS"',
    ]);
    // An unknown kind is one complaint, not two.
    expect(problemsAfter(add({ kind: 'PEOPLE', pillar: 'LEGITIMACY' }))).toEqual([
      'entities[4].kind must be one of FORCE, INSPECTOR, THEME, PARTNER, VICTIM_GROUP, RISK, POWER, COMMUNITY, not "PEOPLE"',
    ]);
  });

  it('list each id once, the first listing giving its kind', () => {
    expect(problemsAfter(add({ id: 'greywater-police', kind: 'INSPECTOR' }))).toEqual([
      'entities[4].id "greywater-police" is listed twice among the entities',
    ]);
    // Ids that are not ids are not compared.
    expect(problemsAfter((f) => [add({ id: 'Victims' }), add({ id: 'Victims' })].forEach((change) => change(f)))).toEqual([
      `entities[4].id "Victims" ${notAnId}`,
      `entities[5].id "Victims" ${notAnId}`,
    ]);
  });
});

describe('the findings', () => {
  it('must be a list of objects with the fields of a finding', () => {
    expect(problemsAfter((f) => (f.findings = 'none'))).toEqual(['findings must be a list, not "none"']);
    expect(problemsAfter((f) => (f.findings = []))).toEqual([]);
    expect(problemsAfter((f) => f.findings.push(null))).toEqual(['findings[2] must be an object, not null']);
    expect(problemsAfter((f) => delete f.findings[1].review)).toEqual(['findings[1] has no field "review"']);
  });

  it('number sentences from 1 to the count of sentences', () => {
    expect(problemsAfter((f) => (f.findings[1].sentence = 3))).toEqual(['findings[1].sentence must be from 1 to 2, not 3']);
    expect(problemsAfter((f) => (f.findings[0].sentence = 0))).toEqual(['findings[0].sentence must be from 1 to 2, not 0']);
    expect(problemsAfter((f) => (f.findings[0].sentence = '1'))).toEqual(['findings[0].sentence must be a whole number, not "1"']);
  });

  it('name a finding <assessment>/s<sentence>.<k>, k a whole number from 1', () => {
    const idProblem = (id: string) => `findings[0].id "${id}" must be greywater-2024/s1.<k>, k counting the sentence's findings from 1`;
    expect(problemsAfter((f) => (f.findings[0].id = 'greywater-2024/s1.10'))).toEqual([]);
    for (const id of ['greywater-2024/s2.2', 'greywater-2024/s1.0', 'greywater-2024/s1.01', 'greywater-2024/s1.1a', 'greywater-2024/s1.', 'x-greywater-2024/s1.1']) {
      expect(problemsAfter((f) => (f.findings[0].id = id))).toEqual([idProblem(id)]);
    }
    expect(problemsAfter((f) => (f.findings[0].id = null))).toEqual(['findings[0].id must be a string, not null']);
  });

  it('give no two findings one id', () => {
    expect(problemsAfter((f) => f.findings.push({ ...f.findings[0] }))).toEqual(['findings[2].id "greywater-2024/s1.1" is the id of an earlier finding']);
  });

  it('check ids only against a sentence number that is valid', () => {
    expect(problemsAfter((f) => Object.assign(f.findings[0], { sentence: 9, id: 'anything' }))).toEqual(['findings[0].sentence must be from 1 to 2, not 9']);
  });

  it('quote their sentence exactly at their offsets', () => {
    const whole = sentences[0]!;
    expect(problemsAfter((f) => Object.assign(f.findings[0], { end: whole.length, quote: whole }))).toEqual([]);
    expect(problemsAfter((f) => Object.assign(f.findings[0], { end: whole.length + 1, quote: `${whole} ` }))).toEqual([
      'findings[0].end must be after start (0) and at most the length of sentence 1 (45), not 46',
    ]);
    expect(problemsAfter((f) => Object.assign(f.findings[0], { start: 10, end: 10 }))).toEqual([
      'findings[0].end must be after start (10) and at most the length of sentence 1 (45), not 10',
    ]);
    expect(problemsAfter((f) => (f.findings[0].quote = 'Greywater Police works well with the counci'))).toEqual([
      'findings[0].quote is not the text of sentence 1 from 0 to 44',
    ]);
    expect(problemsAfter((f) => Object.assign(f.findings[0], { start: -1, end: 0 }))).toEqual([
      'findings[0].start must be from 0 to 9007199254740991, not -1',
      'findings[0].end must be from 1 to 9007199254740991, not 0',
    ]);
    expect(problemsAfter((f) => (f.findings[0].quote = ''))).toEqual(['findings[0].quote must not be empty', 'findings[0].quote is not the text of sentence 1 from 0 to 44']);
  });

  it('take judgement, basis and status from the vocabulary', () => {
    expect(problemsAfter((f) => (f.findings[0].judgement = null))).toEqual([]);
    expect(problemsAfter((f) => Object.assign(f.findings[0], { judgement: 'GOOD', basis: 'GUESSED', status: null }))).toEqual([
      'findings[0].judgement must be one of STRENGTH, IMPROVED, AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN or null, not "GOOD"',
      'findings[0].basis must be one of STATED, INFERRED, not "GUESSED"',
      'findings[0].status must be one of ESTABLISHED, EXPLORING, PLANNED, NOT_YET, not null',
    ]);
  });

  it('infer only from other sentences that exist, and only when not stated', () => {
    expect(problemsAfter((f) => (f.findings[1].inferredFrom = []))).toEqual([]);
    expect(problemsAfter((f) => (f.findings[1].inferredFrom = 1))).toEqual(['findings[1].inferredFrom must be a list, not 1']);
    expect(problemsAfter((f) => (f.findings[1].inferredFrom = [1, 2, 3, 0]))).toEqual([
      'findings[1].inferredFrom[1] names the finding\'s own sentence',
      'findings[1].inferredFrom[2] must be from 1 to 2, not 3',
      'findings[1].inferredFrom[3] must be from 1 to 2, not 0',
    ]);
    expect(problemsAfter((f) => (f.findings[1].basis = 'STATED'))).toEqual(['findings[1].inferredFrom must be empty for a STATED finding']);
    expect(problemsAfter((f) => (f.findings[0].inferredFrom = '2'))).toEqual(['findings[0].inferredFrom must be a list, not "2"']);
    // Neither number is valid, so they cannot be the same sentence.
    expect(problemsAfter((f) => Object.assign(f.findings[1], { sentence: 'two', id: 'x', inferredFrom: ['one'] }))).toEqual([
      'findings[1].sentence must be a whole number, not "two"',
      'findings[1].inferredFrom[0] must be a whole number, not "one"',
    ]);
  });

  it('name at least one participant, each an entity once with a role', () => {
    expect(problemsAfter((f) => Object.assign(f.findings[0], { participants: [], edges: [] }))).toEqual(['findings[0].participants must name at least one participant']);
    expect(problemsAfter((f) => (f.findings[0].participants = {}))).toEqual([
      'findings[0].participants must be a list, not an object',
      'findings[0].edges[0].from "greywater-police" is not a participant of the finding',
    ]);
    expect(problemsAfter((f) => f.findings[0].participants.push('hmi-example'))).toEqual(['findings[0].participants[2] must be an object, not "hmi-example"']);
    expect(problemsAfter((f) => f.findings[0].participants.push({ entity: 'hmi-example' }))).toEqual(['findings[0].participants[2] has no field "role"']);
    expect(problemsAfter((f) => f.findings[0].participants.push({ entity: 5, role: 'WITNESS' }))).toEqual([
      'findings[0].participants[2].entity must be a string, not 5',
      'findings[0].participants[2].role must be one of SUBJECT, OBJECT, PARTNER, PURPOSE, THEME, not "WITNESS"',
    ]);
    expect(problemsAfter((f) => f.findings[0].participants.push({ entity: 'fenmarsh-police', role: 'OBJECT' }, { entity: 'the-council', role: 'OBJECT' }))).toEqual([
      'findings[0].participants[2].entity "fenmarsh-police" is not among the entities',
      'findings[0].participants[3].entity "the-council" takes part twice',
    ]);
  });

  it('draw edges between entities, from a participant, to another entity, each once', () => {
    const edge = (e: object) => (f: any) => f.findings[0].edges.push({ from: 'greywater-police', type: 'SUPPORTS', to: 'records', ...e });
    expect(problemsAfter(edge({}))).toEqual([]);
    expect(problemsAfter((f) => (f.findings[0].edges = 'none'))).toEqual(['findings[0].edges must be a list, not "none"']);
    expect(problemsAfter((f) => (f.findings[0].edges = []))).toEqual([]);
    expect(problemsAfter((f) => f.findings[0].edges.push(3))).toEqual(['findings[0].edges[1] must be an object, not 3']);
    expect(problemsAfter(edge({ type: 'LIKES' }))).toEqual([
      'findings[0].edges[1].type must be one of ASSESSES, HAS_STRENGTH, IMPROVED, NEEDS_IMPROVEMENT, SAFEGUARDS, WORKS_WITH, SUPPORTS, INFORMS, TACKLES, FACES, THREATENS, USES, RESTRICTS, ENGAGES, not "LIKES"',
    ]);
    expect(problemsAfter(edge({ from: 'fenmarsh-police', to: 'nobody' }))).toEqual([
      'findings[0].edges[1].from "fenmarsh-police" is not among the entities',
      'findings[0].edges[1].to "nobody" is not among the entities',
    ]);
    expect(problemsAfter(edge({ from: 'hmi-example' }))).toEqual(['findings[0].edges[1].from "hmi-example" is not a participant of the finding']);
    expect(problemsAfter(edge({ to: 'greywater-police' }))).toEqual(['findings[0].edges[1].to is the edge\'s own start']);
    expect(problemsAfter(edge({ from: 1, to: 2 }))).toEqual(['findings[0].edges[1].from must be a string, not 1', 'findings[0].edges[1].to must be a string, not 2']);
    expect(problemsAfter(edge({ type: 'WORKS_WITH', to: 'the-council' }))).toEqual(['findings[0].edges[1] draws greywater-police WORKS_WITH the-council twice']);
  });

  it('carry a review that a published file may hold', () => {
    expect(problemsAfter((f) => (f.findings[0].review = 'ok'))).toEqual(['findings[0].review must be an object, not "ok"']);
    expect(problemsAfter((f) => Object.assign(f.findings[0].review, { by: null, at: null }))).toEqual([]);
    for (const status of ['DRAFT', 'REJECTED']) {
      // Its reason is not judged: the status is wrong already.
      expect(problemsAfter((f) => Object.assign(f.findings[1].review, { status }))).toEqual([
        `findings[1].review.status is ${status}: a published file holds ACCEPTED and DISPUTED findings only`,
      ]);
    }
    expect(problemsAfter((f) => (f.findings[0].review.status = 'DONE'))).toEqual(['findings[0].review.status must be one of ACCEPTED, DISPUTED, not "DONE"']);
    expect(problemsAfter((f) => (f.findings[0].review.by = ''))).toEqual(['findings[0].review.by must not be empty']);
  });

  it('give a review time in the one spelling a time is read back from the graph', () => {
    for (const at of ['2026-11-30T09:00:00Z', '2026-11-30T09:00:00.000+00:00', '2026-02-30T09:00:00.000Z', '2026-13-01T09:00:00.000Z', '2026-11-30T25:00:00.000Z', '+010000-01-01T00:00:00.000Z', ' 2026-11-30T09:00:00.000Z', '2026-11-30T09:00:00.000Z ']) {
      expect(problemsAfter((f) => (f.findings[0].review.at = at))).toEqual([`findings[0].review.at "${at}" is not a UTC time as 2026-12-01T09:30:00.000Z`]);
    }
    expect(problemsAfter((f) => (f.findings[0].review.at = 0))).toEqual(['findings[0].review.at must be a string or null, not 0']);
  });

  it('give a reason for a dispute and for nothing else', () => {
    expect(problemsAfter((f) => (f.findings[1].review.reason = null))).toEqual(['findings[1].review.reason must say why a DISPUTED finding is disputed']);
    expect(problemsAfter((f) => (f.findings[1].review.reason = ' '))).toEqual(['findings[1].review.reason must not be empty']);
    expect(problemsAfter((f) => (f.findings[0].review.reason = 'Agreed.'))).toEqual([
      'findings[0].review.reason must be null for an ACCEPTED finding (only a dispute has a reason)',
    ]);
  });
});

describe('Checker', () => {
  let check = new Checker();
  afterEach(() => {
    check = new Checker();
  });
  const said = () => check.problems.map((problem) => `${formatPath(problem.path)} ${problem.problem}`);

  it('gives back the object it checked', () => {
    const value = { a: 1 };
    expect(check.object(value, ['x'], ['a'])).toBe(value);
    expect(check.object(undefined, ['x'], ['a'])).toBeNull();
    expect(check.object(null, ['x'], ['a'])).toBeNull();
    expect(said()).toEqual(['x must be an object, not null']);
  });

  it('gives back a list, and passes over a list that is missing', () => {
    const list = [1];
    expect(check.array(list, ['x'])).toBe(list);
    expect(check.array(undefined, ['x'])).toBeNull();
    expect(check.array({}, ['x'])).toBeNull();
    expect(said()).toEqual(['x must be a list, not an object']);
  });

  it('gives back a string, null where null is allowed', () => {
    expect(check.string('', ['a'])).toBe('');
    expect(check.string(' ', ['b'], { nonEmpty: true })).toBe(' ');
    expect(check.string(null, ['c'], { nullable: true })).toBeNull();
    expect(check.string(undefined, ['d'])).toBeNull();
    expect(check.string(null, ['e'])).toBeNull();
    expect(check.string(false, ['f'], { nullable: true })).toBeNull();
    expect(said()).toEqual(['b must not be empty', 'e must be a string, not null', 'f must be a string or null, not false']);
  });

  it('takes an id of up to 200 characters: lower-case words of letters and digits joined by single hyphens', () => {
    const longest = `${'a'.repeat(100)}-${'b'.repeat(99)}`;
    for (const id of ['a', 'fenmarsh-2024', 'a1-b2-c3', longest]) expect(check.id(id, ['id'])).toBe(id);
    expect(said()).toEqual([]);
    for (const id of [`${longest}c`, '', 'A', 'a--b', '-a', 'a-', 'a_b', 'a b', 'é']) expect(check.id(id, ['id'])).toBeNull();
    expect(said()).toEqual([`${longest}c`, '', 'A', 'a--b', '-a', 'a-', 'a_b', 'a b', 'é'].map((id) => `id "${clip(id)}" ${notAnId}`));
  });

  it('takes a whole number within its bounds, bounds included', () => {
    const bounds = { min: 1, max: 3 };
    expect([1, 3].map((n) => check.integer(n, ['n'], bounds))).toEqual([1, 3]);
    expect(check.integer(null, ['n'], { ...bounds, nullable: true })).toBeNull();
    expect(check.integer(undefined, ['n'], bounds)).toBeNull();
    expect(said()).toEqual([]);
    for (const n of [0, 4, 1.5, Number.NaN, null, '2']) expect(check.integer(n, ['n'], bounds)).toBeNull();
    expect(said()).toEqual([
      'n must be from 1 to 3, not 0',
      'n must be from 1 to 3, not 4',
      'n must be a whole number, not 1.5',
      'n must be a whole number, not NaN',
      'n must be a whole number, not null',
      'n must be a whole number, not "2"',
    ]);
  });

  it('takes one of a list of words', () => {
    expect(check.oneOf('B', ['v'], ['A', 'B'])).toBe('B');
    expect(check.oneOf(null, ['v'], ['A', 'B'], { nullable: true })).toBeNull();
    expect(check.oneOf(undefined, ['v'], ['A', 'B'])).toBeNull();
    expect(check.oneOf(null, ['v'], ['A', 'B'])).toBeNull();
    expect(check.oneOf('C', ['v'], ['A', 'B'], { nullable: true })).toBeNull();
    expect(said()).toEqual(['v must be one of A, B, not null', 'v must be one of A, B or null, not "C"']);
  });
});

describe('describe and clip', () => {
  it('say what a value is in a few words', () => {
    expect([undefined, null, [], {}, 'x', 1.5, false].map(describeValue)).toEqual(['undefined', 'null', 'a list', 'an object', '"x"', '1.5', 'false']);
  });

  it('shorten text longer than 60 characters to 57 and an ellipsis', () => {
    expect(clip('x'.repeat(60))).toBe('x'.repeat(60));
    expect(clip(`${'x'.repeat(57)}yyyy`)).toBe(`${'x'.repeat(57)}…`);
    expect(describeValue('y'.repeat(61))).toBe(`"${'y'.repeat(57)}…"`);
  });
});
