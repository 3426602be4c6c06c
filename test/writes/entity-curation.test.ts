// Admins merge two entities that are one and split off findings that are about another: the findings follow,
// the relationships they draw follow with new ids, and each change is in the audit trail.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { applyAssessment } from '../../server/assessments/apply-assessment.ts';
import { exportAssessment } from '../../server/assessments/export-assessment.ts';
import { EntityCuration } from '../../server/curation/entity-curation.ts';
import { QueryTimeoutError } from '../../server/graph/errors.ts';
import { DraftStore } from '../../server/review/draft-store.ts';
import { graphql, testApp } from '../support/api.ts';
import { bearer, createTestToken, testTokenStore } from '../support/auth.ts';
import { testDriver } from '../support/database.ts';
import { fictionalAssessment } from '../support/fictional-assessment.ts';

let driver: Driver;
let app: App;
let admin: { name: string; secret: string };
let editor: string;
let drafts: DraftStore;

async function publishFictional(name: string) {
  const file = fictionalAssessment({ name, sentences: 4, findingsPerSentence: 2, themes: 2 });
  const session = driver.session();
  try {
    await session.executeWrite((tx) => applyAssessment(tx, file, { actor: 'local:test', at: new Date(), action: 'ASSESSMENT_IMPORTED' }));
  } finally {
    await session.close();
  }
  return file;
}

beforeAll(async () => {
  driver = testDriver();
  const store = testTokenStore(driver);
  await store.ensureSchema();
  app = testApp(driver);
  drafts = new DraftStore(driver, { queryTimeoutMs: 30_000 });
  admin = await createTestToken(store, 'admin');
  editor = (await createTestToken(store, 'editor')).secret;
});
afterAll(() => driver.close());

const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.map((e) => e.extensions?.code);
const merge = (into: string, from: string, secret = admin.secret) =>
  graphql(app, 'mutation($into: ID!, $from: ID!) { mergeEntities(into: $into, from: $from, reason: "One theme under two names") { id name aliases } }', { into, from }, bearer(secret));

async function audit(target: string) {
  const { records } = await driver.executeQuery('MATCH (e:AuditEntry {target: $target}) RETURN e.action AS action, e.actor AS actor, e.before AS before', { target });
  return records.map((r) => ({ action: r.get('action'), actor: r.get('actor'), before: JSON.parse(r.get('before')) }));
}

describe('merging entities', () => {
  it('moves every finding and relationship of one theme to the other, keeps its names as aliases, and records it', async () => {
    const file = await publishFictional('merge-alpha');
    const [into, from] = ['fictional-merge-alpha-theme-1', 'fictional-merge-alpha-theme-2'];
    const fromName = file.entities.find((e) => e.id === from)!.name;
    const before = await exportAssessment(driver, file.assessment.id);
    const response = await merge(into, from);
    expect(response.errors).toBeUndefined();
    expect(response.data!.mergeEntities.aliases).toContain(fromName);
    expect((await graphql(app, `{ entity(id: "${from}") { id } }`)).data!.entity).toBeNull();

    const after = await exportAssessment(driver, file.assessment.id);
    const rename = (id: string) => (id === from ? into : id);
    // The same findings, each naming `into` where it named `from`, drawing the same relationships renamed likewise.
    expect(after.findings.map((f) => ({ ...f, participants: f.participants, edges: f.edges }))).toEqual(
      before.findings.map((f) => ({
        ...f,
        participants: f.participants.map((p) => ({ ...p, entity: rename(p.entity) })),
        edges: f.edges.map((e) => ({ ...e, from: rename(e.from), to: rename(e.to) })),
      })),
    );
    const { records } = await driver.executeQuery('MATCH (:Entity)-[r]->(b:Entity {id: $into}) WHERE r.source = $source RETURN collect(r.id) AS ids', { into, source: file.assessment.id });
    for (const id of records[0]!.get('ids') as string[]) expect(id.endsWith(`/${into}`)).toBe(true);
    // Drafting finds the merged entity by the name it took in, and by its own, as by every name of an imported one.
    const intoName = file.entities.find((e) => e.id === into)!.name;
    const found = await drafts.lookUpEntities({ keys: [fromName.toLowerCase(), intoName.toLowerCase()], ids: [] });
    expect(found.map((e) => e.id)).toEqual([into]);
    const entries = await audit(`entity:${into}`);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'ENTITY_MERGED', actor: admin.name, before: { from: { id: from }, reason: 'One theme under two names' } });
  });

  it('refuses editors, unknown ids, an entity merged into itself, and entities of two kinds, writing nothing', async () => {
    const file = await publishFictional('merge-beta');
    const theme = 'fictional-merge-beta-theme-1';
    const force = file.assessment.force!;
    expect(codes(await merge(theme, 'fictional-merge-beta-theme-2', editor))).toEqual(['FORBIDDEN']);
    expect((await merge(theme, 'no-such-entity')).errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'from' });
    expect((await merge(theme, theme)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
    expect((await merge(theme, force)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
    expect(await exportAssessment(driver, file.assessment.id)).toEqual(file);
  });
});

describe('a change waiting for another', () => {
  /** Merges while another transaction holds a lock on `into` for 3 s (Neo4j checks timeouts every 2 s), then lets go. */
  async function mergeWhileHeld(curation: EntityCuration, name: string) {
    await publishFictional(name);
    const [into, from] = [`fictional-${name}-theme-1`, `fictional-${name}-theme-2`];
    const holder = driver.session();
    const held = await holder.beginTransaction();
    try {
      await held.run('MATCH (n:Entity {id: $into}) SET n.heldByTest = true', { into });
      const merging = curation.merge({ into, from, reason: 'Held by another change', actor: 'local:test' }).catch((error: unknown) => error);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await held.rollback();
      return await merging;
    } finally {
      await holder.close();
    }
  }

  it('waits as long as changes may take, not the reads’ timeout', async () => {
    expect(await mergeWhileHeld(new EntityCuration(driver, { queryTimeoutMs: 200, writeTimeoutMs: 20_000 }), 'held-alpha')).toBe('fictional-held-alpha-theme-1');
  });

  it('is stopped as a timeout, writing nothing, when its own timeout is the shorter', async () => {
    expect(await mergeWhileHeld(new EntityCuration(driver, { queryTimeoutMs: 200 }), 'held-beta')).toBeInstanceOf(QueryTimeoutError);
    expect((await graphql(app, '{ entity(id: "fictional-held-beta-theme-2") { id } }')).data!.entity).toEqual({ id: 'fictional-held-beta-theme-2' });
  });
});

describe('splitting an entity', () => {
  const split = (id: string, findings: string[], name: string) =>
    graphql(app, 'mutation($id: ID!, $f: [ID!]!, $name: String!) { splitEntity(id: $id, findings: $f, name: $name, reason: "Two themes under one name") { id name } }', { id, f: findings, name }, bearer(admin.secret));

  it('gives the named findings a new entity of the same kind, with the relationships they draw', async () => {
    const file = await publishFictional('split-alpha');
    const theme = 'fictional-split-alpha-theme-1';
    const ofTheme = file.findings.filter((f) => f.participants.some((p) => p.entity === theme));
    expect(ofTheme.length).toBeGreaterThan(1);
    const moved = ofTheme[0]!.id;
    const response = await split(theme, [moved], 'Fictional split-off theme');
    expect(response.errors).toBeUndefined();
    expect(response.data!.splitEntity).toEqual({ id: 'fictional-split-off-theme', name: 'Fictional split-off theme' });
    const after = await exportAssessment(driver, file.assessment.id);
    const finding = after.findings.find((f) => f.id === moved)!;
    expect(finding.participants.map((p) => p.entity)).toContain('fictional-split-off-theme');
    expect(finding.edges.map((e) => e.to)).toEqual(['fictional-split-off-theme']);
    for (const other of after.findings.filter((f) => f.id !== moved && ofTheme.some((o) => o.id === f.id))) {
      expect(other.participants.map((p) => p.entity)).toContain(theme);
    }
    const kind = await graphql(app, '{ entity(id: "fictional-split-off-theme") { __typename } }');
    expect(kind.data!.entity.__typename).toBe('Theme');
    expect((await drafts.lookUpEntities({ keys: ['fictional split-off theme'], ids: [] })).map((e) => e.id)).toEqual(['fictional-split-off-theme']);
    expect((await audit(`entity:${theme}`)).map((e) => e.action)).toEqual(['ENTITY_SPLIT']);
  });

  it('refuses findings that do not involve the entity, all of its findings, and a name already taken', async () => {
    const file = await publishFictional('split-beta');
    const theme = 'fictional-split-beta-theme-1';
    const ofTheme = file.findings.filter((f) => f.participants.some((p) => p.entity === theme)).map((f) => f.id);
    const stranger = file.findings.find((f) => !ofTheme.includes(f.id))!.id;
    expect((await split(theme, [stranger], 'Elsewhere')).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'findings' });
    expect((await split(theme, ofTheme, 'Everything')).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'findings' });
    expect((await split(theme, [ofTheme[0]!], 'Fictional split-beta other')).errors).toBeUndefined();
    const taken = await split(theme, [ofTheme[1]!], 'Fictional split-beta other');
    expect(taken.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name' });
  });
});
