import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badUserInput, maskError, notFound } from '../../server/errors.ts';
import { DatabaseUnavailableError, QueryTimeoutError } from '../../server/graph/errors.ts';

const located = (original: Error) => new GraphQLError(original.message, { path: ['stats'], originalError: original });

describe('maskError', () => {
  it('turns an unreachable database into DATABASE_UNAVAILABLE without its message', () => {
    const masked = maskError(located(new DatabaseUnavailableError('connect ECONNREFUSED 127.0.0.1:7687')), 'Unexpected error.');
    expect(masked).toBeInstanceOf(GraphQLError);
    expect((masked as GraphQLError).toJSON()).toEqual({
      message: 'The graph database is unavailable; try again shortly.',
      path: ['stats'],
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  });

  it('turns a timed-out query into QUERY_TIMEOUT', () => {
    const masked = maskError(located(new QueryTimeoutError('Neo.ClientError.Transaction.TransactionTimedOut')), 'Unexpected error.');
    expect((masked as GraphQLError).extensions.code).toBe('QUERY_TIMEOUT');
    expect(masked.message).not.toContain('Neo.');
  });

  it('hides everything about an unexpected error, even in development', () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      const masked = maskError(located(new Error('Invalid input in MATCH (n:Secret) at line 3')), 'Unexpected error.') as GraphQLError;
      expect(masked.message).toBe('Unexpected error.');
      expect(JSON.stringify(masked.toJSON())).not.toMatch(/Secret|MATCH|stack/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it('passes the coded errors resolvers raise on purpose', () => {
    expect(maskError(notFound('id', 'x'), 'Unexpected error.').message).toBe('No entity has id "x" (argument id).');
    expect((maskError(badUserInput('depth', 'must be from 1 to 3, got 4'), 'Unexpected error.') as GraphQLError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'depth',
    });
  });
});
