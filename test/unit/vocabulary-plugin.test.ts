// The code generator's vocabulary plugins: lists named as the code reads them, and a kind without its type refused.
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { plugin as typeIndexes } from '../../codegen/type-indexes-plugin.ts';
import { listName, plugin as vocabulary } from '../../codegen/vocabulary-plugin.ts';

const config = { kindEnum: 'EntityKind', entityInterface: 'Entity' };
const schema = (extraKind = '') =>
  buildSchema(`
    type Query { entity: Entity }
    "What an entity is."
    enum EntityKind { "A police force." FORCE VICTIM_GROUP ${extraKind} }
    enum RelationshipType { "Safeguards." SAFEGUARDS WORKS_WITH }
    interface Entity { id: ID! }
    type Force implements Entity { id: ID! }
    type VictimGroup implements Entity { id: ID! }
  `);

describe('vocabulary plugin', () => {
  it('names each list as a plural of its enum', () => {
    expect(['EntityKind', 'RelationshipType', 'Judgement', 'Basis', 'FindingStatus', 'Pillar'].map(listName)).toEqual([
      'entityKinds',
      'relationshipTypes',
      'judgements',
      'bases',
      'findingStatuses',
      'pillars',
    ]);
  });

  it('writes the values in schema order, their descriptions (null where the schema has none) and each label', async () => {
    const output = String(await vocabulary(schema(), [], config));
    expect(output).toContain("export const entityKinds = [\n  'FORCE',\n  'VICTIM_GROUP',\n] as const;");
    expect(output).toContain("  FORCE: 'A police force.',\n  VICTIM_GROUP: null,");
    expect(output).toContain("  VICTIM_GROUP: 'VictimGroup',");
    expect(output).toContain("  ['VictimGroup', 'VICTIM_GROUP'],");
  });

  it('refuses a kind that has no object type implementing the interface', async () => {
    expect(() => vocabulary(schema('RISK'), [], config)).toThrowError(
      'EntityKind.RISK needs an object type Risk implementing Entity in server/schema.graphql',
    );
  });

  it('indexes the evidence of every relationship type and the names of every kind', async () => {
    const output = String(await typeIndexes(schema(), [], { ...config, relationshipTypeEnum: 'RelationshipType' }));
    expect(output).toContain('FOR (n:Force|VictimGroup)\nON EACH [n.name, n.summary, n.aliases];');
    expect(output).toContain('FOR ()-[r:SAFEGUARDS|WORKS_WITH]-()\nON EACH [r.evidence];');
    expect(output).toContain('CREATE INDEX works_with_source IF NOT EXISTS FOR ()-[r:WORKS_WITH]-() ON (r.source);');
  });
});
