// Builds the explorer in client/ into dist/client, which the server serves at /.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const clientRoot = fileURLToPath(new URL('./client', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/client', import.meta.url));

export default defineConfig({
  root: clientRoot,
  // Relative asset URLs, so the explorer also works when served under a path prefix.
  base: './',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Cytoscape alone is ~450 kB minified; one chunk for it keeps the app's own chunk small and cacheable.
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          return id.includes('node_modules') ? 'vendor' : undefined;
        },
      },
    },
  },
});
