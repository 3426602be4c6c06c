// Forces compared by PEEL pillar, and one theme of a force across years, through the API on the fictional samples
// loaded beside the Cheshire seed: each in one round trip, with its errors coded.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { loadExamples } from '../../server/examples.ts';
import { graphql, testApp } from '../support/api.ts';
import { testDriver } from '../support/database.ts';

const harrowdale = 'harrowdale-constabulary';
const brackenfield = 'brackenfield-police';

let driver: Driver;
let app: App;
beforeAll(async () => {
  driver = testDriver();
  app = testApp(driver);
  await loadExamples(driver, { actor: 'local:pillars-and-timeline-test' });
});
afterAll(() => driver.close());

const byPillarQuery = /* GraphQL */ `
  query ByPillar($forces: [ID!]!, $year: Int) {
    compareByPillar(forces: $forces, year: $year) {
      forces { id }
      pillars { pillar themes { id pillar } }
      assessments { id }
      cells { force { id } pillar assessment { id } judgements findingCount themes { theme { id } judgements findings { id } findingCount } }
    }
  }
`;

const compareQuery = /* GraphQL */ `
  query Compare($forces: [ID!]!, $year: Int) {
    compare(forces: $forces, year: $year) {
      themes { id pillar }
      cells { force { id } theme { id } judgements findings { id } findingCount }
    }
  }
`;

const severity = ['CAUSE_OF_CONCERN', 'AREA_FOR_IMPROVEMENT', 'IMPROVED', 'STRENGTH'];

describe('compareByPillar', () => {
  it('groups each force\'s findings under the pillar its theme states, in PEEL order, the force as a whole last', async () => {
    const answer = await graphql(app, byPillarQuery, { forces: [harrowdale, brackenfield] });
    expect(answer.errors).toBeUndefined();
    expect(answer.roundTrips).toBe(1);
    const matrix = answer.data!.compareByPillar;
    expect(matrix.forces).toEqual([{ id: harrowdale }, { id: brackenfield }]);
    expect(matrix.assessments).toEqual([{ id: 'harrowdale-peel-assessment-2023' }, { id: 'brackenfield-peel-assessment-2022' }]);
    expect(matrix.pillars.map((column: any) => column.pillar)).toEqual(['EFFECTIVENESS', 'EFFICIENCY', 'LEGITIMACY', null]);
    for (const column of matrix.pillars) for (const theme of column.themes) expect(theme.pillar).toBe(column.pillar);
    expect(matrix.pillars[2].themes.map((theme: any) => theme.id)).toEqual(expect.arrayContaining(['vetting', 'managing-abuse-of-authority']));
    expect(matrix.pillars[3].themes.map((theme: any) => theme.id)).toContain('overall-performance');

    // Harrowdale 2023 on legitimacy: the cause of concern about abuse of position is the worst, vetting improved.
    const legitimacy = matrix.cells.find((cell: any) => cell.force.id === harrowdale && cell.pillar === 'LEGITIMACY');
    expect(legitimacy.assessment).toEqual({ id: 'harrowdale-peel-assessment-2023' });
    expect(legitimacy.judgements[0]).toBe('CAUSE_OF_CONCERN');
    expect(legitimacy.judgements).toContain('IMPROVED');
    expect(legitimacy.themes.find((cell: any) => cell.theme.id === 'vetting')).toEqual({
      theme: { id: 'vetting' },
      judgements: ['IMPROVED'],
      findings: [{ id: 'harrowdale-peel-assessment-2023/s16.1' }],
      findingCount: 1,
    });

    // Each pillar cell is the theme matrix's cells of its pillar, a finding counted once.
    const byTheme = (await graphql(app, compareQuery, { forces: [harrowdale, brackenfield] })).data!.compare;
    const pillarOf = new Map(byTheme.themes.map((theme: any) => [theme.id, theme.pillar]));
    for (const cell of matrix.cells) {
      const themeCells = byTheme.cells.filter((c: any) => c.force.id === cell.force.id && pillarOf.get(c.theme.id) === cell.pillar);
      expect(cell.themes).toEqual(themeCells.map((themeCell: any) => ({ ...themeCell, force: undefined })));
      const findings = new Map<string, string | null>();
      for (const themeCell of themeCells) themeCell.findings.forEach((f: any, i: number) => findings.set(f.id, themeCell.judgements[i] ?? null));
      expect(cell.findingCount).toBe(findings.size);
      expect(cell.judgements).toEqual([...findings.values()].filter((j) => j !== null).sort((a, b) => severity.indexOf(a!) - severity.indexOf(b!)));
    }
    expect(matrix.cells.filter((cell: any) => cell.force.id === harrowdale).map((cell: any) => cell.pillar)).toEqual(['EFFECTIVENESS', 'EFFICIENCY', 'LEGITIMACY', null]);
  });

  it("compares a year's assessments", async () => {
    const answer = await graphql(app, byPillarQuery, { forces: [harrowdale, brackenfield], year: 2021 });
    expect(answer.errors).toBeUndefined();
    const matrix = answer.data!.compareByPillar;
    // Brackenfield has no 2021 assessment, so no cells.
    expect(matrix.assessments).toEqual([{ id: 'harrowdale-peel-assessment-2021' }]);
    expect(new Set(matrix.cells.map((cell: any) => cell.force.id))).toEqual(new Set([harrowdale]));
    const legitimacy = matrix.cells.find((cell: any) => cell.pillar === 'LEGITIMACY');
    expect(legitimacy.themes.find((cell: any) => cell.theme.id === 'vetting').judgements).toEqual(['AREA_FOR_IMPROVEMENT']);
  });

  it.each([
    [{ forces: [] }, 'BAD_USER_INPUT', 'forces'],
    [{ forces: ['no-such-force'] }, 'NOT_FOUND', 'forces'],
    [{ forces: ['vetting'] }, 'BAD_USER_INPUT', 'forces'],
    [{ forces: [harrowdale], year: 20_000 }, 'BAD_USER_INPUT', 'year'],
    [{ forces: Array.from({ length: 51 }, (_, i) => `force-${i}`) }, 'BAD_USER_INPUT', 'forces'],
  ])('refuses %j with %s naming %s', async (variables, code, argument) => {
    const answer = await graphql(app, byPillarQuery, variables);
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code, argument });
  });
});

const timelineQuery = /* GraphQL */ `
  query Timeline($force: ID!, $theme: ID!, $first: Int, $after: String) {
    timeline(force: $force, theme: $theme, first: $first, after: $after) {
      force { id }
      theme { id name }
      entries {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { assessment { id year } } }
        nodes { assessment { id year } findings { judgement quote sentence sentenceNumber finding { id } } }
      }
    }
  }
`;

describe('timeline', () => {
  it("follows vetting at Harrowdale from an area for improvement in 2021 to improved in 2023, in one round trip", async () => {
    const answer = await graphql(app, timelineQuery, { force: harrowdale, theme: 'vetting' });
    expect(answer.errors).toBeUndefined();
    expect(answer.roundTrips).toBe(1);
    const timeline = answer.data!.timeline;
    expect(timeline.force).toEqual({ id: harrowdale });
    expect(timeline.theme).toEqual({ id: 'vetting', name: 'Vetting' });
    expect(timeline.entries.totalCount).toBe(2);
    expect(timeline.entries.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(timeline.entries.nodes).toEqual([
      {
        assessment: { id: 'harrowdale-peel-assessment-2021', year: 2021 },
        findings: [
          {
            judgement: 'AREA_FOR_IMPROVEMENT',
            quote: 'the force needs to improve its vetting',
            sentence: 'However, the force needs to improve its vetting, as some officers and staff have not been vetted to the level their roles require.',
            sentenceNumber: 17,
            finding: { id: 'harrowdale-peel-assessment-2021/s17.1' },
          },
        ],
      },
      {
        assessment: { id: 'harrowdale-peel-assessment-2023', year: 2023 },
        findings: [
          {
            judgement: 'IMPROVED',
            quote: 'The force has improved its vetting',
            sentence: 'The force has improved its vetting, and officers and staff are now vetted to the level their roles require.',
            sentenceNumber: 16,
            finding: { id: 'harrowdale-peel-assessment-2023/s16.1' },
          },
        ],
      },
    ]);
  });

  it('pages in year order, names the theme by alias, and lists a year that says nothing of it with no findings', async () => {
    const first = await graphql(app, timelineQuery, { force: harrowdale, theme: 'managing the risk of abuse of position for a sexual purpose', first: 1 });
    expect(first.errors).toBeUndefined();
    const page = first.data!.timeline.entries;
    expect(first.data!.timeline.theme.id).toBe('managing-abuse-of-authority');
    expect(page.totalCount).toBe(2);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.nodes.map((node: any) => [node.assessment.year, node.findings.map((f: any) => f.judgement)])).toEqual([[2021, ['AREA_FOR_IMPROVEMENT']]]);
    expect(page.edges[0].cursor).toBe(page.pageInfo.endCursor);

    const second = await graphql(app, timelineQuery, { force: harrowdale, theme: 'managing-abuse-of-authority', first: 1, after: page.pageInfo.endCursor });
    expect(second.errors).toBeUndefined();
    expect(second.data!.timeline.entries.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(second.data!.timeline.entries.nodes.map((node: any) => [node.assessment.year, node.findings.map((f: any) => f.judgement)])).toEqual([[2023, ['CAUSE_OF_CONCERN']]]);

    // Brackenfield's one assessment says nothing of responding to the public: listed, with no findings.
    const silent = await graphql(app, timelineQuery, { force: brackenfield, theme: 'responding-to-the-public' });
    expect(silent.errors).toBeUndefined();
    expect(silent.data!.timeline.entries.nodes).toEqual([{ assessment: { id: 'brackenfield-peel-assessment-2022', year: 2022 }, findings: [] }]);
  });

  it.each([
    [{ force: 'no-such-force', theme: 'vetting' }, 'NOT_FOUND', 'force'],
    [{ force: 'vetting', theme: 'vetting' }, 'BAD_USER_INPUT', 'force'],
    [{ force: harrowdale, theme: 'no-such-theme' }, 'NOT_FOUND', 'theme'],
    [{ force: harrowdale, theme: ' ' }, 'BAD_USER_INPUT', 'theme'],
    [{ force: harrowdale, theme: 'vetting', first: 0 }, 'BAD_USER_INPUT', 'first'],
    [{ force: harrowdale, theme: 'vetting', first: 101 }, 'BAD_USER_INPUT', 'first'],
    [{ force: harrowdale, theme: 'vetting', after: 'not a cursor' }, 'BAD_USER_INPUT', 'after'],
    // A cursor of another force's timeline.
    [{ force: harrowdale, theme: 'vetting', after: Buffer.from('entity:brackenfield-peel-assessment-2022').toString('base64url') }, 'BAD_USER_INPUT', 'after'],
  ])('refuses %j with %s naming %s', async (variables, code, argument) => {
    const answer = await graphql(app, timelineQuery, variables);
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code, argument });
  });
});
