// The entities a draft links to without a database: read from the seed's entity scripts, statement by statement.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherScriptError } from '../../server/graph/cypher-script.ts';
import { parseSeedEntities, readSeedEntities } from '../../server/ingest/known-entities.ts';

describe('parseSeedEntities', () => {
  it('reads the id, kind, name and aliases of each entity statement', () => {
    const script = `// Fenmarsh Constabulary and what its report names.
MERGE (n:Entity {id: "fenmarsh-constabulary"})
SET n:Force, n.name = "Fenmarsh Constabulary", n.pillar = null, n.aliases = ["the force", "Fenmarsh"],
    n.summary = "The police force for Fenmarsh."
REMOVE n:Inspector:Theme;
MERGE (theme:Entity {id: "vetting"})
SET theme:Theme, theme.name = "Vetting", theme.pillar = "LEGITIMACY";
MERGE (v:Entity {id: "vulnerable-people"}) SET v:VictimGroup, v.name = "Vulnerable people", v.aliases = [];
MERGE (p:Entity {id: "fenmarsh-youth-hub"}) SET p:Partner, p.name = "Fenmarsh Youth Hub", p.aliases=["YOT"];
`;
    expect(parseSeedEntities(script, '20-fenmarsh-entities.cypher')).toStrictEqual([
      { id: 'fenmarsh-constabulary', name: 'Fenmarsh Constabulary', kind: 'FORCE', aliases: ['the force', 'Fenmarsh'] },
      { id: 'vetting', name: 'Vetting', kind: 'THEME' },
      { id: 'vulnerable-people', name: 'Vulnerable people', kind: 'VICTIM_GROUP' },
      { id: 'fenmarsh-youth-hub', name: 'Fenmarsh Youth Hub', kind: 'PARTNER', aliases: ['YOT'] },
    ]);
  });

  it('maps every kind label to its kind', () => {
    const labels = ['Force', 'Inspector', 'Theme', 'Partner', 'VictimGroup', 'Community', 'Risk', 'Power'];
    const script = labels.map((label, i) => `MERGE (n:Entity {id: "e${i}"}) SET n:${label}, n.name = "E${i}";`).join('\n');
    expect(parseSeedEntities(script, 'kinds.cypher').map((e) => e.kind)).toStrictEqual(['FORCE', 'INSPECTOR', 'THEME', 'PARTNER', 'VICTIM_GROUP', 'COMMUNITY', 'RISK', 'POWER']);
  });

  it('allows any spacing the seed scripts might use around the id, label and name', () => {
    const script = 'MERGE(n:Entity{id:"a"})\nSET   n:Theme,n.name=  "A";\nMERGE ( n:Entity { id : "b" }) SET n:Theme, n.name = "B";\nMERGE (n:Entity  {  id:  "c"}) SET\n  n:Theme, n.name\n = "C";';
    // "( n:" and "id :" are outside what the reader accepts: the seed never writes them.
    expect(parseSeedEntities(script, 'spacing.cypher')).toStrictEqual([
      { id: 'a', name: 'A', kind: 'THEME' },
      { id: 'c', name: 'C', kind: 'THEME' },
    ]);
  });

  it('skips statements that are not an entity with an id, a known kind label and a name', () => {
    const script = [
      'MERGE (n:Entity {id: "no-name"}) SET n:Theme;',
      'MERGE (n:Entity {id: "no-label"}) SET n.name = "No label";',
      'MERGE (n:Entity {id: "bad-label"}) SET n:Place, n.name = "Bad label";',
      'MERGE (n:Finding {id: "not-entity"}) SET n:Theme, n.name = "Not an entity";',
      'MATCH (a:Entity {id: "x"}), (b:Entity {id: "y"}) MERGE (a)-[:WORKS_WITH]->(b);',
      'MERGE (n:Entity {id: ""}) SET n:Theme, n.name = "Empty id";',
      'MERGE (n:Entity {id: "empty-name"}) SET n:Theme, n.name = "";',
      'MERGE (n:Entity {id: "kept"}) SET n:Risk, n.name = "Kept", n.aliases = ["only"];',
      'MERGE (n:Entity {id: "no-aliases"}) SET n:Risk, n.name = "No aliases", n.aliases = [ ];',
    ].join('\n');
    expect(parseSeedEntities(script, 'mixed.cypher')).toStrictEqual([
      { id: 'kept', name: 'Kept', kind: 'RISK', aliases: ['only'] },
      { id: 'no-aliases', name: 'No aliases', kind: 'RISK' },
    ]);
  });

  it('reads the name from its own property, not from another that ends in "name"', () => {
    const script = 'MERGE (n:Entity {id: "p"}) SET n:Partner, n.shortname = "Short", n.name = "Proper";';
    expect(parseSeedEntities(script, 'names.cypher')).toStrictEqual([{ id: 'p', name: 'Proper', kind: 'PARTNER' }]);
  });

  it('ignores a commented-out statement', () => {
    const script = '// MERGE (n:Entity {id: "gone"}) SET n:Theme, n.name = "Gone";\nMERGE (n:Entity {id: "here"}) SET n:Theme, n.name = "Here";';
    expect(parseSeedEntities(script, 'comments.cypher')).toStrictEqual([{ id: 'here', name: 'Here', kind: 'THEME' }]);
  });

  it('names the file when the script cannot be split into statements', () => {
    expect(() => parseSeedEntities('MERGE (n:Entity {id: "x"}) SET n:Theme, n.name = "X"', '20-broken.cypher')).toThrow(CypherScriptError);
    expect(() => parseSeedEntities('MERGE (n:Entity {id: "x"}) SET n:Theme, n.name = "X"', '20-broken.cypher')).toThrow(/^20-broken\.cypher:1: /);
  });
});

describe('readSeedEntities', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'peel-seed-entities-'));
    const entity = (id: string) => `MERGE (n:Entity {id: "${id}"}) SET n:Theme, n.name = "${id}";\n`;
    await writeFile(path.join(dir, '20-b-greywater.cypher'), entity('from-b'));
    await writeFile(path.join(dir, '20-a-fenmarsh.cypher'), entity('from-a1') + entity('from-a2'));
    await writeFile(path.join(dir, '10-source.cypher'), entity('not-an-entity-file'));
    await writeFile(path.join(dir, '30-findings.cypher'), entity('a-findings-file'));
    await writeFile(path.join(dir, '20-notes.txt'), entity('not-cypher'));
    await writeFile(path.join(dir, 'x20-prefixed.cypher'), entity('prefixed'));
    await writeFile(path.join(dir, '20-old.cypher.bak'), entity('backup'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads only the 20- scripts, in the order of their names', async () => {
    expect((await readSeedEntities(dir)).map((e) => e.id)).toStrictEqual(['from-a1', 'from-a2', 'from-b']);
  });

  it("reads the project's own seed", async () => {
    const seed = await readSeedEntities(new URL('../../cypher/', import.meta.url).pathname);
    expect(seed[0]).toStrictEqual({ id: 'cheshire-constabulary', name: 'Cheshire Constabulary', kind: 'FORCE', aliases: ['the force', 'the constabulary', 'Cheshire'] });
    expect(new Set(seed.map((e) => e.id)).size).toBe(seed.length);
  });
});
