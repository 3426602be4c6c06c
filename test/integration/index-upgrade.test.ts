// A database seeded by an older version is brought up to date by the seed: an outdated index is replaced, a current one kept.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDirectory } from '../../server/config.ts';
import { createDriver } from '../../server/graph/database.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../../server/graph/embedded-neo4j.ts';
import { relationshipTypes } from '../../server/graph/records.ts';
import { seedGraph } from '../../server/graph/seed-loader.ts';

// Its own Neo4j: the test narrows the evidence index, which would break searches of the shared one meanwhile.
describe('seeding a database an older version created', () => {
  let dataDir: string;
  let neo4j: EmbeddedNeo4j;
  let driver: Driver;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-upgrade-'));
    neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: await getPort(), startTimeoutMs: 120_000 });
    driver = createDriver(neo4j.uri, { ...neo4j.credentials, queryTimeoutMs: 30_000 });
    await seedGraph(driver, { directory: seedDirectory });
  }, 300_000);

  afterAll(async () => {
    await driver?.close();
    await neo4j?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }, 120_000);

  async function rows<T>(query: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
    const { records } = await driver.executeQuery(query, parameters);
    return records.map((record) => record.toObject() as T);
  }

  const indexes = () => rows<{ name: string; id: unknown; labelsOrTypes: string[] }>('SHOW INDEXES YIELD name, id, labelsOrTypes RETURN name, id, labelsOrTypes ORDER BY name');

  /** The ids of the relationships whose evidence the index finds for this exact quote. */
  async function evidenceHits(quote: string): Promise<string[]> {
    const phrase = `"${quote.replace(/["\\]/g, ' ')}"`;
    const found = await rows<{ id: string }>(
      'CALL db.index.fulltext.queryRelationships("evidence_search", $phrase) YIELD relationship RETURN relationship.id AS id',
      { phrase },
    );
    return found.map((row) => row.id);
  }

  it('replaces an evidence index that misses a type, and the new type is searchable after', async () => {
    // The newest fact of a type the seed uses stands for the type a newer version added.
    const [newest] = await rows<{ type: string; id: string; evidence: string }>(
      'MATCH ()-[r]->() WHERE r.evidence IS NOT NULL RETURN type(r) AS type, r.id AS id, r.evidence AS evidence ORDER BY type DESC, id LIMIT 1',
    );
    expect(newest).toBeDefined();
    const added = newest!.type;
    const older = relationshipTypes.filter((type) => type !== added);
    await driver.executeQuery('DROP INDEX evidence_search');
    await driver.executeQuery(`CREATE FULLTEXT INDEX evidence_search FOR ()-[r:${older.join('|')}]-() ON EACH [r.evidence]`);
    await driver.executeQuery('CALL db.awaitIndexes(300)');
    expect(await evidenceHits(newest!.evidence)).not.toContain(newest!.id);

    const messages: string[] = [];
    const results = await seedGraph(driver, { directory: seedDirectory, onProgress: (message) => messages.push(message) });

    expect(results.flatMap((result) => result.replacedIndexes)).toEqual(['evidence_search']);
    expect(messages.some((message) => message.includes('index evidence_search had an older definition'))).toBe(true);
    const evidence = (await indexes()).find((index) => index.name === 'evidence_search');
    expect([...(evidence?.labelsOrTypes ?? [])].sort()).toEqual([...relationshipTypes].sort());
    expect(await evidenceHits(newest!.evidence)).toContain(newest!.id);
  });

  it('drops nothing when the database is up to date', async () => {
    const before = await indexes();
    const results = await seedGraph(driver, { directory: seedDirectory });
    expect(results.flatMap((result) => result.replacedIndexes)).toEqual([]);
    // A dropped and recreated index would come back with a new id.
    expect(await indexes()).toEqual(before);
  });

  it('searches entities by every alias in their list of other names', async () => {
    const [force] = await rows<{ id: string }>('MATCH (n:Force) RETURN n.id AS id ORDER BY id LIMIT 1');
    await driver.executeQuery('MATCH (n:Force {id: $id}) SET n.aliases = ["the constabulary", "Zedshire Police"]', { id: force!.id });
    await driver.executeQuery('CALL db.awaitIndexes(300)');
    const found = await rows<{ id: string }>(
      'CALL db.index.fulltext.queryNodes("entity_search", "zedshire") YIELD node RETURN node.id AS id',
    );
    expect(found.map((row) => row.id)).toEqual([force!.id]);
  });
});
