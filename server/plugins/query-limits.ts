// Refuses hostile GraphQL documents before they run: too deep, too costly, too many aliases, directives or tokens.
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { costLimits, useQueryCost } from './query-cost.ts';

/**
 * Tuned to the explorer: its costliest query (a partner's paths, each hop with its evidence) has depth 6. The cost
 * (objects an operation may return) is priced in query-cost.ts. Introspection, which tools need, is not counted.
 */
export const queryLimits = {
  depth: 8,
  cost: costLimits.maxCost,
  // "Copy GraphQL" in the explorer writes one aliased neighbourhood per expanded entity.
  aliases: 30,
  directives: 10,
  tokens: 4000,
} as const;

/**
 * graphql-armor throws its refusals, which Yoga answers as 200 with a "Syntax Error" message. Reported
 * as validation errors instead, they get status 400 and a code clients can act on.
 */
const asValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'QUERY_TOO_COMPLEX' } }));
    },
  ],
};

/** The schema has no subscriptions; saying so at validation gives a 400, not a 200 with an error. */
const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation === 'subscription') {
      context.reportError(new GraphQLError('Subscriptions are not offered: ask again with a query.', { nodes: operation, extensions: { code: 'BAD_REQUEST' } }));
    }
  },
});

export function useQueryLimits(options: { production: boolean }): Plugin[] {
  const plugins: Plugin[] = [
    { onValidate: ({ addValidationRule }) => addValidationRule(noSubscriptions) },
    // Counted while parsing, so a token bomb is stopped before it is even a document.
    maxTokensPlugin({
      n: queryLimits.tokens,
      onReject: [
        () => {
          throw new GraphQLError(`The document has more than ${queryLimits.tokens} tokens (names, values and punctuation); send a smaller one.`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
          });
        },
      ],
    }),
    // flattenFragments counts a fragment where it is spread, so spreading one cannot hide depth or cost.
    maxDepthPlugin({ n: queryLimits.depth, flattenFragments: true, ignoreIntrospection: true, ...asValidationError }),
    maxAliasesPlugin({ n: queryLimits.aliases, ...asValidationError }),
    maxDirectivesPlugin({ n: queryLimits.directives, ...asValidationError }),
    // Last: it prices the operation once the checks above (and variables) have passed.
    useQueryCost(),
  ];
  // "Did you mean …?" hints map a schema for anyone; in production the schema is documented instead.
  if (options.production) plugins.push(blockFieldSuggestionsPlugin());
  return plugins;
}
