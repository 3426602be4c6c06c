// Published assessments as canonical files against the real Neo4j: export then import gives back the same graph and
// the same text, applying is idempotent, a bad file writes nothing, withdrawal keeps what others use, all audited.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAssessment, EntityKindConflictError } from '../../server/assessments/apply-assessment.ts';
import type { AssessmentFile } from '../../server/assessments/assessment-file.ts';
import { exportAssessment } from '../../server/assessments/export-assessment.ts';
import { parseAssessmentFile } from '../../server/assessments/parse-assessment-file.ts';
import { serializeAssessment } from '../../server/assessments/serialize-assessment.ts';
import { AssessmentNotFoundError, withdrawAssessment } from '../../server/assessments/withdraw-assessment.ts';
import { graphql, testApp } from '../support/api.ts';
import { dumpAssessment } from '../support/assessment-dump.ts';
import { testDriver } from '../support/database.ts';
import { fictionalAssessment } from '../support/fictional-assessment.ts';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

const cheshire = 'cheshire-peel-assessment';
const importing = { actor: 'local:tester', action: 'ASSESSMENT_IMPORTED' } as const;

async function write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session();
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

const apply = (file: AssessmentFile, actor: string = importing.actor) =>
  write((tx) => applyAssessment(tx, file, { ...importing, actor, at: new Date() }));
const withdraw = (id: string, reason = 'withdrawn by a test') =>
  write((tx) => withdrawAssessment(tx, id, { actor: 'local:tester', at: new Date(), reason }));

async function auditEntries(target: string) {
  const { records } = await driver.executeQuery(
    'MATCH (e:AuditEntry {target: $target}) RETURN e.actor AS actor, e.action AS action, e.before AS before, e.after AS after ORDER BY e.at, e.id',
    { target },
  );
  return records.map((r) => ({
    actor: r.get('actor') as string,
    action: r.get('action') as string,
    before: JSON.parse((r.get('before') as string | null) ?? 'null') as Record<string, unknown> | null,
    after: JSON.parse((r.get('after') as string | null) ?? 'null') as Record<string, unknown> | null,
  }));
}

const entityIds = (file: AssessmentFile) => file.entities.map((e) => e.id);

describe('the Cheshire assessment as a file', () => {
  it('exports as a valid file whose findings are the seed\'s, accepted', async () => {
    const file = await exportAssessment(driver, cheshire);
    const text = serializeAssessment(file);
    expect(parseAssessmentFile(text, 'cheshire.json')).toEqual(file);
    expect(file.findings).toHaveLength(34);
    expect(file.entities).toHaveLength(34);
    expect(file.findings.reduce((n, f) => n + f.edges.length, 0)).toBe(43);
    expect(new Set(file.findings.map((f) => JSON.stringify(f.review)))).toEqual(new Set([JSON.stringify({ status: 'ACCEPTED', by: null, at: null, reason: null })]));
    expect(file.assessment).toMatchObject({ id: cheshire, force: 'cheshire-constabulary', year: 2016, yearBasis: 'INFERRED', published: null, fictional: false });
    expect(file.findings[0]).toEqual({
      id: `${cheshire}/s1.1`,
      sentence: 1,
      start: 0,
      end: 78,
      quote: 'I am very pleased with all aspects of the performance of Cheshire Constabulary',
      judgement: null,
      basis: 'INFERRED',
      status: 'ESTABLISHED',
      inferredFrom: [],
      participants: [
        { entity: 'hmi-mike-cunningham', role: 'SUBJECT' },
        { entity: 'cheshire-constabulary', role: 'OBJECT' },
      ],
      edges: [{ from: 'hmi-mike-cunningham', type: 'ASSESSES', to: 'cheshire-constabulary' }],
      review: { status: 'ACCEPTED', by: null, at: null, reason: null },
    });
  });

  it('export, withdraw, import: the same graph, and the same file again', async () => {
    const file = await exportAssessment(driver, cheshire);
    const before = await dumpAssessment(driver, cheshire, entityIds(file));
    expect(before.nodes.length).toBe(1 + 34 + 34);
    // Withdrawn and imported in one transaction, so the other test files reading Cheshire beside this one never
    // find it missing; each step is its own function and its own audit entry, as in two commands.
    const withdrawn = await write(async (tx) => {
      const result = await withdrawAssessment(tx, cheshire, { actor: 'local:tester', at: new Date(), reason: 'round trip' });
      const emptied = await tx.run('MATCH (f:Finding {assessment: $id}) RETURN count(f) AS n', { id: cheshire });
      expect(emptied.records[0]!.get('n')).toBe(0);
      await applyAssessment(tx, file, { ...importing, at: new Date() });
      return result;
    });
    expect(withdrawn).toMatchObject({ findings: 34, relationships: 43 });
    expect(await dumpAssessment(driver, cheshire, entityIds(file))).toEqual(before);
    expect(serializeAssessment(await exportAssessment(driver, cheshire))).toBe(serializeAssessment(file));
  });
});

describe('a fictional assessment, applied and withdrawn', () => {
  it('export, withdraw, import in separate transactions: the same graph, the same text', async () => {
    const file = fictionalAssessment({ name: 'roundtrip-vale', sentences: 5, findingsPerSentence: 3 });
    await apply(file);
    const exported = await exportAssessment(driver, file.assessment.id);
    expect(serializeAssessment(exported)).toBe(serializeAssessment(file));
    const before = await dumpAssessment(driver, file.assessment.id, entityIds(file));
    expect(before.nodes).toHaveLength(1 + 15 + file.entities.length);
    expect(before.relationships).toHaveLength(15 + 30);

    expect(await withdraw(file.assessment.id)).toEqual({ findings: 15, relationships: 15, entitiesRemoved: file.entities.length });
    expect(await dumpAssessment(driver, file.assessment.id, entityIds(file))).toEqual({ nodes: [], relationships: [] });

    await apply(parseAssessmentFile(serializeAssessment(exported), 'exported.json'));
    expect(await dumpAssessment(driver, file.assessment.id, entityIds(file))).toEqual(before);
    expect(serializeAssessment(await exportAssessment(driver, file.assessment.id))).toBe(serializeAssessment(exported));
  });

  it('keeps review times to the millisecond and disputes with their reason', async () => {
    const file = fictionalAssessment({ name: 'review-moor', sentences: 3 });
    await apply(file);
    const { records } = await driver.executeQuery(
      'MATCH (f:Finding {id: $id}) RETURN f.review AS review, f.reviewedBy AS by, toString(f.reviewedAt) AS at, f.reviewReason AS reason',
      { id: `${file.assessment.id}/s2.2` },
    );
    expect(records[0]!.toObject()).toEqual({ review: 'DISPUTED', by: 'editor-example', at: '2026-11-30T10:15:00.25Z', reason: 'The records meant are not named.' });
    expect((await exportAssessment(driver, file.assessment.id)).findings[3]!.review).toEqual(file.findings[3]!.review);
    const response = await graphql(testApp(driver), /* GraphQL */ `query Review($id: ID!) { node(id: $id) { ... on Finding { review { status by at reason } } } }`, {
      id: `${file.assessment.id}/s2.2`,
    });
    expect(response.data).toEqual({
      node: { review: { status: 'DISPUTED', by: 'editor-example', at: '2026-11-30T10:15:00.250Z', reason: 'The records meant are not named.' } },
    });
  });

  it('applying the same file twice gives the same graph, each time audited', async () => {
    const file = fictionalAssessment({ name: 'twice-fen', sentences: 4 });
    const first = await apply(file, 'local:first');
    const once = await dumpAssessment(driver, file.assessment.id, entityIds(file));
    const second = await apply(file, 'local:second');
    expect(await dumpAssessment(driver, file.assessment.id, entityIds(file))).toEqual(once);
    expect(first).toEqual({ findings: 8, relationships: 8, entitiesCreated: file.entities.length });
    expect(second).toEqual({ findings: 8, relationships: 8, entitiesCreated: 0 });
    const audit = await auditEntries(`assessment:${file.assessment.id}`);
    expect(audit.map(({ actor, action, before }) => ({ actor, action, before }))).toEqual([
      { actor: 'local:first', action: 'ASSESSMENT_IMPORTED', before: null },
      { actor: 'local:second', action: 'ASSESSMENT_IMPORTED', before: { findings: 8, relationships: 8 } },
    ]);
    expect(audit[0]!.after).toEqual({ findings: 8, relationships: 8, entitiesCreated: file.entities.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(audit[1]!.after!.sha256).toBe(audit[0]!.after!.sha256);
  });

  it('publishing an edited file replaces the assessment: no finding or relationship of the old one is left', async () => {
    const file = fictionalAssessment({ name: 'edited-dale', sentences: 4 });
    await apply(file);
    const edited = fictionalAssessment({ name: 'edited-dale', sentences: 4, findingsPerSentence: 1 });
    await apply(edited);
    expect(serializeAssessment(await exportAssessment(driver, file.assessment.id))).toBe(serializeAssessment(edited));
  });

  it('an existing entity keeps its name and summary', async () => {
    const first = fictionalAssessment({ name: 'keeps-names', sentences: 2 });
    await apply(first);
    const renamed = structuredClone(first);
    renamed.entities = renamed.entities.map((e) => ({ ...e, name: `${e.name} (renamed)`, summary: 'another summary' }));
    await apply(renamed);
    const { records } = await driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.summary AS summary', { id: first.assessment.force });
    expect(records[0]!.toObject()).toEqual({ name: 'Keeps Names Constabulary', summary: 'An invented police force (fictional-keeps-names).' });
  });

  it('refuses an entity the graph has under another kind, and writes nothing', async () => {
    const file = fictionalAssessment({ name: 'kind-clash', sentences: 2 });
    file.entities.push({ id: 'cheshire-constabulary', kind: 'PARTNER', name: 'Cheshire Constabulary', pillar: null, aliases: [], summary: null });
    file.findings[1]!.participants.push({ entity: 'cheshire-constabulary', role: 'PARTNER' });
    const graphBefore = await dumpAssessment(driver, file.assessment.id, [...entityIds(file)]);
    const error = await apply(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EntityKindConflictError);
    expect((error as Error).message).toBe(
      'assessment fictional-kind-clash: entity "cheshire-constabulary" is a FORCE in the graph, but the file makes it a PARTNER',
    );
    expect(await dumpAssessment(driver, file.assessment.id, [...entityIds(file)])).toEqual(graphBefore);
    expect(graphBefore.nodes.filter((n) => !n.labels.includes('Force') || n.properties.id !== 'cheshire-constabulary')).toEqual([]);
    expect(await auditEntries(`assessment:${file.assessment.id}`)).toEqual([]);
  });

  it('withdrawal removes the assessment and the entities only it used, and keeps those others use', async () => {
    const shared = 'fictional-shared-theme';
    const sharedEntity = { id: shared, kind: 'THEME', name: 'A theme two invented assessments share', pillar: 'LEGITIMACY', aliases: [], summary: null } as const;
    const a = fictionalAssessment({ name: 'withdrawn-a', sentences: 3, sharedThemes: [shared] });
    const b = fictionalAssessment({ name: 'kept-b', sentences: 3, sharedThemes: [shared] });
    for (const file of [a, b]) file.entities = [...file.entities, { ...sharedEntity, aliases: [] }].sort((x, y) => (x.id < y.id ? -1 : 1));
    await apply(a);
    await apply(b);
    const bBefore = await dumpAssessment(driver, b.assessment.id, entityIds(b));

    const result = await withdraw(a.assessment.id, 'published by mistake');
    expect(result).toEqual({ findings: 6, relationships: 6, entitiesRemoved: a.entities.length - 1 });
    expect(await dumpAssessment(driver, a.assessment.id, entityIds(a).filter((id) => id !== shared))).toEqual({ nodes: [], relationships: [] });
    expect(await dumpAssessment(driver, b.assessment.id, entityIds(b))).toEqual(bBefore);
    const { records } = await driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN count { (n)--() } AS degree', { id: shared });
    expect(records[0]!.get('degree')).toBeGreaterThan(0);

    const audit = await auditEntries(`assessment:${a.assessment.id}`);
    expect(audit.at(-1)).toEqual({
      actor: 'local:tester',
      action: 'ASSESSMENT_WITHDRAWN',
      before: { title: a.assessment.title, findings: 6, relationships: 6 },
      after: { withdrawn: true, reason: 'published by mistake', entitiesRemoved: a.entities.length - 1 },
    });
    await expect(exportAssessment(driver, a.assessment.id)).rejects.toThrowError(AssessmentNotFoundError);
  });

  it('withdrawing an unknown assessment is NOT_FOUND and writes nothing', async () => {
    const error = await withdraw('fictional-never-published').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessmentNotFoundError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'no published assessment has id "fictional-never-published"' });
    expect(await auditEntries('assessment:fictional-never-published')).toEqual([]);
  });
});
