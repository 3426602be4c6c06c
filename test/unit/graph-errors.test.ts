// How driver failures are sorted into the database errors callers handle: unavailable, timed out, or left to be masked.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  classifyDatabaseError,
  DatabaseBusyError,
  DatabaseUnavailableError,
  QueryTimeoutError,
  RequestCancelledError,
} from '../../server/graph/errors.ts';

const driverError = (code: string, message = 'the driver said no') => new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('classifyDatabaseError', () => {
  it.each(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable', 'Neo.ClientError.Database.DatabaseNotFound'])(
    'calls %s unavailable, keeping the driver message and the cause',
    (code) => {
      const original = driverError(code, 'Could not perform discovery');
      const classified = classifyDatabaseError(original);
      expect(classified).toBeInstanceOf(DatabaseUnavailableError);
      expect((classified as Error).message).toBe('Neo4j is unavailable: Could not perform discovery');
      expect((classified as Error).cause).toBe(original);
      expect((classified as Error).name).toBe('DatabaseUnavailableError');
    },
  );

  it('calls every code under DatabaseNotFound unavailable, since the code names a missing database whatever follows', () => {
    expect(classifyDatabaseError(driverError('Neo.ClientError.Database.DatabaseNotFoundYet'))).toBeInstanceOf(DatabaseUnavailableError);
  });

  it('does not take a code that merely ends like DatabaseNotFound for one', () => {
    const original = driverError('Custom.Neo.ClientError.Database.DatabaseNotFound');
    expect(classifyDatabaseError(original)).toBe(original);
  });

  it.each(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'Neo.TransientError.Transaction.TransactionTimedOut'])(
    'calls %s a query timeout, without the driver words',
    (code) => {
      const original = driverError(code, 'The transaction has been terminated.');
      const classified = classifyDatabaseError(original);
      expect(classified).toBeInstanceOf(QueryTimeoutError);
      expect((classified as Error).message).toBe('the query took longer than the transaction timeout');
      expect((classified as Error).cause).toBe(original);
      expect((classified as Error).name).toBe('QueryTimeoutError');
    },
  );

  it('calls a change stopped while it waited for a lock a timeout too, saying so', () => {
    const original = driverError('Neo.ClientError.Transaction.LockClientStopped');
    const classified = classifyDatabaseError(original);
    expect(classified).toBeInstanceOf(QueryTimeoutError);
    expect((classified as Error).message).toBe('the change waited for another to finish longer than the transaction timeout');
    expect((classified as Error).cause).toBe(original);
  });

  it('returns any other driver error itself, to be masked', () => {
    for (const code of ['Neo.ClientError.Statement.SyntaxError', 'Neo.ClientError.Schema.ConstraintValidationFailed', 'Neo.ClientError.Transaction.LockClientStoppedLater']) {
      const original = driverError(code);
      expect(classifyDatabaseError(original)).toBe(original);
    }
  });

  it('returns what is not a driver error unchanged, even when it carries a driver-like code', () => {
    const lookalike = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ServiceUnavailable' });
    expect(classifyDatabaseError(lookalike)).toBe(lookalike);
    expect(classifyDatabaseError('a string')).toBe('a string');
    expect(classifyDatabaseError(undefined)).toBeUndefined();
  });
});

describe('the database error classes', () => {
  it('name themselves, so logs say which failure it was', () => {
    expect(new DatabaseUnavailableError('x').name).toBe('DatabaseUnavailableError');
    expect(new QueryTimeoutError('x').name).toBe('QueryTimeoutError');
    expect(new DatabaseBusyError('x').name).toBe('DatabaseBusyError');
    expect(new RequestCancelledError('x').name).toBe('RequestCancelledError');
    expect(String(new DatabaseBusyError('40 queries are already waiting'))).toBe('DatabaseBusyError: 40 queries are already waiting');
  });
});
