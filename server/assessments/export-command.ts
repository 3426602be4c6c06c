// What `npm run export` is asked to do: one published assessment (by id) to stdout or a file, or every assessment
// (no id, or --all) into a folder, by default a new one named by the time.
import { parseArgs } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export type ExportCommand = { all: false; id: string; out: string | undefined } | { all: true; out: string };

/** Where a whole export goes unless told: a new folder named by the time, so no export overwrites another. */
export function defaultExportFolder(now: Date): string {
  return `export-${now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-')}`;
}

export function parseExportCommand(argv: string[], now = new Date()): ExportCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { out: { type: 'string' }, all: { type: 'boolean', default: false } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { positionals, values } = parsed;
  if (values.out === '') throw new UsageError(`--out needs a ${positionals.length === 0 ? 'folder' : 'file'} name`);
  if (positionals.length === 0) return { all: true, out: values.out ?? defaultExportFolder(now) };
  if (values.all) throw new UsageError('--all exports every assessment: give no assessment id with it');
  if (positionals.length > 1) throw new UsageError(`one assessment id at a time, got ${positionals.length}`);
  return { all: false, id: positionals[0]!, out: values.out };
}
