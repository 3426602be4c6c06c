// One GraphQL request over HTTP, reading back the answer and the server's Cypher round-trip count.

export interface GraphQLAnswer {
  status: number;
  data?: Record<string, any>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** From `Server-Timing: cypher;desc="round trips: N"`; null when the header is absent. */
  roundTrips: number | null;
  bytes: number;
}

export async function postGraphQL(url: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as Pick<GraphQLAnswer, 'data' | 'errors'>;
  const timing = /round trips: (\d+)/.exec(response.headers.get('server-timing') ?? '');
  return { status: response.status, ...body, roundTrips: timing ? Number(timing[1]) : null, bytes: text.length };
}
