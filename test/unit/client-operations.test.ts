// Every GraphQL document the explorer sends, and the "Copy GraphQL" query, is valid against the server's schema.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as api from '../../client/src/api.ts';
import { viewQuery } from '../../client/src/view-query.ts';

const schema = buildSchema(readFileSync(new URL('../../server/schema.graphql', import.meta.url), 'utf8'));

const operations = {
  graphQuery: api.graphQuery,
  neighbourhoodQuery: api.neighbourhoodQuery,
  searchQuery: api.searchQuery,
  shortestPathQuery: api.shortestPathQuery,
  partnerInvolvementQuery: api.partnerInvolvementQuery,
  sourcesQuery: api.sourcesQuery,
  statsQuery: api.statsQuery,
};

describe('client operations', () => {
  it.each(Object.entries(operations))('%s is valid against server/schema.graphql', (_, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });

  it('gives a valid query with variables for a filtered, expanded view, and says what it cannot express', () => {
    const { query, variables } = viewQuery({
      filters: { kinds: ['FORCE', 'PARTNER'], types: null, judgements: ['STRENGTH'] },
      expanded: [
        { id: 'cheshire-constabulary', limit: 40 },
        { id: 'vetting', limit: 20 },
      ],
      hidden: ['reducing-demand'],
    });
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
    expect(variables).toEqual({ kinds: ['FORCE', 'PARTNER'], types: null, judgements: ['STRENGTH'], expand0: 'cheshire-constabulary', limit0: 40, expand1: 'vetting', limit1: 20 });
    expect(query.startsWith('# The explorer then hides these entities: reducing-demand\nquery View(')).toBe(true);
  });
});
