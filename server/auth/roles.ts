// Who may do what: the three roles, the viewer a request acts as, and the check every write makes first.
import { forbidden, unauthenticated } from './errors.ts';

/** In rising order: each role may do everything the ones before it may. */
export const roles = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function roleAtLeast(role: Role, needed: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(needed);
}

/** The highest of the roles named, or undefined when none is; anything that is no role is ignored. */
export function highestRole(values: Iterable<unknown>): Role | undefined {
  let best: Role | undefined;
  for (const value of values) {
    if (isRole(value) && (best === undefined || roleAtLeast(value, best))) best = value;
  }
  return best;
}

/** Someone known: a token's name, or the user a trusted proxy vouches for. */
export interface Viewer {
  name: string;
  role: Role;
  via: 'token' | 'proxy';
}

/** What the authentication plugin puts in every request's context; `viewer` is null for anonymous readers. */
export interface AuthContext {
  viewer: Viewer | null;
}

/**
 * Throws UNAUTHENTICATED for an anonymous request and FORBIDDEN for a viewer whose role is below `needed`.
 * Call it first in a resolver, before any argument is validated or looked up, so a refusal says nothing about them.
 */
export function requireRole(context: AuthContext, needed: Role): Viewer {
  const { viewer } = context;
  if (viewer === null) throw unauthenticated(`This needs the ${needed} role: sign in with Authorization: Bearer <token>.`);
  if (!roleAtLeast(viewer.role, needed)) throw forbidden(needed, viewer);
  return viewer;
}
