// Keeps a draft for review: until review and publishing exist, a draft is a JSON file in .data/drafts/.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Draft } from './draft.ts';
import { IngestError } from './ingest-error.ts';
import { slug } from './link-entities.ts';

export async function saveDraft(draft: Draft, directory: string): Promise<string> {
  if (!draft.metadata.force) {
    throw new IngestError(draft.metadata.file, 'no force given or named in the text: pass --force NAME to keep a draft (a --dry-run needs none)');
  }
  const name = `${slug(draft.metadata.force)}-${draft.metadata.year ?? 'undated'}-${slug(path.basename(draft.metadata.file, path.extname(draft.metadata.file)))}.json`;
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, name);
  // Written aside and renamed, so a reader never sees half a draft.
  await writeFile(`${file}.partial`, `${JSON.stringify(draft, null, 2)}\n`);
  await rename(`${file}.partial`, file);
  return file;
}
