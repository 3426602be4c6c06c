// The explorer's API calls: what each sends (headers, token, operation, variables), what it makes of the answer, and
// which failure becomes which error, against a fetch that stands in for the server.
import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  assessmentReportQuery,
  assessmentsQuery,
  compareByPillarQuery,
  compareFindingsQuery,
  compareQuery,
  createApi,
  diffQuery,
  forcesQuery,
  graphQuery,
  involvementFromAnswer,
  neighbourhoodQuery,
  partnerInvolvementQuery,
  searchQuery,
  shortestPathQuery,
  sourcesQuery,
  statsQuery,
  timelineQuery,
} from '../../client/src/api.ts';
import { pillarColumnId } from '../../client/src/compare-matrix.ts';
import { noFilters } from '../../client/src/model.ts';

interface Call {
  url: string;
  init: RequestInit;
}

type Answer = () => Response | Promise<Response>;

const json = (status: number, body: unknown, statusText = ''): Answer => () =>
  new Response(JSON.stringify(body), { status, statusText, headers: { 'content-type': 'application/json' } });
const data = (value: unknown) => json(200, { data: value });

/** A stand-in server: the n-th call gets the n-th answer (the last one over again after that), and every call is kept. */
function server(...answers: Answer[]) {
  const calls: Call[] = [];
  const fetch = async (url: string, init: RequestInit = {}) => {
    // A call that pages on for ever fails here, at once, rather than running until the test times out.
    if (calls.length >= 20) throw new Error('the stand-in server has answered 20 calls');
    calls.push({ url, init });
    return answers[Math.min(calls.length - 1, answers.length - 1)]!();
  };
  const sent = () => calls.map((call) => JSON.parse(call.init.body as string) as { query: string; variables: Record<string, unknown> });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls, sent };
}

const entity = (id: string, kind = 'THEME') => ({ id, name: id, kind, summary: null, degree: 1 });
const relationship = (id: string, source: string, target: string) => ({ id, type: 'HAS_STRENGTH', source: { id: source }, target: { id: target } });

describe('ApiError', () => {
  it('carries its message and code, and is named for the page that reports it', () => {
    const error = new ApiError('Neo4j is down.', 'DATABASE_UNAVAILABLE');
    expect([error.name, error.message, error.code, error instanceof Error]).toEqual(['ApiError', 'Neo4j is down.', 'DATABASE_UNAVAILABLE', true]);
  });
});

describe('sending a request', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('posts JSON to the endpoint with the operation, empty variables when none are given, and no token when no one is signed in', async () => {
    const stand = server(data({ stats: { nodes: 3 } }));
    const controller = new AbortController();
    const api = createApi({ endpoint: 'http://local/graphql', fetch: stand.fetch });
    expect(await api.request('query Stats { stats { nodes } }', undefined, controller.signal)).toEqual({ stats: { nodes: 3 } });
    const [call] = stand.calls;
    expect(call!.url).toBe('http://local/graphql');
    expect(call!.init.method).toBe('POST');
    expect(call!.init.signal).toBe(controller.signal);
    expect(call!.init.headers).toEqual({ accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json' });
    expect(stand.sent()).toEqual([{ query: 'query Stats { stats { nodes } }', variables: {} }]);
  });

  it('sends the signed-in person’s token as a bearer token, and none for an empty one', async () => {
    const stand = server(data({ ok: true }));
    await createApi({ fetch: stand.fetch, token: () => 'pgt_fenmarsh' }).request('{ ok }');
    await createApi({ fetch: stand.fetch, token: () => '' }).request('{ ok }');
    expect((stand.calls[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer pgt_fenmarsh');
    expect(stand.calls[1]!.init.headers).not.toHaveProperty('authorization');
  });

  it('posts a form with the CSRF header and leaves its content type to the browser', async () => {
    const stand = server(data({ startDraft: { id: 'd' } }));
    const form = new FormData();
    form.append('operations', '{}');
    expect(await createApi({ fetch: stand.fetch }).requestForm(form)).toEqual({ startDraft: { id: 'd' } });
    expect(stand.calls[0]!.init.body).toBe(form);
    expect(stand.calls[0]!.init.headers).toEqual({ accept: 'application/graphql-response+json, application/json', 'x-graphql-csrf': '1' });
  });

  it('uses the page’s own fetch and the relative endpoint "graphql" by default', async () => {
    const stand = server(data({ ok: true }));
    globalThis.fetch = stand.fetch;
    await createApi().request('{ ok }');
    expect(stand.calls.map((call) => call.url)).toEqual(['graphql']);
  });

  it('turns a fetch that fails into a NETWORK error, but lets an abort through as it is', async () => {
    const refused = createApi({
      fetch: (async () => {
        throw new TypeError('fetch failed');
      }) as unknown as typeof globalThis.fetch,
    });
    await expect(refused.request('{ ok }')).rejects.toEqual(new ApiError('The explorer cannot reach its server.', 'NETWORK'));
    await expect(refused.request('{ ok }')).rejects.toMatchObject({ code: 'NETWORK' });
    const controller = new AbortController();
    controller.abort();
    const aborting = createApi({
      fetch: (async (_url: string, init: RequestInit) => {
        throw init.signal!.reason;
      }) as unknown as typeof globalThis.fetch,
    });
    await expect(aborting.request('{ ok }', {}, controller.signal)).rejects.toBe(controller.signal.reason);
  });

  it('says what the server answered when it is not GraphQL: a 503 is the database, anything else plain HTTP', async () => {
    const text = (status: number, statusText: string): Answer => () => new Response('<html>down</html>', { status, statusText });
    await expect(createApi({ fetch: server(text(503, 'Service Unavailable')).fetch }).request('{ ok }')).rejects.toSatisfy(
      (error: ApiError) => error.message === 'The server answered 503 Service Unavailable without a GraphQL response.' && error.code === 'DATABASE_UNAVAILABLE',
    );
    await expect(createApi({ fetch: server(text(502, 'Bad Gateway')).fetch }).request('{ ok }')).rejects.toSatisfy(
      (error: ApiError) => error.message === 'The server answered 502 Bad Gateway without a GraphQL response.' && error.code === 'HTTP',
    );
  });

  it('throws the first GraphQL error with its code, GRAPHQL when it has none', async () => {
    const coded = server(json(200, { errors: [{ message: 'No entity "nowhere".', extensions: { code: 'NOT_FOUND' } }, { message: 'second' }] }));
    await expect(createApi({ fetch: coded.fetch }).request('{ ok }')).rejects.toSatisfy((error: ApiError) => error.message === 'No entity "nowhere".' && error.code === 'NOT_FOUND');
    const uncoded = server(json(200, { errors: [{ message: 'Something broke.' }] }));
    await expect(createApi({ fetch: uncoded.fetch }).request('{ ok }')).rejects.toSatisfy((error: ApiError) => error.message === 'Something broke.' && error.code === 'GRAPHQL');
  });

  it('throws when the answer has neither errors nor data', async () => {
    await expect(createApi({ fetch: server(json(200, { data: null })).fetch }).request('{ ok }')).rejects.toSatisfy(
      (error: ApiError) => error.message === 'The server answered 200 with no data.' && error.code === 'HTTP',
    );
  });

  describe('a token the server refuses', () => {
    const refusal = json(401, { errors: [{ message: 'The token has expired.', extensions: { code: 'UNAUTHENTICATED' } }] });

    it('is forgotten, and the request goes again without it', async () => {
      const stand = server(refusal, data({ ok: true }));
      let token: string | null = 'pgt_old';
      const reasons: string[] = [];
      const api = createApi({
        fetch: stand.fetch,
        token: () => token,
        onTokenRefused: (reason) => {
          reasons.push(reason);
          token = null;
        },
      });
      expect(await api.request('{ ok }')).toEqual({ ok: true });
      expect(reasons).toEqual(['The token has expired.']);
      expect(stand.calls.map((call) => (call.init.headers as Record<string, string>).authorization)).toEqual(['Bearer pgt_old', undefined]);
    });

    it('is an error when the token stays the same, or no one is told, or no token was sent', async () => {
      const stand = server(refusal);
      const reasons: string[] = [];
      const kept = createApi({ fetch: stand.fetch, token: () => 'pgt_kept', onTokenRefused: (reason) => reasons.push(reason) });
      await expect(kept.request('{ ok }')).rejects.toMatchObject({ message: 'The token has expired.', code: 'UNAUTHENTICATED' });
      expect([reasons, stand.calls.length]).toEqual([['The token has expired.'], 1]);
      const untold = createApi({ fetch: stand.fetch, token: () => 'pgt_kept' });
      await expect(untold.request('{ ok }')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      const anonymous = createApi({ fetch: stand.fetch, onTokenRefused: (reason) => reasons.push(reason) });
      await expect(anonymous.request('{ ok }')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(reasons).toHaveLength(1);
    });

    it('only on a 401: another error with a token is not a refusal', async () => {
      const reasons: string[] = [];
      const api = createApi({
        fetch: server(json(200, { errors: [{ message: 'Bad id.', extensions: { code: 'BAD_USER_INPUT' } }] })).fetch,
        token: () => 'pgt_fine',
        onTokenRefused: (reason) => reasons.push(reason),
      });
      await expect(api.request('{ ok }')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(reasons).toEqual([]);
    });
  });
});

describe('the explorer’s calls', () => {
  it('asks for the graph under the filters, with the sources when given and null when not', async () => {
    const subgraph = { nodes: [entity('vetting')], edges: [], truncated: false };
    const stand = server(data({ graph: subgraph }));
    const api = createApi({ fetch: stand.fetch });
    const filters = { ...noFilters, kinds: ['FORCE' as const] };
    const sources = ['fenmarsh-peel-2024'];
    expect(await api.graph(filters, undefined, sources)).toEqual(subgraph);
    expect(await api.graph(noFilters)).toEqual(subgraph);
    expect(stand.sent()).toEqual([
      { query: graphQuery, variables: { ...filters, sources: ['fenmarsh-peel-2024'] } },
      { query: graphQuery, variables: { ...noFilters, sources: null } },
    ]);
  });

  it('asks for a neighbourhood, a search, a shortest path, the sources and the stats with their arguments', async () => {
    const subgraph = { nodes: [entity('fenmarsh-constabulary', 'FORCE')], edges: [], truncated: true };
    const hits = [{ score: 2, snippet: '[vetting]', entity: entity('vetting'), relationship: null }];
    const path = { length: 0, nodes: [entity('vetting')], edges: [] };
    const sources = [{ id: 'fenmarsh-peel-2024', title: 'Fenmarsh', sentences: [] }];
    const stats = { nodes: 5, relationships: 4 };
    const stand = server(data({ neighbourhood: subgraph }), data({ search: hits }), data({ shortestPath: path }), data({ sources }), data({ stats }));
    const api = createApi({ fetch: stand.fetch });
    expect(await api.neighbourhood('fenmarsh-constabulary', 25)).toEqual(subgraph);
    expect(await api.search('vetting', 10)).toEqual(hits);
    expect(await api.shortestPath('fenmarsh-constabulary', 'vetting')).toEqual(path);
    expect(await api.sources(20)).toEqual(sources);
    expect(await api.stats()).toEqual(stats);
    expect(stand.sent()).toEqual([
      { query: neighbourhoodQuery, variables: { id: 'fenmarsh-constabulary', limit: 25 } },
      { query: searchQuery, variables: { text: 'vetting', first: 10 } },
      { query: shortestPathQuery, variables: { from: 'fenmarsh-constabulary', to: 'vetting' } },
      { query: sourcesQuery, variables: { first: 20 } },
      { query: statsQuery, variables: {} },
    ]);
  });

  it('asks for a partner’s involvement and puts its entities and relationships back on the paths', async () => {
    const partner = entity('greywater-council', 'PARTNER');
    const answer = {
      partner,
      reached: [{ id: 'vetting' }],
      paths: [{ length: 1, nodes: [{ id: 'greywater-council' }, { id: 'vetting' }], edges: [{ id: 'r1' }] }],
      subgraph: { nodes: [entity('vetting')], edges: [relationship('r1', 'greywater-council', 'vetting')] },
    };
    const stand = server(data({ partnerInvolvement: answer }));
    expect(await createApi({ fetch: stand.fetch }).partnerInvolvement('greywater-council')).toEqual({
      partner,
      reached: [entity('vetting')],
      paths: [{ length: 1, nodes: [partner, entity('vetting')], edges: [relationship('r1', 'greywater-council', 'vetting')] }],
    });
    expect(stand.sent()).toEqual([{ query: partnerInvolvementQuery, variables: { partnerId: 'greywater-council' } }]);
  });

  it('asks for a page of assessments and gives its nodes with the page’s place and the total', async () => {
    const nodes = [{ id: 'fenmarsh-peel-2024', title: 'Fenmarsh PEEL 2024' }];
    const stand = server(data({ assessments: { nodes, pageInfo: { hasNextPage: true, endCursor: 'c1' }, totalCount: 9 } }));
    const api = createApi({ fetch: stand.fetch });
    const filter = { force: 'fenmarsh-constabulary', year: 2024, kind: null };
    expect(await api.assessments(filter, 1)).toEqual({ nodes, hasNextPage: true, endCursor: 'c1', totalCount: 9 });
    await api.assessments(filter, 1, 'c1');
    expect(stand.sent()).toEqual([
      { query: assessmentsQuery, variables: { ...filter, first: 1, after: null } },
      { query: assessmentsQuery, variables: { ...filter, first: 1, after: 'c1' } },
    ]);
  });

  it('gives an assessment apart from its report, and null for an assessment there is not', async () => {
    const source = { id: 'fenmarsh-peel-2024', title: 'Fenmarsh PEEL 2024', sentences: [] };
    const assessment = { id: 'fenmarsh-peel-2024', title: 'Fenmarsh PEEL 2024', year: 2024 };
    const stand = server(data({ assessment: { ...assessment, source } }), data({ assessment: null }));
    const api = createApi({ fetch: stand.fetch });
    expect(await api.assessmentReport('fenmarsh-peel-2024')).toEqual({ assessment, source });
    expect(await api.assessmentReport('none')).toBeNull();
    expect(stand.sent()[0]).toEqual({ query: assessmentReportQuery, variables: { id: 'fenmarsh-peel-2024' } });
  });

  it('gathers every force page by page, stopping at the last page or a page with no cursor', async () => {
    const page = (names: string[], hasNextPage: boolean, endCursor: string | null) =>
      data({ entities: { nodes: names.map((id) => ({ id, name: id })), pageInfo: { hasNextPage, endCursor } } });
    const stand = server(page(['fenmarsh'], true, 'c1'), page(['greywater'], true, 'c2'), page(['harrowmere'], false, 'c3'));
    expect(await createApi({ fetch: stand.fetch }).forces()).toEqual(['fenmarsh', 'greywater', 'harrowmere'].map((id) => ({ id, name: id })));
    expect(stand.sent()).toEqual([
      { query: forcesQuery, variables: { first: 500, after: null } },
      { query: forcesQuery, variables: { first: 500, after: 'c1' } },
      { query: forcesQuery, variables: { first: 500, after: 'c2' } },
    ]);
    const cursorless = server(page(['fenmarsh'], true, null), page(['never'], false, null));
    expect(await createApi({ fetch: cursorless.fetch }).forces()).toEqual([{ id: 'fenmarsh', name: 'fenmarsh' }]);
    expect(cursorless.calls).toHaveLength(1);
  });

  it('compares forces by theme, with the themes or null for all of them', async () => {
    const answer = { forces: [{ id: 'fenmarsh', name: 'Fenmarsh' }], themes: [], assessments: [], cells: [], truncated: false };
    const stand = server(data({ compare: answer }));
    const api = createApi({ fetch: stand.fetch });
    expect(await api.compare(['fenmarsh'], ['vetting'])).toEqual({ by: 'theme', ...answer });
    expect(await api.compare(['fenmarsh'], null, 'theme')).toEqual({ by: 'theme', ...answer });
    expect(stand.sent()).toEqual([
      { query: compareQuery, variables: { forces: ['fenmarsh'], themes: ['vetting'] } },
      { query: compareQuery, variables: { forces: ['fenmarsh'], themes: null } },
    ]);
  });

  it('compares forces by pillar, leaving the themes out', async () => {
    const answer = {
      forces: [{ id: 'fenmarsh', name: 'Fenmarsh' }],
      pillars: [{ pillar: 'EFFECTIVENESS', themes: [{ id: 'vetting', name: 'Vetting' }] }],
      assessments: [],
      cells: [{ force: { id: 'fenmarsh' }, pillar: 'EFFECTIVENESS', assessment: null, judgements: ['STRENGTH'], findingCount: 1 }],
    };
    const stand = server(data({ compareByPillar: answer }));
    const comparison = await createApi({ fetch: stand.fetch }).compare(['fenmarsh'], ['vetting'], 'pillar');
    expect(comparison.by).toBe('pillar');
    expect(comparison.cells).toEqual([{ force: { id: 'fenmarsh' }, theme: { id: pillarColumnId('EFFECTIVENESS') }, assessment: null, judgements: ['STRENGTH'], findingCount: 1 }]);
    expect(stand.sent()).toEqual([{ query: compareByPillarQuery, variables: { forces: ['fenmarsh'] } }]);
  });

  it('asks for the findings of many themes fifty at a time, all at once, and puts the cells together', async () => {
    const themes = Array.from({ length: 101 }, (_, i) => `theme-${i}`);
    const stand = server(
      data({ compare: { cells: [{ theme: { id: 'theme-0' } }] } }),
      data({ compare: { cells: [{ theme: { id: 'theme-50' } }, { theme: { id: 'theme-99' } }] } }),
      data({ compare: { cells: [{ theme: { id: 'theme-100' } }] } }),
    );
    const answer = await createApi({ fetch: stand.fetch }).compareFindings(['fenmarsh'], themes);
    expect(answer.cells.map((cell) => cell.theme.id)).toEqual(['theme-0', 'theme-50', 'theme-99', 'theme-100']);
    expect(stand.sent()).toEqual([
      { query: compareFindingsQuery, variables: { forces: ['fenmarsh'], themes: themes.slice(0, 50) } },
      { query: compareFindingsQuery, variables: { forces: ['fenmarsh'], themes: themes.slice(50, 100) } },
      { query: compareFindingsQuery, variables: { forces: ['fenmarsh'], themes: ['theme-100'] } },
    ]);
    expect(await createApi({ fetch: stand.fetch }).compareFindings(['fenmarsh'], [])).toEqual({ cells: [] });
    expect(stand.calls).toHaveLength(3);
  });

  it('gathers a theme’s timeline page by page', async () => {
    const force = { id: 'fenmarsh', name: 'Fenmarsh' };
    const theme = { id: 'vetting', name: 'Vetting' };
    const page = (entries: string[], hasNextPage: boolean, endCursor: string | null) =>
      data({ timeline: { force, theme, entries: { nodes: entries.map((id) => ({ assessment: { id }, findings: [] })), pageInfo: { hasNextPage, endCursor } } } });
    const stand = server(page(['a2019'], true, 'c1'), page(['a2021', 'a2023'], false, 'c2'));
    expect(await createApi({ fetch: stand.fetch }).timeline('fenmarsh', 'vetting')).toEqual({
      force,
      theme,
      entries: ['a2019', 'a2021', 'a2023'].map((id) => ({ assessment: { id }, findings: [] })),
    });
    expect(stand.sent()).toEqual([
      { query: timelineQuery, variables: { force: 'fenmarsh', theme: 'vetting', after: null } },
      { query: timelineQuery, variables: { force: 'fenmarsh', theme: 'vetting', after: 'c1' } },
    ]);
    const cursorless = server(page(['a2019'], true, null), page(['never'], false, null));
    expect((await createApi({ fetch: cursorless.fetch }).timeline('fenmarsh', 'vetting')).entries).toHaveLength(1);
    expect(cursorless.calls).toHaveLength(1);
  });

  it('asks for the diff of two assessments', async () => {
    const diff = { from: { id: 'a2019' }, to: { id: 'a2023' }, new: [], resolved: [], persisting: [], worse: [], disappeared: [], truncated: false };
    const stand = server(data({ diff }));
    expect(await createApi({ fetch: stand.fetch }).diff('a2019', 'a2023')).toEqual(diff);
    expect(stand.sent()).toEqual([{ query: diffQuery, variables: { from: 'a2019', to: 'a2023' } }]);
  });
});

describe('health', () => {
  it('asks the health endpoint for JSON and names the database when it is up', async () => {
    const stand = server(json(200, { database: { name: 'neo4j' } }));
    expect(await createApi({ healthEndpoint: 'http://local/health', fetch: stand.fetch }).health()).toEqual({ ok: true, detail: 'neo4j' });
    expect(stand.calls).toEqual([{ url: 'http://local/health', init: { headers: { accept: 'application/json' } } }]);
    await createApi({ fetch: stand.fetch }).health();
    expect(stand.calls[1]!.url).toBe('health');
  });

  it('gives the database’s error when it is down, else the HTTP status, and says when the server does not answer', async () => {
    const down = server(json(503, { database: { name: 'neo4j', error: 'Neo4j does not answer.' } }));
    expect(await createApi({ fetch: down.fetch }).health()).toEqual({ ok: false, detail: 'Neo4j does not answer.' });
    const bare = server(() => new Response('Bad Gateway', { status: 502 }));
    expect(await createApi({ fetch: bare.fetch }).health()).toEqual({ ok: false, detail: 'HTTP 502' });
    const empty = server(json(200, {}));
    expect(await createApi({ fetch: empty.fetch }).health()).toEqual({ ok: true, detail: 'HTTP 200' });
    const silent = createApi({
      fetch: (async () => {
        throw new TypeError('fetch failed');
      }) as unknown as typeof globalThis.fetch,
    });
    expect(await silent.health()).toEqual({ ok: false, detail: 'the server does not answer' });
  });
});

describe('involvementFromAnswer', () => {
  const partner = entity('greywater-council', 'PARTNER');

  it('names the entity or relationship a path gives only by id', () => {
    const base = { partner, reached: [], paths: [], subgraph: { nodes: [], edges: [] } };
    expect(() => involvementFromAnswer({ ...base, reached: [{ id: 'ghost' }] } as never)).toThrow(
      new ApiError('The answer names entity ghost on a path without giving it.', 'GRAPHQL'),
    );
    const missingEdge = { ...base, paths: [{ length: 1, nodes: [{ id: 'greywater-council' }], edges: [{ id: 'r9' }] }] };
    let error: unknown;
    try {
      involvementFromAnswer(missingEdge as never);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect([(error as ApiError).message, (error as ApiError).code]).toEqual(['The answer names relationship r9 on a path without giving it.', 'GRAPHQL']);
  });

  it('reaches the partner itself through its own entry, whatever the subgraph says', () => {
    const stale = { ...partner, name: 'stale copy' };
    const involvement = involvementFromAnswer({ partner, reached: [{ id: 'greywater-council' }], paths: [], subgraph: { nodes: [stale], edges: [] } } as never);
    expect(involvement.reached).toEqual([partner]);
  });
});
