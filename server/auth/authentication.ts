// Who is asking: settles every GraphQL request's viewer (token, trusted proxy or anonymous) before it is parsed.
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { AuthConfig, ProxyAuthConfig } from '../config.ts';
import { codedDatabaseError } from '../errors.ts';
import { TrustedProxies } from './client-address.ts';
import { tooManySignInAttempts, unauthenticated } from './errors.ts';
import { highestRole, type Role, type Viewer } from './roles.ts';
import type { TokenStore } from './token-store.ts';
import { looksLikeToken } from './tokens.ts';

export interface AuthenticationOptions {
  config: AuthConfig;
  tokens: Pick<TokenStore, 'identify'>;
  /** Told of every refused sign-in, with the reason the client is not told. */
  log?: (message: string) => void;
}

interface NodeServerContext {
  req?: { socket?: { remoteAddress?: string } };
}

const invalidToken = 'The token is not valid: unknown, expired or revoked.';

/**
 * Runs at onParams, the first step that knows a request is a GraphQL operation, so that whoever is refused learns
 * nothing about the document or its arguments: they are neither parsed nor validated, let alone looked up.
 */
export function useAuthentication({ config, tokens, log = () => {} }: AuthenticationOptions): Plugin {
  const viewers = new WeakMap<Request, Viewer | null>();
  const proxies = new TrustedProxies(config.proxy?.addresses ?? []);
  const failures = new RateLimiterMemory({ points: config.signInFailures.limit, duration: config.signInFailures.windowSeconds });

  const retryAfterSeconds = async (client: string): Promise<number | undefined> => {
    const record = await failures.get(client);
    return record && record.consumedPoints >= config.signInFailures.limit ? Math.max(1, Math.ceil(record.msBeforeNext / 1000)) : undefined;
  };

  const refuse = async (client: string, reason: string, message: string) => {
    log(`sign-in refused for ${client}: ${reason}`);
    await failures.penalty(client, 1);
    return unauthenticated(message);
  };

  async function viewerOf(request: Request, peer: string | undefined): Promise<Viewer | null> {
    const client = proxies.clientOf(peer, request.headers.get('x-forwarded-for'));
    const authorization = request.headers.get('authorization');
    const proxyIdentity = config.proxy ? identityHeaders(request, config.proxy) : undefined;
    if (authorization !== null || proxyIdentity !== undefined) {
      // A client over its limit is refused before its credentials are looked at, right or wrong.
      const wait = await retryAfterSeconds(client);
      if (wait !== undefined) throw tooManySignInAttempts(wait);
    }
    if (authorization !== null) {
      const bearer = /^Bearer +(\S+)$/i.exec(authorization.trim())?.[1];
      if (bearer === undefined) throw await refuse(client, 'not a Bearer authorization', 'Authorization must be "Bearer <token>".');
      if (!looksLikeToken(bearer)) throw await refuse(client, 'malformed token', invalidToken);
      const found = await tokens.identify(bearer);
      if ('refused' in found) throw await refuse(client, `${found.refused} token`, invalidToken);
      return { name: found.name, role: found.role, via: 'token' };
    }
    if (proxyIdentity !== undefined) {
      if (!proxies.has(peer)) {
        throw await refuse(
          client,
          `identity header from untrusted ${peer ?? 'unknown address'}`,
          `Identity headers are accepted only from the proxy addresses in AUTH_PROXY_ADDRESSES.`,
        );
      }
      return { name: proxyIdentity.name, role: proxyRole(proxyIdentity, config.proxy!), via: 'proxy' };
    }
    if (config.readAccess === 'token') throw unauthenticated('Reading needs a token: send Authorization: Bearer <token>.');
    return null;
  }

  return {
    async onParams({ request, context, setResult }) {
      try {
        viewers.set(request, await viewerOf(request, (context as NodeServerContext).req?.socket?.remoteAddress));
      } catch (error) {
        setResult({ errors: [codedDatabaseError(error) as Error] as never });
      }
    },
    onContextBuilding({ context, extendContext }) {
      extendContext({ viewer: viewers.get((context as { request: Request }).request) ?? null } as Record<string, unknown>);
    },
  };
}

interface ProxyIdentity {
  name: string;
  user?: string;
  email?: string;
  roles: string[];
}

function identityHeaders(request: Request, proxy: ProxyAuthConfig): ProxyIdentity | undefined {
  const user = request.headers.get(proxy.userHeader)?.trim() || undefined;
  const email = request.headers.get(proxy.emailHeader)?.trim() || undefined;
  if (user === undefined && email === undefined) return undefined;
  // Stryker disable next-line StringLiteral,ArrayDeclaration: a name that is no role is ignored, so text added here changes nothing
  const roles = proxy.roleHeader ? (request.headers.get(proxy.roleHeader) ?? '').split(',').map((role) => role.trim()) : [];
  return { name: (email ?? user)!, user, email, roles };
}

/** The highest of: the role the settings map the user or e-mail to, the role header's, and reader. */
function proxyRole(identity: ProxyIdentity, proxy: ProxyAuthConfig): Role {
  const mapped = [identity.user, identity.email].filter((key) => key !== undefined).map((key) => proxy.roles[key]);
  return highestRole([...mapped, ...identity.roles]) ?? 'reader';
}
