// The explorer's API client with a token, against the real server: who a token signs in as, and a refused token
// forgotten (with the server's reason) while the request goes on as anyone's.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../client/src/api.ts';
import { createTokenKeeper } from '../../client/src/review/session-token.ts';
import { fetchViewer, mayReview } from '../../client/src/review/viewer.ts';
import type { App } from '../../server/app.ts';
import type { TokenStore } from '../../server/auth/token-store.ts';
import { testApp } from '../support/api.ts';
import { createTestToken, testTokenStore } from '../support/auth.ts';
import { testDriver } from '../support/database.ts';

let driver: Driver;
let store: TokenStore;
let app: App;
beforeAll(async () => {
  driver = testDriver();
  store = testTokenStore(driver);
  await store.ensureSchema();
  app = testApp(driver);
});
afterAll(() => driver.close());

/** The explorer's client, calling the app in process, with a token kept in memory. */
function client(secret: string | null) {
  const tokens = createTokenKeeper(null);
  if (secret) tokens.set(secret);
  const refusals: string[] = [];
  const headers: (string | null)[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    headers.push(new Headers(init.headers).get('authorization'));
    return app.fetch(new URL(url, 'http://local/').toString(), init);
  }) as typeof globalThis.fetch;
  const api = createApi({ endpoint: 'graphql', fetch, token: tokens.get, onTokenRefused: (reason) => {
    refusals.push(reason);
    tokens.refuse(reason);
  } });
  return { api, tokens, refusals, headers };
}

describe('signing in from the explorer', () => {
  it('sends the token as a bearer and learns who it signs in as', async () => {
    const editor = await createTestToken(store, 'editor');
    const { api, headers } = client(editor.secret);
    const viewer = await fetchViewer(api);
    expect(viewer).toEqual({ name: editor.name, role: 'EDITOR' });
    expect(mayReview(viewer)).toBe(true);
    expect(headers).toEqual([`Bearer ${editor.secret}`]);
  });

  it('is no one without a token', async () => {
    const { api, headers } = client(null);
    expect(await fetchViewer(api)).toBeNull();
    expect(headers).toEqual([null]);
  });

  it('forgets a revoked token with the server’s reason, and reads on without it', async () => {
    const revoked = await createTestToken(store, 'editor');
    await store.revoke({ name: revoked.name, actor: 'local:test' });
    const { api, tokens, refusals, headers } = client(revoked.secret);
    const stats = await api.stats();
    expect(stats.nodes).toBeGreaterThan(0);
    expect(headers).toEqual([`Bearer ${revoked.secret}`, null]);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatch(/revoked|token/i);
    expect(tokens.get()).toBeNull();
  });
});
