// The generated files are committed: this fails when one of them is not what `npm run codegen` makes of the schema now.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('generated files', async () => {
  // In memory: the files on disk are only read, so a stale one is reported, never silently fixed.
  const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: root, silent: true }, false);

  it('are all made by the generator', () => {
    expect(outputs.map((output) => path.relative(root, path.resolve(root, output.filename))).sort()).toEqual(
      Object.keys(config.generates).sort(),
    );
  });

  it.each(outputs.map((output) => [path.relative(root, path.resolve(root, output.filename)), output.content]))(
    '%s is up to date with server/schema.graphql (run `npm run codegen` if not)',
    async (file, content) => {
      expect(await readFile(path.join(root, file), 'utf8')).toBe(content);
    },
  );
});
