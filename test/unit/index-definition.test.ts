// Reading the definition out of an index statement: what the seed compares with the index a database already has.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDirectory } from '../../server/config.ts';
import { parseCypherScript } from '../../server/graph/cypher-script.ts';
import { indexDefinition, sameDefinition } from '../../server/graph/index-definition.ts';
import { relationshipTypes } from '../../server/graph/records.ts';

describe('index definitions', () => {
  it('reads a full-text index over relationship types', () => {
    expect(indexDefinition('CREATE FULLTEXT INDEX evidence_search IF NOT EXISTS\nFOR ()-[r:ASSESSES|HAS_STRENGTH]-()\nON EACH [r.evidence]')).toEqual({
      name: 'evidence_search',
      type: 'FULLTEXT',
      entityType: 'RELATIONSHIP',
      labelsOrTypes: ['ASSESSES', 'HAS_STRENGTH'],
      properties: ['evidence'],
    });
  });

  it('reads a range index (the type a plain CREATE INDEX makes), with quoted names', () => {
    expect(indexDefinition('CREATE INDEX `odd name` IF NOT EXISTS FOR (n:`Victim Group`) ON (n.id, n.`first seen`)')).toEqual({
      name: 'odd name',
      type: 'RANGE',
      entityType: 'NODE',
      labelsOrTypes: ['Victim Group'],
      properties: ['id', 'first seen'],
    });
  });

  it('leaves constraints and statements without IF NOT EXISTS alone', () => {
    expect(indexDefinition('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE')).toBeNull();
    expect(indexDefinition('CREATE INDEX a_source FOR ()-[r:A]-() ON (r.source)')).toBeNull();
    expect(indexDefinition('MATCH (n) RETURN n')).toBeNull();
  });

  it('understands every index statement the seed scripts hold, so none escapes the upgrade', async () => {
    const files = (await readdir(seedDirectory)).filter((name) => name.endsWith('.cypher'));
    const statements = await Promise.all(
      files.map(async (file) => parseCypherScript(await readFile(path.join(seedDirectory, file), 'utf8'), file)),
    );
    const indexes = statements.flat().filter((statement) => /^CREATE\s+(\w+\s+)?INDEX\b/i.test(statement.text));
    expect(indexes.length).toBeGreaterThan(relationshipTypes.length);
    for (const statement of indexes) expect(indexDefinition(statement.text), statement.text).not.toBeNull();
  });

  it('tells a changed definition from the same one listed in another order', () => {
    const wanted = { type: 'FULLTEXT', entityType: 'RELATIONSHIP' as const, labelsOrTypes: ['A', 'B'], properties: ['evidence'] };
    expect(sameDefinition({ ...wanted, labelsOrTypes: ['B', 'A'] }, wanted)).toBe(true);
    expect(sameDefinition({ ...wanted, labelsOrTypes: ['A'] }, wanted)).toBe(false);
    expect(sameDefinition({ ...wanted, properties: ['quote'] }, wanted)).toBe(false);
    expect(sameDefinition({ ...wanted, type: 'TEXT' }, wanted)).toBe(false);
    expect(sameDefinition({ ...wanted, entityType: 'NODE' }, wanted)).toBe(false);
    expect(sameDefinition({ ...wanted, properties: ['a', 'b'] }, { ...wanted, properties: ['b', 'a'] })).toBe(false);
  });
});
