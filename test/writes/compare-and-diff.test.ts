// Many assessments through the API, on the fictional samples loaded beside the Cheshire seed: compare forces on a
// shared theme, diff a force's two years, each in one round trip; picking assessments; removing the samples.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { loadExamples } from '../../server/examples.ts';
import { graphql, testApp } from '../support/api.ts';
import { testCredentials, testDriver } from '../support/database.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const harrowdale = 'harrowdale-constabulary';

let driver: Driver;
let app: App;
beforeAll(async () => {
  driver = testDriver();
  app = testApp(driver);
  await loadExamples(driver, { actor: 'local:compare-and-diff-test' });
});
afterAll(() => driver.close());

const compareQuery = /* GraphQL */ `
  query Compare($forces: [ID!]!, $themes: [ID!], $year: Int) {
    compare(forces: $forces, themes: $themes, year: $year) {
      forces { id name }
      themes { id name }
      assessments { id year fictional }
      cells { force { id } theme { id } judgements findings { id } findingCount }
      truncated
    }
  }
`;

const side = 'quote sentence sentenceNumber judgement finding { id }';
const diffQuery = /* GraphQL */ `
  query Diff($from: ID!, $to: ID!) {
    diff(from: $from, to: $to) {
      from { id year }
      to { id year }
      new { theme { id name } type before { ${side} } after { ${side} } }
      resolved { theme { id name } type before { ${side} } after { ${side} } }
      persisting { theme { id name } type before { ${side} } after { ${side} } }
      worse { theme { id name } type before { ${side} } after { ${side} } }
      disappeared { theme { id name } type before { ${side} } after { ${side} } }
      truncated
    }
  }
`;

describe('compare', () => {
  it("answers which forces share an area for improvement on vetting, and in what words, in one round trip", async () => {
    const answer = await graphql(app, compareQuery, {
      forces: [harrowdale, 'brackenfield-police', 'cheshire-constabulary'],
      // A theme by its id, and another by its alias (the inspectorate's later term).
      themes: ['vetting', 'managing the risk of abuse of position for a sexual purpose'],
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.roundTrips).toBe(1);
    const compare = answer.data!.compare;
    expect(compare.forces).toEqual([
      { id: harrowdale, name: 'Harrowdale Constabulary' },
      { id: 'brackenfield-police', name: 'Brackenfield Police' },
      { id: 'cheshire-constabulary', name: 'Cheshire Constabulary' },
    ]);
    expect(compare.themes).toEqual([
      { id: 'vetting', name: 'Vetting' },
      { id: 'managing-abuse-of-authority', name: 'Managing the risk of abuse of authority for sexual gain' },
    ]);
    // Each force on its latest assessment: Harrowdale's 2023 one.
    expect(compare.assessments).toEqual([
      { id: 'harrowdale-peel-assessment-2023', year: 2023, fictional: true },
      { id: 'brackenfield-peel-assessment-2022', year: 2022, fictional: true },
      { id: 'cheshire-peel-assessment', year: 2016, fictional: false },
    ]);
    expect(compare.cells).toEqual([
      { force: { id: harrowdale }, theme: { id: 'vetting' }, judgements: ['IMPROVED'], findings: [{ id: 'harrowdale-peel-assessment-2023/s16.1' }], findingCount: 1 },
      {
        force: { id: harrowdale },
        theme: { id: 'managing-abuse-of-authority' },
        judgements: ['CAUSE_OF_CONCERN'],
        findings: [{ id: 'harrowdale-peel-assessment-2023/s18.1' }],
        findingCount: 1,
      },
      { force: { id: 'brackenfield-police' }, theme: { id: 'vetting' }, judgements: ['AREA_FOR_IMPROVEMENT'], findings: [{ id: 'brackenfield-peel-assessment-2022/s13.1' }], findingCount: 1 },
      {
        force: { id: 'brackenfield-police' },
        theme: { id: 'managing-abuse-of-authority' },
        judgements: ['AREA_FOR_IMPROVEMENT'],
        findings: [{ id: 'brackenfield-peel-assessment-2022/s14.1' }],
        findingCount: 1,
      },
      { force: { id: 'cheshire-constabulary' }, theme: { id: 'vetting' }, judgements: ['AREA_FOR_IMPROVEMENT'], findings: [{ id: 'cheshire-peel-assessment/s18.1' }], findingCount: 1 },
      {
        force: { id: 'cheshire-constabulary' },
        theme: { id: 'managing-abuse-of-authority' },
        judgements: ['AREA_FOR_IMPROVEMENT'],
        findings: [{ id: 'cheshire-peel-assessment/s18.2' }],
        findingCount: 1,
      },
    ]);
    expect(compare.truncated).toBe(false);
  });

  it("compares a year's assessments, and cites the findings' words when asked", async () => {
    const answer = await graphql(
      app,
      /* GraphQL */ `
        query ($forces: [ID!]!) {
          compare(forces: $forces, themes: ["vetting"], year: 2021) {
            assessments { id }
            cells { force { id } judgements findings { id judgement evidence { quote } } }
          }
        }
      `,
      { forces: [harrowdale, 'brackenfield-police'] },
    );
    expect(answer.errors).toBeUndefined();
    // Brackenfield has no 2021 assessment, so no cell; Harrowdale's words then.
    expect(answer.data!.compare).toEqual({
      assessments: [{ id: 'harrowdale-peel-assessment-2021' }],
      cells: [
        {
          force: { id: harrowdale },
          judgements: ['AREA_FOR_IMPROVEMENT'],
          findings: [{ id: 'harrowdale-peel-assessment-2021/s17.1', judgement: 'AREA_FOR_IMPROVEMENT', evidence: { quote: 'the force needs to improve its vetting' } }],
        },
      ],
    });
    // The findings' words are read in a second round trip, as the schema says.
    expect(answer.roundTrips).toBe(2);
  });

  it('lists every theme with findings when none are named, the force as a whole first, worst judgement first in a cell', async () => {
    const answer = await graphql(app, compareQuery, { forces: [harrowdale, 'brackenfield-police'] });
    expect(answer.errors).toBeUndefined();
    expect(answer.roundTrips).toBe(1);
    const { themes, cells } = answer.data!.compare;
    const ids = themes.map((theme: { id: string }) => theme.id);
    // The force as a whole first; the order of the rest depends on every force's findings, which other files add to.
    expect(ids[0]).toBe('overall-performance');
    expect(ids).toEqual(expect.arrayContaining(['investigation', 'vetting', 'workforce-wellbeing', 'responding-to-the-public', 'understanding-demand']));
    const investigation = cells.find((cell: any) => cell.force.id === 'brackenfield-police' && cell.theme.id === 'investigation');
    expect(investigation.judgements).toEqual(['AREA_FOR_IMPROVEMENT', 'STRENGTH', 'STRENGTH']);
    expect(investigation.findings.map((f: { id: string }) => f.id)).toEqual([
      'brackenfield-peel-assessment-2022/s4.1',
      'brackenfield-peel-assessment-2022/s3.1',
      'brackenfield-peel-assessment-2022/s3.2',
    ]);
    // A cell per force and theme with findings only: Brackenfield says nothing of responding to the public.
    expect(cells.some((cell: any) => cell.force.id === 'brackenfield-police' && cell.theme.id === 'responding-to-the-public')).toBe(false);
  });

  it("counts an entity's relationships only when the request reads its degree", async () => {
    const answer = await graphql(app, '{ compare(forces: ["brackenfield-police"], themes: ["vetting"]) { forces { id degree } themes { id degree } } }');
    expect(answer.errors).toBeUndefined();
    const { records } = await driver.executeQuery('MATCH (n:Entity) WHERE n.id IN ["brackenfield-police", "vetting"] RETURN n.id AS id, COUNT { (n)--(:Entity) } AS degree ORDER BY id');
    const degree = Object.fromEntries(records.map((r) => [r.get('id'), Number(r.get('degree'))]));
    expect(degree.vetting).toBeGreaterThan(1);
    expect(answer.data!.compare).toEqual({ forces: [{ id: 'brackenfield-police', degree: degree['brackenfield-police'] }], themes: [{ id: 'vetting', degree: degree.vetting }] });
    expect(answer.roundTrips).toBe(1);
  });

  it.each([
    [{ forces: [] }, 'BAD_USER_INPUT', 'forces'],
    [{ forces: ['no-such-force'] }, 'NOT_FOUND', 'forces'],
    [{ forces: ['vetting'] }, 'BAD_USER_INPUT', 'forces'],
    [{ forces: [harrowdale], themes: ['no-such-theme'] }, 'NOT_FOUND', 'themes'],
    [{ forces: [harrowdale], themes: [] }, 'BAD_USER_INPUT', 'themes'],
    [{ forces: [harrowdale], year: 20_000 }, 'BAD_USER_INPUT', 'year'],
    [{ forces: Array.from({ length: 51 }, (_, i) => `force-${i}`) }, 'BAD_USER_INPUT', 'forces'],
  ])('refuses %j with %s naming %s', async (variables, code, argument) => {
    const answer = await graphql(app, compareQuery, variables);
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code, argument });
  });
});

describe('diff', () => {
  it("finds every kind of change between Harrowdale's two years, with each side's quote and sentence, in one round trip", async () => {
    const answer = await graphql(app, diffQuery, { from: 'harrowdale-peel-assessment-2021', to: 'harrowdale-peel-assessment-2023' });
    expect(answer.errors).toBeUndefined();
    expect(answer.roundTrips).toBe(1);
    const diff = answer.data!.diff;
    expect(diff.from).toEqual({ id: 'harrowdale-peel-assessment-2021', year: 2021 });
    expect(diff.to).toEqual({ id: 'harrowdale-peel-assessment-2023', year: 2023 });

    expect(diff.new[0]).toEqual({
      theme: { id: 'responding-to-the-public', name: 'Responding to the public' },
      type: 'NEEDS_IMPROVEMENT',
      before: null,
      after: {
        quote: 'the force needs to improve how quickly it answers emergency calls',
        sentence: 'However, the force needs to improve how quickly it answers emergency calls, which has fallen below its own standard.',
        sentenceNumber: 9,
        judgement: 'AREA_FOR_IMPROVEMENT',
        finding: { id: 'harrowdale-peel-assessment-2023/s9.1' },
      },
    });
    expect(diff.resolved.find((entry: any) => entry.theme.id === 'vetting')).toEqual({
      theme: { id: 'vetting', name: 'Vetting' },
      type: 'IMPROVED',
      before: {
        quote: 'the force needs to improve its vetting',
        sentence: 'However, the force needs to improve its vetting, as some officers and staff have not been vetted to the level their roles require.',
        sentenceNumber: 17,
        judgement: 'AREA_FOR_IMPROVEMENT',
        finding: { id: 'harrowdale-peel-assessment-2021/s17.1' },
      },
      after: {
        quote: 'The force has improved its vetting',
        sentence: 'The force has improved its vetting, and officers and staff are now vetted to the level their roles require.',
        sentenceNumber: 16,
        judgement: 'IMPROVED',
        finding: { id: 'harrowdale-peel-assessment-2023/s16.1' },
      },
    });
    expect(diff.persisting.find((entry: any) => entry.theme.id === 'mobile-devices')).toMatchObject({
      type: 'NEEDS_IMPROVEMENT',
      before: { quote: 'it has yet to make full use of mobile devices', judgement: 'AREA_FOR_IMPROVEMENT', sentenceNumber: 13 },
      after: { quote: 'It has yet to make full use of mobile devices', judgement: 'AREA_FOR_IMPROVEMENT', sentenceNumber: 11 },
    });
    // Worse, the gravest now first: a cause of concern where there was an area for improvement, then a strength lost.
    expect(diff.worse.map((entry: any) => [entry.theme.id, entry.before.judgement, entry.after.judgement, entry.after.quote])).toEqual([
      ['managing-abuse-of-authority', 'AREA_FOR_IMPROVEMENT', 'CAUSE_OF_CONCERN', 'I am concerned that the force still does not manage the risk of abuse of position for a sexual purpose well enough'],
      ['protecting-vulnerable-people', 'STRENGTH', 'AREA_FOR_IMPROVEMENT', 'the force needs to improve how it identifies people who may be vulnerable'],
    ]);
    expect(diff.worse[0].before.sentence).toBe('The force also needs to improve its approach to managing the risk of abuse of position for a sexual purpose.');
    expect(diff.disappeared.find((entry: any) => entry.theme.id === 'priority-based-budgeting')).toMatchObject({
      type: 'HAS_STRENGTH',
      before: { quote: "The force's priority based approach to budgeting allows it to plan its spending with confidence", judgement: 'STRENGTH' },
      after: null,
    });
    // Findings with no judgement (a plan) take no part.
    const themes = [...diff.new, ...diff.persisting, ...diff.disappeared].map((entry: any) => entry.theme.id);
    expect(themes).not.toContain('digital-technology');
    expect(diff.truncated).toBe(false);
  });

  it.each([
    [{ from: 'no-such-assessment', to: 'harrowdale-peel-assessment-2023' }, 'NOT_FOUND', 'from'],
    [{ from: 'harrowdale-peel-assessment-2021', to: 'no-such-assessment' }, 'NOT_FOUND', 'to'],
    [{ from: 'harrowdale-peel-assessment-2021', to: 'brackenfield-peel-assessment-2022' }, 'BAD_USER_INPUT', 'to'],
    [{ from: 'harrowdale-peel-assessment-2021', to: 'harrowdale-peel-assessment-2021' }, 'BAD_USER_INPUT', 'to'],
    [{ from: ' ', to: 'harrowdale-peel-assessment-2021' }, 'BAD_USER_INPUT', 'from'],
  ])('refuses %j with %s naming %s', async (variables, code, argument) => {
    const answer = await graphql(app, diffQuery, variables);
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code, argument });
  });
});

describe('several assessments', () => {
  it("lists a force's assessments, labelled fictional, and its findings by theme and year", async () => {
    const listed = await graphql(app, '{ assessments(force: "harrowdale-constabulary") { totalCount nodes { id year fictional force { id name } } } }');
    expect(listed.data!.assessments).toEqual({
      totalCount: 2,
      nodes: [
        { id: 'harrowdale-peel-assessment-2021', year: 2021, fictional: true, force: { id: harrowdale, name: 'Harrowdale Constabulary' } },
        { id: 'harrowdale-peel-assessment-2023', year: 2023, fictional: true, force: { id: harrowdale, name: 'Harrowdale Constabulary' } },
      ],
    });
    const vetting = await graphql(app, '{ findings(force: "harrowdale-constabulary", theme: "vetting") { nodes { id judgement } } }');
    expect(vetting.data!.findings.nodes).toEqual([
      { id: 'harrowdale-peel-assessment-2021/s17.1', judgement: 'AREA_FOR_IMPROVEMENT' },
      { id: 'harrowdale-peel-assessment-2023/s16.1', judgement: 'IMPROVED' },
    ]);
    const oneYear = await graphql(app, '{ findings(theme: "vetting", year: 2022) { nodes { id assessment { force { id } } } } }');
    expect(oneYear.data!.findings.nodes).toEqual([{ id: 'brackenfield-peel-assessment-2022/s13.1', assessment: { force: { id: 'brackenfield-police' } } }]);
    // One theme node links every force's findings about it (other files of this project publish beside these).
    const theme = await graphql(app, '{ findings(theme: "vetting", first: 500) { nodes { assessment { force { id } } } } }');
    expect([...new Set(theme.data!.findings.nodes.map((n: any) => n.assessment.force.id))]).toEqual(
      expect.arrayContaining([harrowdale, 'brackenfield-police', 'cheshire-constabulary']),
    );
  });
});

function seedCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { username, password } = testCredentials();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/seed.ts', ...args],
      { cwd: projectRoot, env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USERNAME: username, NEO4J_PASSWORD: password }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run seed -- --remove-examples', () => {
  it('withdraws the samples and the entities only they used, keeps shared themes, and they load again', async () => {
    const count = async (query: string) => Number((await driver.executeQuery(query)).records[0]!.get(0));
    const removed = await seedCommand('--remove-examples');
    expect(removed.stderr).toBe('');
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('removed the sample assessments brackenfield-peel-assessment-2022, harrowdale-peel-assessment-2021, harrowdale-peel-assessment-2023');
    expect(await count('MATCH (s:Source {fictional: true}) WHERE s.id IN ["harrowdale-peel-assessment-2021", "harrowdale-peel-assessment-2023", "brackenfield-peel-assessment-2022"] RETURN count(s)')).toBe(0);
    expect(await count('MATCH (f:Finding) WHERE f.assessment STARTS WITH "harrowdale-" OR f.assessment STARTS WITH "brackenfield-" RETURN count(f)')).toBe(0);
    expect(await count('MATCH ()-[r]->() WHERE r.source STARTS WITH "harrowdale-" OR r.source STARTS WITH "brackenfield-" RETURN count(r)')).toBe(0);
    // understanding-demand is a theme the samples brought, which a report published by another file may use too.
    expect(await count('MATCH (n:Entity) WHERE n.id IN ["harrowdale-constabulary", "brackenfield-police", "hmi-rowena-ashcombe", "people-of-harrowdale"] RETURN count(n)')).toBe(0);
    expect(await count('MATCH (n:Theme) WHERE n.id IN ["vetting", "managing-abuse-of-authority"] RETURN count(n)')).toBe(2);
    const audit = await driver.executeQuery('MATCH (e:AuditEntry {action: "ASSESSMENT_WITHDRAWN", target: "assessment:harrowdale-peel-assessment-2023"}) RETURN count(e) AS n');
    expect(Number(audit.records[0]!.get('n'))).toBeGreaterThanOrEqual(1);
    expect((await seedCommand('--remove-examples')).stdout).toContain('no sample assessment was loaded');

    await loadExamples(driver);
    await loadExamples(driver);
    // Loaded twice, the samples are there once.
    expect(await count('MATCH (f:Finding) WHERE f.assessment = "harrowdale-peel-assessment-2023" RETURN count(f)')).toBe(21);
    expect(await count('MATCH (:Entity)-[r]->(:Entity) WHERE r.source = "harrowdale-peel-assessment-2023" RETURN count(r)')).toBe(22);
    expect(await count('MATCH (n:Entity {id: "harrowdale-constabulary"}) RETURN count(n)')).toBe(1);
  });
});
