// Builds the explorer once into dist/client, where the server that the browser tests start serves it from.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export default async function setup() {
  await build({ configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
