// Every GraphQL document the explorer sends, and the "Copy GraphQL" query, is valid against the server's schema and within its limits.
import { readFileSync } from 'node:fs';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { buildSchema, type GraphQLError, parse, validate, type ValidationContext } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as api from '../../client/src/api.ts';
import type { Expansion } from '../../client/src/url-state.ts';
import { formatViewQuery, maxCopiedExpansions, viewQuery } from '../../client/src/view-query.ts';
import { costLimits, operationCost } from '../../server/plugins/query-cost.ts';
import { queryLimits } from '../../server/plugins/query-limits.ts';

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
      filters: { kinds: ['FORCE', 'PARTNER'], types: null, judgements: ['STRENGTH'], bases: null, reviews: null },
      expanded: [
        { id: 'cheshire-constabulary', limit: 40 },
        { id: 'vetting', limit: 20 },
      ],
      hidden: ['reducing-demand'],
    }, ['cheshire-peel-assessment']);
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
    expect(variables).toEqual({
      kinds: ['FORCE', 'PARTNER'],
      types: null,
      judgements: ['STRENGTH'],
      sources: ['cheshire-peel-assessment'],
      expand0: 'cheshire-constabulary',
      limit0: 40,
      expand1: 'vetting',
      limit1: 20,
    });
    expect(query.startsWith('# The explorer then hides these entities: reducing-demand\nquery View(')).toBe(true);
  });

  describe('within the API limits', () => {
    /** The refusals the server's query-limit plugins would give, with the same rules and numbers. */
    function refusals(query: string, variables: Record<string, unknown> = {}): string[] {
      const found: string[] = [];
      const collect = { propagateOnRejection: false, onReject: [(_: ValidationContext | null, error: GraphQLError) => found.push(error.message)] };
      try {
        new MaxTokensParserWLexer(query, { n: queryLimits.tokens, ...collect, propagateOnRejection: true }).parseDocument();
      } catch (error) {
        found.push((error as Error).message);
      }
      const rules = [
        maxDepthRule({ n: queryLimits.depth, flattenFragments: true, ignoreIntrospection: true, ...collect }),
        maxAliasesRule({ n: queryLimits.aliases, ...collect }),
        maxDirectivesRule({ n: queryLimits.directives, ...collect }),
      ];
      found.push(...validate(schema, parse(query), rules).map((error) => error.message));
      if (found.length > 0) return found;
      try {
        const cost = operationCost({ schema, document: parse(query), variableValues: variables });
        if (cost > costLimits.maxCost) found.push(`Cost ${cost} over ${costLimits.maxCost}`);
      } catch (error) {
        found.push((error as Error).message);
      }
      return found;
    }

    const expansions = (count: number, limit = 1000): Expansion[] => Array.from({ length: count }, (_, i) => ({ id: `entity-${i}`, limit }));
    const view = (expanded: Expansion[], hidden: string[] = []) => ({ filters: { kinds: null, types: null, judgements: null, bases: null, reviews: null }, expanded, hidden });

    it.each([0, 1, 29, 30, 31, 100, 1000])('copies a view with %i expansions as a query the API accepts', (count) => {
      const copied = viewQuery(view(expansions(count), expansions(200).map((e) => e.id)));
      expect(refusals(copied.query, copied.variables)).toEqual([]);
      expect(copied.omitted).toHaveLength(Math.max(0, count - maxCopiedExpansions));
    });

    it('fits the limit exactly: one more expansion would be refused', () => {
      expect(maxCopiedExpansions).toBe(queryLimits.aliases);
      const { query } = viewQuery(view(expansions(maxCopiedExpansions)));
      const oneMore = query.replace('  expand0:', `  extra: neighbourhood(id: "x", limit: 1) ${api.subgraphSelection}\n  expand0:`);
      expect(refusals(oneMore)).toEqual([`Syntax Error: Aliases limit of ${queryLimits.aliases} exceeded, found ${queryLimits.aliases + 1}.`]);
      // The token count is checked too: a long enough query is refused before it is parsed.
      expect(refusals(`{ ${'stats { nodes } '.repeat(queryLimits.tokens / 4)}}`)[0]).toBe(`Syntax Error: Token limit of ${queryLimits.tokens} exceeded.`);
    });

    it('copies the first thirty expansions and names the rest in a comment', () => {
      const copied = viewQuery(view(expansions(32, 40)));
      expect(Object.keys(copied.variables).filter((name) => name.startsWith('expand'))).toHaveLength(30);
      expect(copied.variables.expand29).toBe('entity-29');
      expect(copied.omitted.map((e) => e.id)).toEqual(['entity-30', 'entity-31']);
      expect(copied.query.split('\n').slice(0, 2)).toEqual([
        '# This view expands 32 entities; the API answers at most 30 neighbourhoods in one query,',
        '# so this query leaves out the expansions of: entity-30 (limit 40), entity-31 (limit 40)',
      ]);
    });

    it('asks once for an entity a link expands twice, with the larger limit', () => {
      const { variables, omitted } = viewQuery(view([{ id: 'a', limit: 20 }, ...expansions(30), { id: 'a', limit: 80 }]));
      expect(omitted).toEqual([{ id: 'entity-29', limit: 1000 }]);
      expect([variables.expand0, variables.limit0]).toEqual(['a', 80]);
    });

    it('keeps the larger limit whichever order a link names it in', () => {
      expect(viewQuery(view([{ id: 'a', limit: 80 }, { id: 'a', limit: 20 }])).variables).toMatchObject({ expand0: 'a', limit0: 80 });
      expect(viewQuery(view([{ id: 'a', limit: 20 }, { id: 'a', limit: 80 }])).variables).toMatchObject({ expand0: 'a', limit0: 80 });
      expect(viewQuery(view([{ id: 'a', limit: 20 }, { id: 'a', limit: 80 }])).variables).not.toHaveProperty('expand1');
    });

    it('opens with the query itself when nothing is hidden or left out', () => {
      expect(viewQuery(view([{ id: 'a', limit: 20 }])).query.startsWith('query View($kinds: [EntityKind!], ')).toBe(true);
    });

    it('names every hidden entity, and gives the variables as a comment after the query', () => {
      const copied = viewQuery(view([], ['vetting', 'reducing-demand']), ['cheshire-peel-assessment']);
      expect(copied.query.split('\n')[0]).toBe('# The explorer then hides these entities: vetting, reducing-demand');
      expect(formatViewQuery(copied)).toBe(`${copied.query}
# Variables
# {
#   "kinds": null,
#   "types": null,
#   "judgements": null,
#   "sources": [
#     "cheshire-peel-assessment"
#   ]
# }
`);
    });

    it('keeps ids from a link inside their comment', () => {
      const copied = viewQuery(view([], ['x\nquery Evil { stats { nodes } }']));
      expect(copied.query.startsWith('# The explorer then hides these entities: x query Evil { stats { nodes } }\nquery View(')).toBe(true);
      // The query and its fragments (subgraph, entity, relationship fields): the comment hid nothing more.
      expect(parse(formatViewQuery(copied)).definitions).toHaveLength(4);
    });
  });
});
