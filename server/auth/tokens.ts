// Bearer tokens: random secrets shown once, of which only a SHA-256 hash is kept.
import { createHash, randomBytes } from 'node:crypto';

const prefix = 'pgt_';

/** 256 random bits: too many to guess, so a fast hash is enough to keep them (no salt or stretching needed). */
export function newTokenSecret(): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** The secret's SHA-256 in hex; a string is hashed as UTF-8. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Whether a string has the shape of a token this server gives out: anything else is refused unheard. */
export function looksLikeToken(secret: string): boolean {
  return /^pgt_[A-Za-z0-9_-]{43}$/.test(secret);
}

/** Token names: people or tools, used as the actor in the audit trail. */
export function checkTokenName(name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/.test(name)) {
    throw new Error(`a token name is 1-64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit; got "${name}"`);
  }
  return name;
}
