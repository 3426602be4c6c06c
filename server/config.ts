// The one place that reads process.env: validates every setting and fails fast naming the variable.
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRole, type Role, roles } from './auth/roles.ts';
import type { QueryGateOptions } from './graph/query-gate.ts';
import { type DraftLimits, defaultDraftLimits } from './review/draft-in-worker.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The numbered Cypher scripts that build the graph. */
export const seedDirectory = path.join(projectRoot, 'cypher');

/** Published assessments as canonical files (docs/assessment-file.md), which `npm run seed` loads after the scripts. */
export const assessmentsDirectory = path.join(projectRoot, 'assessments');

export interface Neo4jConfig {
  /** Set when an external server, cluster or Aura is used; absent means "start the embedded Neo4j". */
  uri?: string;
  username?: string;
  password?: string;
  database?: string;
  embedded: {
    dataDir: string;
    boltPort: number;
    heap: string;
    pageCache: string;
  };
  /** Every reading Cypher transaction is cut off after this long. */
  queryTimeoutMs: number;
  /**
   * Editors' and admins' changes are cut off after this long: longer than reads, because a change is bounded by its
   * draft and may wait for another change to release what it locks, and a refused change is an editor's work lost.
   */
  writeTimeoutMs: number;
  /** How many queries run in Neo4j at once, and how many may wait for a turn, for how long. */
  queryGate: QueryGateOptions;
}

/** An identity set by a reverse proxy that signs people in (oauth2-proxy and the like). */
export interface ProxyAuthConfig {
  /** The proxy's own addresses or networks (CIDR): identity headers from anyone else are refused. */
  addresses: string[];
  /** Lower-case header names. */
  userHeader: string;
  emailHeader: string;
  /** A header listing roles or groups; the highest role named there counts. */
  roleHeader?: string;
  /** Roles by user name or e-mail address; anyone else the proxy vouches for is a reader. */
  roles: Record<string, Role>;
}

export interface AuthConfig {
  /** `anonymous`: anyone may read; `token`: reading needs a token (or a proxy identity) too. */
  readAccess: 'anonymous' | 'token';
  proxy?: ProxyAuthConfig;
  /** Failed sign-ins allowed per client address within the window before it is refused with 429. */
  signInFailures: { limit: number; windowSeconds: number };
}

export interface Config {
  host: string;
  port: number;
  production: boolean;
  corsOrigins: string[];
  introspection: boolean;
  /** Serve Prometheus metrics at /metrics. */
  metrics: boolean;
  /** Larger request bodies are refused with 413 before they are parsed. */
  maxBodyBytes: number;
  /** The limit for a multipart upload (a document to draft from), which only editors may send. */
  maxUploadBytes: number;
  /** How long, how much memory and how many pages reading one document to draft from may take. */
  drafting: DraftLimits;
  /** Apply cypher/*.cypher at start-up (they are idempotent). */
  seedOnStart: boolean;
  neo4j: Neo4jConfig;
  auth: AuthConfig;
  clientDir: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function memorySize(env: Env, name: string, fallback: string): string {
  const raw = text(env, name) ?? fallback;
  if (!/^\d+[kmg]$/i.test(raw)) throw new ConfigError(`${name} must be a size such as 512m or 1g, got "${raw}"`);
  return raw.toLowerCase();
}

/**
 * Enough to keep a database on this machine's cores busy without queries starving each other; raise it
 * for a bigger server, cluster or Aura.
 */
const defaultConcurrentQueries = 2 * availableParallelism();

const driverSchemes = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

function neo4jUri(env: Env): string | undefined {
  const raw = text(env, 'NEO4J_URI');
  if (raw === undefined) return undefined;
  const scheme = raw.split('://')[0] ?? '';
  if (!raw.includes('://') || !driverSchemes.includes(scheme)) {
    throw new ConfigError(`NEO4J_URI must start with one of ${driverSchemes.map((s) => `${s}://`).join(', ')}, got "${raw}"`);
  }
  return raw;
}

function choice<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

function list(env: Env, name: string): string[] {
  return (text(env, name) ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

function headerName(env: Env, name: string, fallback?: string): string | undefined {
  const raw = text(env, name) ?? fallback;
  if (raw === undefined) return undefined;
  if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(raw)) throw new ConfigError(`${name} must be an HTTP header name, got "${raw}"`);
  return raw.toLowerCase();
}

function addressOrNetwork(name: string, entry: string): string {
  const [address, prefix, extra] = entry.split('/');
  const family = isIP(address ?? '');
  const bits = family === 6 ? 128 : 32;
  if (family === 0 || extra !== undefined || (prefix !== undefined && !(/^\d+$/.test(prefix) && Number(prefix) <= bits))) {
    throw new ConfigError(`${name} must list IP addresses or networks such as 10.0.0.0/8, got "${entry}"`);
  }
  return entry;
}

function proxyRoles(env: Env, name: string): Record<string, Role> {
  const mapping: Record<string, Role> = {};
  for (const entry of list(env, name)) {
    const [who, role] = entry.split('=').map((part) => part.trim());
    if (!who || !isRole(role)) {
      throw new ConfigError(`${name} must be user=role pairs (roles: ${roles.join(', ')}), separated by commas; got "${entry}"`);
    }
    mapping[who] = role;
  }
  return mapping;
}

function authConfig(env: Env): AuthConfig {
  const addresses = list(env, 'AUTH_PROXY_ADDRESSES').map((entry) => addressOrNetwork('AUTH_PROXY_ADDRESSES', entry));
  const proxyRoleSettings = ['AUTH_PROXY_ROLES', 'AUTH_PROXY_ROLE_HEADER', 'AUTH_PROXY_USER_HEADER', 'AUTH_PROXY_EMAIL_HEADER'];
  const stray = proxyRoleSettings.find((name) => text(env, name) !== undefined);
  if (addresses.length === 0 && stray) throw new ConfigError(`${stray} needs AUTH_PROXY_ADDRESSES, the addresses of the proxy it trusts`);
  return {
    readAccess: choice(env, 'READ_ACCESS', ['anonymous', 'token'] as const, 'anonymous'),
    proxy:
      addresses.length === 0
        ? undefined
        : {
            addresses,
            userHeader: headerName(env, 'AUTH_PROXY_USER_HEADER', 'x-forwarded-user')!,
            emailHeader: headerName(env, 'AUTH_PROXY_EMAIL_HEADER', 'x-forwarded-email')!,
            roleHeader: headerName(env, 'AUTH_PROXY_ROLE_HEADER'),
            roles: proxyRoles(env, 'AUTH_PROXY_ROLES'),
          },
    signInFailures: {
      limit: integer(env, 'SIGN_IN_FAILURE_LIMIT', 10, 1, 1_000_000),
      windowSeconds: integer(env, 'SIGN_IN_FAILURE_WINDOW_SECONDS', 300, 1, 86_400),
    },
  };
}

export function loadConfig(env: Env = process.env): Config {
  const uri = neo4jUri(env);
  const username = text(env, 'NEO4J_USERNAME');
  const password = text(env, 'NEO4J_PASSWORD');
  if (username !== undefined && password === undefined) throw new ConfigError('NEO4J_PASSWORD must be set when NEO4J_USERNAME is');
  const production = text(env, 'NODE_ENV') === 'production';
  return {
    host: text(env, 'HOST') ?? '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65535),
    production,
    corsOrigins: (text(env, 'CORS_ORIGINS') ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    introspection: flag(env, 'GRAPHQL_INTROSPECTION', true),
    metrics: flag(env, 'METRICS', false),
    seedOnStart: flag(env, 'SEED_ON_START', true),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 100_000, 1_000, 10_000_000),
    maxUploadBytes: integer(env, 'MAX_UPLOAD_BYTES', 20_000_000, 1_000, 50_000_000),
    drafting: {
      timeoutMs: integer(env, 'DRAFT_TIMEOUT_SECONDS', defaultDraftLimits.timeoutMs / 1000, 1, 3600) * 1000,
      memoryMb: integer(env, 'DRAFT_MEMORY_MB', defaultDraftLimits.memoryMb, 32, 16_384),
      maxPages: integer(env, 'DRAFT_MAX_PAGES', defaultDraftLimits.maxPages, 1, 100_000),
    },
    neo4j: {
      uri,
      username,
      password,
      database: text(env, 'NEO4J_DATABASE'),
      embedded: {
        dataDir: path.resolve(projectRoot, text(env, 'NEO4J_DATA_DIR') ?? '.data/neo4j'),
        boltPort: integer(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
        heap: memorySize(env, 'NEO4J_HEAP', '512m'),
        pageCache: memorySize(env, 'NEO4J_PAGECACHE', '128m'),
      },
      queryTimeoutMs: integer(env, 'QUERY_TIMEOUT_MS', 5000, 100, 600_000),
      writeTimeoutMs: integer(env, 'WRITE_TIMEOUT_MS', 30_000, 100, 600_000),
      queryGate: {
        concurrency: integer(env, 'MAX_CONCURRENT_QUERIES', defaultConcurrentQueries, 1, 1000),
        maxQueued: integer(env, 'MAX_QUEUED_QUERIES', 1000, 0, 100_000),
        maxWaitMs: integer(env, 'QUERY_QUEUE_TIMEOUT_MS', 20_000, 0, 600_000),
      },
    },
    auth: authConfig(env),
    clientDir: path.resolve(projectRoot, 'dist/client'),
  };
}
