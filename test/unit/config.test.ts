import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('defaults to loopback, port 4000 and the embedded Neo4j', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, production: false, corsOrigins: [], introspection: true });
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.embedded).toMatchObject({ boltPort: 7687, heap: '512m', pageCache: '128m' });
    expect(config.neo4j.embedded.dataDir).toMatch(/\.data[/\\]neo4j$/);
    // Changes may wait for one another's locks: they get longer than reads.
    expect(config.neo4j).toMatchObject({ queryTimeoutMs: 5000, writeTimeoutMs: 30_000 });
    expect(loadConfig({ WRITE_TIMEOUT_MS: '60000' }).neo4j.writeTimeoutMs).toBe(60_000);
  });

  it('reads an external Neo4j of any driver scheme, with credentials', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'peel' });
    expect(config.neo4j).toMatchObject({ uri: 'neo4j+s://abc.databases.neo4j.io', username: 'neo4j', password: 'secret', database: 'peel' });
  });

  it('bounds queries at twice the cores by default, and reads the gate settings', () => {
    expect(loadConfig({}).neo4j.queryGate).toEqual({ concurrency: 2 * availableParallelism(), maxQueued: 1000, maxWaitMs: 20_000 });
    expect(loadConfig({ MAX_CONCURRENT_QUERIES: '16', MAX_QUEUED_QUERIES: '0', QUERY_QUEUE_TIMEOUT_MS: '500' }).neo4j.queryGate).toEqual({
      concurrency: 16,
      maxQueued: 0,
      maxWaitMs: 500,
    });
  });

  it('splits CORS_ORIGINS on commas', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example ,' }).corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number, got "eighty"'],
    [{ PORT: '70000' }, 'PORT must be between 0 and 65535, got 70000'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI must start with one of neo4j://'],
    [{ NEO4J_USERNAME: 'neo4j' }, 'NEO4J_PASSWORD must be set when NEO4J_USERNAME is'],
    [{ NEO4J_HEAP: 'lots' }, 'NEO4J_HEAP must be a size such as 512m or 1g, got "lots"'],
    [{ GRAPHQL_INTROSPECTION: 'maybe' }, 'GRAPHQL_INTROSPECTION must be true or false, got "maybe"'],
    [{ QUERY_TIMEOUT_MS: '10' }, 'QUERY_TIMEOUT_MS must be between 100 and 600000, got 10'],
    [{ WRITE_TIMEOUT_MS: '700000' }, 'WRITE_TIMEOUT_MS must be between 100 and 600000, got 700000'],
    [{ MAX_CONCURRENT_QUERIES: '0' }, 'MAX_CONCURRENT_QUERIES must be between 1 and 1000, got 0'],
    [{ QUERY_QUEUE_TIMEOUT_MS: '-1' }, 'QUERY_QUEUE_TIMEOUT_MS must be a whole number, got "-1"'],
  ])('refuses %o naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrowError(ConfigError);
    expect(() => loadConfig(env)).toThrowError(message);
  });
});
