// Reads ahead in a root field's selection so its one Cypher query can fetch everything asked beneath it.
import {
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';

const readSelections = new WeakMap<GraphQLResolveInfo['fieldNodes'], Set<string>>();

/**
 * The schema coordinates ("Type.field") selected anywhere under the current field, following
 * fragments. A field selected on an object type also counts for the interfaces it implements, so
 * `... on Force { relationships }` shows up as `Entity.relationships` too.
 */
export function selectedCoordinates(info: GraphQLResolveInfo): Set<string> {
  // Every item of a list field shares its field nodes, so each selection is read once per request.
  const cached = readSelections.get(info.fieldNodes);
  if (cached) return cached;
  const coordinates = new Set<string>();
  readSelections.set(info.fieldNodes, coordinates);
  const visitedFragments = new Set<string>();

  const visit = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined) => {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, see docs/mutation-survivors.md (no unions in the schema).
    if (parent === undefined || !(isObjectType(parent) || isInterfaceType(parent))) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = parent.getFields()[name];
        if (field === undefined) continue;
        coordinates.add(`${parent.name}.${name}`);
        for (const implemented of parent.getInterfaces()) {
          if (name in implemented.getFields()) coordinates.add(`${implemented.name}.${name}`);
        }
        // Stryker disable next-line ConditionalExpression: equivalent: a leaf field's type stops the visit at once.
        if (selection.selectionSet) visit(selection.selectionSet, getNamedType(field.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? info.schema.getType(selection.typeCondition.name.value) : parent;
        visit(selection.selectionSet, condition ?? undefined);
      } else {
        // A fragment's contents do not depend on where it is spread, so one visit says all it selects.
        const name = selection.name.value;
        const fragment = info.fragments[name];
        // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, see docs/mutation-survivors.md (a second read adds nothing).
        if (fragment === undefined || visitedFragments.has(name)) continue;
        visitedFragments.add(name);
        visit(fragment.selectionSet, info.schema.getType(fragment.typeCondition.name.value) ?? undefined);
      }
    }
  };

  for (const node of info.fieldNodes) {
    // Stryker disable next-line ConditionalExpression: equivalent: a leaf field's type stops the visit at once.
    if (node.selectionSet) visit(node.selectionSet, getNamedType(info.returnType));
  }
  return coordinates;
}
