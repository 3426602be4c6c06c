// The error codes clients can rely on, and the masking that keeps everything else private.
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { DatabaseUnavailableError, QueryTimeoutError } from './graph/errors.ts';

export function notFound(argument: string, id: string, what = 'entity'): GraphQLError {
  return new GraphQLError(`No ${what} has id "${id}" (argument ${argument}).`, {
    extensions: { code: 'NOT_FOUND', argument, id },
  });
}

export function badUserInput(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`Argument ${argument} ${problem}.`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** Resolver errors a client can act on become coded messages; anything unexpected is masked without detail. */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const at = error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {};
  if (original instanceof DatabaseUnavailableError) {
    return new GraphQLError('The graph database is unavailable; try again shortly.', {
      ...at,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  }
  if (original instanceof QueryTimeoutError) {
    return new GraphQLError('The query took too long and was stopped; ask for less (a smaller depth or limit).', {
      ...at,
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  }
  // Never in development mode: a stack or a Cypher fragment must not reach a client in any mode.
  return yogaMaskError(error, message, false);
}
