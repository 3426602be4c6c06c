// What an index statement of a seed script defines, so the seed can tell an existing index of that name is outdated.

export interface IndexDefinition {
  name: string;
  /** As SHOW INDEXES spells it; a plain CREATE INDEX makes a RANGE index. */
  type: string;
  entityType: 'NODE' | 'RELATIONSHIP';
  labelsOrTypes: string[];
  properties: string[];
}

const createIndex =
  /^CREATE\s+(?:(RANGE|TEXT|POINT|FULLTEXT|VECTOR)\s+)?INDEX\s+(`(?:[^`]|``)+`|[A-Za-z_][\w]*)\s+IF\s+NOT\s+EXISTS\s+FOR\s+([\s\S]+?)\s+ON\s+(?:EACH\s*)?[[(]([^\])]*)[\])]/i;
const nodePattern = /^\(\s*[A-Za-z_]\w*\s*:\s*([^)]+?)\s*\)$/;
const relationshipPattern = /^\(\s*\)\s*<?-\s*\[\s*[A-Za-z_]\w*\s*:\s*([^\]]+?)\s*\]\s*->?\s*\(\s*\)$/;

function unquote(name: string): string {
  // Stryker disable next-line MethodExpression: in Cypher a name starts with a backtick exactly when it ends with one
  const quoted = name.startsWith('`');
  return quoted ? name.slice(1, -1).replace(/``/g, '`') : name;
}

/**
 * The definition a `CREATE … INDEX name IF NOT EXISTS FOR … ON …` statement asks for, or null for any
 * other statement (constraints, unnamed indexes, and statements without IF NOT EXISTS, which fail
 * rather than keep an old index).
 */
export function indexDefinition(statement: string): IndexDefinition | null {
  const match = createIndex.exec(statement.trim());
  if (!match) return null;
  const [, type, name = '', pattern = '', properties = ''] = match;
  // The pattern has no spaces at its ends: the spaces after FOR and before ON are the statement's.
  const node = nodePattern.exec(pattern);
  const relationship = node ? null : relationshipPattern.exec(pattern);
  const tokens = (node ?? relationship)?.[1];
  if (tokens === undefined) return null;
  return {
    name: unquote(name),
    type: (type ?? 'RANGE').toUpperCase(),
    entityType: node ? 'NODE' : 'RELATIONSHIP',
    labelsOrTypes: tokens.split('|').map((token) => unquote(token.trim())),
    properties: properties.split(',').map((property) => unquote(property.trim().replace(/^[A-Za-z_]\w*\s*\.\s*/, ''))),
  };
}

/** The order of labels or types means nothing to an index; the order of properties does (composite range indexes). */
export function sameDefinition(existing: Omit<IndexDefinition, 'name'>, wanted: Omit<IndexDefinition, 'name'>): boolean {
  const sorted = (values: string[]) => [...values].sort().join('\u0000');
  return (
    existing.type === wanted.type &&
    existing.entityType === wanted.entityType &&
    sorted(existing.labelsOrTypes) === sorted(wanted.labelsOrTypes) &&
    existing.properties.join('\u0000') === wanted.properties.join('\u0000')
  );
}
