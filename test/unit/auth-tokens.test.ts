// Bearer tokens and the refusals of authentication: the secrets' shape and hash, token names, and each refusal's
// code, HTTP status and words.
import { describe, expect, it } from 'vitest';
import { forbidden, forbiddenArgument, tooManySignInAttempts, unauthenticated } from '../../server/auth/errors.ts';
import { checkTokenName, hashToken, looksLikeToken, newTokenSecret } from '../../server/auth/tokens.ts';

describe('token secrets', () => {
  it('are pgt_ and 43 base64url characters (256 random bits), new every time, and have the shape looked for', () => {
    const secrets = Array.from({ length: 20 }, () => newTokenSecret());
    for (const secret of secrets) {
      expect(secret).toMatch(/^pgt_[A-Za-z0-9_-]{43}$/);
      expect(looksLikeToken(secret)).toBe(true);
    }
    expect(new Set(secrets).size).toBe(20);
  });

  it('are kept as their SHA-256 in hex', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashToken('pgt_é')).toBe(hashToken('pgt_\u00e9'));
    expect(hashToken('pgt_é')).not.toBe(hashToken('pgt_\u0065\u0301'));
  });

  it('refuse anything but the exact shape unheard', () => {
    const good = `pgt_${'a'.repeat(43)}`;
    expect(looksLikeToken(good)).toBe(true);
    expect(looksLikeToken(`pgt_${'Z9_-'.repeat(10)}abc`)).toBe(true);
    for (const bad of [`pgt_${'a'.repeat(42)}`, `pgt_${'a'.repeat(44)}`, `pgx_${'a'.repeat(43)}`, `PGT_${'a'.repeat(43)}`,
      `pgt_${'a'.repeat(42)}=`, `pgt_${'a'.repeat(42)}+`, ` ${good}`, `${good}\n`, `x${good}`, '']) {
      expect(looksLikeToken(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('token names', () => {
  it('take 1 to 64 letters, digits and . _ @ -, starting with a letter or digit', () => {
    for (const name of ['a', '7', 'casework-tool', 'ann.lee@fenmarsh.example', 'ci_bot', `a${'b'.repeat(63)}`]) {
      expect(checkTokenName(name)).toBe(name);
    }
  });

  it('refuse anything else, naming the rule and the name given', () => {
    for (const name of ['', '.hidden', '-dash', '_under', '@at', 'two words', 'slash/name', `a${'b'.repeat(64)}`, 'name\n']) {
      expect(() => checkTokenName(name), JSON.stringify(name)).toThrow(
        `a token name is 1-64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit; got "${name}"`,
      );
    }
  });
});

describe('the refusals of authentication and authorisation', () => {
  it('ask for a token with 401 and a Bearer challenge', () => {
    const error = unauthenticated('Sign in first.');
    expect(error.message).toBe('Sign in first.');
    expect(error.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="peel-graph"' } },
    });
  });

  it('name the role needed and the one held, with 403', () => {
    const error = forbidden('admin', { name: 'casework-tool', role: 'editor', via: 'token' });
    expect(error.message).toBe('This needs the admin role; casework-tool has the editor role.');
    expect(error.extensions).toEqual({ code: 'FORBIDDEN', needed: 'admin', http: { status: 403 } });
  });

  it('name the argument refused, with 403', () => {
    const error = forbiddenArgument('by', "may only name the editor's own entries");
    expect(error.message).toBe("Argument by may only name the editor's own entries.");
    expect(error.extensions).toEqual({ code: 'FORBIDDEN', argument: 'by', http: { status: 403 } });
  });

  it('tell a client over its sign-in limit when to come back, in the message, the extensions and Retry-After', () => {
    const error = tooManySignInAttempts(42);
    expect(error.message).toBe('Too many failed sign-ins from this address; try again in 42 s.');
    expect(error.extensions).toEqual({
      code: 'TOO_MANY_SIGN_IN_ATTEMPTS',
      retryAfter: 42,
      http: { status: 429, headers: { 'Retry-After': '42' } },
    });
  });
});
