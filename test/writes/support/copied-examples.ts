// The fictional sample assessments copied under names of their own, so a test can load them into the writes Neo4j
// while another file there loads and removes the originals: every id, name and alias differs, every offset holds.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { examplesDirectory } from '../../../server/examples.ts';

/** Same-length words, so each quote keeps its offsets in the copied text. */
const renames: [RegExp, string][] = [
  [/Harrowdale/g, 'Wyvernmoor'],
  [/harrowdale/g, 'wyvernmoor'],
  [/Brackenfield/g, 'Thistlemarsh'],
  [/brackenfield/g, 'thistlemarsh'],
  [/Ashcombe/g, 'Ashcroft'],
  [/ashcombe/g, 'ashcroft'],
  [/Wrenfield/g, 'Wrenmoore'],
  [/wrenfield/g, 'wrenmoore'],
];

const renamed = (text: string) => renames.reduce((value, [pattern, replacement]) => value.replace(pattern, replacement), text);

/** Ids and names the originals share with other assessments (themes, say) get a mark of the copy. */
const sharedId = (id: string) => `copy-${id}`;
const sharedName = (name: string) => `${name} (copy)`;

function deepMap(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => deepMap(item, map));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deepMap(item, map)]));
  return value;
}

export const copiedIds = {
  force: 'wyvernmoor-constabulary',
  otherForce: 'thistlemarsh-police',
  earlier: 'wyvernmoor-peel-assessment-2021',
  later: 'wyvernmoor-peel-assessment-2023',
  other: 'thistlemarsh-peel-assessment-2022',
};

/** Writes the copies to a fresh temporary folder and returns it. */
export async function copyExamples(): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), 'peel-graph-copied-examples-'));
  for (const name of (await readdir(examplesDirectory)).filter((file) => file.endsWith('.json'))) {
    const file = JSON.parse(renamed(await readFile(path.join(examplesDirectory, name), 'utf8'))) as {
      entities: { id: string; name: string; aliases: string[] }[];
    };
    const shared = new Set(file.entities.map((entity) => entity.id).filter((id) => !/wyvernmoor|thistlemarsh|ashcroft|wrenmoore/.test(id)));
    const copied = deepMap(file, (text) => (shared.has(text) ? sharedId(text) : text)) as typeof file;
    for (const entity of copied.entities) {
      if (!shared.has(entity.id.replace(/^copy-/, ''))) continue;
      entity.name = sharedName(entity.name);
      entity.aliases = entity.aliases.map(sharedName);
    }
    await writeFile(path.join(directory, renamed(name)), `${JSON.stringify(copied, null, 2)}\n`);
  }
  return directory;
}
