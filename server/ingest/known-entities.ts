// The entities of the seed graph, read from the seed's Cypher files (cypher/20-*.cypher) without opening the
// database, so a draft can link to them while `npm start` holds the store.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCypherScript } from '../graph/cypher-script.ts';
import { kindOfLabel } from '../graph/records.ts';
import type { KnownEntity } from './link-entities.ts';

const stringLiteral = String.raw`"((?:[^"\\]|\\.)*)"`;

/** Entities in MERGE (n:Entity {id: "…"}) SET n:Label, n.name = "…"[, n.aliases = [ … ]] statements. */
export function parseSeedEntities(script: string, file: string): KnownEntity[] {
  const found: KnownEntity[] = [];
  for (const { text } of parseCypherScript(script, file)) {
    const id = new RegExp(`MERGE\\s*\\(\\w+:Entity\\s*\\{\\s*id:\\s*${stringLiteral}`).exec(text)?.[1];
    const label = /SET\s+\w+:(\w+)/.exec(text)?.[1];
    const name = new RegExp(`\\.name\\s*=\\s*${stringLiteral}`).exec(text)?.[1];
    const kind = label ? kindOfLabel.get(label) : undefined;
    if (!id || !name || !kind) continue;
    const list = /\.aliases\s*=\s*\[([^\]]*)\]/.exec(text)?.[1];
    const aliases = list ? [...list.matchAll(new RegExp(stringLiteral, 'g'))].map((m) => m[1]!) : undefined;
    found.push({ id, name, kind, ...(aliases && aliases.length > 0 ? { aliases } : {}) });
  }
  return found;
}

export async function readSeedEntities(directory: string): Promise<KnownEntity[]> {
  const files = (await readdir(directory)).filter((name) => /^20-.*\.cypher$/.test(name)).sort();
  const all = await Promise.all(files.map(async (name) => parseSeedEntities(await readFile(path.join(directory, name), 'utf8'), name)));
  return all.flat();
}
