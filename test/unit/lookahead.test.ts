import { makeExecutableSchema } from '@graphql-tools/schema';
import { graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../server/app.ts';
import { selectedCoordinates } from '../../server/lookahead.ts';

async function selectedUnderEntity(query: string): Promise<Set<string>> {
  let selected = new Set<string>();
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: {
      Query: {
        entity: (_: unknown, __: unknown, ___: unknown, info: GraphQLResolveInfo) => {
          selected = selectedCoordinates(info);
          return null;
        },
      },
      Entity: { __resolveType: () => 'Force' },
    },
  });
  const result = await graphql({ schema, source: query });
  expect(result.errors).toBeUndefined();
  return selected;
}

describe('selectedCoordinates', () => {
  it('names every field below the root, by the type it is selected on', async () => {
    const selected = await selectedUnderEntity('{ entity(id: "x") { name relationships { evidence { quote source { title } } } } }');
    expect([...selected].sort()).toEqual(['Entity.name', 'Entity.relationships', 'Evidence.quote', 'Evidence.source', 'Relationship.evidence', 'Source.title']);
  });

  it('counts a field picked in an inline fragment on an object type for its interface too', async () => {
    const selected = await selectedUnderEntity('{ entity(id: "x") { ... on Force { relationships { id } } } }');
    expect(selected.has('Force.relationships')).toBe(true);
    expect(selected.has('Entity.relationships')).toBe(true);
  });

  it('follows named fragments, each once', async () => {
    const selected = await selectedUnderEntity(
      '{ entity(id: "x") { ...Hop relationships { target { ...Hop } } } } fragment Hop on Entity { relationships { evidence { source { id } } } }',
    );
    expect(selected.has('Evidence.source')).toBe(true);
  });

  it('reads a named fragment on an object type as selected on that type, and its interfaces', async () => {
    const selected = await selectedUnderEntity('{ entity(id: "x") { ...Names } } fragment Names on Force { name }');
    // name belongs to Entity, not to Node, so it counts for Force and Entity only.
    expect([...selected].sort()).toEqual(['Entity.name', 'Force.name']);
  });

  it('reads an inline fragment with no type condition as selected on the type around it', async () => {
    const selected = await selectedUnderEntity('{ entity(id: "x") { ... { name } } }');
    expect([...selected].sort()).toEqual(['Entity.name']);
  });

  it('leaves out __typename, which is no field of the type', async () => {
    const selected = await selectedUnderEntity('{ entity(id: "x") { __typename name relationships { __typename id } } }');
    expect([...selected].sort()).toEqual(['Entity.name', 'Entity.relationships', 'Node.id', 'Relationship.id']);
  });

  it('merges every node of a field asked for twice under one name', async () => {
    const selected = await selectedUnderEntity('{ entity(id: "x") { name } entity(id: "x") { relationships { id } } }');
    expect([...selected].sort()).toEqual(['Entity.name', 'Entity.relationships', 'Node.id', 'Relationship.id']);
  });

  it('reads a selection once: a second call for the same field nodes answers the same set', async () => {
    let calls: Set<string>[] = [];
    const schema = makeExecutableSchema({
      typeDefs,
      resolvers: {
        Query: {
          entity: (_: unknown, __: unknown, ___: unknown, info: GraphQLResolveInfo) => {
            calls = [selectedCoordinates(info), selectedCoordinates(info)];
            return null;
          },
        },
        Entity: { __resolveType: () => 'Force' },
      },
    });
    expect((await graphql({ schema, source: '{ entity(id: "x") { name } }' })).errors).toBeUndefined();
    expect(calls[1]).toBe(calls[0]);
    expect([...calls[0]!]).toEqual(['Entity.name']);
  });

  it('does not report fields that were not asked for', async () => {
    const selected = await selectedUnderEntity('{ entity(id: "x") { id name } }');
    // Every entity is a Node, so its id counts for the Node interface too.
    expect([...selected].sort()).toEqual(['Entity.id', 'Entity.name', 'Node.id']);
  });
});
