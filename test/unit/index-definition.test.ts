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
    expect(sameDefinition({ ...wanted, properties: ['a', 'b'] }, { ...wanted, properties: ['a', 'b'] })).toBe(true);
    // Lists are compared item by item, not as their joined text.
    expect(sameDefinition({ ...wanted, properties: ['ab'] }, { ...wanted, properties: ['a', 'b'] })).toBe(false);
    expect(sameDefinition({ ...wanted, labelsOrTypes: ['AB'] }, wanted)).toBe(false);
  });
});

describe('index definitions, spelling', () => {
  it('reads keywords in any case, across lines, after leading space, and names the type in capitals', () => {
    expect(indexDefinition('\n  create text index entity_name if not exists\n  for (n:Entity)\n  on (n.name)\n')).toEqual({
      name: 'entity_name',
      type: 'TEXT',
      entityType: 'NODE',
      labelsOrTypes: ['Entity'],
      properties: ['name'],
    });
  });

  it.each(['RANGE', 'TEXT', 'POINT', 'VECTOR'])('reads a %s index', (type) => {
    expect(indexDefinition(`CREATE ${type} INDEX place_${type.toLowerCase()} IF NOT EXISTS FOR (p:Place) ON (p.location)`)).toMatchObject({
      name: `place_${type.toLowerCase()}`,
      type,
      entityType: 'NODE',
    });
  });

  it('reads spaces inside the patterns, several labels, and property names with or without their variable', () => {
    expect(indexDefinition('CREATE FULLTEXT INDEX search2 IF NOT EXISTS FOR ( entity_2 : Force | `Victim Group` ) ON EACH[ entity_2 . name ,  entity_2.aliases,entity_2.summary ]')).toEqual({
      name: 'search2',
      type: 'FULLTEXT',
      entityType: 'NODE',
      labelsOrTypes: ['Force', 'Victim Group'],
      properties: ['name', 'aliases', 'summary'],
    });
  });

  it('reads relationship patterns in either direction or none, with spaces', () => {
    for (const pattern of ['()-[r:CITES]->()', '()<-[r:CITES]-()', '( ) - [ r : CITES ] - ( )']) {
      expect(indexDefinition(`CREATE INDEX cites_at IF NOT EXISTS FOR ${pattern} ON (r.at)`), pattern).toEqual({
        name: 'cites_at',
        type: 'RANGE',
        entityType: 'RELATIONSHIP',
        labelsOrTypes: ['CITES'],
        properties: ['at'],
      });
    }
  });

  it('unquotes names with a quoted backtick in them', () => {
    expect(indexDefinition('CREATE INDEX `a``b` IF NOT EXISTS FOR (n:`L``M`) ON (n.`p``q`)')).toEqual({
      name: 'a`b',
      type: 'RANGE',
      entityType: 'NODE',
      labelsOrTypes: ['L`M'],
      properties: ['p`q'],
    });
  });

  it('reads what comes after the properties as no part of the definition', () => {
    expect(indexDefinition("CREATE VECTOR INDEX chunks IF NOT EXISTS FOR (c:Chunk) ON (c.embedding) OPTIONS { indexConfig: { `vector.dimensions`: 8 } }")).toEqual({
      name: 'chunks',
      type: 'VECTOR',
      entityType: 'NODE',
      labelsOrTypes: ['Chunk'],
      properties: ['embedding'],
    });
  });

  it.each([
    ['an unnamed index', 'CREATE INDEX IF NOT EXISTS FOR (n:Entity) ON (n.id)'],
    ['a statement that does not start with CREATE', 'EXPLAIN CREATE INDEX e IF NOT EXISTS FOR (n:Entity) ON (n.id)'],
    ['an unknown index type', 'CREATE LOOKUP INDEX e IF NOT EXISTS FOR (n) ON EACH labels(n)'],
    ['a node pattern without a label', 'CREATE INDEX e IF NOT EXISTS FOR (n) ON (n.id)'],
    ['a relationship pattern without a type', 'CREATE INDEX e IF NOT EXISTS FOR ()-[r]-() ON (r.id)'],
    ['a relationship pattern between named nodes', 'CREATE INDEX e IF NOT EXISTS FOR (a)-[r:T]-(b) ON (r.id)'],
    ['a name that starts with a digit', 'CREATE INDEX 1e IF NOT EXISTS FOR (n:Entity) ON (n.id)'],
    ['IF NOT EXISTS run together', 'CREATE INDEX e IFNOTEXISTS FOR (n:Entity) ON (n.id)'],
  ])('reads no definition from %s', (_what, statement) => {
    expect(indexDefinition(statement)).toBeNull();
  });
});
