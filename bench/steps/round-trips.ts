// Step 4: Cypher round trips per GraphQL request for every root field, read from the Server-Timing header.
import { postGraphQL } from '../graphql-client.ts';
import {
  entityWithNeighboursOperation,
  neighbourhoodOperation,
  partnerInvolvementOperation,
  searchOperation,
  shortestPathOperation,
} from '../operations.ts';

export interface RoundTripRow {
  field: string;
  roundTrips: number | null;
  errors: string[];
}

// Requests on the real seed graph, each selecting what the explorer shows beneath its root field.
const requests: { field: string; query: string; variables?: Record<string, unknown> }[] = [
  { field: 'entity', query: entityWithNeighboursOperation.document, variables: { id: 'cheshire-constabulary' } },
  { field: 'entities', query: '{ entities(first: 50) { totalCount nodes { id name kind degree } pageInfo { endCursor hasNextPage } } }' },
  { field: 'search', query: searchOperation.document, variables: { text: 'domestic abuse', first: 20 } },
  {
    field: 'graph',
    query: '{ graph { nodes { id name kind summary degree ... on Theme { pillar } } edges { id type judgement source { id } target { id } evidence { quote sentence source { id } } } truncated } }',
  },
  { field: 'neighbourhood', query: neighbourhoodOperation(2).document, variables: { id: 'cheshire-constabulary', limit: 100 } },
  { field: 'shortestPath', query: shortestPathOperation.document, variables: { from: 'cheshire-partner-organisations', to: 'abuse-of-authority-for-sexual-gain' } },
  { field: 'partnerInvolvement', query: partnerInvolvementOperation.document, variables: { partnerId: 'cheshire-other-agencies' } },
  { field: 'sources', query: '{ sources { id title sentences { index text relationships { id judgement } } } }' },
  { field: 'source', query: '{ source(id: "cheshire-peel-assessment") { id title text sentences { index relationships { id type source { id } target { id } evidence { quote } } } } }' },
  { field: 'stats', query: '{ stats { nodes relationships byKind { kind count } byType { type count } byJudgement { judgement count } } }' },
];

export async function measureRoundTrips(url: string): Promise<RoundTripRow[]> {
  const rows: RoundTripRow[] = [];
  for (const request of requests) {
    const answer = await postGraphQL(url, request.query, request.variables);
    rows.push({ field: request.field, roundTrips: answer.roundTrips, errors: (answer.errors ?? []).map((e) => e.message) });
  }
  return rows;
}
