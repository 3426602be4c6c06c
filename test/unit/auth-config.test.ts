// The authentication settings: defaults, the proxy mode, and refusals that name the variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('authentication settings', () => {
  it('default to anonymous reading, no proxy, and 10 failed sign-ins per 5 minutes', () => {
    expect(loadConfig({}).auth).toEqual({ readAccess: 'anonymous', proxy: undefined, signInFailures: { limit: 10, windowSeconds: 300 } });
  });

  it('read the proxy mode, with header names in lower case and roles by user', () => {
    const { auth } = loadConfig({
      READ_ACCESS: 'token',
      AUTH_PROXY_ADDRESSES: '10.0.0.0/8, 192.168.1.5 ,::1',
      AUTH_PROXY_ROLE_HEADER: 'X-Forwarded-Groups',
      AUTH_PROXY_ROLES: 'alice@example.org=admin, bob=editor',
      SIGN_IN_FAILURE_LIMIT: '5',
      SIGN_IN_FAILURE_WINDOW_SECONDS: '60',
    });
    expect(auth).toEqual({
      readAccess: 'token',
      proxy: {
        addresses: ['10.0.0.0/8', '192.168.1.5', '::1'],
        userHeader: 'x-forwarded-user',
        emailHeader: 'x-forwarded-email',
        roleHeader: 'x-forwarded-groups',
        roles: { 'alice@example.org': 'admin', bob: 'editor' },
      },
      signInFailures: { limit: 5, windowSeconds: 60 },
    });
  });

  it.each([
    [{ READ_ACCESS: 'everyone' }, 'READ_ACCESS must be one of anonymous, token, got "everyone"'],
    [{ AUTH_PROXY_ADDRESSES: 'proxy.example.org' }, 'AUTH_PROXY_ADDRESSES must list IP addresses or networks such as 10.0.0.0/8, got "proxy.example.org"'],
    [{ AUTH_PROXY_ADDRESSES: '10.0.0.0/33' }, 'AUTH_PROXY_ADDRESSES must list IP addresses or networks such as 10.0.0.0/8, got "10.0.0.0/33"'],
    [{ AUTH_PROXY_ADDRESSES: '10.0.0.1', AUTH_PROXY_ROLES: 'alice=owner' }, 'AUTH_PROXY_ROLES must be user=role pairs (roles: reader, editor, admin)'],
    [{ AUTH_PROXY_ADDRESSES: '10.0.0.1', AUTH_PROXY_USER_HEADER: 'X User' }, 'AUTH_PROXY_USER_HEADER must be an HTTP header name, got "X User"'],
    [{ AUTH_PROXY_ROLES: 'alice=admin' }, 'AUTH_PROXY_ROLES needs AUTH_PROXY_ADDRESSES, the addresses of the proxy it trusts'],
    [{ SIGN_IN_FAILURE_LIMIT: '0' }, 'SIGN_IN_FAILURE_LIMIT must be between 1 and 1000000, got 0'],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
