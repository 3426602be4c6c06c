// Reads the vocabulary out of the SDL: every enum with its values' descriptions, and the Neo4j label of each kind.
import { type GraphQLEnumType, type GraphQLSchema, isEnumType, isInterfaceType, isObjectType } from 'graphql';

export interface VocabularyEnum {
  name: string;
  description: string | null;
  values: { name: string; description: string | null }[];
}

/** The schema's own enums in SDL order (the introspection enums, __TypeKind and the like, are not vocabulary). */
export function schemaEnums(schema: GraphQLSchema): VocabularyEnum[] {
  return Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLEnumType => isEnumType(type) && !type.name.startsWith('__'))
    .map((type) => ({
      name: type.name,
      description: type.description ?? null,
      values: type.getValues().map((value) => ({ name: value.name, description: value.description ?? null })),
    }));
}

export function enumValues(schema: GraphQLSchema, name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`server/schema.graphql has no enum ${name}`);
  return type.getValues().map((value) => value.name);
}

/** VICTIM_GROUP -> VictimGroup: the object type, and the Neo4j label, of an entity kind. */
export function pascalCase(value: string): string {
  return value
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * Each kind's label is the name of the object type that implements the entity interface for it; the
 * resolvers resolve the interface through this, so a kind without its type is an error here, not at run time.
 */
export function labelsOfKinds(schema: GraphQLSchema, kindEnum: string, entityInterface: string): [kind: string, label: string][] {
  const entity = schema.getType(entityInterface);
  if (!isInterfaceType(entity)) throw new Error(`server/schema.graphql has no interface ${entityInterface}`);
  return enumValues(schema, kindEnum).map((kind) => {
    const label = pascalCase(kind);
    const type = schema.getType(label);
    if (!isObjectType(type) || !type.getInterfaces().includes(entity)) {
      throw new Error(`${kindEnum}.${kind} needs an object type ${label} implementing ${entityInterface} in server/schema.graphql`);
    }
    return [kind, label];
  });
}
