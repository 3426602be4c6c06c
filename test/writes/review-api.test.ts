// Review and publishing over the API against the real Neo4j: who may write, drafts unseen by readers, versions,
// spans that stay verbatim, publishing all or nothing, withdrawal, disputes, and the audit entry of each change.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { TokenStore } from '../../server/auth/token-store.ts';
import { graphql, testApp } from '../support/api.ts';
import { bearer, createTestToken, testTokenStore } from '../support/auth.ts';
import { testDriver } from '../support/database.ts';

let driver: Driver;
let store: TokenStore;
let app: App;
let editor: { name: string; secret: string };
let reader: { name: string; secret: string };
let admin: { name: string; secret: string };

beforeAll(async () => {
  driver = testDriver();
  store = testTokenStore(driver);
  await store.ensureSchema();
  app = testApp(driver);
  [editor, reader, admin] = await Promise.all([createTestToken(store, 'editor'), createTestToken(store, 'reader'), createTestToken(store, 'admin')]);
});
afterAll(() => driver.close());

const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.map((e) => e.extensions?.code);

/** A short fictional assessment, with a word no other text in the graph has, to search for. */
function fictionalText(force: string, marker: string): string {
  return [
    `Fictional sample for peel-graph: ${force} is not a real force.`,
    '',
    `I am pleased with the performance of ${force} in keeping people safe. The force is good at protecting vulnerable people and works well with local authorities to safeguard children at risk of exploitation.`,
    '',
    `However, the force needs to improve its vetting procedures, which ${marker} officers noticed were not always completed.`,
  ].join('\n');
}

const draftFields = `id assessment title fictional force { id name existing } progress { total reviewed accepted rejected }
  sentences { number text start end }
  findings { totalCount nodes { id sentence start end quote type judgement status basis version review { status by }
    participants { role entity { id name kind existing } } relationships { from type to } } }`;

async function startDraft(force: string, marker: string, extra: Record<string, unknown> = {}) {
  const response = await graphql(app, `mutation($input: StartDraftInput!) { startDraft(input: $input) { ${draftFields} } }`, {
    input: { text: fictionalText(force, marker), fileName: `${marker}.txt`, force, year: 2024, kind: 'PEEL', ...extra },
  }, bearer(editor.secret));
  expect(response.errors).toBeUndefined();
  return response.data!.startDraft;
}

const accept = (id: string, version: number, secret = editor.secret) =>
  graphql(app, 'mutation($id: ID!, $v: Int!) { acceptDraftFinding(id: $id, version: $v) { id version review { status by at } } }', { id, v: version }, bearer(secret));
const reject = (id: string, version: number) =>
  graphql(app, 'mutation($id: ID!, $v: Int!) { rejectDraftFinding(id: $id, version: $v) { id version review { status } } }', { id, v: version }, bearer(editor.secret));
const edit = (id: string, version: number, input: Record<string, unknown>) =>
  graphql(app, 'mutation($id: ID!, $v: Int!, $input: DraftFindingInput!) { editDraftFinding(id: $id, version: $v, input: $input) { id version quote start end judgement type review { status } participants { role entity { id } } } }', { id, v: version, input }, bearer(editor.secret));
const publish = (id: string, secret = editor.secret) => graphql(app, 'mutation($id: ID!) { publishDraft(id: $id) { id title fictional year force { id name } } }', { id }, bearer(secret));

async function auditEntries(target: string) {
  const { records } = await driver.executeQuery('MATCH (e:AuditEntry {target: $target}) RETURN e.action AS action, e.actor AS actor ORDER BY e.at, e.id', { target });
  return records.map((r) => ({ action: r.get('action') as string, actor: r.get('actor') as string }));
}

describe('who may write', () => {
  const start = 'mutation { startDraft(input: { text: "" }) { id } }';

  it('refuses an anonymous writer with 401 and a reader with 403, before looking at the arguments', async () => {
    const anonymous = await graphql(app, start);
    expect(anonymous.status).toBe(401);
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const asReader = await graphql(app, start, {}, bearer(reader.secret));
    expect(asReader.status).toBe(403);
    expect(codes(asReader)).toEqual(['FORBIDDEN']);
    expect(asReader.errors![0]!.message).toContain('editor');
  });

  it('keeps drafts from readers', async () => {
    for (const query of ['{ drafts { totalCount } }', '{ draft(id: "draft-000000000000") { id } }']) {
      expect(codes(await graphql(app, query)), query).toEqual(['UNAUTHENTICATED']);
      expect(codes(await graphql(app, query, {}, bearer(reader.secret))), query).toEqual(['FORBIDDEN']);
    }
  });

  it('only an admin withdraws an assessment', async () => {
    const response = await graphql(app, 'mutation { withdrawAssessment(id: "cheshire-peel-assessment", reason: "test") }', {}, bearer(editor.secret));
    expect(codes(response)).toEqual(['FORBIDDEN']);
    expect((await graphql(app, '{ assessment(id: "cheshire-peel-assessment") { id } }')).data?.assessment).not.toBeNull();
  });

  it('says who is asking', async () => {
    expect((await graphql(app, '{ viewer { name role via } }')).data?.viewer).toBeNull();
    expect((await graphql(app, '{ viewer { name role via } }', {}, bearer(editor.secret))).data?.viewer).toEqual({ name: editor.name, role: 'EDITOR', via: 'TOKEN' });
  });
});

describe('a draft', () => {
  it('is drafted from pasted text, with findings citing verbatim spans, unseen by readers', async () => {
    const draft = await startDraft('Fictional Downs Police', 'downs');
    expect(draft.id).toMatch(/^draft-[0-9a-f]{12}$/);
    expect(draft.assessment).toBe('fictional-downs-police-peel-2024');
    expect(draft.fictional).toBe(true);
    expect(draft.force).toEqual({ id: 'fictional-downs-police', name: 'Fictional Downs Police', existing: false });
    const findings = draft.findings.nodes;
    expect(draft.progress).toEqual({ total: findings.length, reviewed: 0, accepted: 0, rejected: 0 });
    expect(findings.length).toBeGreaterThanOrEqual(3);
    for (const finding of findings) {
      expect(draft.sentences[finding.sentence - 1].text.slice(finding.start, finding.end)).toBe(finding.quote);
      expect(finding.review).toEqual({ status: 'DRAFT', by: null });
      expect(finding.version).toBe(1);
    }
    expect(findings.some((f: any) => f.judgement === 'AREA_FOR_IMPROVEMENT' && f.relationships.some((r: any) => r.type === 'NEEDS_IMPROVEMENT'))).toBe(true);

    const search = await graphql(app, '{ search(text: "Fictional Downs Police") { entity { id } } }');
    expect(search.data?.search.filter((hit: any) => hit.entity?.id === 'fictional-downs-police')).toEqual([]);
    const readable = await graphql(app, '{ findings(assessments: ["fictional-downs-police-peel-2024"]) { totalCount } assessment(id: "fictional-downs-police-peel-2024") { id } }');
    expect(readable.data).toEqual({ findings: { totalCount: 0 }, assessment: null });
    expect(await auditEntries(`draft:${draft.id}`)).toEqual([{ action: 'DRAFT_STARTED', actor: editor.name }]);
  });

  it('is drafted from an uploaded file (a multipart request)', async () => {
    const form = new FormData();
    form.append('operations', JSON.stringify({
      query: 'mutation($file: File!) { startDraft(input: { file: $file, force: "Fictional Upload Police", year: 2023 }) { id file format progress { total } } }',
      variables: { file: null },
    }));
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new File([`<html><body><nav>Home</nav><main><p>${fictionalText('Fictional Upload Police', 'upload')}</p></main></body></html>`], 'upload.html', { type: 'text/html' }));
    const response = await app.fetch('http://local/graphql', { method: 'POST', body: form, headers: { 'x-graphql-csrf': '1', ...bearer(editor.secret) } });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data.startDraft).toMatchObject({ file: 'upload.html', format: 'html' });
    expect(body.data.startDraft.progress.total).toBeGreaterThan(0);
  });

  it('refuses input it cannot draft from, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'input'],
      [{ text: '   ' }, 'input'],
      [{ text: 'Heading only', year: 1700 }, 'input.year'],
      [{ text: 'Heading only' }, 'input.text'],
      [{ text: 'The force is good at investigating crime.', assessment: 'Not An Id' }, 'input.assessment'],
    ];
    for (const [input, argument] of cases) {
      const response = await graphql(app, 'mutation($input: StartDraftInput!) { startDraft(input: $input) { id } }', { input }, bearer(editor.secret));
      expect(codes(response), JSON.stringify(input)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.extensions?.argument, JSON.stringify(input)).toBe(argument);
    }
  });
});

describe('changing a draft finding', () => {
  it('refuses a change made against an older version (CONFLICT), and of two at once lets exactly one through', async () => {
    const draft = await startDraft('Fictional Conflict Police', 'conflict');
    const finding = draft.findings.nodes[0];
    const [a, b] = await Promise.all([edit(finding.id, 1, { status: 'PLANNED' }), edit(finding.id, 1, { status: 'EXPLORING' })]);
    const outcomes = [a, b].map((r) => (r.errors ? codes(r)![0] : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const refused = [a, b].find((r) => r.errors)!;
    expect(refused.status).toBe(409);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', version: 2 });
    const stale = await accept(finding.id, 1);
    expect(codes(stale)).toEqual(['CONFLICT']);
    const current = await graphql(app, `query($id: ID!) { draft(id: $id) { findings { nodes { id version status review { status } } } } }`, { id: draft.id }, bearer(editor.secret));
    const now = current.data!.draft.findings.nodes.find((f: any) => f.id === finding.id);
    expect(now.version).toBe(2);
    expect(now.review.status).toBe('DRAFT');
    expect(['PLANNED', 'EXPLORING']).toContain(now.status);
    expect((await auditEntries(`draft-finding:${finding.id}`)).map((e) => e.action)).toEqual(['DRAFT_FINDING_EDITED']);
  });

  it('re-spans to the sentence words selected, without the spaces around them, and refuses a span outside the sentence', async () => {
    const draft = await startDraft('Fictional Span Police', 'span');
    const finding = draft.findings.nodes.find((f: any) => f.judgement === 'AREA_FOR_IMPROVEMENT');
    const sentence: string = draft.sentences[finding.sentence - 1].text;
    const words = 'its vetting procedures';
    const start = sentence.indexOf(words);
    const response = await edit(finding.id, 1, { start: start - 1, end: start + words.length });
    expect(response.errors).toBeUndefined();
    expect(response.data!.editDraftFinding).toMatchObject({ quote: words, start, end: start + words.length, version: 2 });
    for (const [span, argument] of [[{ start: 5, end: 5 }, 'input.start'], [{ start: 0, end: sentence.length + 1 }, 'input.start'], [{ start: -1, end: 3 }, 'input.start']] as const) {
      const refused = await edit(finding.id, 2, span);
      expect(codes(refused), JSON.stringify(span)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0]!.extensions?.argument).toBe(argument);
    }
    expect(codes(await edit(finding.id, 2, {}))).toEqual(['BAD_USER_INPUT']);
  });

  it('changes participants to entities the graph knows or new ones named, and refuses unknown ids', async () => {
    const draft = await startDraft('Fictional Partner Police', 'partner');
    const finding = draft.findings.nodes[0];
    const response = await edit(finding.id, 1, {
      type: 'WORKS_WITH',
      judgement: null,
      participants: [{ role: 'SUBJECT', entity: 'fictional-partner-police' }, { role: 'OBJECT', name: 'Fictional Harbour Trust', kind: 'PARTNER' }],
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.editDraftFinding).toMatchObject({
      type: 'WORKS_WITH',
      judgement: null,
      participants: [{ role: 'SUBJECT', entity: { id: 'fictional-partner-police' } }, { role: 'OBJECT', entity: { id: 'fictional-harbour-trust' } }],
    });
    const unknown = await edit(finding.id, 2, { participants: [{ role: 'SUBJECT', entity: 'no-such-entity' }] });
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.participants[0].entity' });
    const noSubject = await edit(finding.id, 2, { participants: [{ role: 'OBJECT', entity: 'vetting' }] });
    expect(noSubject.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.participants' });
    const wrongKind = await edit(finding.id, 2, { participants: [{ role: 'SUBJECT', entity: 'fictional-partner-police' }, { role: 'OBJECT', name: 'Vetting', kind: 'RISK' }] });
    expect(wrongKind.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.participants[1].kind' });
  });
});

describe('publishing', () => {
  it('is refused until every finding is reviewed, then publishes the accepted findings in one go, readable by all', async () => {
    const draft = await startDraft('Fictional Publish Police', 'publish');
    const [first, second, ...rest] = draft.findings.nodes;
    expect((await accept(first.id, 1)).data?.acceptDraftFinding.review).toMatchObject({ status: 'ACCEPTED', by: editor.name });
    const early = await publish(draft.id);
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0]!.message).toContain(`${draft.findings.totalCount - 1} of ${draft.findings.totalCount}`);
    expect((await reject(second.id, 1)).data?.rejectDraftFinding.review.status).toBe('REJECTED');
    const added = await graphql(app, 'mutation($d: ID!, $input: NewDraftFindingInput!) { addDraftFinding(draft: $d, input: $input) { id quote review { status by } } }', {
      d: draft.id,
      input: { sentence: 3, start: 0, end: 10, type: 'FACES', participants: [{ role: 'SUBJECT', entity: 'fictional-publish-police' }, { role: 'OBJECT', entity: 'abuse-of-authority-for-sexual-gain' }] },
    }, bearer(editor.secret));
    expect(added.errors).toBeUndefined();
    expect(added.data!.addDraftFinding.review).toEqual({ status: 'ACCEPTED', by: editor.name });
    for (const finding of rest) expect((await accept(finding.id, finding.version)).errors).toBeUndefined();

    const searchForce = async () =>
      ((await graphql(app, '{ search(text: "Fictional Publish Police") { entity { id } } }')).data!.search as any[]).filter((hit) => hit.entity?.id === 'fictional-publish-police');
    expect(await searchForce()).toEqual([]);
    const published = await publish(draft.id);
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishDraft).toEqual({ id: 'fictional-publish-police-peel-2024', title: expect.any(String), fictional: true, year: 2024, force: { id: 'fictional-publish-police', name: 'Fictional Publish Police' } });

    const read = await graphql(app, `{ findings(assessments: ["fictional-publish-police-peel-2024"], first: 100) { totalCount nodes { evidence { quote } review { status by } } } }`);
    const kept = draft.findings.totalCount - 1 + 1;
    expect(read.data!.findings.totalCount).toBe(kept);
    expect(read.data!.findings.nodes.map((f: any) => f.evidence.quote)).not.toContain(second.quote === first.quote ? '\u0000' : second.quote);
    expect(read.data!.findings.nodes.every((f: any) => f.review.status === 'ACCEPTED' && f.review.by === editor.name)).toBe(true);
    expect(await searchForce()).toHaveLength(1);
    // The next report on the force links to it: drafting finds the published force by its name.
    const next = await startDraft('Fictional Publish Police', 'publish-next', { year: 2025 });
    expect(next.force).toEqual({ id: 'fictional-publish-police', name: 'Fictional Publish Police', existing: true });
    expect((await graphql(app, 'mutation($id: ID!) { discardDraft(id: $id) }', { id: next.id }, bearer(editor.secret))).errors).toBeUndefined();
    expect((await auditEntries('assessment:fictional-publish-police-peel-2024')).map((e) => e.action)).toEqual(['ASSESSMENT_PUBLISHED']);

    // Publishing again after a change replaces the assessment's findings: none twice, the changed one changed.
    const again = await graphql(app, `query($id: ID!) { draft(id: $id) { findings { nodes { id version judgement review { status } } } } }`, { id: draft.id }, bearer(editor.secret));
    const target = again.data!.draft.findings.nodes.find((f: any) => f.id === first.id);
    expect((await edit(first.id, target.version, { judgement: 'CAUSE_OF_CONCERN' })).errors).toBeUndefined();
    expect((await accept(first.id, target.version + 1)).errors).toBeUndefined();
    expect((await publish(draft.id)).errors).toBeUndefined();
    const reread = await graphql(app, '{ findings(assessments: ["fictional-publish-police-peel-2024"], first: 100) { totalCount nodes { judgement } } }');
    expect(reread.data!.findings.totalCount).toBe(kept);
    expect(reread.data!.findings.nodes.filter((f: any) => f.judgement === 'CAUSE_OF_CONCERN')).toHaveLength(1);
  });

  it('is withdrawn by an admin, leaving nothing of it', async () => {
    const draft = await startDraft('Fictional Withdrawn Police', 'withdrawn');
    for (const finding of draft.findings.nodes) await accept(finding.id, 1);
    expect((await publish(draft.id)).errors).toBeUndefined();
    const empty = await graphql(app, 'mutation { withdrawAssessment(id: "fictional-withdrawn-police-peel-2024", reason: "  ") }', {}, bearer(admin.secret));
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'reason' });
    const unknown = await graphql(app, 'mutation { withdrawAssessment(id: "fictional-never-published", reason: "x") }', {}, bearer(admin.secret));
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
    const withdrawn = await graphql(app, 'mutation { withdrawAssessment(id: "fictional-withdrawn-police-peel-2024", reason: "Published in error") }', {}, bearer(admin.secret));
    expect(withdrawn.errors).toBeUndefined();
    const read = await graphql(app, '{ assessment(id: "fictional-withdrawn-police-peel-2024") { id } findings(assessments: ["fictional-withdrawn-police-peel-2024"]) { totalCount } entity(id: "fictional-withdrawn-police") { id } }');
    expect(read.data).toEqual({ assessment: null, findings: { totalCount: 0 }, entity: null });
    expect((await auditEntries('assessment:fictional-withdrawn-police-peel-2024')).map((e) => e.action)).toEqual(['ASSESSMENT_PUBLISHED', 'ASSESSMENT_WITHDRAWN']);
  });

  it('lets an editor dispute a published finding, with the reason, and records it', async () => {
    // Its own assessment: other files read the seed's findings as they were published.
    const draft = await startDraft('Fictional Disputed Police', 'disputed');
    for (const finding of draft.findings.nodes) await accept(finding.id, 1);
    expect((await publish(draft.id)).errors).toBeUndefined();
    const query = '{ findings(assessments: ["fictional-disputed-police-peel-2024"], first: 1) { nodes { id review { status } } } }';
    const [finding] = (await graphql(app, query)).data!.findings.nodes;
    expect(finding.review.status).toBe('ACCEPTED');
    const response = await graphql(app, 'mutation($id: ID!) { disputeFinding(id: $id, reason: "The quote is cut short") { id review { status by reason } } }', { id: finding.id }, bearer(editor.secret));
    expect(response.errors).toBeUndefined();
    expect(response.data!.disputeFinding.review).toEqual({ status: 'DISPUTED', by: editor.name, reason: 'The quote is cut short' });
    expect(await auditEntries(`finding:${finding.id}`)).toEqual([{ action: 'FINDING_DISPUTED', actor: editor.name }]);
    const historyQuery = 'query($id: ID!) { node(id: $id) { ... on Finding { history { totalCount nodes { action actor target } } } } }';
    const history = await graphql(app, historyQuery, { id: finding.id }, bearer(editor.secret));
    expect(history.data!.node.history.nodes).toEqual([
      { action: 'FINDING_DISPUTED', actor: editor.name, target: `finding:${finding.id}` },
      { action: 'ASSESSMENT_PUBLISHED', actor: editor.name, target: 'assessment:fictional-disputed-police-peel-2024' },
    ]);
    expect(codes(await graphql(app, historyQuery, { id: finding.id }, bearer(reader.secret)))).toEqual(['FORBIDDEN']);
    const unknown = await graphql(app, 'mutation { disputeFinding(id: "no-such/s1.1", reason: "x") { id } }', {}, bearer(editor.secret));
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
  });

  it('discards a draft, which leaves no trace but its audit entries', async () => {
    const draft = await startDraft('Fictional Discarded Police', 'discarded');
    const response = await graphql(app, 'mutation($id: ID!) { discardDraft(id: $id) }', { id: draft.id }, bearer(editor.secret));
    expect(response.data?.discardDraft).toBe(draft.id);
    expect((await graphql(app, 'query($id: ID!) { draft(id: $id) { id } }', { id: draft.id }, bearer(editor.secret))).data?.draft).toBeNull();
    const { records } = await driver.executeQuery('MATCH (f:DraftFinding {draft: $id}) RETURN count(f) AS n', { id: draft.id });
    expect(Number(records[0]!.get('n'))).toBe(0);
    expect((await auditEntries(`draft:${draft.id}`)).map((e) => e.action)).toEqual(['DRAFT_STARTED', 'DRAFT_DISCARDED']);
  });
});
