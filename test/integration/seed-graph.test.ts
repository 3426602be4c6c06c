import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgements } from '../../server/graph/records.ts';
import { inGraph, testDriver } from '../support/database.ts';
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
