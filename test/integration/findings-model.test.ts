// The findings model against the seed: each item of the analysts' re-read of the Cheshire assessment, as a check
// that failed on the edge-only model and holds on findings.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App } from '../../server/app.ts';
import { type GraphQLResponse, graphql, testApp } from '../support/api.ts';
import { testDriver } from '../support/database.ts';

let driver: Driver;
let app: App;
beforeAll(() => {
  driver = testDriver();
  app = testApp(driver);
});
afterAll(async () => {
  await driver.close();
});

const assessment = 'cheshire-peel-assessment';

interface FindingNode {
  id: string;
  judgement: string | null;
  basis: string;
  status: string;
  evidence: { quote: string; sentence: number; start: number; end: number };
  inferredFrom: number[];
  entities: { id: string; name: string; kind: string }[];
  participants: { role: string; entity: { id: string } }[];
  relationships: { id: string; type: string; source: { id: string }; target: { id: string } }[];
}

const findingFields = /* GraphQL */ `
  id judgement basis status inferredFrom
  evidence { quote sentence start end }
  entities { id name kind }
  participants { role entity { id } }
  relationships { id type source { id } target { id } }
`;

/** Every finding of the seed's assessment under these filters, read in pages of 25 (what the cost limit allows). */
async function allFindings(variables: Record<string, unknown> = {}): Promise<FindingNode[]> {
  const found: FindingNode[] = [];
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse<{ findings: { nodes: FindingNode[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }> = await graphql(
      app,
      /* GraphQL */ `query All($judgements: [Judgement!], $entity: ID, $after: String) {
        findings(assessments: ["${assessment}"], judgements: $judgements, entity: $entity, first: 25, after: $after) {
          nodes { ${findingFields} } pageInfo { hasNextPage endCursor }
        }
      }`,
      { ...variables, after },
    );
    expect(response.errors).toBeUndefined();
    found.push(...response.data!.findings.nodes);
    if (!response.data!.findings.pageInfo.hasNextPage) return found;
    after = response.data!.findings.pageInfo.endCursor;
  }
}

async function sentences(): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (s:Source {id: $id}) RETURN s.sentences AS sentences', { id: assessment });
  return records[0]!.get('sentences') as string[];
}

const drawn = (finding: FindingNode) => finding.relationships.map((r) => `${r.source.id} ${r.type} ${r.target.id}`).sort();

describe('the findings of the Cheshire assessment', () => {
  it('cite, each, the words at their offsets in their one sentence', async () => {
    const text = await sentences();
    const findings = await allFindings();
    expect(findings.length).toBeGreaterThan(18);
    for (const { id, evidence } of findings) {
      expect(text[evidence.sentence - 1]!.slice(evidence.start, evidence.end), id).toBe(evidence.quote);
    }
  });

  it('state no fact without a stating sentence unless marked inferred: perpetrators threatening victims is gone', async () => {
    const findings = await allFindings();
    const threats = findings.filter((f) => f.relationships.some((r) => r.type === 'THREATENS'));
    expect(threats.map(drawn)).toEqual([['abuse-of-authority-for-sexual-gain THREATENS vulnerable-victims-of-crime']]);
    expect(threats[0]!.judgement).toBeNull();
    const { records } = await driver.executeQuery(
      'MATCH (:Entity {id: "domestic-abuse-perpetrators"})-[r:THREATENS]->() RETURN count(r) AS n',
    );
    expect(Number(records[0]!.get('n'))).toBe(0);
    // Every finding is stated by its sentence or marked inferred, with the other sentences it draws on.
    for (const finding of findings) expect(['STATED', 'INFERRED']).toContain(finding.basis);
    const inferred = findings.filter((f) => f.basis === 'INFERRED');
    expect(inferred.map((f) => [f.id, f.judgement, f.inferredFrom])).toEqual([
      [`${assessment}/s1.1`, null, []],
      [`${assessment}/s10.2`, null, [9]],
    ]);
  });

  it('give sentence 8 to the force, working with the agencies, and sentence 10 partner data informing its understanding', async () => {
    const findings = await allFindings();
    const eight = findings.filter((f) => f.evidence.sentence === 8);
    const offenders = eight.find((f) => f.relationships.some((r) => r.target.id === 'repeat-and-dangerous-offenders'))!;
    expect(drawn(offenders)).toContain('cheshire-constabulary TACKLES repeat-and-dangerous-offenders');
    expect(offenders.participants).toContainEqual({ role: 'PARTNER', entity: { id: 'cheshire-other-agencies' } });
    expect(offenders.participants).toContainEqual({ role: 'SUBJECT', entity: { id: 'cheshire-constabulary' } });
    const informs = findings.filter((f) => f.relationships.some((r) => r.type === 'INFORMS'));
    expect(informs.map(drawn)).toEqual([['cheshire-partner-organisations INFORMS serious-and-organised-crime-response']]);
  });

  it('answer "what improved?" with sentences 9 and 10', async () => {
    const improved = await allFindings({ judgements: ['IMPROVED'] });
    expect(improved.map((f) => f.evidence.sentence)).toEqual([9, 10]);
    expect(improved.every((f) => f.basis === 'STATED')).toBe(true);
  });

  it('record sentence 12 as exploring, with no judgement, the force and the partners aiming at all three goals', async () => {
    const [twelve, ...more] = (await allFindings()).filter((f) => f.evidence.sentence === 12);
    expect(more).toEqual([]);
    expect(twelve!.judgement).toBeNull();
    expect(twelve!.status).toBe('EXPLORING');
    for (const goal of ['reducing-demand', 'pooling-resources', 'improving-service-outcomes']) {
      expect(drawn(twelve!)).toContain(`cheshire-constabulary SUPPORTS ${goal}`);
      expect(drawn(twelve!)).toContain(`cheshire-partner-organisations SUPPORTS ${goal}`);
    }
    const { records } = await driver.executeQuery(
      'MATCH ()-[r {finding: $id}]->() RETURN collect(DISTINCT r.status) AS statuses, collect(DISTINCT r.judgement) AS judgements',
      { id: twelve!.id },
    );
    expect(records[0]!.get('statuses')).toEqual(['EXPLORING']);
    expect(records[0]!.get('judgements')).toEqual([]);
  });

  it('keep people with less trust and confidence in the police as a community, not victims', async () => {
    const response = await graphql(app, /* GraphQL */ `{ entity(id: "people-with-less-trust-and-confidence") { kind } }`);
    expect(response.data).toEqual({ entity: { kind: 'COMMUNITY' } });
  });

  it('give sentences 4 and 17 two strengths each, and keep why the links of sentence 7 are strong', async () => {
    const strengths = await allFindings({ judgements: ['STRENGTH'] });
    const count = (sentence: number) => strengths.filter((f) => f.evidence.sentence === sentence).length;
    expect([count(4), count(17)]).toEqual([2, 2]);
    const links = strengths.find((f) => f.evidence.quote === 'which gives it strong links to the people of Cheshire')!;
    expect(links.participants).toContainEqual({ role: 'THEME', entity: { id: 'neighbourhood-policing' } });
  });

  it('give a judgement only where the inspector made one: context, plans and provenance have none', async () => {
    const findings = await allFindings();
    const judgementOf = (type: string) => [...new Set(findings.filter((f) => f.relationships.some((r) => r.type === type)).map((f) => f.judgement))];
    for (const type of ['ASSESSES', 'RESTRICTS', 'INFORMS', 'THREATENS']) expect(judgementOf(type), type).toEqual([null]);
    const plan = findings.find((f) => f.evidence.sentence === 13 && f.status === 'PLANNED')!;
    expect(plan.judgement).toBeNull();
  });

  it('show both legitimacy areas for improvement by pillar', async () => {
    const { records } = await driver.executeQuery(`
      MATCH (f:Finding {judgement: 'AREA_FOR_IMPROVEMENT'})-[:INVOLVES {role: 'THEME'}]->(t:Theme)
      RETURN t.pillar AS pillar, collect(t.id) AS themes ORDER BY pillar`);
    expect(records.map((r) => [r.get('pillar'), [...(r.get('themes') as string[])].sort()])).toEqual([
      ['EFFICIENCY', ['mobile-devices']],
      ['LEGITIMACY', ['managing-abuse-of-authority', 'vetting']],
    ]);
  });

  it('keep summaries to what the report says', async () => {
    const { records } = await driver.executeQuery('MATCH (n:Entity) RETURN n.id AS id, n.summary AS summary');
    const summaries = records.map((r) => `${r.get('id')}: ${r.get('summary')}`).join('\n');
    for (const claim of ['exploit vulnerable people', 'domestic violence protection', 'acting on it', 'grades', 'harder for the force to reach']) {
      expect(summaries).not.toContain(claim);
    }
  });

  it('count the inspector\'s findings by judgement, not edges, and never what is inferred', async () => {
    const response = await graphql(app, /* GraphQL */ `{ stats { findings inferredFindings byJudgement { judgement count } } }`);
    expect(response.data!.stats).toEqual({
      findings: 32,
      inferredFindings: 2,
      byJudgement: [
        { judgement: 'AREA_FOR_IMPROVEMENT', count: 3 },
        { judgement: 'IMPROVED', count: 2 },
        { judgement: 'STRENGTH', count: 21 },
      ],
    });
  });
});

describe('the findings field', () => {
  it('pages both ways with cursors, and every page costs one round trip', async () => {
    const query = /* GraphQL */ `query Page($after: String) {
      findings(assessments: ["${assessment}"], first: 10, after: $after) {
        totalCount edges { cursor node { id } } nodes { id }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: GraphQLResponse = await graphql(app, query, { after });
      expect(response.roundTrips).toBe(1);
      const page: { [key: string]: any } = response.data!.findings;
      expect(page.totalCount).toBe(34);
      expect(page.nodes.map((n: { id: string }) => n.id)).toEqual(page.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(34);
    // Report order: by sentence, not by the text of the id.
    expect(seen.slice(0, 3)).toEqual([`${assessment}/s1.1`, `${assessment}/s1.2`, `${assessment}/s2.1`]);
    expect(seen.at(-1)).toBe(`${assessment}/s18.4`);
  });

  it('filters by the entity a finding involves', async () => {
    const findings = await allFindings({ entity: 'cheshire-other-agencies' });
    expect(findings.map((f) => f.id)).toEqual([`${assessment}/s8.1`, `${assessment}/s8.2`]);
  });

  it('answers a page of 25 findings with every field in one round trip, within the cost limit', async () => {
    const response = await graphql(
      app,
      /* GraphQL */ `{ findings(first: 25) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
        ${findingFields}
        assessment { id title year yearBasis kind url licence fictional force { id name } inspector { id name } }
      } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.findings.edges).toHaveLength(25);
    expect(response.roundTrips).toBe(1);
  });

  it('refuses a cursor it did not give out, naming the argument', async () => {
    const response = await graphql(app, /* GraphQL */ `{ findings(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('review', () => {
  it('shows every finding of the hand-written seed accepted, with no reviewer, time or reason', async () => {
    const response = await graphql(
      app,
      /* GraphQL */ `{ findings(assessments: ["${assessment}"], first: 25) { totalCount nodes { review { status by at reason } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const reviews = response.data!.findings.nodes.map((node: { review: unknown }) => node.review);
    expect(reviews).toHaveLength(25);
    expect(new Set(reviews.map((review: unknown) => JSON.stringify(review)))).toEqual(
      new Set([JSON.stringify({ status: 'ACCEPTED', by: null, at: null, reason: null })]),
    );
  });
});

describe('the assessment', () => {
  it('records what is known, marks the year inferred and invents no address or date', async () => {
    const response = await graphql(
      app,
      /* GraphQL */ `{ assessment(id: "${assessment}") {
        id title year yearBasis published kind url licence fictional force { id } inspector { id } } }`,
    );
    expect(response.data).toEqual({
      assessment: {
        id: assessment,
        title: "HMI Mike Cunningham's assessment of Cheshire Constabulary",
        year: 2016,
        yearBasis: 'INFERRED',
        published: null,
        kind: 'PEEL HMI observations (transcript)',
        url: null,
        licence: 'Open Government Licence v3.0',
        fictional: false,
        force: { id: 'cheshire-constabulary' },
        inspector: { id: 'hmi-mike-cunningham' },
      },
    });
  });

  it('is null for an unknown id', async () => {
    const response = await graphql(app, /* GraphQL */ `{ assessment(id: "no-such-assessment") { id } }`);
    expect(response.data).toEqual({ assessment: null });
  });
});

describe('names that last', () => {
  it('finds an entity by an alias, including the inspectorate\'s renamed term', async () => {
    const response = await graphql(app, /* GraphQL */ `{ search(text: "abuse of position for a sexual purpose", first: 5) { entity { id } } }`);
    expect(response.data!.search.map((hit: { entity: { id: string } | null }) => hit.entity?.id)).toContain('abuse-of-authority-for-sexual-gain');
  });
});

describe('findings across assessments', () => {
  const count = async (args: string) => {
    const response = await graphql(app, `{ findings(${args}) { totalCount } }`);
    expect(response.errors).toBeUndefined();
    return response.data!.findings.totalCount as number;
  };

  it('filters by the force and the year of their assessment, and by theme or its alias', async () => {
    expect(await count('force: "cheshire-constabulary"')).toBe(34);
    expect(await count('force: "no-such-force"')).toBe(0);
    expect(await count('year: 2016, force: "cheshire-constabulary"')).toBe(34);
    expect(await count('year: 2017')).toBe(0);
    expect(await count('theme: "vetting"')).toBe(1);
    expect(await count('theme: "investigation"')).toBe(3);
    // A theme found by another name it goes by.
    expect(await count('theme: "budgeting"')).toBe(1);
  });
});
