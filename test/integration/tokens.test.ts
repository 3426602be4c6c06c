// Tokens in the real Neo4j: stored hashed, listed without secrets, revoked, each change in the audit trail.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../server/auth/audit-log.ts';
import { TokenError, type TokenStore } from '../../server/auth/token-store.ts';
import { hashToken } from '../../server/auth/tokens.ts';
import { createTestToken, testTokenStore, uniqueName } from '../support/auth.ts';
import { testDriver } from '../support/database.ts';

let driver: Driver;
let store: TokenStore;
let audit: AuditLog;
beforeAll(async () => {
  driver = testDriver();
  store = testTokenStore(driver);
  audit = new AuditLog(driver, { queryTimeoutMs: 30_000 });
  await store.ensureSchema();
});
afterAll(() => driver.close());

const entriesBy = async (actor: string) => (await audit.page({ first: 100, after: null, actor, action: null })).entries;

describe('a token', () => {
  it('is random, stored only as its hash, and its creation is audited with who and what', async () => {
    const actor = uniqueName('local:creator');
    const a = await createTestToken(store, 'editor', { actor, expiresInDays: 30 });
    const b = await createTestToken(store, 'editor', { actor });
    expect(a.secret).toMatch(/^pgt_[A-Za-z0-9_-]{43}$/);
    expect(a.secret).not.toBe(b.secret);

    const { records } = await driver.executeQuery('MATCH (t:Token {name: $name}) RETURN properties(t) AS token', { name: a.name });
    const stored = records[0]!.get('token') as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['created', 'expires', 'hash', 'name', 'role']);
    expect(stored.hash).toBe(hashToken(a.secret));
    expect(JSON.stringify(stored)).not.toContain(a.secret.slice(4));

    const entries = await entriesBy(actor);
    expect(entries.map((e) => [e.action, e.target, e.before])).toEqual([
      ['TOKEN_CREATED', `token:${b.name}`, null],
      ['TOKEN_CREATED', `token:${a.name}`, null],
    ]);
    const after = JSON.parse(entries[1]!.after!);
    expect(after).toEqual({ name: a.name, role: 'editor', expires: expect.any(String) });
    expect(Date.parse(after.expires) - Date.parse(entries[1]!.at)).toBe(30 * 86_400_000);
  });

  it('is listed with its role and dates, never its secret or hash', async () => {
    const { name, secret } = await createTestToken(store, 'reader');
    const listed = (await store.list()).find((token) => token.name === name);
    expect(listed).toEqual({ name, role: 'reader', created: expect.any(String), expires: null, revoked: null });
    expect(JSON.stringify(await store.list())).not.toContain(hashToken(secret));
  });

  it('cannot take a name already used, and the refusal leaves no audit entry', async () => {
    const actor = uniqueName('local:twice');
    const { name } = await createTestToken(store, 'reader', { actor });
    await expect(store.create({ name, role: 'admin', actor })).rejects.toThrow(new TokenError(`a token named "${name}" already exists (names stay taken after revocation, for the audit trail)`));
    expect(await entriesBy(actor)).toHaveLength(1);
    await expect(store.create({ name: 'no spaces allowed', role: 'reader', actor })).rejects.toThrow(/a token name is 1-64 letters/);
  });

  it('is identified by its secret until it is revoked or expires', async () => {
    const actor = uniqueName('local:revoker');
    const live = await createTestToken(store, 'editor');
    expect(await store.identify(live.secret)).toEqual({ name: live.name, role: 'editor' });
    expect(await store.identify(`${live.secret.slice(0, -1)}x`)).toEqual({ refused: 'unknown' });

    expect(await store.revoke({ name: live.name, actor })).toBe(true);
    expect(await store.identify(live.secret)).toEqual({ refused: 'revoked' });
    expect(await store.revoke({ name: live.name, actor })).toBe(false);
    await expect(store.revoke({ name: uniqueName('nobody'), actor })).rejects.toThrow(/no token is named/);
    const [revoked] = await entriesBy(actor);
    expect(await entriesBy(actor)).toHaveLength(1);
    expect(revoked).toMatchObject({ action: 'TOKEN_REVOKED', target: `token:${live.name}`, before: '{"revoked":null}' });
    expect(JSON.parse(revoked!.after!).revoked).toBe(revoked!.at);

    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    const expired = await createTestToken(store, 'admin', { expiresInDays: 1, now: twoDaysAgo });
    expect(await store.identify(expired.secret)).toEqual({ refused: 'expired' });
  });

  it('spells its dates as the audit trail does, a fraction ending in zero included', async () => {
    const actor = uniqueName('local:revoker');
    const created = new Date('2026-11-02T09:30:00.100Z');
    const { name } = await createTestToken(store, 'reader', { expiresInDays: 2, now: created });
    await store.revoke({ name, actor, now: new Date('2026-11-03T10:00:00.250Z') });
    expect((await store.list()).find((token) => token.name === name)).toMatchObject({
      created: '2026-11-02T09:30:00.100Z',
      expires: '2026-11-04T09:30:00.100Z',
      revoked: '2026-11-03T10:00:00.250Z',
    });
    const [revoked] = await entriesBy(actor);
    expect(revoked).toMatchObject({ at: '2026-11-03T10:00:00.250Z', after: '{"revoked":"2026-11-03T10:00:00.250Z"}' });
  });
});
