// Tokens for tests: each made with a unique name in the shared test Neo4j, so test files never see each other's.
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Role } from '../../server/auth/roles.ts';
import { TokenStore } from '../../server/auth/token-store.ts';

export function testTokenStore(driver: Driver): TokenStore {
  return new TokenStore(driver, { queryTimeoutMs: 30_000 });
}

/** A name no other test uses: `prefix-<random>`. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createTestToken(
  store: TokenStore,
  role: Role,
  options: { name?: string; actor?: string; expiresInDays?: number; now?: Date } = {},
): Promise<{ name: string; secret: string }> {
  const name = options.name ?? uniqueName(role);
  const { secret } = await store.create({ name, role, actor: options.actor ?? 'local:test', expiresInDays: options.expiresInDays, now: options.now });
  return { name, secret };
}

export const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
