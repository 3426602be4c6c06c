// Hostile writes: role escalation, forged and expired tokens, cross-site requests, injections in every text field,
// and fuzzed mutation arguments. A refused request writes nothing; text is stored as the text it is.
import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { TokenStore } from '../../server/auth/token-store.ts';
import { judgements, relationshipTypes } from '../../server/graph/records.ts';
import { graphql, testApp } from '../support/api.ts';
import { bearer, createTestToken, testTokenStore } from '../support/auth.ts';
import { testDriver } from '../support/database.ts';

let driver: Driver;
let store: TokenStore;
let app: App;
let editor: string;
let reader: string;
let draftId: string;
let findingIds: string[];

const injections = [
  '"}) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 --",
  '`) DETACH DELETE n RETURN (`',
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '${process.exit()}',
  '{{7*7}}',
  '\u0000',
  '\u202e\u200b\ufeff',
];

/** Who this file writes as: other files write to the same Neo4j at the same time, so only their traces count. */
const actors: string[] = [];

/**
 * What a write by this file's tokens would change: the drafts and audit entries they made, this file's draft's
 * findings with their versions, and the seed's assessment.
 */
async function state(): Promise<string> {
  const { records } = await driver.executeQuery(
    `CALL { MATCH (d:Draft) WHERE d.createdBy IN $actors RETURN count(d) AS drafts }
     CALL { MATCH (e:AuditEntry) WHERE e.actor IN $actors RETURN count(e) AS entries }
     CALL { MATCH (f:DraftFinding {draft: $draft}) RETURN collect([f.id, f.version, f.review, f.quote, f.type, f.participants]) AS findings }
     CALL { MATCH (f:Finding {assessment: "cheshire-peel-assessment"}) RETURN count(f) AS seedFindings }
     RETURN drafts, entries, findings, seedFindings`,
    { actors, draft: draftId },
  );
  return JSON.stringify(records[0]!.toObject(), (_, value) => (typeof value === 'bigint' ? Number(value) : value));
}

beforeAll(async () => {
  driver = testDriver();
  store = testTokenStore(driver);
  await store.ensureSchema();
  app = testApp(driver, { NODE_ENV: 'production' });
  const editorToken = await createTestToken(store, 'editor');
  const readerToken = await createTestToken(store, 'reader');
  actors.push(editorToken.name, readerToken.name);
  editor = editorToken.secret;
  reader = readerToken.secret;
  const started = await graphql(app, 'mutation($input: StartDraftInput!) { startDraft(input: $input) { id findings { nodes { id } } } }', {
    input: { text: 'Fictional sample: Fictional Hostile Police is not a real force.\n\nThe force is good at protecting vulnerable people. The force needs to improve its vetting procedures.', force: 'Fictional Hostile Police', kind: 'PEEL', year: 2022 },
  }, bearer(editor));
  draftId = started.data!.startDraft.id;
  findingIds = started.data!.startDraft.findings.nodes.map((f: { id: string }) => f.id);
});
afterAll(() => driver.close());

const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.map((e) => e.extensions?.code);

describe('refused writers', () => {
  const writes = [
    'mutation { startDraft(input: { text: "The force is good." }) { id } }',
    'mutation { publishDraft(id: "draft-000000000000") { id } }',
    'mutation { disputeFinding(id: "cheshire-peel-assessment/s2.1", reason: "x") { id } }',
    'mutation { withdrawAssessment(id: "cheshire-peel-assessment", reason: "x") }',
  ];

  it('refuses forged, expired and anonymous writers with 401 and readers with 403, writing nothing', async () => {
    const before = await state();
    const expired = await createTestToken(store, 'editor', { expiresInDays: 1, now: new Date(Date.now() - 3 * 86_400_000) });
    actors.push(expired.name);
    const forged = `pgt_${'B'.repeat(43)}`;
    for (const query of writes) {
      for (const headers of [{}, bearer(forged), bearer(expired.secret)]) {
        const response = await graphql(app, query, {}, headers);
        expect(codes(response), query).toEqual(['UNAUTHENTICATED']);
      }
      expect(codes(await graphql(app, query, {}, bearer(reader))), query).toEqual(['FORBIDDEN']);
    }
    expect(codes(await graphql(app, writes[3]!, {}, bearer(editor)))).toEqual(['FORBIDDEN']);
    expect(await state()).toBe(before);
  });

  it('refuses cross-site writes: a form post and a text/plain post, even with a valid token', async () => {
    const before = await state();
    for (const [contentType, body] of [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent(writes[0]!)}`],
      ['text/plain', JSON.stringify({ query: writes[0] })],
    ] as const) {
      const response = await app.fetch('http://local/graphql', { method: 'POST', headers: { 'content-type': contentType, ...bearer(editor) }, body });
      expect(response.status, contentType).toBeGreaterThanOrEqual(400);
      expect(response.status, contentType).toBeLessThan(500);
    }
    expect(await state()).toBe(before);
  });
});

describe('injections in text fields', () => {
  it('stores names, reasons and document text as the text they are', async () => {
    for (const [i, payload] of injections.entries()) {
      const force = `Fictional Injected ${i} ${payload}`;
      const response = await graphql(app, 'mutation($input: StartDraftInput!) { startDraft(input: $input) { id title force { name } sentences { text } } }', {
        input: { text: `Fictional sample. The force is good at protecting vulnerable people ${payload}.`, force, title: payload, kind: 'PEEL' },
      }, bearer(editor));
      if (response.errors) {
        // Refused: it must say which field, and be the user's error.
        expect(codes(response), payload).toEqual(['BAD_USER_INPUT']);
        continue;
      }
      const draft = response.data!.startDraft;
      expect(draft.title === payload || payload.trim() === '' || draft.title.includes('Fictional Injected'), payload).toBe(true);
      expect(draft.force.name, payload).toBe(force.trim());
      expect(draft.sentences.map((s: { text: string }) => s.text).join(' '), payload).toContain('protecting vulnerable people');
    }
    // The graph readers see is still there.
    const stats = await graphql(app, '{ assessment(id: "cheshire-peel-assessment") { id } }');
    expect(stats.data?.assessment).toEqual({ id: 'cheshire-peel-assessment' });
  });
});

describe('fuzzed mutation arguments', () => {
  const anyText = fc.oneof(fc.constantFrom(...injections), fc.string({ maxLength: 60 }));
  const anyInt = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31)));
  const participant = fc.record(
    { role: fc.constantFrom('SUBJECT', 'OBJECT', 'PARTNER', 'PURPOSE', 'THEME'), entity: fc.option(anyText, { nil: undefined }), name: fc.option(anyText, { nil: undefined }), kind: fc.option(fc.constantFrom('FORCE', 'THEME', 'PARTNER'), { nil: undefined }) },
    { requiredKeys: ['role'] },
  );
  const editInput = fc.record(
    {
      type: fc.constantFrom(...relationshipTypes),
      judgement: fc.option(fc.constantFrom(...judgements), { nil: null }),
      start: anyInt,
      end: anyInt,
      participants: fc.array(participant, { maxLength: 4 }),
      inferredFrom: fc.array(anyInt, { maxLength: 3 }),
      basis: fc.constantFrom('STATED', 'INFERRED'),
    },
    { requiredKeys: [] },
  );

  it('a refused edit or addition writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 10 }), fc.option(anyInt, { nil: undefined }), editInput, fc.boolean(), async (which, version, input, add) => {
        const before = await state();
        const id = findingIds[which % findingIds.length]!;
        const response = add
          ? await graphql(app, 'mutation($d: ID!, $input: NewDraftFindingInput!) { addDraftFinding(draft: $d, input: $input) { id } }', {
              d: draftId,
              input: { sentence: (version ?? 1) % 4, start: input.start ?? 0, end: input.end ?? 5, type: input.type ?? 'FACES', participants: input.participants ?? [], judgement: input.judgement },
            }, bearer(editor))
          : await graphql(app, 'mutation($id: ID!, $v: Int!, $input: DraftFindingInput!) { editDraftFinding(id: $id, version: $v, input: $input) { id } }', { id, v: version ?? 1, input }, bearer(editor));
        if (response.errors) {
          // Refused by validation (400) or by the resolver (coded): either way, nothing changed.
          expect(['BAD_USER_INPUT', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'NOT_FOUND', undefined]).toContain(codes(response)![0]);
          expect(codes(response)).not.toContain('INTERNAL_SERVER_ERROR');
          expect(await state()).toBe(before);
        }
      }),
      { numRuns: 40, seed: 20261201 },
    );
  });
});
