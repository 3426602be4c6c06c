// Every setting the server reads from the environment: its default, the bounds it accepts (both edges), how its
// text is read, and the refusal that names the variable.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Config, ConfigError, loadConfig, projectRoot } from '../../server/config.ts';

describe('the settings with nothing set', () => {
  it('are the documented defaults, every one of them', () => {
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 4000,
      production: false,
      corsOrigins: [],
      introspection: true,
      metrics: false,
      seedOnStart: true,
      maxBodyBytes: 100_000,
      maxUploadBytes: 20_000_000,
      drafting: { timeoutMs: 60_000, memoryMb: 512, maxPages: 1_000 },
      neo4j: {
        uri: undefined,
        username: undefined,
        password: undefined,
        database: undefined,
        embedded: { dataDir: path.join(projectRoot, '.data', 'neo4j'), boltPort: 7687, heap: '512m', pageCache: '128m' },
        queryTimeoutMs: 5000,
        writeTimeoutMs: 30_000,
        queryGate: { concurrency: 2 * availableParallelism(), maxQueued: 1000, maxWaitMs: 20_000 },
      },
      auth: { readAccess: 'anonymous', proxy: undefined, signInFailures: { limit: 10, windowSeconds: 300 } },
      clientDir: path.join(projectRoot, 'dist', 'client'),
    } satisfies Config);
  });

  it('are the same for variables set to nothing but spaces', () => {
    const blank = Object.fromEntries(
      ['HOST', 'PORT', 'NODE_ENV', 'CORS_ORIGINS', 'METRICS', 'NEO4J_URI', 'NEO4J_HEAP', 'READ_ACCESS', 'AUTH_PROXY_ADDRESSES'].map((name) => [
        name,
        '  ',
      ]),
    );
    expect(loadConfig(blank)).toEqual(loadConfig({}));
  });
});

/** Each whole-number setting: its variable, where it lands, its default, and its bounds. */
const wholeNumbers: [string, (config: Config) => number, number, number, number][] = [
  ['PORT', (c) => c.port, 4000, 0, 65535],
  ['MAX_BODY_BYTES', (c) => c.maxBodyBytes, 100_000, 1_000, 10_000_000],
  ['MAX_UPLOAD_BYTES', (c) => c.maxUploadBytes, 20_000_000, 1_000, 50_000_000],
  ['DRAFT_TIMEOUT_SECONDS', (c) => c.drafting.timeoutMs / 1000, 60, 1, 3600],
  ['DRAFT_MEMORY_MB', (c) => c.drafting.memoryMb, 512, 32, 16_384],
  ['DRAFT_MAX_PAGES', (c) => c.drafting.maxPages, 1_000, 1, 100_000],
  ['NEO4J_BOLT_PORT', (c) => c.neo4j.embedded.boltPort, 7687, 1, 65535],
  ['QUERY_TIMEOUT_MS', (c) => c.neo4j.queryTimeoutMs, 5000, 100, 600_000],
  ['WRITE_TIMEOUT_MS', (c) => c.neo4j.writeTimeoutMs, 30_000, 100, 600_000],
  ['MAX_CONCURRENT_QUERIES', (c) => c.neo4j.queryGate.concurrency, 2 * availableParallelism(), 1, 1000],
  ['MAX_QUEUED_QUERIES', (c) => c.neo4j.queryGate.maxQueued, 1000, 0, 100_000],
  ['QUERY_QUEUE_TIMEOUT_MS', (c) => c.neo4j.queryGate.maxWaitMs, 20_000, 0, 600_000],
  ['SIGN_IN_FAILURE_LIMIT', (c) => c.auth.signInFailures.limit, 10, 1, 1_000_000],
  ['SIGN_IN_FAILURE_WINDOW_SECONDS', (c) => c.auth.signInFailures.windowSeconds, 300, 1, 86_400],
];

describe.each(wholeNumbers)('%s', (name, read, fallback, min, max) => {
  it(`defaults to ${fallback} and accepts ${min} to ${max}, both included, with spaces around`, () => {
    expect(read(loadConfig({}))).toBe(fallback);
    expect(read(loadConfig({ [name]: String(min) }))).toBe(min);
    expect(read(loadConfig({ [name]: ` ${max} ` }))).toBe(max);
  });

  it('refuses a number past either bound, naming the variable and its bounds', () => {
    const refusal = `${name} must be between ${min} and ${max}, got ${max + 1}`;
    expect(() => loadConfig({ [name]: String(max + 1) })).toThrow(new ConfigError(refusal));
    if (min > 0) {
      expect(() => loadConfig({ [name]: String(min - 1) })).toThrow(new ConfigError(`${name} must be between ${min} and ${max}, got ${min - 1}`));
    }
  });

  it('refuses anything but digits', () => {
    for (const raw of ['1.5', '-1', '1e3', '0x10', 'ten', '10 0']) {
      expect(() => loadConfig({ [name]: raw }), raw).toThrow(new ConfigError(`${name} must be a whole number, got "${raw}"`));
    }
  });
});

describe('true-or-false settings', () => {
  const flags: [string, (config: Config) => boolean, boolean][] = [
    ['GRAPHQL_INTROSPECTION', (c) => c.introspection, true],
    ['METRICS', (c) => c.metrics, false],
    ['SEED_ON_START', (c) => c.seedOnStart, true],
  ];

  it.each(flags)('%s reads 1, true, yes and on as true and 0, false, no and off as false, in any case', (name, read, fallback) => {
    expect(read(loadConfig({}))).toBe(fallback);
    for (const raw of ['1', 'true', 'yes', 'on', 'TRUE', ' On ']) expect(read(loadConfig({ [name]: raw })), raw).toBe(true);
    for (const raw of ['0', 'false', 'no', 'off', 'False', ' OFF ']) expect(read(loadConfig({ [name]: raw })), raw).toBe(false);
    expect(() => loadConfig({ [name]: 'Maybe' })).toThrow(new ConfigError(`${name} must be true or false, got "maybe"`));
    expect(() => loadConfig({ [name]: 'y' })).toThrow(new ConfigError(`${name} must be true or false, got "y"`));
  });
});

describe('text settings', () => {
  it('trim the host, the database and the credentials', () => {
    const config = loadConfig({ HOST: ' 0.0.0.0 ', NEO4J_DATABASE: ' peel ', NEO4J_USERNAME: ' neo4j ', NEO4J_PASSWORD: ' secret ' });
    expect(config.host).toBe('0.0.0.0');
    expect(config.neo4j).toMatchObject({ database: 'peel', username: 'neo4j', password: 'secret' });
  });

  it('run in production only when NODE_ENV is exactly production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: ' production ' }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).production).toBe(false);
    expect(loadConfig({ NODE_ENV: 'Production' }).production).toBe(false);
  });

  it('take a password without a user name, but not a user name without a password', () => {
    expect(loadConfig({ NEO4J_PASSWORD: 'secret' }).neo4j).toMatchObject({ username: undefined, password: 'secret' });
    expect(() => loadConfig({ NEO4J_USERNAME: 'neo4j' })).toThrow(new ConfigError('NEO4J_PASSWORD must be set when NEO4J_USERNAME is'));
    expect(() => loadConfig({ NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: ' ' })).toThrow(ConfigError);
  });

  it('resolve a relative data folder against the project and keep an absolute one', () => {
    expect(loadConfig({ NEO4J_DATA_DIR: 'var/graph' }).neo4j.embedded.dataDir).toBe(path.join(projectRoot, 'var', 'graph'));
    expect(loadConfig({ NEO4J_DATA_DIR: path.join(path.sep, 'srv', 'graph') }).neo4j.embedded.dataDir).toBe(path.join(path.sep, 'srv', 'graph'));
  });

  it('read memory sizes in k, m or g, in lower case', () => {
    expect(loadConfig({ NEO4J_HEAP: '2G', NEO4J_PAGECACHE: '512K' }).neo4j.embedded).toMatchObject({ heap: '2g', pageCache: '512k' });
    expect(loadConfig({ NEO4J_PAGECACHE: '1024m' }).neo4j.embedded.pageCache).toBe('1024m');
    for (const raw of ['1t', '1.5g', 'g', '512', 'x512m', '512mb']) {
      expect(() => loadConfig({ NEO4J_PAGECACHE: raw }), raw).toThrow(new ConfigError(`NEO4J_PAGECACHE must be a size such as 512m or 1g, got "${raw}"`));
    }
  });
});

describe('NEO4J_URI', () => {
  it('takes every scheme of the driver, unchanged', () => {
    for (const scheme of ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc']) {
      expect(loadConfig({ NEO4J_URI: `${scheme}://db.example:7687` }).neo4j.uri).toBe(`${scheme}://db.example:7687`);
    }
  });

  it('refuses any other scheme, or none, listing the ones it takes', () => {
    const schemes = 'neo4j://, neo4j+s://, neo4j+ssc://, bolt://, bolt+s://, bolt+ssc://';
    for (const raw of ['http://db.example', 'db.example:7687', 'bolt:/db.example', 'BOLT://db.example', 'xbolt://db.example']) {
      expect(() => loadConfig({ NEO4J_URI: raw }), raw).toThrow(new ConfigError(`NEO4J_URI must start with one of ${schemes}, got "${raw}"`));
    }
  });
});

describe('the proxy settings', () => {
  const proxy = (env: Record<string, string>) => loadConfig({ AUTH_PROXY_ADDRESSES: '10.0.0.1', ...env }).auth.proxy;

  it('take addresses and networks of both families, with any prefix up to the family\'s bits', () => {
    expect(proxy({ AUTH_PROXY_ADDRESSES: '10.0.0.0/0,10.0.0.0/32,::1,fd00::/128,fd00::/7' })?.addresses).toEqual([
      '10.0.0.0/0',
      '10.0.0.0/32',
      '::1',
      'fd00::/128',
      'fd00::/7',
    ]);
  });

  it('refuse a prefix past the family\'s bits, an empty or non-numeric prefix, and a second slash', () => {
    for (const entry of ['::1/129', '10.0.0.0/', '10.0.0.0/x', '10.0.0.0/8/8', '10.0.0.0/-1', '/8']) {
      expect(() => proxy({ AUTH_PROXY_ADDRESSES: entry }), entry).toThrow(
        new ConfigError(`AUTH_PROXY_ADDRESSES must list IP addresses or networks such as 10.0.0.0/8, got "${entry}"`),
      );
    }
  });

  it('name the headers, in lower case, with the defaults for user and e-mail and no role header unless asked', () => {
    expect(proxy({})).toEqual({ addresses: ['10.0.0.1'], userHeader: 'x-forwarded-user', emailHeader: 'x-forwarded-email', roleHeader: undefined, roles: {} });
    expect(proxy({ AUTH_PROXY_USER_HEADER: 'X-Auth-Request-User', AUTH_PROXY_EMAIL_HEADER: "Remote-Email!#$%&'*+.^_`|~" })).toMatchObject({
      userHeader: 'x-auth-request-user',
      emailHeader: "remote-email!#$%&'*+.^_`|~",
    });
    for (const header of ['X:User', 'X User', 'X(User)', 'Ü']) {
      expect(() => proxy({ AUTH_PROXY_ROLE_HEADER: header }), header).toThrow(
        new ConfigError(`AUTH_PROXY_ROLE_HEADER must be an HTTP header name, got "${header}"`),
      );
    }
  });

  it('read roles as user=role pairs, spaces around either side dropped', () => {
    expect(proxy({ AUTH_PROXY_ROLES: ' ann = admin ,bea@fenmarsh.example=reader,, cal=editor' })?.roles).toEqual({
      ann: 'admin',
      'bea@fenmarsh.example': 'reader',
      cal: 'editor',
    });
    for (const entry of ['=admin', 'ann', 'ann=', 'ann=Admin', 'ann=owner']) {
      expect(() => proxy({ AUTH_PROXY_ROLES: entry }), entry).toThrow(
        new ConfigError(`AUTH_PROXY_ROLES must be user=role pairs (roles: reader, editor, admin), separated by commas; got "${entry}"`),
      );
    }
  });

  it.each(['AUTH_PROXY_ROLES', 'AUTH_PROXY_ROLE_HEADER', 'AUTH_PROXY_USER_HEADER', 'AUTH_PROXY_EMAIL_HEADER'])(
    'refuse %s without the proxy addresses it would trust',
    (name) => {
      expect(() => loadConfig({ [name]: 'x' })).toThrow(new ConfigError(`${name} needs AUTH_PROXY_ADDRESSES, the addresses of the proxy it trusts`));
    },
  );

  it('read token-only access', () => {
    expect(loadConfig({ READ_ACCESS: 'token' }).auth.readAccess).toBe('token');
    expect(() => loadConfig({ READ_ACCESS: 'Token' })).toThrow(new ConfigError('READ_ACCESS must be one of anonymous, token, got "Token"'));
  });
});
