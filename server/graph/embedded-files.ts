// The files the embedded Neo4j keeps beside its store: the password of user neo4j and, while it runs, its Bolt address.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The one user of the embedded Neo4j: Community edition has no roles, so every client is its admin. */
export const embeddedUsername = 'neo4j';

export interface EmbeddedCredentials {
  username: string;
  password: string;
}

/** Written by the launcher on its first start (mode 0600) and set as the password of user neo4j on every start. */
export function passwordFile(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'password');
}

/** Holds `bolt://host:port` while a launcher serves this folder; a crash can leave it behind. */
export function addressFile(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'bolt-address');
}

export async function readEmbeddedCredentials(dataDir: string): Promise<EmbeddedCredentials> {
  const file = passwordFile(dataDir);
  let password: string;
  try {
    password = (await readFile(file, 'utf8')).trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`No Neo4j password in ${file}: the embedded Neo4j writes it on its first start`);
    if (code === 'EACCES') throw new Error(`Cannot read the Neo4j password in ${file}: it is readable by its owner only`);
    throw error;
  }
  if (password === '') throw new Error(`The Neo4j password file ${file} is empty; delete it and start again to have a new one`);
  return { username: embeddedUsername, password };
}

/** The address a launcher on this folder announced, if the file is there; whether it still answers is the caller's question. */
export async function readAnnouncedAddress(dataDir: string): Promise<string | undefined> {
  try {
    const uri = (await readFile(addressFile(dataDir), 'utf8')).trim();
    return /^bolt:\/\/\S+$/.test(uri) ? uri : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
