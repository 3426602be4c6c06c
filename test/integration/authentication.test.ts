// Who may ask what, over the API against the real Neo4j: tokens, roles, a trusted proxy, and the sign-in limit.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { TokenStore } from '../../server/auth/token-store.ts';
import { graphql, testApp } from '../support/api.ts';
import { bearer, createTestToken, testTokenStore, uniqueName } from '../support/auth.ts';
import { testDriver } from '../support/database.ts';

let driver: Driver;
let store: TokenStore;
beforeAll(async () => {
  driver = testDriver();
  store = testTokenStore(driver);
  await store.ensureSchema();
});
afterAll(() => driver.close());

const stats = '{ stats { nodes } }';
const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.map((e) => e.extensions?.code);

describe('with READ_ACCESS=token', () => {
  let app: App;
  beforeAll(() => {
    app = testApp(driver, { READ_ACCESS: 'token' });
  });

  it('refuses an anonymous reader with 401 UNAUTHENTICATED, before looking at the document', async () => {
    for (const query of [stats, '{ entity(id: 5) { id } }', '{ not graphql']) {
      const response = await graphql(app, query);
      expect(response.status, query).toBe(401);
      expect(codes(response), query).toEqual(['UNAUTHENTICATED']);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="peel-graph"');
      expect(response.data).toBeUndefined();
    }
  });

  it('refuses a malformed, unknown, expired or revoked token with 401', async () => {
    const revoked = await createTestToken(store, 'reader');
    await store.revoke({ name: revoked.name, actor: 'local:test' });
    const expired = await createTestToken(store, 'reader', { expiresInDays: 1, now: new Date(Date.now() - 2 * 86_400_000) });
    const unknown = `pgt_${'A'.repeat(43)}`;
    for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer not-a-token', `Bearer ${unknown}`, `Bearer ${expired.secret}`, `Bearer ${revoked.secret}`]) {
      const response = await graphql(app, stats, {}, { authorization });
      expect(response.status, authorization).toBe(401);
      expect(codes(response), authorization).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('answers a reader with a valid token', async () => {
    const { secret } = await createTestToken(store, 'reader');
    const response = await graphql(app, stats, {}, bearer(secret));
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data?.stats.nodes).toBeGreaterThan(0);
  });
});

describe('with anonymous reading (the default)', () => {
  let app: App;
  beforeAll(() => {
    app = testApp(driver, {});
  });

  it('answers without a token, but a wrong token is still refused rather than ignored', async () => {
    expect((await graphql(app, stats)).data?.stats.nodes).toBeGreaterThan(0);
    expect((await graphql(app, stats, {}, bearer(`pgt_${'B'.repeat(43)}`))).status).toBe(401);
  });
});

const auditQuery = /* GraphQL */ `
  query Audit($first: Int, $after: String, $actor: String, $action: AuditAction) {
    auditLog(first: $first, after: $after, actor: $actor, action: $action) {
      totalCount
      edges { cursor node { id at actor action target before after } }
      nodes { id }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;

describe('the audit log', () => {
  let app: App;
  let editor: { name: string; secret: string };
  let admin: { name: string; secret: string };
  let reader: { name: string; secret: string };
  beforeAll(async () => {
    app = testApp(driver, {});
    editor = await createTestToken(store, 'editor');
    admin = await createTestToken(store, 'admin');
    reader = await createTestToken(store, 'reader');
    // Three changes made by the editor, one by someone else.
    for (let n = 0; n < 3; n += 1) await createTestToken(store, 'reader', { actor: editor.name });
    await createTestToken(store, 'reader', { actor: admin.name });
  });

  it('refuses anonymous readers with UNAUTHENTICATED and readers with FORBIDDEN, before checking arguments', async () => {
    const anonymous = await graphql(app, auditQuery, { first: 0 });
    expect(anonymous.status).toBe(401);
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const asReader = await graphql(app, auditQuery, { first: 0, after: 'nonsense' }, bearer(reader.secret));
    expect(asReader.status).toBe(403);
    expect(codes(asReader)).toEqual(['FORBIDDEN']);
    expect(asReader.errors?.[0]?.message).toBe(`This needs the editor role; ${reader.name} has the reader role.`);
  });

  it('shows an editor their own entries only, and refuses another actor', async () => {
    const own = await graphql(app, auditQuery, { first: 50 }, bearer(editor.secret));
    expect(own.errors).toBeUndefined();
    expect(own.data?.auditLog.totalCount).toBe(3);
    expect(own.data?.auditLog.edges.map((e: { node: { actor: string } }) => e.node.actor)).toEqual([editor.name, editor.name, editor.name]);
    const other = await graphql(app, auditQuery, { actor: admin.name }, bearer(editor.secret));
    expect(codes(other)).toEqual(['FORBIDDEN']);
    expect(other.errors?.[0]?.message).toContain('Argument actor may name only yourself');
  });

  it('shows an admin everyone\'s, filtered and paged newest first as a Relay connection', async () => {
    const whole = await graphql(app, auditQuery, { first: 500 }, bearer(admin.secret));
    expect(whole.errors).toBeUndefined();
    expect(whole.data?.auditLog.totalCount).toBeGreaterThanOrEqual(4);
    const actors = new Set(whole.data?.auditLog.edges.map((e: { node: { actor: string } }) => e.node.actor));
    expect(actors.has(editor.name) && actors.has(admin.name)).toBe(true);
    const times = whole.data?.auditLog.edges.map((e: { node: { at: string } }) => e.node.at) as string[];
    expect([...times].sort().reverse()).toEqual(times);

    const first = await graphql(app, auditQuery, { first: 2, actor: editor.name, action: 'TOKEN_CREATED' }, bearer(admin.secret));
    const page1 = first.data?.auditLog;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: page1.edges[0].cursor, endCursor: page1.edges[1].cursor });
    const second = await graphql(app, auditQuery, { first: 2, after: page1.pageInfo.endCursor, actor: editor.name }, bearer(admin.secret));
    const page2 = second.data?.auditLog;
    expect(page2.edges).toHaveLength(1);
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const ids = [...page1.nodes, ...page2.nodes].map((node: { id: string }) => node.id);
    expect(new Set(ids).size).toBe(3);

    const revocations = await graphql(app, auditQuery, { actor: editor.name, action: 'TOKEN_REVOKED' }, bearer(admin.secret));
    expect(revocations.data?.auditLog).toMatchObject({ totalCount: 0, edges: [], pageInfo: { startCursor: null, endCursor: null } });
    const bad = await graphql(app, auditQuery, { after: 'not-a-cursor' }, bearer(admin.secret));
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});

/** The app on a real loopback socket, so the server sees the peer address as it would in production. */
async function listening(app: App): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: response.status, headers: response.headers, ...body };
}

describe('behind a trusted proxy', () => {
  const audited = '{ auditLog(first: 1) { totalCount } }';

  it('takes the identity and role the proxy sets, from the proxy\'s address only', async () => {
    const trusted = await listening(
      testApp(driver, {
        READ_ACCESS: 'token',
        AUTH_PROXY_ADDRESSES: '10.0.0.0/8, 127.0.0.1',
        AUTH_PROXY_ROLES: 'boss@example.org=admin',
        AUTH_PROXY_ROLE_HEADER: 'X-Forwarded-Groups',
      }),
    );
    try {
      const boss = await post(trusted.url, audited, { 'x-forwarded-user': 'boss', 'x-forwarded-email': 'boss@example.org' });
      expect(boss.errors).toBeUndefined();
      expect(boss.data.auditLog.totalCount).toBeGreaterThan(0);
      const editor = await post(trusted.url, audited, { 'x-forwarded-user': uniqueName('carol'), 'x-forwarded-groups': 'staff, editor' });
      expect(editor.errors).toBeUndefined();
      expect(editor.data.auditLog.totalCount).toBe(0);
      const plain = await post(trusted.url, audited, { 'x-forwarded-user': 'dave' });
      expect(plain.status).toBe(403);
      expect(plain.errors?.[0]?.message).toBe('This needs the editor role; dave has the reader role.');
      expect((await post(trusted.url, stats, { 'x-forwarded-user': 'dave' })).data.stats.nodes).toBeGreaterThan(0);
      expect((await post(trusted.url, stats)).status).toBe(401);
    } finally {
      await trusted.close();
    }

    const elsewhere = await listening(testApp(driver, { AUTH_PROXY_ADDRESSES: '10.1.2.3', AUTH_PROXY_ROLES: 'boss@example.org=admin' }));
    try {
      const forged = await post(elsewhere.url, audited, { 'x-forwarded-email': 'boss@example.org' });
      expect(forged.status).toBe(401);
      expect(forged.errors?.[0]).toMatchObject({
        message: 'Identity headers are accepted only from the proxy addresses in AUTH_PROXY_ADDRESSES.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    } finally {
      await elsewhere.close();
    }
  });
});

describe('failed sign-ins', () => {
  it('are limited per client with 429, which even a right token then gets, while other clients go on', async () => {
    const { secret } = await createTestToken(store, 'reader');
    const server = await listening(testApp(driver, { SIGN_IN_FAILURE_LIMIT: '3', SIGN_IN_FAILURE_WINDOW_SECONDS: '60', AUTH_PROXY_ADDRESSES: '127.0.0.1' }));
    const from = (client: string, headers: Record<string, string> = {}) => ({ 'x-forwarded-for': client, ...headers });
    const wrong = bearer(`pgt_${'C'.repeat(43)}`);
    try {
      for (let attempt = 0; attempt < 3; attempt += 1) expect((await post(server.url, stats, from('203.0.113.7', wrong))).status).toBe(401);
      for (const headers of [wrong, bearer(secret)]) {
        const limited = await post(server.url, stats, from('203.0.113.7', headers));
        expect(limited.status).toBe(429);
        expect(limited.errors?.[0]?.extensions?.code).toBe('TOO_MANY_SIGN_IN_ATTEMPTS');
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      // A forged hop to the left of the client's address changes nothing: the proxy appended the real one.
      expect((await post(server.url, stats, from('198.51.100.1, 203.0.113.7', bearer(secret)))).status).toBe(429);
      expect((await post(server.url, stats, from('203.0.113.8', bearer(secret)))).data.stats.nodes).toBeGreaterThan(0);
      expect((await post(server.url, stats, from('203.0.113.7'))).data.stats.nodes).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
