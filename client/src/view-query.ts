// The GraphQL document and variables behind a view, for "Copy GraphQL": what the canvas shows, as the API gives it.
import { entityFields, relationshipFields, subgraphFields, subgraphSelection } from './api.ts';
import type { Expansion, ViewState } from './url-state.ts';

export interface ViewQuery {
  query: string;
  variables: Record<string, unknown>;
  /** Expansions past what one query may hold; the query names them in a comment. */
  omitted: Expansion[];
}

/**
 * The schema has no field for several neighbourhoods at once, so each expansion is one aliased
 * `neighbourhood` field, and the API takes at most 30 aliases a query (server/plugins/query-limits.ts).
 * Thirty such fields also stay well inside its token (about 40 each of 4,000) and cost limits.
 */
export const maxCopiedExpansions = 30;

/** One expansion per entity: a link can name an entity twice, and the canvas then shows the larger neighbourhood. */
function distinctExpansions(expanded: readonly Expansion[]): Expansion[] {
  const byId = new Map<string, Expansion>();
  for (const expansion of expanded) {
    const seen = byId.get(expansion.id);
    if (!seen || seen.limit < expansion.limit) byId.set(expansion.id, expansion);
  }
  return [...byId.values()];
}

/** Ids come from links anyone can write; a line break in one would end the comment and put text into the query. */
function commentText(id: string): string {
  return id.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** `sources`: the reports the view shows (the explorer opens one), or null for the whole graph. */
export function viewQuery(state: Pick<ViewState, 'filters' | 'expanded' | 'hidden'>, sources: readonly string[] | null = null): ViewQuery {
  const parameters = ['$kinds: [EntityKind!]', '$types: [RelationshipType!]', '$judgements: [Judgement!]', '$sources: [ID!]'];
  const fields = [`graph(kinds: $kinds, types: $types, judgements: $judgements, sources: $sources) ${subgraphSelection}`];
  // The API's graph has no basis or review filter (the explorer applies them to what is drawn), so neither is sent;
  // every relationship comes with its `review`, so a client can filter it the same way.
  const { kinds, types, judgements } = state.filters;
  const variables: Record<string, unknown> = { kinds, types, judgements, sources };
  const expansions = distinctExpansions(state.expanded);
  const copied = expansions.slice(0, maxCopiedExpansions);
  const omitted = expansions.slice(maxCopiedExpansions);
  copied.forEach(({ id, limit }, index) => {
    parameters.push(`$expand${index}: ID!`, `$limit${index}: Int!`);
    fields.push(`expand${index}: neighbourhood(id: $expand${index}, depth: 1, limit: $limit${index}) ${subgraphSelection}`);
    variables[`expand${index}`] = id;
    variables[`limit${index}`] = limit;
  });
  // Comments are not tokens to the API, so the notes can be as long as the view needs.
  const notes: string[] = [];
  if (omitted.length > 0) {
    notes.push(
      `# This view expands ${expansions.length} entities; the API answers at most ${maxCopiedExpansions} neighbourhoods in one query,`,
      `# so this query leaves out the expansions of: ${omitted.map(({ id, limit }) => `${commentText(id)} (limit ${limit})`).join(', ')}`,
    );
  }
  // Hiding happens on the canvas only; the comment keeps the copied query honest about it.
  if (state.hidden.length > 0) notes.push(`# The explorer then hides these entities: ${state.hidden.map(commentText).join(', ')}`);
  const query = `${notes.map((note) => `${note}\n`).join('')}query View(${parameters.join(', ')}) {\n${fields.map((field) => `  ${field}`).join('\n')}\n}\n${subgraphFields.trim()}\n${entityFields.trim()}\n${relationshipFields.trim()}\n`;
  return { query, variables, omitted };
}

/** The document and variables as one text, the way GraphiQL and most clients take them. */
export function formatViewQuery({ query, variables }: Pick<ViewQuery, 'query' | 'variables'>): string {
  return `${query}\n# Variables\n${JSON.stringify(variables, null, 2)
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n')}\n`;
}
