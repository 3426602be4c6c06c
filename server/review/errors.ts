// The refusal of a change made against a version someone else has changed since.
import { GraphQLError } from 'graphql';

export function conflict(id: string, expected: number, actual: number): GraphQLError {
  return new GraphQLError(`${id} was changed by someone else: you changed version ${expected}, it is now at version ${actual}. Reload it and change it again.`, {
    extensions: { code: 'CONFLICT', id, version: actual, http: { status: 409 } },
  });
}
