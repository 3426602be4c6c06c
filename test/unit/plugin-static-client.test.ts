// The static client plugin on a Yoga of its own, serving a small built explorer written to a temporary directory:
// which paths it answers, with what type and caching, and that nothing outside the directory can be reached.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerContentSecurityPolicy, useStaticClient } from '../../server/plugins/static-client.ts';

let parent: string;
let clientDir: string;

const files: Record<string, string> = {
  'index.html': '<!doctype html><title>Fenmarsh Constabulary explorer</title>',
  'assets/main-4f2a.js': 'console.log("explorer");',
  'assets/nested/worker-9c1d.js': 'self.onmessage = () => {};',
  'assets-manifest.json': '{"main":"assets/main-4f2a.js"}',
  'two words.txt': 'a name with a space',
  'layout.fenmarsh': 'a file of no known type',
  // Files named like the API's paths: the API answers there, never these.
  health: 'a file, not the health check',
  livez: 'a file, not the liveness check',
  'graphiql/start.js': 'a file, not GraphiQL',
  'graphql/schema.txt': 'a file, not the API',
};

beforeAll(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), 'peel-static-client-'));
  clientDir = path.join(parent, 'client');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(clientDir, name)), { recursive: true });
    await writeFile(path.join(clientDir, name), text);
  }
  // Beside the client directory, one sharing its name's start: neither may be served.
  await writeFile(path.join(parent, 'secret.txt'), 'outside the client');
  await mkdir(path.join(parent, 'client-private'));
  await writeFile(path.join(parent, 'client-private', 'key.txt'), 'outside the client too');
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

function clientServer(dir = clientDir) {
  return createYoga({
    schema: createSchema({ typeDefs: 'type Query { plain: Int }', resolvers: { Query: { plain: () => 1 } } }),
    healthCheckEndpoint: '/livez',
    landingPage: false,
    graphiql: false,
    plugins: [useStaticClient(dir)],
    logging: false,
  });
}

async function get(yoga: ReturnType<typeof clientServer>, pathname: string, method = 'GET') {
  const response = await yoga.fetch(`http://local${pathname}`, { method });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('the static client plugin', () => {
  it('answers / with index.html, revalidated every time, with the explorer’s policy', async () => {
    const yoga = clientServer();
    for (const pathname of ['/', '/index.html', '/?view=force&id=fenmarsh']) {
      const page = await get(yoga, pathname);
      expect(page.status, pathname).toBe(200);
      expect(page.text).toBe(files['index.html']);
      expect(Object.fromEntries(page.headers)).toEqual({
        'content-type': 'text/html',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'content-security-policy': explorerContentSecurityPolicy,
        'content-length': String(files['index.html']!.length),
      });
    }
  });

  it('serves fingerprinted files under assets/ as immutable, and nothing else', async () => {
    const yoga = clientServer();
    for (const name of ['assets/main-4f2a.js', 'assets/nested/worker-9c1d.js']) {
      const asset = await get(yoga, `/${name}`);
      expect(asset.status, name).toBe(200);
      expect(asset.text).toBe(files[name]);
      expect(asset.headers.get('content-type')).toBe('text/javascript');
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    // A name that merely starts like the folder is not in it.
    const manifest = await get(yoga, '/assets-manifest.json');
    expect(manifest.text).toBe(files['assets-manifest.json']);
    expect(manifest.headers.get('content-type')).toBe('application/json');
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
  });

  it('decodes the path, and types a file it cannot name as bytes', async () => {
    const yoga = clientServer();
    const spaced = await get(yoga, '/two%20words.txt');
    expect(spaced.text).toBe(files['two words.txt']);
    expect(spaced.headers.get('content-type')).toBe('text/plain');
    const unknown = await get(yoga, '/layout.fenmarsh');
    expect(unknown.text).toBe(files['layout.fenmarsh']);
    expect(unknown.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await get(clientServer(), '/assets/main-4f2a.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-type')).toBe('text/javascript');
    expect(head.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(head.headers.get('content-security-policy')).toBe(explorerContentSecurityPolicy);
  });

  it('answers a path that names no file with 404, not the explorer’s page', async () => {
    const yoga = clientServer();
    for (const pathname of ['/nowhere', '/api', '/assets', '/assets/', '/graphqlx']) {
      const missing = await get(yoga, pathname);
      expect(missing.status, pathname).toBe(404);
      expect(missing.text, pathname).toBe('Not found');
      expect(missing.headers.get('content-type'), pathname).toBe('text/plain; charset=utf-8');
    }
  });

  it('answers / with 404 when the build has no index.html', async () => {
    const missing = await get(clientServer(path.join(clientDir, 'assets')), '/');
    expect(missing).toMatchObject({ status: 404, text: 'Not found' });
  });

  it('never serves a file outside its directory, however the path is spelt', async () => {
    const yoga = clientServer();
    for (const pathname of ['/..%2Fsecret.txt', '/%2E%2E%2Fsecret.txt', '/..%2Fclient-private%2Fkey.txt', '/assets%2F..%2F..%2Fsecret.txt']) {
      const refused = await get(yoga, pathname);
      expect(refused.status, pathname).toBe(404);
      expect(refused.text, pathname).toBe('Not found');
    }
  });

  it('leaves the API’s paths and other methods to the rest of the server', async () => {
    const yoga = clientServer();
    for (const pathname of ['/health', '/livez', '/graphiql/start.js', '/graphql/schema.txt', '/graphql']) {
      const answer = await get(yoga, pathname);
      expect(answer.headers.get('content-security-policy'), pathname).toBeNull();
      expect(Object.values(files), pathname).not.toContain(answer.text);
    }
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const answer = await get(yoga, '/index.html', method);
      expect(answer.headers.get('content-security-policy'), method).toBeNull();
      expect(answer.text, method).not.toBe(files['index.html']);
    }
  });
});
