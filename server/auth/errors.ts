// The refusals of authentication and authorisation, as coded GraphQL errors with their HTTP statuses.
import { GraphQLError } from 'graphql';
import type { Role, Viewer } from './roles.ts';

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="peel-graph"' } } },
  });
}

export function forbidden(needed: Role, viewer: Viewer): GraphQLError {
  return new GraphQLError(`This needs the ${needed} role; ${viewer.name} has the ${viewer.role} role.`, {
    extensions: { code: 'FORBIDDEN', needed, http: { status: 403 } },
  });
}

/** A refusal of what an argument asks for, apart from the role (an editor asking for someone else's entries). */
export function forbiddenArgument(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`Argument ${argument} ${problem}.`, { extensions: { code: 'FORBIDDEN', argument, http: { status: 403 } } });
}

export function tooManySignInAttempts(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many failed sign-ins from this address; try again in ${retryAfterSeconds} s.`, {
    extensions: {
      code: 'TOO_MANY_SIGN_IN_ATTEMPTS',
      retryAfter: retryAfterSeconds,
      http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
    },
  });
}
