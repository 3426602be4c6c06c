// Entry point of `npm run dev`: the API as `npm start` runs it, with Vite in middleware mode (hot reload) in front.
import { createServer as createViteServer } from 'vite';
import { run } from './start.ts';

/** What the API answers; every other path is the explorer, served from source by Vite. */
const apiPaths = ['/graphql', '/health', '/livez'];

run('peel-graph dev', {
  log: (message) => console.log(`[peel-graph dev] ${message}`),
  // Middleware mode leaves signals to this process, so Neo4j is always shut down cleanly; HMR shares the port.
  frontEnd: async (app, server) => {
    const vite = await createViteServer({ server: { middlewareMode: true, hmr: { server } }, appType: 'spa' });
    return {
      listener: (request, response) => {
        const path = (request.url ?? '/').split('?')[0] ?? '/';
        if (apiPaths.some((p) => path === p || path.startsWith(`${p}/`))) void app(request, response);
        else vite.middlewares(request, response);
      },
      close: () => vite.close(),
    };
  },
});
