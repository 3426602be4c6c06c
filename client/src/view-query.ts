// The GraphQL document and variables behind a view, for "Copy GraphQL": what the canvas shows, as the API gives it.
import { entityFields, relationshipFields, subgraphSelection } from './api.ts';
import type { ViewState } from './url-state.ts';

export interface ViewQuery {
  query: string;
  variables: Record<string, unknown>;
}

export function viewQuery(state: Pick<ViewState, 'filters' | 'expanded' | 'hidden'>): ViewQuery {
  const parameters = ['$kinds: [EntityKind!]', '$types: [RelationshipType!]', '$judgements: [Judgement!]'];
  const fields = [`graph(kinds: $kinds, types: $types, judgements: $judgements) ${subgraphSelection}`];
  const variables: Record<string, unknown> = { ...state.filters };
  state.expanded.forEach(({ id, limit }, index) => {
    parameters.push(`$expand${index}: ID!`, `$limit${index}: Int!`);
    fields.push(`expand${index}: neighbourhood(id: $expand${index}, depth: 1, limit: $limit${index}) ${subgraphSelection}`);
    variables[`expand${index}`] = id;
    variables[`limit${index}`] = limit;
  });
  // Hiding happens on the canvas only; the comment keeps the copied query honest about it.
  const hiddenNote = state.hidden.length > 0 ? `# The explorer then hides these entities: ${state.hidden.join(', ')}\n` : '';
  const query = `${hiddenNote}query View(${parameters.join(', ')}) {\n${fields.map((field) => `  ${field}`).join('\n')}\n}\n${entityFields.trim()}\n${relationshipFields.trim()}\n`;
  return { query, variables };
}

/** The document and variables as one text, the way GraphiQL and most clients take them. */
export function formatViewQuery({ query, variables }: ViewQuery): string {
  return `${query}\n# Variables\n${JSON.stringify(variables, null, 2)
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n')}\n`;
}
