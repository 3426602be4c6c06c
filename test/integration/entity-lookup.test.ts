// The graph's answer to drafting's question "which entities may this document name?": through the entity_names
// index, exact names in any case, aliases and ids, the same entities the seed's scripts hold, and no others.
import type { Driver } from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupIn, namedInRequest } from '../../server/ingest/entity-lookup.ts';
import { readSeedEntities } from '../../server/ingest/known-entities.ts';
import { nameKey } from '../../server/ingest/name-candidates.ts';
import { splitSentences } from '../../server/ingest/sentences.ts';
import { extractPlainText } from '../../server/ingest/extract-plain.ts';
import { DraftStore } from '../../server/review/draft-store.ts';
import { testDriver } from '../support/database.ts';

let driver: Driver;
let drafts: DraftStore;
beforeAll(() => {
  driver = testDriver();
  drafts = new DraftStore(driver, { queryTimeoutMs: 30_000 });
});
afterAll(() => driver.close());

const ids = (found: { id: string }[]) => found.map((e) => e.id).sort();

describe('looking up the entities a document may name', () => {
  it('finds by a name or an alias in lower case, and by id; a name is matched whole', async () => {
    const found = await drafts.lookUpEntities({ keys: ['cheshire constabulary', 'michael cunningham', 'demand', 'reducing', 'vetting procedures'], ids: ['vetting', 'no-such-entity'] });
    expect(ids(found)).toEqual(['cheshire-constabulary', 'hmi-mike-cunningham', 'reducing-demand', 'vetting']);
    expect(found.find((e) => e.id === 'reducing-demand')).toEqual({ id: 'reducing-demand', name: 'Reducing demand', kind: 'THEME', aliases: ['demand'] });
  });

  it('takes keys with Lucene’s syntax in them as plain text, and more keys than one query may hold', async () => {
    const hostile = ['"', '\\', 'a" OR "b', '*', 'name:*', '(', 'AND', 'the force) OR (x'];
    const many = Array.from({ length: 2_500 }, (_, k) => `no such name ${k}`);
    const found = await drafts.lookUpEntities({ keys: [...hostile, ...many, 'the constabulary'], ids: [] });
    expect(ids(found)).toEqual(['cheshire-constabulary']);
  });

  it('answers the seed text’s question as the seed’s own entities do, and with nothing beyond what was asked', async () => {
    const text = readFileSync(new URL('../../cypher/sources/cheshire-peel-assessment.txt', import.meta.url), 'utf8');
    const request = namedInRequest(splitSentences(extractPlainText(text)).map((s) => s.text), ['Cheshire Constabulary']);
    const seed = await readSeedEntities(new URL('../../cypher/', import.meta.url).pathname);
    const expected = await lookupIn(seed)(request);
    const found = await drafts.lookUpEntities(request);
    expect(ids(found)).toEqual(expect.arrayContaining(ids(expected)));
    expect(expected.length).toBeGreaterThan(20);
    const keys = new Set(request.keys);
    for (const entity of found) {
      expect([entity.name, ...(entity.aliases ?? [])].some((name) => keys.has(nameKey(name))) || request.ids.includes(entity.id), entity.id).toBe(true);
    }
  });
});
