import { describe, expect, it } from 'vitest';
import { CypherScriptError, parseCypherScript } from '../../server/graph/cypher-script.ts';

describe('parseCypherScript', () => {
  it('splits on semicolons and remembers the line each statement starts on', () => {
    const script = [
      '// the schema',
      'CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;',
      '',
      '/* a block',
      '   comment */',
      'MERGE (n:A {id: "x"})',
      '  SET n.name = "X";',
    ].join('\n');
    expect(parseCypherScript(script, 'f.cypher')).toEqual([
      { text: 'CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE', line: 2, kind: 'schema' },
      { text: 'MERGE (n:A {id: "x"})\n  SET n.name = "X"', line: 6, kind: 'data' },
    ]);
  });

  it('keeps semicolons, comment markers and escaped quotes inside strings and quoted names', () => {
    const script = 'RETURN "a; b // not a comment", \'it\\\'s; fine\', 1 AS `odd;``name`;\nRETURN 2;';
    const statements = parseCypherScript(script, 'f.cypher');
    expect(statements.map((s) => s.text)).toEqual([
      'RETURN "a; b // not a comment", \'it\\\'s; fine\', 1 AS `odd;``name`',
      'RETURN 2',
    ]);
    expect(statements[1]?.line).toBe(2);
  });

  it('counts lines inside multi-line strings', () => {
    const statements = parseCypherScript('RETURN "one\ntwo";\n\nRETURN 3;', 'f.cypher');
    expect(statements[1]?.line).toBe(4);
  });

  it.each([
    ['CREATE FULLTEXT INDEX x IF NOT EXISTS FOR (n:A) ON EACH [n.name]', 'schema'],
    ['CREATE RANGE INDEX x IF NOT EXISTS FOR ()-[r:R]-() ON (r.source)', 'schema'],
    ['DROP CONSTRAINT x IF EXISTS', 'schema'],
    ['CREATE (n:Index)', 'data'],
    ['MATCH (n) RETURN n', 'data'],
  ])('classifies %s as %s', (text, kind) => {
    expect(parseCypherScript(`${text};`, 'f.cypher')[0]?.kind).toBe(kind);
  });

  it('names the file and line of a statement without a semicolon', () => {
    expect(() => parseCypherScript('RETURN 1;\n\nMATCH (n)\nRETURN n', '20-x.cypher')).toThrowError(
      new CypherScriptError('20-x.cypher', 3, 'statement does not end with a semicolon'),
    );
  });

  it('names the line where an unterminated string starts', () => {
    expect(() => parseCypherScript('RETURN 1;\nRETURN "open;\n', '20-x.cypher')).toThrowError('20-x.cypher:2: unterminated string');
  });

  it('names the line where an unterminated block comment starts', () => {
    expect(() => parseCypherScript('\n/* never closed', 'f.cypher')).toThrowError('f.cypher:2: unterminated /* comment');
  });

  it('keeps * and / in ordinary Cypher apart from comment markers', () => {
    const statements = parseCypherScript('MATCH (n) RETURN count(*);\nRETURN 4 / 2, 3*2;\nMATCH p=(a)-[*1..2]->(b) RETURN p;', 'f.cypher');
    expect(statements.map((s) => s.text)).toEqual([
      'MATCH (n) RETURN count(*)',
      'RETURN 4 / 2, 3*2',
      'MATCH p=(a)-[*1..2]->(b) RETURN p',
    ]);
  });

  it('drops empty statements and reads a // comment that ends the file without a newline', () => {
    expect(parseCypherScript(';;\nRETURN 1;; ;\n// the end', 'f.cypher')).toEqual([{ text: 'RETURN 1', line: 2, kind: 'data' }]);
  });

  it('keeps a statement together across a comment and counts the comment lines', () => {
    expect(parseCypherScript('RETURN 1 /* one\ntwo */ + 2 // why\n;\nRETURN 3;', 'f.cypher')).toEqual([
      // The block comment leaves one space between the spaces around it; the line comment leaves none.
      { text: 'RETURN 1   + 2', line: 1, kind: 'data' },
      { text: 'RETURN 3', line: 4, kind: 'data' },
    ]);
  });

  it('names an unterminated quoted name', () => {
    expect(() => parseCypherScript('RETURN 1 AS `open;', 'f.cypher')).toThrowError('f.cypher:1: unterminated quoted name');
  });

  it.each([
    ['create constraint x if not exists for (n:A) require n.id is unique', 'schema'],
    ['CREATE OR REPLACE INDEX x FOR (n:A) ON (n.id)', 'schema'],
    ['CREATE\n  TEXT   INDEX x FOR (n:A) ON (n.name)', 'schema'],
    ['CREATE VECTOR INDEX x FOR (n:A) ON n.v', 'schema'],
    ['DROP INDEX x', 'schema'],
    ['CREATE INDEXED (n)', 'data'],
    ['MERGE (n:A) WITH n CREATE INDEX', 'data'],
    ['CREATE UNIQUE (n)', 'data'],
  ])('classifies %s as %s', (text, kind) => {
    expect(parseCypherScript(`${text};`, 'f.cypher')[0]?.kind).toBe(kind);
  });
});
