import { buildClientSchema, buildSchema, getIntrospectionQuery, type IntrospectionQuery, printSchema } from 'graphql';
import getPort from 'get-port';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, typeDefs } from '../../server/app.ts';
import { createRecordStores } from '../../server/stores.ts';
import { loadConfig } from '../../server/config.ts';
import { createDriver } from '../../server/graph/database.ts';
import { classifyDatabaseError, QueryTimeoutError } from '../../server/graph/errors.ts';
import { GraphRepository } from '../../server/graph/repository.ts';
import { graphql, testApp } from '../support/api.ts';
import { testDriver } from '../support/database.ts';
import { normaliseSpace, transcriptSentences } from '../support/source-text.ts';

let driver: Driver;
let app: ReturnType<typeof testApp>;
beforeAll(() => {
  driver = testDriver();
  app = testApp(driver);
});
afterAll(async () => {
  await driver.close();
});

const force = 'cheshire-constabulary';

describe('what the report says about the force', () => {
  it('lists whom the force safeguards, each with its quote', async () => {
    const response = await graphql(
      app,
      /* GraphQL */ `
        query ($id: ID!) {
          entity(id: $id) {
            name
            relationships(types: [SAFEGUARDS], direction: OUT) {
              judgement
              target { id name kind }
              evidence { quote sentence source { id title } }
            }
          }
        }
      `,
      { id: force },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      entity: {
        name: 'Cheshire Constabulary',
        relationships: [
          {
            judgement: 'STRENGTH',
            target: { id: 'vulnerable-people', name: expect.any(String), kind: 'VICTIM_GROUP' },
            evidence: {
              quote: 'The force is effective at identifying people who may be vulnerable',
              sentence: 5,
              source: { id: 'cheshire-peel-assessment', title: "HMI Mike Cunningham's assessment of Cheshire Constabulary" },
            },
          },
          {
            judgement: 'STRENGTH',
            target: { id: 'victims-of-domestic-abuse', name: expect.any(String), kind: 'VICTIM_GROUP' },
            evidence: {
              quote: 'The force supports victims of domestic abuse well',
              sentence: 6,
              source: { id: 'cheshire-peel-assessment', title: "HMI Mike Cunningham's assessment of Cheshire Constabulary" },
            },
          },
        ],
      },
    });
    expect(response.roundTrips).toBe(1);
  });

  it('lists what needs improvement, as areas for improvement', async () => {
    const { data } = await graphql(
      app,
      /* GraphQL */ `
        {
          graph(judgements: [AREA_FOR_IMPROVEMENT], types: [NEEDS_IMPROVEMENT]) {
            nodes { id }
            edges { type judgement source { id } target { id } evidence { sentence } }
          }
        }
      `,
    );
    const edges = [...(data?.graph.edges as { target: { id: string } }[])].sort((a, b) => a.target.id.localeCompare(b.target.id));
    expect(edges).toEqual([
      { type: 'NEEDS_IMPROVEMENT', judgement: 'AREA_FOR_IMPROVEMENT', source: { id: force }, target: { id: 'managing-abuse-of-authority' }, evidence: { sentence: 18 } },
      { type: 'NEEDS_IMPROVEMENT', judgement: 'AREA_FOR_IMPROVEMENT', source: { id: force }, target: { id: 'mobile-devices' }, evidence: { sentence: 13 } },
      { type: 'NEEDS_IMPROVEMENT', judgement: 'AREA_FOR_IMPROVEMENT', source: { id: force }, target: { id: 'vetting' }, evidence: { sentence: 18 } },
    ]);
    const targets = (data?.graph.edges as { target: { id: string } }[]).map((e) => e.target.id).sort();
    expect(targets).toEqual(['managing-abuse-of-authority', 'mobile-devices', 'vetting']);
    expect((data?.graph.nodes as { id: string }[]).map((n) => n.id).sort()).toEqual([...targets, force].sort());
  });

  it('answers which partners the force works with, and on what', async () => {
    const { data, roundTrips } = await graphql(
      app,
      /* GraphQL */ `
        query ($id: ID!) {
          entity(id: $id) {
            relationships(types: [WORKS_WITH], direction: OUT) {
              evidence { quote }
              target {
                id
                name
                relationships(direction: OUT) { type target { id } evidence { quote sentence } }
              }
            }
          }
        }
      `,
      { id: force },
    );
    const partners = data?.entity.relationships.map((r: any) => ({
      partner: r.target.id,
      on: r.target.relationships.map((p: any) => `${p.type} ${p.target.id}`).sort(),
    }));
    expect(partners).toEqual([
      { partner: 'cheshire-other-agencies', on: ['SUPPORTS reducing-reoffending', 'TACKLES repeat-and-dangerous-offenders'] },
      {
        partner: 'cheshire-partner-organisations',
        on: ['INFORMS serious-and-organised-crime-response', 'SUPPORTS improving-service-outcomes', 'SUPPORTS pooling-resources', 'SUPPORTS reducing-demand'],
      },
    ]);
    // The partners' own relationships sit one level deeper than the root query fetches: one batched load.
    expect(roundTrips).toBe(2);
  });

  it('finds a cited path from a partner to a risk', async () => {
    const response = await graphql(
      app,
      /* GraphQL */ `
        {
          shortestPath(from: "cheshire-partner-organisations", to: "abuse-of-authority-for-sexual-gain") {
            length
            nodes { id }
            edges { type source { id } target { id } evidence { quote sentence } }
          }
        }
      `,
    );
    const path = response.data?.shortestPath;
    expect(path.length).toBe(2);
    expect(path.nodes.map((n: any) => n.id)).toEqual(['cheshire-partner-organisations', force, 'abuse-of-authority-for-sexual-gain']);
    const sentences = transcriptSentences();
    for (const edge of path.edges) expect(sentences[edge.evidence.sentence - 1]).toContain(normaliseSpace(edge.evidence.quote));
    expect(path.edges.map((e: any) => e.type)).toEqual(['WORKS_WITH', 'FACES']);
    expect(response.roundTrips).toBe(1);
  });

  it('returns null when no path joins two entities over the types allowed', async () => {
    const { data, errors } = await graphql(app, '{ shortestPath(from: "vetting", to: "mobile-devices", types: [SAFEGUARDS]) { length } }');
    expect(errors).toBeUndefined();
    expect(data?.shortestPath).toBeNull();
  });

  it('traces everything a partner is involved in, each hop cited', async () => {
    const { data, roundTrips } = await graphql(
      app,
      /* GraphQL */ `
        {
          partnerInvolvement(partnerId: "cheshire-other-agencies") {
            partner { name }
            reached { id kind }
            paths { length nodes { id } edges { type evidence { quote sentence } } }
          }
        }
      `,
    );
    const involvement = data?.partnerInvolvement;
    expect(involvement.partner.name).toBe('Other agencies');
    expect(involvement.reached.map((e: any) => e.id).sort()).toEqual(['reducing-reoffending', 'repeat-and-dangerous-offenders']);
    // Every path starts at the partner and ends at something it reaches, and every reached entity ends a path.
    const ends = new Set(involvement.paths.map((path: any) => path.nodes.at(-1).id));
    expect([...ends].sort()).toEqual(['reducing-reoffending', 'repeat-and-dangerous-offenders']);
    for (const path of involvement.paths) {
      expect(path.nodes[0].id).toBe('cheshire-other-agencies');
      expect(path.edges).toHaveLength(path.length);
      for (const edge of path.edges) expect(edge.evidence.sentence).toBe(8);
    }
    expect(roundTrips).toBe(1);
  });

  it('follows a partner to the aims it shares and what its data informs, never through the force', async () => {
    const { data } = await graphql(
      app,
      '{ partnerInvolvement(partnerId: "cheshire-partner-organisations", maxHops: 2) { reached { id } paths { length nodes { id } } } }',
    );
    const { reached, paths } = data?.partnerInvolvement;
    const aims = ['improving-service-outcomes', 'pooling-resources', 'reducing-demand', 'serious-and-organised-crime-response'];
    expect(reached.map((e: any) => e.id).sort()).toEqual(aims);
    expect([...new Set(paths.map((path: any) => path.nodes.at(-1).id))].sort()).toEqual(aims);
    for (const path of paths) {
      expect(path.nodes[0].id).toBe('cheshire-partner-organisations');
      expect(path.nodes).toHaveLength(path.length + 1);
      expect(path.length).toBeLessThanOrEqual(2);
    }
  });

  it('searches names, summaries and quotes', async () => {
    const { data, roundTrips } = await graphql(
      app,
      '{ search(text: "domestic abuse") { score snippet entity { id } relationship { id evidence { sentence } } } }',
    );
    const hits = data?.search as any[];
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.map((h) => h.entity?.id).filter(Boolean)).toContain('victims-of-domestic-abuse');
    expect(hits.some((h) => h.relationship?.evidence.sentence === 6)).toBe(true);
    expect(hits.every((h) => /\[domestic\]|\[abuse\]/i.test(h.snippet))).toBe(true);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(roundTrips).toBe(1);
  });

  it('suggests while a word is still being typed', async () => {
    const { data } = await graphql(app, '{ search(text: "vett") { entity { id } } }');
    expect(data?.search.map((h: any) => h.entity?.id)).toContain('vetting');
  });

  it('treats search syntax as plain text', async () => {
    const { data, errors } = await graphql(app, '{ search(text: "vetting) OR \\"[*") { entity { id } } }');
    expect(errors).toBeUndefined();
    expect(data?.search.map((h: any) => h.entity?.id)).toContain('vetting');
  });
});

describe('exploring', () => {
  it('gives a neighbourhood at depth 1 and 2, capped with truncated', async () => {
    const one = await graphql(app, '{ neighbourhood(id: "vetting") { nodes { id } edges { id } truncated } }');
    expect(one.data?.neighbourhood.nodes.map((n: any) => n.id).sort()).toEqual([force, 'vetting']);
    expect(one.data?.neighbourhood.truncated).toBe(false);

    const two = await graphql(app, '{ neighbourhood(id: "vetting", depth: 2) { nodes { id } edges { source { id } target { id } } truncated } }');
    const ids = two.data?.neighbourhood.nodes.map((n: any) => n.id);
    expect(ids[0]).toBe('vetting');
    expect(ids).toEqual(expect.arrayContaining(['hmi-mike-cunningham', 'cheshire-other-agencies', 'mobile-devices']));
    for (const edge of two.data?.neighbourhood.edges) {
      expect(ids).toContain(edge.source.id);
      expect(ids).toContain(edge.target.id);
    }
    expect(two.roundTrips).toBe(1);

    const capped = await graphql(app, '{ neighbourhood(id: "vetting", depth: 2, limit: 3) { nodes { id } truncated } }');
    expect(capped.data?.neighbourhood.nodes).toHaveLength(4);
    expect(capped.data?.neighbourhood.nodes[1].id).toBe(force);
    expect(capped.data?.neighbourhood.truncated).toBe(true);
  });

  it('filters a neighbourhood by relationship type and kind', async () => {
    const { data } = await graphql(app, `{ neighbourhood(id: "${force}", types: [WORKS_WITH], kinds: [PARTNER]) { nodes { id kind } } }`);
    expect(data?.neighbourhood.nodes.map((n: any) => n.id).sort()).toEqual(['cheshire-constabulary', 'cheshire-other-agencies', 'cheshire-partner-organisations']);
  });

  it('pages through entities of a kind with cursors', async () => {
    const first = await graphql(app, '{ entities(kind: THEME, first: 5) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }');
    const page = first.data?.entities;
    expect(page.nodes).toHaveLength(5);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const all: string[] = page.nodes.map((n: any) => n.id);
    let cursor = page.pageInfo.endCursor;
    for (let guard = 0; cursor && guard < 10; guard += 1) {
      const next = await graphql(app, 'query ($after: String) { entities(kind: THEME, first: 5, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }', {
        after: cursor,
      });
      all.push(...next.data?.entities.nodes.map((n: any) => n.id));
      cursor = next.data?.entities.pageInfo.hasNextPage ? next.data?.entities.pageInfo.endCursor : null;
    }
    expect(all).toHaveLength(page.totalCount);
    expect(all).toEqual([...all].sort());
  });

  it('links the text and the graph both ways through sentences', async () => {
    const { data, roundTrips } = await graphql(
      app,
      '{ sources { id title sentences { index text relationships { type target { id } evidence { quote } } } } }',
    );
    const [source] = data?.sources;
    expect(source.sentences).toHaveLength(18);
    expect(source.sentences.map((s: any) => normaliseSpace(s.text))).toEqual(transcriptSentences());
    for (const sentence of source.sentences) {
      expect(sentence.relationships.length, `sentence ${sentence.index}`).toBeGreaterThan(0);
      for (const r of sentence.relationships) expect(normaliseSpace(sentence.text)).toContain(normaliseSpace(r.evidence.quote));
    }
    expect(roundTrips).toBe(1);
  });

  it('counts the graph by kind and type, and the inspector\'s findings by judgement', async () => {
    const { data } = await graphql(app, '{ stats { nodes relationships findings byKind { kind count } byType { type count } byJudgement { judgement count } } }');
    const stats = data?.stats;
    const sum = (rows: { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);
    expect(sum(stats.byKind)).toBe(stats.nodes);
    expect(sum(stats.byType)).toBe(stats.relationships);
    // Judgements count findings, once each; findings without a judgement are counted in `findings` only.
    expect(sum(stats.byJudgement)).toBeLessThan(stats.findings);
    expect(stats.relationships).toBeGreaterThan(stats.findings);
    expect(stats.byKind).toContainEqual({ kind: 'FORCE', count: 1 });
    expect(stats.byType).toContainEqual({ type: 'WORKS_WITH', count: 2 });
  });
});

describe('errors', () => {
  const cases: [string, string, string][] = [
    ['{ neighbourhood(id: "vetting", depth: 0) { truncated } }', 'BAD_USER_INPUT', 'depth'],
    ['{ neighbourhood(id: "vetting", depth: 4) { truncated } }', 'BAD_USER_INPUT', 'depth'],
    ['{ neighbourhood(id: "vetting", limit: 5000) { truncated } }', 'BAD_USER_INPUT', 'limit'],
    ['{ entities(first: 1000) { totalCount } }', 'BAD_USER_INPUT', 'first'],
    ['{ entities(after: "not-a-cursor") { totalCount } }', 'BAD_USER_INPUT', 'after'],
    ['{ search(text: "   ") { score } }', 'BAD_USER_INPUT', 'text'],
    ['{ search(text: "x", first: 101) { score } }', 'BAD_USER_INPUT', 'first'],
    ['{ partnerInvolvement(partnerId: "vetting") { reached { id } } }', 'BAD_USER_INPUT', 'partnerId'],
    ['{ partnerInvolvement(partnerId: "cheshire-other-agencies", maxHops: 9) { reached { id } } }', 'BAD_USER_INPUT', 'maxHops'],
    ['{ neighbourhood(id: "no-such-entity") { truncated } }', 'NOT_FOUND', 'id'],
    ['{ shortestPath(from: "vetting", to: "no-such-entity") { length } }', 'NOT_FOUND', 'to'],
    ['{ partnerInvolvement(partnerId: "no-such-partner") { reached { id } } }', 'NOT_FOUND', 'partnerId'],
  ];

  it.each(cases)('%s → %s naming %s', async (query, code, argument) => {
    const { errors, data } = await graphql(app, query);
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions).toMatchObject({ code, argument });
    expect(errors?.[0]?.message).toContain(argument);
    expect(data?.[Object.keys(data ?? {})[0] ?? ''] ?? null).toBeNull();
  });

  it('answers null, not an error, for an unknown id in entity', async () => {
    const { data, errors } = await graphql(app, '{ entity(id: "no-such-entity") { id } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ entity: null });
  });

  it('says DATABASE_UNAVAILABLE when Neo4j cannot be reached, without its message', async () => {
    const unreachable = createDriver(`bolt://127.0.0.1:${await getPort()}`, { queryTimeoutMs: 1000 });
    try {
      const offline = createApp({
        config: loadConfig({}),
        repository: new GraphRepository(unreachable, { queryTimeoutMs: 1000 }),
        stores: createRecordStores(unreachable, { queryTimeoutMs: 1000 }),
        databaseName: 'offline',
      });
      const { errors } = await graphql(offline, '{ stats { nodes } }');
      expect(errors).toEqual([
        { message: 'The graph database is unavailable; try again shortly.', path: ['stats'], locations: expect.any(Array), extensions: { code: 'DATABASE_UNAVAILABLE' } },
      ]);
      expect(JSON.stringify(errors)).not.toMatch(/bolt|127\.0\.0\.1|ECONNREFUSED/);
      const health = await offline.fetch('http://local/health');
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', database: { status: 'down' } });
    } finally {
      await unreachable.close();
    }
  });

  it('sorts a query that outlives the transaction timeout as a timeout', async () => {
    const failure = await driver
      .executeQuery('UNWIND range(1, 100000000) AS x RETURN sum(x)', {}, { transactionConfig: { timeout: 50 } })
      .catch((error: unknown) => error);
    expect(classifyDatabaseError(failure)).toBeInstanceOf(QueryTimeoutError);
  });

  it('sorts a change that waited for another’s lock past the transaction timeout as a timeout', async () => {
    const holder = driver.session();
    const waiter = driver.session();
    const held = await holder.beginTransaction();
    try {
      await held.run('MATCH (n:Entity {id: "vetting"}) SET n.lockedByTest = true');
      const failure = await waiter
        .executeWrite((tx) => tx.run('MATCH (n:Entity {id: "vetting"}) SET n.lockedByTest = false'), { timeout: 200 })
        .catch((error: unknown) => error);
      expect((failure as { code?: string }).code).toBe('Neo.ClientError.Transaction.LockClientStopped');
      expect(classifyDatabaseError(failure)).toBeInstanceOf(QueryTimeoutError);
    } finally {
      await held.rollback();
      await holder.close();
      await waiter.close();
    }
  });
});

describe('the server', () => {
  it('serves exactly the schema in server/schema.graphql', async () => {
    const { data } = await graphql<IntrospectionQuery>(app, getIntrospectionQuery({ schemaDescription: true, inputValueDeprecation: true }));
    expect(printSchema(buildClientSchema(data!))).toBe(printSchema(buildSchema(typeDefs)));
  });

  it('reports a reachable database on /health', async () => {
    const response = await app.fetch('http://local/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'up', server: expect.stringMatching(/^Neo4j\/5\./) } });
  });

  it('allows the origins in CORS_ORIGINS and no others', async () => {
    const open = testApp(driver, { CORS_ORIGINS: 'https://tool.example.org' });
    const preflight = (origin: string) =>
      open.fetch('http://local/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://tool.example.org')).headers.get('access-control-allow-origin')).toBe('https://tool.example.org');
    // A browser on another origin sees an allowed origin that is not its own, and blocks the response.
    expect((await preflight('https://elsewhere.example.com')).headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.example.com');
    expect((await testApp(driver).fetch('http://local/graphql', { method: 'OPTIONS', headers: { origin: 'https://tool.example.org', 'access-control-request-method': 'POST' } })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('costs one Cypher round trip per root field for what the explorer asks', async () => {
    const queries = [
      `{ entity(id: "${force}") { id name summary degree relationships { id type judgement source { id name kind } target { id name kind } evidence { quote sentence source { id title } } } } }`,
      '{ entities(first: 10) { totalCount nodes { id name kind degree } pageInfo { endCursor hasNextPage } } }',
      '{ search(text: "partner") { score snippet entity { id name kind } relationship { id type source { id } target { id } evidence { quote sentence } } } }',
      '{ graph { nodes { id name kind summary degree ... on Theme { pillar } } edges { id type judgement source { id } target { id } evidence { quote sentence source { id } } } truncated } }',
      `{ neighbourhood(id: "${force}", depth: 2) { nodes { id name kind } edges { id type source { id } target { id } evidence { quote sentence } } truncated } }`,
      `{ shortestPath(from: "cheshire-other-agencies", to: "vetting") { length nodes { id name } edges { type source { id } target { id } evidence { quote sentence source { title } } } } }`,
      '{ partnerInvolvement(partnerId: "cheshire-other-agencies") { partner { id name } reached { id name kind } paths { length nodes { id } edges { id type evidence { quote sentence } } } } }',
      '{ sources { id title text sentences { index text relationships { id type source { id } target { id } judgement } } } }',
      '{ stats { nodes relationships byKind { kind count } byType { type count } byJudgement { judgement count } } }',
    ];
    for (const query of queries) {
      const response = await graphql(app, query);
      expect(response.errors, query).toBeUndefined();
      expect(response.roundTrips, query).toBe(1);
    }
  });
});

describe('partner involvement without repetition', () => {
  it('gives every entity and relationship on the paths once in subgraph, and the paths name only what it holds', async () => {
    const { data, errors, roundTrips } = await graphql(
      app,
      '{ partnerInvolvement(partnerId: "cheshire-other-agencies") { partner { id } reached { id } paths { nodes { id } edges { id } } subgraph { nodes { id name } edges { id type evidence { quote } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(roundTrips).toBe(1);
    const involvement = data?.partnerInvolvement;
    const nodeIds = involvement.subgraph.nodes.map((n: any) => n.id);
    const edgeIds = involvement.subgraph.edges.map((e: any) => e.id);
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
    const onPaths = (key: 'nodes' | 'edges') => [...new Set(involvement.paths.flatMap((p: any) => p[key].map((x: any) => x.id)))].sort();
    expect(onPaths('edges')).toEqual([...edgeIds].sort());
    expect(onPaths('nodes')).toEqual([...nodeIds].sort());
    expect(involvement.paths.length).toBeGreaterThan(0);
    expect(involvement.subgraph.edges.every((e: any) => e.evidence.quote.length > 0)).toBe(true);
  });
});

describe('one assessment in a graph of many', () => {
  const source = 'cheshire-peel-assessment';

  it('gives the graph of a report: every fact it states, with the entities they join, in one round trip', async () => {
    const whole = await graphql(app, '{ graph { nodes { id } edges { id evidence { source { id } } } } }');
    const report = await graphql(app, 'query ($s: [ID!]) { graph(sources: $s) { nodes { id } edges { id evidence { source { id } } } } }', { s: [source] });
    expect(report.errors).toBeUndefined();
    expect(report.roundTrips).toBe(1);
    const edgeIds = (response: typeof report): string[] => response.data?.graph.edges.map((e: any) => e.id).sort();
    const nodeIds = (response: typeof report): string[] => response.data?.graph.nodes.map((n: any) => n.id).sort();
    // What the report states, asked of Neo4j directly: however many assessments the graph holds, its graph is
    // exactly their facts and the entities those join, and a part of the whole graph.
    const stated = await driver.executeQuery(
      'MATCH (a:Entity)-[r {source: $source}]->(b:Entity) RETURN collect(r.id) AS edges, collect(DISTINCT a.id) + collect(DISTINCT b.id) AS nodes',
      { source },
    );
    const expected = stated.records[0]!.toObject() as { edges: string[]; nodes: string[] };
    expect(expected.edges).toHaveLength(43);
    expect(edgeIds(report)).toEqual([...expected.edges].sort());
    expect(nodeIds(report)).toEqual([...new Set(expected.nodes)].sort());
    expect(report.data?.graph.edges.every((e: any) => e.evidence.source.id === source)).toBe(true);
    expect(edgeIds(whole)).toEqual(expect.arrayContaining(edgeIds(report)));
    // Asking for an unknown report beside it adds nothing; asking for the unknown one alone gives nothing.
    const withUnknown = await graphql(app, 'query ($s: [ID!]) { graph(sources: $s) { nodes { id } edges { id evidence { source { id } } } } }', {
      s: [source, 'no-such-report'],
    });
    expect(edgeIds(withUnknown)).toEqual(edgeIds(report));
    const unknown = await graphql(app, '{ graph(sources: ["no-such-report"]) { nodes { id } edges { id } } }');
    expect(unknown.data?.graph).toEqual({ nodes: [], edges: [] });
  });

  it('filters a report’s graph by kind as the whole graph is filtered: every entity of those kinds it names', async () => {
    const kinds = ['FORCE', 'PARTNER', 'THEME', 'RISK'];
    const ids = (response: any) => ({
      nodes: response.data?.graph.nodes.map((n: any) => n.id).sort(),
      edges: response.data?.graph.edges.map((e: any) => e.id).sort(),
    });
    const whole = await graphql(app, 'query ($k: [EntityKind!]) { graph(kinds: $k) { nodes { id } edges { id } } }', { k: kinds });
    const report = await graphql(app, 'query ($k: [EntityKind!], $s: [ID!]) { graph(kinds: $k, sources: $s) { nodes { id } edges { id } } }', { k: kinds, s: [source] });
    expect(report.errors).toBeUndefined();
    expect(ids(report)).toEqual(ids(whole));
    expect(ids(report).nodes).toHaveLength(27);
  });

  it('filters a report’s graph by type and judgement as the whole graph is filtered', async () => {
    const { data, errors } = await graphql(
      app,
      'query ($s: [ID!]) { graph(sources: $s, types: [NEEDS_IMPROVEMENT], judgements: [AREA_FOR_IMPROVEMENT]) { nodes { id } edges { type judgement } } }',
      { s: [source] },
    );
    expect(errors).toBeUndefined();
    expect(data?.graph.edges.length).toBeGreaterThan(0);
    expect(data?.graph.edges.every((e: any) => e.type === 'NEEDS_IMPROVEMENT' && e.judgement === 'AREA_FOR_IMPROVEMENT')).toBe(true);
  });

  it('gives an empty graph for a report that does not exist, and refuses an empty id naming the argument', async () => {
    const none = await graphql(app, '{ graph(sources: ["no-such-report"]) { nodes { id } edges { id } } }');
    expect(none.data?.graph).toEqual({ nodes: [], edges: [] });
    const empty = await graphql(app, '{ graph(sources: [" "]) { nodes { id } } }');
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'sources' });
  });

  it('pages the sources in id order with first and after', async () => {
    const first = await graphql(app, '{ sources(first: 1) { id title } }');
    expect(first.data?.sources).toEqual([{ id: source, title: "HMI Mike Cunningham's assessment of Cheshire Constabulary" }]);
    const after = await graphql(app, `{ sources(first: 1, after: "${source}") { id } }`);
    expect(after.data?.sources).toEqual([]);
    const tooMany = await graphql(app, '{ sources(first: 501) { id } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

describe('evidence sources', () => {
  it('gives a cited source id without reading the report text, and its title when asked', async () => {
    const idOnly = await graphql(app, '{ graph { edges { evidence { source { id } } } } }');
    expect(idOnly.errors).toBeUndefined();
    expect(new Set(idOnly.data?.graph.edges.map((e: any) => e.evidence.source.id))).toEqual(new Set(['cheshire-peel-assessment']));
    expect(idOnly.roundTrips).toBe(1);

    const withTitle = await graphql(app, '{ graph { edges { evidence { source { id title sentences { index } } } } } }');
    expect(withTitle.errors).toBeUndefined();
    const [first] = withTitle.data?.graph.edges;
    expect(first.evidence.source.title).toBe("HMI Mike Cunningham's assessment of Cheshire Constabulary");
    expect(first.evidence.source.sentences).toHaveLength(18);
    expect(withTitle.roundTrips).toBe(1);
  });
});
