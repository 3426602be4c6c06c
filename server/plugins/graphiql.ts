// GraphiQL for the API, whole from this server: its bundle, styles and editor workers come from the
// @graphql-yoga/graphiql package, the page has no inline script, and a Content-Security-Policy says so.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { exampleOperations } from '../graphiql/examples.ts';

const bundleDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')), 'dist');
const ownDir = fileURLToPath(new URL('../graphiql/', import.meta.url));

/** Every file the page loads, by the path it asks for: nothing else under /graphiql/ is served. */
const assets: Record<string, { file: string; type: string }> = {
  '/graphiql/graphiql.css': { file: path.join(bundleDir, 'graphiql.css'), type: 'text/css; charset=utf-8' },
  '/graphiql/yoga-graphiql.umd.js': { file: path.join(bundleDir, 'yoga-graphiql.umd.js'), type: 'text/javascript; charset=utf-8' },
  '/graphiql/monacoeditorwork/editor.worker.bundle.js': { file: path.join(bundleDir, 'monacoeditorwork/editor.worker.bundle.js'), type: 'text/javascript; charset=utf-8' },
  '/graphiql/monacoeditorwork/json.worker.bundle.js': { file: path.join(bundleDir, 'monacoeditorwork/json.worker.bundle.js'), type: 'text/javascript; charset=utf-8' },
  '/graphiql/monacoeditorwork/graphql.worker..bundle.js': { file: path.join(bundleDir, 'monacoeditorwork/graphql.worker..bundle.js'), type: 'text/javascript; charset=utf-8' },
  '/graphiql/monaco-environment.js': { file: path.join(ownDir, 'monaco-environment.js'), type: 'text/javascript; charset=utf-8' },
  '/graphiql/start.js': { file: path.join(ownDir, 'start.js'), type: 'text/javascript; charset=utf-8' },
};

/** The page Yoga answers a browser's GET /graphql with. */
export function graphiqlPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>peel-graph API</title>
<link rel="stylesheet" href="/graphiql/graphiql.css">
</head>
<body>
<div id="root">Loading the peel-graph API…</div>
<script src="/graphiql/monaco-environment.js"></script>
<script src="/graphiql/yoga-graphiql.umd.js"></script>
<script src="/graphiql/start.js"></script>
</body>
</html>`;
}

/**
 * Scripts only from this server; GraphiQL's editor sets styles inline and starts its workers from these files.
 * GraphiQL's Markdown rendering shows images from the schema's descriptions: there are none, so only our own.
 */
export const graphiqlContentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; worker-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export function useOfflineGraphiQL(): Plugin {
  const examples = JSON.stringify(exampleOperations);
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith('/graphiql/') || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const headers = { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
      if (url.pathname === '/graphiql/examples.json') {
        endResponse(new fetchAPI.Response(examples, { headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } }));
        return;
      }
      const asset = assets[url.pathname];
      if (asset === undefined) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      const body = request.method === 'HEAD' ? null : await readFile(asset.file);
      endResponse(new fetchAPI.Response(body, { headers: { ...headers, 'content-type': asset.type } }));
    },
    onResponse({ request, response }) {
      if (new URL(request.url).pathname === '/graphql' && response.headers.get('content-type')?.startsWith('text/html')) {
        response.headers.set('content-security-policy', graphiqlContentSecurityPolicy);
      }
    },
  };
}
