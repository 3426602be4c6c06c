// The authentication plugin on a Yoga of its own, without Neo4j: who a request acts as (a token, a trusted proxy's
// identity or nobody), every refusal's status, code and words, and the limit on failed sign-ins per client.
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useAuthentication } from '../../server/auth/authentication.ts';
import type { Identification } from '../../server/auth/token-store.ts';
import { newTokenSecret } from '../../server/auth/tokens.ts';
import type { AuthConfig } from '../../server/config.ts';
import { DatabaseUnavailableError } from '../../server/graph/errors.ts';

const editorToken = newTokenSecret();
const revokedToken = newTokenSecret();
const expiredToken = newTokenSecret();
const failingToken = newTokenSecret();

/** The token store's answers, by secret: what `identify` says of each (the store itself is tested against Neo4j). */
async function identify(secret: string): Promise<Identification> {
  if (secret === editorToken) return { name: 'casework-tool', role: 'editor' };
  if (secret === revokedToken) return { refused: 'revoked' };
  if (secret === expiredToken) return { refused: 'expired' };
  if (secret === failingToken) throw new DatabaseUnavailableError('no route to the database');
  return { refused: 'unknown' };
}

const baseConfig: AuthConfig = { readAccess: 'anonymous', signInFailures: { limit: 3, windowSeconds: 60 } };
const proxyConfig: AuthConfig = {
  ...baseConfig,
  proxy: {
    addresses: ['10.0.0.0/8'],
    userHeader: 'x-forwarded-user',
    emailHeader: 'x-forwarded-email',
    roleHeader: 'x-forwarded-groups',
    roles: { ann: 'admin', 'bea@fenmarsh.example': 'editor' },
  },
};

interface Answer {
  status: number;
  headers: Headers;
  viewer?: unknown;
  error?: { message: string; extensions?: Record<string, unknown> };
}

function server(config: AuthConfig) {
  const log: string[] = [];
  const identified: string[] = [];
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { viewer: String }',
      resolvers: { Query: { viewer: (_: unknown, __: unknown, context: { viewer: unknown }) => JSON.stringify(context.viewer) } },
    }),
    plugins: [
      useAuthentication({
        config,
        tokens: { identify: (secret) => (identified.push(secret), identify(secret)) },
        log: (message) => log.push(message),
      }),
    ],
    logging: false,
  });
  /** `peer`: the socket's remote address; `null`: a request with no Node server context at all (a fetch handler). */
  async function ask(headers: Record<string, string>, peer?: string | null): Promise<Answer> {
    const init = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ viewer }' }) };
    const response = peer === null
      ? await yoga.fetch('http://local/graphql', init)
      : await yoga.fetch('http://local/graphql', init, { req: { socket: { remoteAddress: peer } } });
    const body = (await response.json()) as { data?: { viewer: string | null }; errors?: Answer['error'][] };
    const viewer = body.data?.viewer;
    return {
      status: response.status,
      headers: response.headers,
      // `null` is nobody: an anonymous reader. Left out when the request was refused before any resolver ran.
      ...(viewer === undefined || viewer === null ? {} : { viewer: JSON.parse(viewer) }),
      ...(body.errors ? { error: body.errors[0] } : {}),
    };
  }
  return { ask, log, identified };
}

const invalidToken = 'The token is not valid: unknown, expired or revoked.';

describe('the authentication plugin', () => {
  it('lets anyone read as nobody when reading is anonymous', async () => {
    const { ask, log } = server(baseConfig);
    const answer = await ask({}, '203.0.113.7');
    expect(answer.status).toBe(200);
    expect(answer.error).toBeUndefined();
    expect(answer.viewer).toBeNull();
    expect(log).toEqual([]);
  });

  it("acts as a token's name and role, whatever the case of Bearer and the spaces around it", async () => {
    const { ask } = server(baseConfig);
    for (const authorization of [`Bearer ${editorToken}`, `bearer   ${editorToken}`, `  BEARER ${editorToken}  `]) {
      expect((await ask({ authorization })).viewer, authorization).toEqual({ name: 'casework-tool', role: 'editor', via: 'token' });
    }
  });

  it('serves a request without a socket to read the address from (a fetch handler) as coming from an unknown client', async () => {
    const { ask, log } = server(baseConfig);
    expect((await ask({ authorization: `Bearer ${editorToken}` }, null)).viewer).toEqual({ name: 'casework-tool', role: 'editor', via: 'token' });
    expect((await ask({ authorization: 'Bearer wrong' }, null)).status).toBe(401);
    expect(log).toEqual(['sign-in refused for unknown: malformed token']);
  });

  it('refuses reading without a token when reading needs one, with 401 and the Bearer challenge', async () => {
    const { ask, log } = server({ ...baseConfig, readAccess: 'token' });
    const answer = await ask({});
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="peel-graph"');
    expect(answer.error).toMatchObject({
      message: 'Reading needs a token: send Authorization: Bearer <token>.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(log).toEqual([]);
    expect((await ask({ authorization: `Bearer ${editorToken}` })).viewer).toEqual({ name: 'casework-tool', role: 'editor', via: 'token' });
  });

  it('refuses another scheme, a malformed token and every refused token with 401, telling the log why', async () => {
    const { ask, log, identified } = server({ ...baseConfig, signInFailures: { limit: 10, windowSeconds: 60 } });
    const refusals = [
      [`Basic ${editorToken}`, 'Authorization must be "Bearer <token>".'],
      ['Bearer', 'Authorization must be "Bearer <token>".'],
      [`Bearer ${editorToken} extra`, 'Authorization must be "Bearer <token>".'],
      [`NotBearer ${editorToken}`, 'Authorization must be "Bearer <token>".'],
      ['Bearer pgt_short', invalidToken],
    ];
    for (const [authorization, message] of refusals) {
      const answer = await ask({ authorization: authorization! });
      expect(answer.status, authorization).toBe(401);
      expect(answer.error, authorization).toMatchObject({ message, extensions: { code: 'UNAUTHENTICATED' } });
    }
    // A malformed secret is refused unheard: the store is never asked.
    expect(identified).toEqual([]);
    expect(log).toEqual([
      'sign-in refused for unknown: not a Bearer authorization',
      'sign-in refused for unknown: not a Bearer authorization',
      'sign-in refused for unknown: not a Bearer authorization',
      'sign-in refused for unknown: not a Bearer authorization',
      'sign-in refused for unknown: malformed token',
    ]);
  });

  it('refuses unknown, revoked and expired tokens alike, and logs which it was', async () => {
    const { ask, log } = server({ ...baseConfig, signInFailures: { limit: 10, windowSeconds: 60 } });
    for (const token of [newTokenSecret(), revokedToken, expiredToken]) {
      const answer = await ask({ authorization: `Bearer ${token}` }, '203.0.113.8');
      expect(answer.status).toBe(401);
      expect(answer.error).toMatchObject({ message: invalidToken, extensions: { code: 'UNAUTHENTICATED' } });
    }
    expect(log).toEqual([
      'sign-in refused for 203.0.113.8: unknown token',
      'sign-in refused for 203.0.113.8: revoked token',
      'sign-in refused for 203.0.113.8: expired token',
    ]);
  });

  it('answers a database that cannot say who a token is as the database being unavailable', async () => {
    const { ask } = server(baseConfig);
    const answer = await ask({ authorization: `Bearer ${failingToken}` });
    expect(answer.error).toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect(answer.viewer).toBeUndefined();
  });

  it('refuses a client with 429 once it reaches the limit of failed sign-ins, even with a good token, and no one else', async () => {
    const { ask, log } = server(baseConfig);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await ask({ authorization: 'Bearer wrong' }, '::ffff:203.0.113.9')).status).toBe(401);
    }
    const refused = await ask({ authorization: `Bearer ${editorToken}` }, '203.0.113.9');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(refused.error).toEqual({
      message: 'Too many failed sign-ins from this address; try again in 60 s.',
      extensions: { code: 'TOO_MANY_SIGN_IN_ATTEMPTS', retryAfter: 60 },
    });
    // The limit is on signing in: the same address still reads anonymously, and another address signs in.
    expect((await ask({}, '203.0.113.9')).status).toBe(200);
    expect((await ask({ authorization: `Bearer ${editorToken}` }, '203.0.113.10')).viewer).toMatchObject({ name: 'casework-tool' });
    expect(log).toHaveLength(3);
  });

  it('lets a client stay one failure under the limit and still sign in', async () => {
    const { ask } = server(baseConfig);
    for (let attempt = 0; attempt < 2; attempt += 1) await ask({ authorization: 'Bearer wrong' }, '203.0.113.11');
    expect((await ask({ authorization: `Bearer ${editorToken}` }, '203.0.113.11')).viewer).toMatchObject({ role: 'editor' });
  });

  it('counts failures behind a trusted proxy by the client it forwards for, not by the proxy', async () => {
    const { ask, log } = server(proxyConfig);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await ask({ authorization: 'Bearer wrong', 'x-forwarded-for': '203.0.113.20' }, '10.0.0.2');
    }
    expect(log[0]).toBe('sign-in refused for 203.0.113.20: malformed token');
    expect((await ask({ authorization: `Bearer ${editorToken}`, 'x-forwarded-for': '203.0.113.20' }, '10.0.0.2')).status).toBe(429);
    expect((await ask({ authorization: `Bearer ${editorToken}`, 'x-forwarded-for': '203.0.113.21' }, '10.0.0.2')).viewer).toMatchObject({
      name: 'casework-tool',
    });
  });
});

describe('identities from a trusted proxy', () => {
  it('acts as the e-mail address, else the user, with the role the settings give either', async () => {
    const { ask } = server(proxyConfig);
    expect((await ask({ 'x-forwarded-user': 'ann' }, '10.1.2.3')).viewer).toEqual({ name: 'ann', role: 'admin', via: 'proxy' });
    expect((await ask({ 'x-forwarded-user': 'bea', 'x-forwarded-email': 'bea@fenmarsh.example' }, '10.1.2.3')).viewer).toEqual({
      name: 'bea@fenmarsh.example',
      role: 'editor',
      via: 'proxy',
    });
    expect((await ask({ 'x-forwarded-user': 'ann', 'x-forwarded-email': 'ann@fenmarsh.example' }, '10.1.2.3')).viewer).toEqual({
      name: 'ann@fenmarsh.example',
      role: 'admin',
      via: 'proxy',
    });
    expect((await ask({ 'x-forwarded-email': '  cal@fenmarsh.example  ' }, '::ffff:10.1.2.3')).viewer).toEqual({
      name: 'cal@fenmarsh.example',
      role: 'reader',
      via: 'proxy',
    });
  });

  it('takes the highest role of the settings and the role header, ignoring other group names', async () => {
    const { ask } = server(proxyConfig);
    const viewer = async (groups: string, user = 'cal') =>
      (await ask({ 'x-forwarded-user': user, 'x-forwarded-groups': groups }, '10.1.2.3')).viewer;
    expect(await viewer('staff, editor ,reader')).toEqual({ name: 'cal', role: 'editor', via: 'proxy' });
    expect(await viewer('staff')).toEqual({ name: 'cal', role: 'reader', via: 'proxy' });
    expect(await viewer('reader', 'ann')).toEqual({ name: 'ann', role: 'admin', via: 'proxy' });
  });

  it('maps only the user and e-mail the proxy sends: a user literally named "undefined" gives no one else its role', async () => {
    const { ask } = server({ ...proxyConfig, proxy: { ...proxyConfig.proxy!, roles: { undefined: 'admin' } } });
    expect((await ask({ 'x-forwarded-email': 'dee@fenmarsh.example' }, '10.1.2.3')).viewer).toEqual({
      name: 'dee@fenmarsh.example',
      role: 'reader',
      via: 'proxy',
    });
    expect((await ask({ 'x-forwarded-user': 'undefined' }, '10.1.2.3')).viewer).toEqual({ name: 'undefined', role: 'admin', via: 'proxy' });
  });

  it('reads no role header when the settings name none', async () => {
    const { ask } = server({ ...proxyConfig, proxy: { ...proxyConfig.proxy!, roleHeader: undefined } });
    expect((await ask({ 'x-forwarded-user': 'cal', 'x-forwarded-groups': 'admin' }, '10.1.2.3')).viewer).toEqual({
      name: 'cal',
      role: 'reader',
      via: 'proxy',
    });
  });

  it('treats blank identity headers as none', async () => {
    const { ask, log } = server({ ...proxyConfig, readAccess: 'token' });
    const answer = await ask({ 'x-forwarded-user': '  ', 'x-forwarded-email': '' }, '203.0.113.30');
    expect(answer.error).toMatchObject({ message: 'Reading needs a token: send Authorization: Bearer <token>.' });
    expect(log).toEqual([]);
  });

  it('refuses identity headers from anyone but the proxy, naming the address in the log', async () => {
    const { ask, log } = server(proxyConfig);
    const answer = await ask({ 'x-forwarded-user': 'ann' }, '203.0.113.40');
    expect(answer.status).toBe(401);
    expect(answer.error).toMatchObject({
      message: 'Identity headers are accepted only from the proxy addresses in AUTH_PROXY_ADDRESSES.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await ask({ 'x-forwarded-email': 'ann@fenmarsh.example' });
    expect(log).toEqual([
      'sign-in refused for 203.0.113.40: identity header from untrusted 203.0.113.40',
      'sign-in refused for unknown: identity header from untrusted unknown address',
    ]);
  });

  it('prefers a token to identity headers sent with it', async () => {
    const { ask } = server(proxyConfig);
    expect((await ask({ authorization: `Bearer ${editorToken}`, 'x-forwarded-user': 'ann' }, '10.1.2.3')).viewer).toEqual({
      name: 'casework-tool',
      role: 'editor',
      via: 'token',
    });
  });

  it('ignores identity headers when no proxy is configured', async () => {
    const { ask, log } = server(baseConfig);
    const answer = await ask({ 'x-forwarded-user': 'ann' }, '10.1.2.3');
    expect(answer.status).toBe(200);
    expect(answer.viewer).toBeNull();
    expect(log).toEqual([]);
  });

  it('refuses a client over its limit before looking at its identity headers', async () => {
    const { ask } = server(proxyConfig);
    for (let attempt = 0; attempt < 3; attempt += 1) await ask({ 'x-forwarded-user': 'ann' }, '203.0.113.50');
    const answer = await ask({ 'x-forwarded-user': 'ann' }, '203.0.113.50');
    expect(answer.status).toBe(429);
  });
});
