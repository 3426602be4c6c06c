import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDirectory } from '../../server/config.ts';
import { CypherScriptError } from '../../server/graph/cypher-script.ts';
import { judgements } from '../../server/graph/records.ts';
import { seedGraph } from '../../server/graph/seed-loader.ts';
import { dumpGraph, inGraph, testDriver } from '../support/database.ts';
import { normaliseSpace, transcriptSentences } from '../support/source-text.ts';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

async function rows<T>(query: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(query, parameters);
  return records.map((r) => r.toObject() as T);
}

describe('the seeded graph', () => {
  const sentences = transcriptSentences();

  it('reads 18 sentences from the transcript', () => {
    expect(sentences).toHaveLength(18);
  });

  it('stores the same 18 sentences on its Source node', async () => {
    const [source] = await rows<{ sentences: string[] }>('MATCH (s:Source {id: "cheshire-peel-assessment"}) RETURN s.sentences AS sentences');
    expect(source?.sentences.map(normaliseSpace)).toEqual(sentences);
  });

  it('cites, on every relationship between entities, words that stand verbatim in the sentence it names', async () => {
    const facts = await rows<{ id: string; evidence: string; sentence: number; source: string; judgement: string | null }>(
      'MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, r.evidence AS evidence, r.sentence AS sentence, r.source AS source, r.judgement AS judgement',
    );
    expect(facts.length).toBeGreaterThan(30);
    for (const fact of facts) {
      expect(fact.source, fact.id).toBe('cheshire-peel-assessment');
      expect(sentences[fact.sentence - 1], `${fact.id} cites sentence ${fact.sentence}`).toContain(normaliseSpace(fact.evidence));
      expect([...judgements, null], fact.id).toContain(fact.judgement);
    }
  });

  it('cites each of the 18 sentences at least once', async () => {
    const cited = await rows<{ sentence: number }>('MATCH (f:Finding) RETURN DISTINCT f.sentence AS sentence ORDER BY sentence');
    expect(cited.map((c) => c.sentence)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it('has the labels and relationship types of the model', async () => {
    const labels = await rows<{ label: string }>(`MATCH (n) WHERE ${inGraph('n')} UNWIND labels(n) AS label RETURN DISTINCT label ORDER BY label`);
    expect(labels.map((l) => l.label)).toEqual(
      expect.arrayContaining(['Entity', 'Force', 'Inspector', 'Theme', 'Partner', 'VictimGroup', 'Risk', 'Power', 'Community', 'Source', 'Finding']),
    );
    const types = await rows<{ type: string }>('MATCH ()-[r]->() RETURN DISTINCT type(r) AS type ORDER BY type');
    expect(types.map((t) => t.type)).toEqual(
      expect.arrayContaining(['WORKS_WITH', 'SAFEGUARDS', 'NEEDS_IMPROVEMENT', 'HAS_STRENGTH', 'IMPROVED', 'SUPPORTS', 'INFORMS', 'THREATENS', 'USES', 'RESTRICTS', 'INVOLVES']),
    );
  });

  it('gives every node an id and a name, and no two nodes the same id', async () => {
    const missing = await rows(`MATCH (n) WHERE ${inGraph('n')} AND (n.id IS NULL OR (n:Entity AND (n.name IS NULL OR n.name = ""))) RETURN n`);
    expect(missing).toEqual([]);
    const duplicates = await rows(`MATCH (n) WHERE ${inGraph('n')} WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id`);
    expect(duplicates).toEqual([]);
  });

  it('joins the force to what the source says it works with, safeguards and must improve', async () => {
    const facts = await rows<{ type: string; target: string }>(
      `MATCH (:Force {id: "cheshire-constabulary"})-[r:WORKS_WITH|SAFEGUARDS|NEEDS_IMPROVEMENT]->(t)
       RETURN type(r) AS type, t.id AS target ORDER BY type, target`,
    );
    expect(facts).toEqual([
      { type: 'NEEDS_IMPROVEMENT', target: 'managing-abuse-of-authority' },
      { type: 'NEEDS_IMPROVEMENT', target: 'mobile-devices' },
      { type: 'NEEDS_IMPROVEMENT', target: 'vetting' },
      { type: 'SAFEGUARDS', target: 'victims-of-domestic-abuse' },
      { type: 'SAFEGUARDS', target: 'vulnerable-people' },
      { type: 'WORKS_WITH', target: 'cheshire-other-agencies' },
      { type: 'WORKS_WITH', target: 'cheshire-partner-organisations' },
    ]);
  });

  it('has the constraints and full-text indexes the API relies on', async () => {
    const indexes = await rows<{ name: string; type: string; state: string }>('SHOW INDEXES YIELD name, type, state RETURN name, type, state');
    expect(indexes).toEqual(
      expect.arrayContaining([
        { name: 'entity_search', type: 'FULLTEXT', state: 'ONLINE' },
        { name: 'evidence_search', type: 'FULLTEXT', state: 'ONLINE' },
      ]),
    );
    const constraints = await rows<{ labels: string[] }>('SHOW CONSTRAINTS YIELD labelsOrTypes AS labels RETURN labels');
    expect(constraints.map((c) => c.labels[0])).toEqual(expect.arrayContaining(['Entity', 'Force', 'Theme', 'Partner', 'VictimGroup', 'Risk', 'Source']));
  });
});

describe('seeding', () => {
  it('leaves an identical graph when run again', async () => {
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
