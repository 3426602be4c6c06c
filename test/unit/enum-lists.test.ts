// The explorer and the repository each keep the schema's enum lists (no code generation yet); this keeps all three in step.
import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as client from '../../client/src/model.ts';
import * as server from '../../server/graph/records.ts';

const schema = buildSchema(readFileSync(new URL('../../server/schema.graphql', import.meta.url), 'utf8'));
const valuesOf = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);

describe('enum lists', () => {
  it.each([
    ['EntityKind', client.entityKinds, server.entityKinds],
    ['RelationshipType', client.relationshipTypes, server.relationshipTypes],
    ['Judgement', client.judgements, server.judgements.map((judgement) => judgement.toUpperCase())],
  ] as const)('%s: the client and the repository list what the schema does, in its order', (name, clientValues, serverValues) => {
    expect([...clientValues]).toEqual(valuesOf(name));
    expect([...serverValues]).toEqual(valuesOf(name));
  });
});
