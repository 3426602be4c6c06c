// Serves the built explorer (dist/client) on every path that is not the API, with index.html as fallback.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { lookup } from 'mrmime';

const apiPaths = ['/graphql', '/graphiql', '/health', '/livez'];

/**
 * Scripts only from this server's files, never inline, so markup inside a document shown by the explorer could not
 * run even if it reached the page as markup. Styles may be inline: Cytoscape and the panels set them. Exports are
 * made as blob: and data: URLs.
 */
export const explorerContentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function useStaticClient(clientDir: string): Plugin {
  const root = path.resolve(clientDir);
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (apiPaths.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`))) return;
      const file = await resolveFile(root, decodeURIComponent(url.pathname));
      if (file === null) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      const body = await readFile(file);
      // Vite fingerprints everything under assets/, so those never change; index.html must be revalidated.
      const immutable = file.startsWith(path.join(root, 'assets') + path.sep);
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          status: 200,
          headers: {
            'content-type': lookup(file) ?? 'application/octet-stream',
            'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
            'x-content-type-options': 'nosniff',
            'content-security-policy': explorerContentSecurityPolicy,
          },
        }),
      );
    },
  };
}

/**
 * The file a path names inside root. The explorer keeps its state in the query string, so its one page is `/`;
 * any other path that names no file is not found, rather than the explorer's page standing in for /api or /sdl.
 */
async function resolveFile(root: string, pathname: string): Promise<string | null> {
  const candidate = path.resolve(root, `.${pathname}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  if (await isFile(candidate)) return candidate;
  if (pathname !== '/') return null;
  const index = path.join(root, 'index.html');
  return (await isFile(index)) ? index : null;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
