// The error codes clients can rely on, and the masking that keeps everything else private.
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { DatabaseBusyError, DatabaseUnavailableError, QueryTimeoutError, RequestCancelledError } from './graph/errors.ts';

export function notFound(argument: string, id: string, what = 'entity'): GraphQLError {
  return new GraphQLError(`No ${what} has id "${id}" (argument ${argument}).`, {
    extensions: { code: 'NOT_FOUND', argument, id },
  });
}

export function badUserInput(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`Argument ${argument} ${problem}.`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** How long a client refused as busy should wait before asking again. */
export const busyRetryAfterSeconds = 2;

/** The database failures a client can act on, as coded errors without the driver's words. */
export function codedDatabaseError(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError) {
    return new GraphQLError('The graph database is unavailable; try again shortly.', { extensions: { code: 'DATABASE_UNAVAILABLE' } });
  }
  if (error instanceof DatabaseBusyError) {
    // 503 with Retry-After tells proxies, load balancers and clients alike to come back rather than give up.
    return new GraphQLError('The server is busy; try again in a few seconds.', {
      extensions: { code: 'SERVER_BUSY', http: { status: 503, headers: { 'Retry-After': String(busyRetryAfterSeconds) } } },
    });
  }
  if (error instanceof RequestCancelledError) {
    // Nobody reads this answer; coded so that a client leaving is not logged as a server fault.
    return new GraphQLError('The request was cancelled before its query ran.', { extensions: { code: 'REQUEST_CANCELLED' } });
  }
  if (error instanceof QueryTimeoutError) {
    return new GraphQLError('The query took too long and was stopped; ask for less (a smaller depth or limit).', {
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  }
  return error;
}

type Resolver = (...args: never[]) => unknown;

/**
 * Every field resolver, with database failures turned into coded errors where they happen. Done here
 * rather than when masking, an expected outage is answered without being logged as a server fault.
 */
export function withCodedDatabaseErrors<T extends Record<string, object>>(resolvers: T): T {
  // A field answered from the request's cache stays synchronous: graphql-js resolves a plain value far more
  // cheaply than a promise, and a large view has tens of thousands of such fields.
  const wrap = (resolve: Resolver) =>
    (...args: never[]) => {
      try {
        const result = resolve(...args);
        return result instanceof Promise
          ? result.catch((error: unknown) => {
              throw codedDatabaseError(error);
            })
          : result;
      } catch (error) {
        throw codedDatabaseError(error);
      }
    };
  return Object.fromEntries(
    Object.entries(resolvers).map(([type, fields]) => [
      type,
      // A scalar (GraphQLScalarType) is a class instance, not a map of field resolvers: it passes unchanged.
      Object.getPrototypeOf(fields) !== Object.prototype ? fields : Object.fromEntries(
        Object.entries(fields).map(([name, field]) => [name, typeof field === 'function' && !name.startsWith('__') ? wrap(field as Resolver) : field]),
      ),
    ]),
  ) as T;
}

/** Anything unexpected is masked without detail, in every mode: no stack or Cypher reaches a client. */
export function maskError(error: unknown, message: string): Error {
  return yogaMaskError(error, message, false);
}
