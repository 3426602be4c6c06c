// The client address behind trusted proxies: addresses and networks of both families, IPv4 peers on dual-stack
// sockets, and the X-Forwarded-For hops a proxy added.
import { describe, expect, it } from 'vitest';
import { plainAddress, TrustedProxies } from '../../server/auth/client-address.ts';

describe('plainAddress', () => {
  it('reads an IPv4-mapped IPv6 peer as its IPv4 address, in either case, and leaves every other address alone', () => {
    expect(plainAddress('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(plainAddress('::FFFF:192.168.1.5')).toBe('192.168.1.5');
    expect(plainAddress('::ffff:203.0.113.254')).toBe('203.0.113.254');
    expect(plainAddress('10.0.0.1')).toBe('10.0.0.1');
    expect(plainAddress('::1')).toBe('::1');
    expect(plainAddress('::ffff:10.0.0.1:80')).toBe('::ffff:10.0.0.1:80');
    expect(plainAddress('x::ffff:10.0.0.1')).toBe('x::ffff:10.0.0.1');
    expect(plainAddress('2001:db8::ffff:10.0.0.1')).toBe('2001:db8::ffff:10.0.0.1');
  });
});

describe('TrustedProxies', () => {
  it('checks single addresses exactly and networks by their prefix', () => {
    const proxies = new TrustedProxies(['192.168.1.5', '10.20.0.0/16']);
    expect(proxies.has('192.168.1.5')).toBe(true);
    expect(proxies.has('192.168.1.4')).toBe(false);
    expect(proxies.has('10.20.255.255')).toBe(true);
    expect(proxies.has('10.21.0.0')).toBe(false);
  });

  it('keeps IPv6 addresses and networks apart from IPv4 ones', () => {
    const proxies = new TrustedProxies(['2001:db8::/32', 'fd00::7']);
    expect(proxies.has('2001:db8:1::9')).toBe(true);
    expect(proxies.has('2001:db9::1')).toBe(false);
    expect(proxies.has('fd00::7')).toBe(true);
    expect(proxies.has('fd00::8')).toBe(false);
    expect(proxies.has('10.0.0.1')).toBe(false);
  });

  it('takes a zero-length prefix as every address of its family', () => {
    const proxies = new TrustedProxies(['0.0.0.0/0']);
    expect(proxies.has('203.0.113.1')).toBe(true);
    expect(proxies.has('::ffff:203.0.113.1')).toBe(true);
    expect(proxies.has('2001:db8::1')).toBe(false);
  });

  it('trusts nobody with an empty list, and no peer without an address', () => {
    expect(new TrustedProxies([]).has('10.0.0.1')).toBe(false);
    expect(new TrustedProxies(['10.0.0.0/8']).has(undefined)).toBe(false);
    expect(new TrustedProxies(['10.0.0.0/8']).has('')).toBe(false);
  });

  it('finds the client through several proxies, ignoring empty hops and spaces, and as the peer when every hop is a proxy', () => {
    const proxies = new TrustedProxies(['10.0.0.0/8']);
    expect(proxies.clientOf('10.0.0.1', ' 203.0.113.9 ,, 10.0.0.3 , 10.0.0.2')).toBe('203.0.113.9');
    expect(proxies.clientOf('10.0.0.1', '::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(proxies.clientOf('::ffff:10.0.0.1', '10.0.0.3, 10.0.0.2')).toBe('10.0.0.1');
    expect(proxies.clientOf('10.0.0.1', '')).toBe('10.0.0.1');
    expect(proxies.clientOf('::ffff:203.0.113.5', '6.6.6.6')).toBe('203.0.113.5');
  });
});
