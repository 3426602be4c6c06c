// The role check the mutations will make first, and how a client's address is found behind trusted proxies.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TrustedProxies } from '../../server/auth/client-address.ts';
import { highestRole, type Role, requireRole, roles, type Viewer } from '../../server/auth/roles.ts';

function refusal(run: () => unknown): { code: unknown; status: unknown } | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: error.extensions.code, status: (error.extensions.http as { status: number }).status };
  }
}

describe('requireRole', () => {
  it('refuses anonymous requests with 401 for every role', () => {
    for (const role of roles) expect(refusal(() => requireRole({ viewer: null }, role))).toEqual({ code: 'UNAUTHENTICATED', status: 401 });
  });

  it('lets each role do what it and the roles below it may, and refuses the rest with 403', () => {
    const allowed: Record<Role, Role[]> = { reader: ['reader'], editor: ['reader', 'editor'], admin: ['reader', 'editor', 'admin'] };
    for (const role of roles) {
      const viewer: Viewer = { name: `someone-${role}`, role, via: 'token' };
      for (const needed of roles) {
        const outcome = refusal(() => requireRole({ viewer }, needed));
        if (allowed[role].includes(needed)) expect(outcome, `${role} doing ${needed}'s work`).toBeUndefined();
        else expect(outcome, `${role} doing ${needed}'s work`).toEqual({ code: 'FORBIDDEN', status: 403 });
      }
    }
    expect(requireRole({ viewer: { name: 'x', role: 'admin', via: 'proxy' } }, 'editor')).toEqual({ name: 'x', role: 'admin', via: 'proxy' });
  });

  it('takes the highest role named, ignoring other group names', () => {
    expect(highestRole(['staff', 'editor', 'reader'])).toBe('editor');
    expect(highestRole(['admin', 'editor'])).toBe('admin');
    expect(highestRole(['staff'])).toBeUndefined();
  });
});

describe('TrustedProxies', () => {
  const proxies = new TrustedProxies(['10.0.0.0/8', '192.168.1.5', '::1']);

  it('knows its addresses and networks, IPv4 peers reported as IPv6-mapped included', () => {
    expect(['10.2.3.4', '::ffff:10.2.3.4', '192.168.1.5', '::1'].map((a) => proxies.has(a))).toEqual([true, true, true, true]);
    expect(['11.0.0.1', '192.168.1.6', 'not-an-address', undefined].map((a) => proxies.has(a))).toEqual([false, false, false, false]);
    expect(new TrustedProxies([]).has('127.0.0.1')).toBe(false);
  });

  it('finds the client as the last hop a trusted proxy did not add, and ignores X-Forwarded-For from anyone else', () => {
    expect(proxies.clientOf('10.0.0.1', '203.0.113.9')).toBe('203.0.113.9');
    expect(proxies.clientOf('10.0.0.1', '6.6.6.6, 203.0.113.9, 10.0.0.2')).toBe('203.0.113.9');
    expect(proxies.clientOf('10.0.0.1', null)).toBe('10.0.0.1');
    expect(proxies.clientOf('203.0.113.1', '6.6.6.6')).toBe('203.0.113.1');
    expect(proxies.clientOf(undefined, '6.6.6.6')).toBe('unknown');
  });
});
