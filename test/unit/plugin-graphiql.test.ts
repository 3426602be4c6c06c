// The offline GraphiQL plugin on a Yoga of its own: every file the page and its scripts load is served from this
// server with its type, nothing else under /graphiql/ is, and the page comes with a policy that allows no inline script.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { exampleOperations } from '../../server/graphiql/examples.ts';
import { graphiqlContentSecurityPolicy, graphiqlPage, useOfflineGraphiQL } from '../../server/plugins/graphiql.ts';

const bundleDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')), 'dist');
const ownDir = new URL('../../server/graphiql/', import.meta.url);

/** Stands for the plugins after GraphiQL's in the app, answering whatever reaches it. */
const passedOn: Plugin = {
  onRequest({ url, endResponse, fetchAPI }) {
    if (url.pathname !== '/graphql') endResponse(new fetchAPI.Response('passed on', { status: 299 }));
  },
};

function graphiqlServer() {
  return createYoga({
    schema: createSchema({ typeDefs: 'type Query { plain: Int }', resolvers: { Query: { plain: () => 1 } } }),
    graphiql: { title: 'peel-graph API' },
    renderGraphiQL: graphiqlPage,
    landingPage: false,
    plugins: [useOfflineGraphiQL(), passedOn],
    logging: false,
  });
}

/** The paths the page loads its scripts and styles from, in order. */
function pageAssets(page: string): string[] {
  return [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
}

describe('the offline GraphiQL plugin', () => {
  it('answers a browser’s GET /graphql with the page, under a policy of scripts from this server only', async () => {
    const response = await graphiqlServer().fetch('http://local/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(graphiqlContentSecurityPolicy);
    expect(graphiqlContentSecurityPolicy).toContain("script-src 'self';");
    const page = await response.text();
    expect(page).toBe(graphiqlPage());
    expect(page).toContain('<title>peel-graph API</title>');
    // Every script is a file: an inline one would be refused by the policy.
    expect([...page.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)].map(([, attributes, body]) => ({ attributes, body }))).toEqual(
      ['/graphiql/monaco-environment.js', '/graphiql/yoga-graphiql.umd.js', '/graphiql/start.js'].map((src) => ({ attributes: ` src="${src}"`, body: '' })),
    );
  });

  it('serves every file the page loads, and every editor worker, from the package or beside the plugin', async () => {
    const yoga = graphiqlServer();
    const environment = await readFile(new URL('monaco-environment.js', ownDir), 'utf8');
    const workers = [...environment.matchAll(/'([\w.]+\.bundle\.js)'/g)].map((match) => `/graphiql/monacoeditorwork/${match[1]!}`);
    expect(workers).toHaveLength(3);
    const paths = [...pageAssets(graphiqlPage()), ...workers];
    expect(paths).toHaveLength(7);
    for (const pathname of paths) {
      const response = await yoga.fetch(`http://local${pathname}`);
      expect(response.status, pathname).toBe(200);
      const name = path.basename(pathname);
      const file = ['start.js', 'monaco-environment.js'].includes(name) ? new URL(name, ownDir) : path.join(bundleDir, pathname.slice('/graphiql/'.length));
      expect(Buffer.from(await response.arrayBuffer()).equals(await readFile(file)), pathname).toBe(true);
      expect(Object.fromEntries(response.headers), pathname).toEqual({
        'content-type': name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'content-length': expect.any(String),
      });
    }
  });

  it('serves the example operations the start script opens as tabs', async () => {
    const response = await graphiqlServer().fetch('http://local/graphiql/examples.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const examples = (await response.json()) as { name: string; query: string }[];
    expect(examples.map((example) => example.name)).toEqual(exampleOperations.map((example) => example.name));
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(example.query, example.name).toContain(`query ${example.name}`);
  });

  it('answers HEAD with the type and no body', async () => {
    const response = await graphiqlServer().fetch('http://local/graphiql/start.js', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe('');
  });

  it('serves nothing else under /graphiql/, not even the package’s other files', async () => {
    const yoga = graphiqlServer();
    for (const pathname of ['/graphiql/yoga-graphiql.es.js', '/graphiql/package.json', '/graphiql/examples.ts', '/graphiql/', '/graphiql/monacoeditorwork/']) {
      const response = await yoga.fetch(`http://local${pathname}`);
      expect(response.status, pathname).toBe(404);
      expect(response.headers.get('content-type'), pathname).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe('Not found');
    }
  });

  it('leaves other methods and paths, and answers that are not the page, alone', async () => {
    const yoga = graphiqlServer();
    for (const method of ['POST', 'PUT']) {
      const response = await yoga.fetch('http://local/graphiql/start.js', { method });
      expect(await response.text(), method).toBe('passed on');
    }
    for (const pathname of ['/graphiql', '/start.js', '/examples.json', '/x/graphiql/start.js']) {
      const response = await yoga.fetch(`http://local${pathname}`);
      expect(await response.text(), pathname).toBe('passed on');
    }
    const json = await yoga.fetch('http://local/graphql?query=%7Bplain%7D', { headers: { accept: 'application/json' } });
    expect(await json.json()).toEqual({ data: { plain: 1 } });
    expect(json.headers.get('content-security-policy')).toBeNull();
    // A preflight's answer has no type at all.
    const preflight = await yoga.fetch('http://local/graphql', { method: 'OPTIONS', headers: { origin: 'http://fenmarsh.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('content-security-policy')).toBeNull();
  });

  it('puts its policy only on the page at /graphql', async () => {
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { plain: Int }' }),
      graphqlEndpoint: '/api',
      graphiql: { title: 'peel-graph API' },
      renderGraphiQL: graphiqlPage,
      plugins: [useOfflineGraphiQL()],
      logging: false,
    });
    const response = await yoga.fetch('http://local/api', { headers: { accept: 'text/html' } });
    expect(await response.text()).toBe(graphiqlPage());
    expect(response.headers.get('content-security-policy')).toBeNull();
  });
});
