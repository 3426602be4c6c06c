// The address a request comes from, and whether it is a trusted proxy's, for proxy identities and sign-in limits.
import { BlockList, isIP } from 'node:net';

/** `::ffff:10.0.0.1` is how Node reports an IPv4 peer on a dual-stack socket: compare it as 10.0.0.1. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** The proxy addresses and networks (CIDR) from the settings, as one set to test addresses against. */
export class TrustedProxies {
  private readonly list = new BlockList();

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const [address, prefix] = entry.split('/') as [string, string | undefined];
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (prefix === undefined) this.list.addAddress(address, type);
      else this.list.addSubnet(address, Number(prefix), type);
    }
  }

  /** False for anything that is not an address: BlockList answers so for such text. */
  has(address: string | undefined): boolean {
    if (address === undefined) return false;
    const plain = plainAddress(address);
    return this.list.check(plain, isIP(plain) === 6 ? 'ipv6' : 'ipv4');
  }

  /**
   * The client behind the proxies: from a trusted proxy, the last X-Forwarded-For hop that is not itself a trusted
   * proxy (hops further left are the client's own claims); from anyone else, the peer itself.
   */
  clientOf(peer: string | undefined, forwardedFor: string | null): string {
    const fallback = peer === undefined ? 'unknown' : plainAddress(peer);
    if (!this.has(peer) || !forwardedFor) return fallback;
    const hops = forwardedFor.split(',').map((hop) => hop.trim()).filter(Boolean);
    for (let index = hops.length - 1; index >= 0; index -= 1) {
      if (!this.has(hops[index])) return plainAddress(hops[index]!);
    }
    return fallback;
  }
}
