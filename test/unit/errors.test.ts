import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badUserInput, codedDatabaseError, maskError, notFound, withCodedDatabaseErrors } from '../../server/errors.ts';
import { DatabaseBusyError, DatabaseUnavailableError, QueryTimeoutError, RequestCancelledError } from '../../server/graph/errors.ts';

const located = (original: Error) => new GraphQLError(original.message, { path: ['stats'], originalError: original });

describe('codedDatabaseError', () => {
  it('turns an unreachable database into DATABASE_UNAVAILABLE without its message', () => {
    const coded = codedDatabaseError(new DatabaseUnavailableError('connect ECONNREFUSED 127.0.0.1:7687'));
    expect(coded).toBeInstanceOf(GraphQLError);
    expect((coded as GraphQLError).toJSON()).toEqual({
      message: 'The graph database is unavailable; try again shortly.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  });

  it('turns a timed-out query into QUERY_TIMEOUT', () => {
    const coded = codedDatabaseError(new QueryTimeoutError('Neo.ClientError.Transaction.TransactionTimedOut')) as GraphQLError;
    expect(coded.extensions.code).toBe('QUERY_TIMEOUT');
    expect(coded.message).not.toContain('Neo.');
  });

  it('turns a full query queue into SERVER_BUSY with 503 and Retry-After', () => {
    const coded = codedDatabaseError(new DatabaseBusyError('40 queries are already waiting')) as GraphQLError;
    expect(coded.extensions).toEqual({ code: 'SERVER_BUSY', http: { status: 503, headers: { 'Retry-After': '2' } } });
    expect(coded.message).toBe('The server is busy; try again in a few seconds.');
  });

  it('codes a cancelled request, so a client leaving is not a server fault', () => {
    const coded = codedDatabaseError(new RequestCancelledError('gone')) as GraphQLError;
    expect(coded.extensions).toEqual({ code: 'REQUEST_CANCELLED' });
  });

  it('leaves other errors for masking', () => {
    const bug = new TypeError('x is undefined');
    expect(codedDatabaseError(bug)).toBe(bug);
  });

  it('is applied to every field resolver, and only to functions', async () => {
    const wrapped = withCodedDatabaseErrors({
      Query: {
        stats: async () => {
          throw new DatabaseUnavailableError('down');
        },
      },
      Entity: { __resolveType: () => 'Force' },
    });
    await expect(wrapped.Query.stats()).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect(wrapped.Entity.__resolveType()).toBe('Force');
  });

  it('keeps a synchronous answer synchronous, and codes a synchronous failure too', () => {
    const wrapped = withCodedDatabaseErrors({
      Relationship: {
        judgement: () => 'STRENGTH',
        source: () => {
          throw new DatabaseUnavailableError('down');
        },
      },
    });
    expect(wrapped.Relationship.judgement()).toBe('STRENGTH');
    expect(() => wrapped.Relationship.source()).toThrowError(expect.objectContaining({ extensions: { code: 'DATABASE_UNAVAILABLE' } }));
  });
});

describe('maskError', () => {
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
