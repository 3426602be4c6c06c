// Seeding again: the same graph, scripts already applied passed over, a failing statement reported with nothing left
// of its file, and a database of the earlier edge-only model brought up to date. Each seeds the graph again, which
// rewrites the report's findings one statement at a time, so they run among the tests that write: in the read-only
// tier another file would count the graph half rewritten.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDirectory } from '../../server/config.ts';
import { CypherScriptError } from '../../server/graph/cypher-script.ts';
import { seedGraph } from '../../server/graph/seed-loader.ts';
import { dumpGraph, testDriver } from '../support/database.ts';

let driver: Driver;

async function rows<T>(query: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(query, parameters);
  return records.map((r) => r.toObject() as T);
}

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

describe('a database written before entities carried their name keys', () => {
  it('gets them from the seed: every entity is found by each of its names in lower case', async () => {
    await driver.executeQuery('MATCH (n:Entity) REMOVE n.nameKeys');
    await driver.executeQuery('MATCH (n:Entity {id: "reducing-demand"}) SET n.nameKeys = ["stale"]');
    // As a database seeded by the scripts before: the entities' script had another content then.
    await driver.executeQuery('MATCH (s:SeedScript) WHERE s.file STARTS WITH "20-" SET s.sha256 = "earlier"');
    await seedGraph(driver, { directory: seedDirectory });
    const stale = await rows<{ id: string }>(`
      MATCH (n:Entity) WHERE n.nameKeys IS NULL OR n.nameKeys <> [name IN [n.name] + coalesce(n.aliases, []) | toLower(name)]
      RETURN n.id AS id`);
    expect(stale).toEqual([]);
    const [demand] = await rows<{ keys: string[] }>('MATCH (n:Entity {id: "reducing-demand"}) RETURN n.nameKeys AS keys');
    expect(demand!.keys).toEqual(['reducing demand', 'demand']);
  });
});

describe('a database seeded by the edge-only model', () => {
  it('is brought up to date by the seed: old facts, kinds and spellings go', async () => {
    await driver.executeQuery(`
      MATCH (a:Entity {id: 'domestic-abuse-perpetrators'}), (b:Entity {id: 'victims-of-domestic-abuse'}),
            (c:Entity {id: 'people-with-less-trust-and-confidence'})
      SET c:VictimGroup
      CREATE (a)-[:THREATENS {id: 'cheshire-peel-assessment/s6/domestic-abuse-perpetrators/threatens/victims-of-domestic-abuse',
        source: 'cheshire-peel-assessment', sentence: 6, judgement: 'strength', evidence: 'The force supports victims of domestic abuse well'}]->(b)`);
    await seedGraph(driver, { directory: seedDirectory });
    const { records } = await driver.executeQuery(`
      MATCH (:Entity)-[r]->(:Entity) WHERE r.source = 'cheshire-peel-assessment'
      RETURN count(r) AS edges, count(r.finding) AS drawn, collect(DISTINCT r.judgement) AS judgements,
             COUNT { (:VictimGroup {id: 'people-with-less-trust-and-confidence'}) } AS victims`);
    const row = records[0]!;
    expect(Number(row.get('edges'))).toBe(43);
    expect(Number(row.get('drawn'))).toBe(43);
    expect([...(row.get('judgements') as string[])].sort()).toEqual(['AREA_FOR_IMPROVEMENT', 'IMPROVED', 'STRENGTH']);
    expect(Number(row.get('victims'))).toBe(0);
  });
});

describe('seeding', () => {
  it('leaves an identical graph when run again', async () => {
    // Seeded once here first: a file before this one may have disputed one of the report's findings, which seeding
    // puts back as the report has it.
    await seedGraph(driver, { directory: seedDirectory });
    const before = await dumpGraph(driver);
    const results = await seedGraph(driver, { directory: seedDirectory });
    expect(results.map((r) => r.skipped)).toEqual([false, false, false, false, false]);
    // Every index already has the definition its statement asks for, so none is dropped and made again.
    expect(results.flatMap((r) => r.replacedIndexes)).toEqual([]);
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it('passes over scripts already applied, when asked to', async () => {
    const results = await seedGraph(driver, { directory: seedDirectory, skipUnchanged: true });
    expect(results.map((r) => [r.file, r.skipped])).toEqual([
      ['00-schema.cypher', true],
      ['01-type-indexes.cypher', true],
      ['10-cheshire-source.cypher', true],
      ['20-cheshire-entities.cypher', true],
      ['30-cheshire-findings.cypher', true],
    ]);
  });

  it('reports the file and line of a failing statement and leaves that file no trace', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-broken-'));
    try {
      await writeFile(path.join(directory, '10-probe.cypher'), 'MERGE (:SeedProbe {id: "first"});\n');
      await writeFile(
        path.join(directory, '20-broken.cypher'),
        ['// creates a node, then fails', 'MERGE (:SeedProbe {id: "second"});', '', 'MATCH (n:SeedProbe)', 'RETURN n.id +* 1;'].join('\n'),
      );
      const before = await dumpGraph(driver);
      const failure = await seedGraph(driver, { directory }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(CypherScriptError);
      expect((failure as CypherScriptError).file).toBe('20-broken.cypher');
      expect((failure as CypherScriptError).line).toBe(5);
      expect((failure as Error).message).toMatch(/^20-broken\.cypher:5: Neo4j refused the statement: Invalid input/);
      const probes = await rows<{ id: string }>('MATCH (n:SeedProbe) RETURN n.id AS id ORDER BY id');
      // The earlier file stands, and is recorded as applied; nothing of the broken one is.
      expect(probes).toEqual([{ id: 'first' }]);
      const recorded = await rows<{ file: string }>('MATCH (s:SeedScript) WHERE s.file IN ["10-probe.cypher", "20-broken.cypher"] RETURN s.file AS file');
      expect(recorded).toEqual([{ file: '10-probe.cypher' }]);
      await driver.executeQuery('MATCH (n:SeedProbe) DELETE n');
      await driver.executeQuery('MATCH (s:SeedScript {file: "10-probe.cypher"}) DELETE s');
      expect(await dumpGraph(driver)).toEqual(before);
    } finally {
      await driver.executeQuery('MATCH (n:SeedProbe) DELETE n');
      await driver.executeQuery('MATCH (s:SeedScript) WHERE s.file IN ["10-probe.cypher", "20-open.cypher"] DELETE s');
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('refuses a script with a syntax slip before running any file', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-unterminated-'));
    try {
      await writeFile(path.join(directory, '10-probe.cypher'), 'MERGE (:SeedProbe {id: "never"});\n');
      await writeFile(path.join(directory, '20-open.cypher'), 'MERGE (:SeedProbe {id: "x"})\n');
      await expect(seedGraph(driver, { directory })).rejects.toThrowError('20-open.cypher:1: statement does not end with a semicolon');
      expect(await rows('MATCH (n:SeedProbe) RETURN n')).toEqual([]);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
