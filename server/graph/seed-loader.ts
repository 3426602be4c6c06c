// Applies the numbered cypher/*.cypher scripts in order: schema on its own, each file's data atomically.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver, Session } from 'neo4j-driver';
import { type CypherStatement, CypherScriptError, parseCypherScript } from './cypher-script.ts';
import { type IndexDefinition, indexDefinition, sameDefinition } from './index-definition.ts';

export interface SeedOptions {
  directory: string;
  database?: string;
  onProgress?: (message: string) => void;
  /** Pass over scripts whose exact text was applied before (start-up uses this; `npm run seed` does not). */
  skipUnchanged?: boolean;
}

export interface SeedFileResult {
  file: string;
  schemaStatements: number;
  dataStatements: number;
  skipped: boolean;
  /** Indexes dropped because their definition differed from the script's, then created anew by it. */
  replacedIndexes: string[];
}

/**
 * Each applied script leaves a (:SeedScript {id, file, sha256}) node, written in the same transaction as
 * its data, so "this text was applied" is never recorded for a half-applied file.
 */
const recordScript = `
MERGE (s:SeedScript {id: $id})
SET s.file = $file, s.sha256 = $sha256
REMOVE s.claimed`;

const appliedScripts = 'MATCH (s:SeedScript) RETURN s.file AS file, s.sha256 AS sha256';

/**
 * Taken first in a file's transaction: writing its (:SeedScript) node locks it, so two seeds of the same file
 * (two commands, or tests re-seeding side by side) run one after the other instead of interleaving a delete and
 * a create each. The constraint on SeedScript ids (00-schema) keeps the first MERGE from making two nodes.
 */
const claimScript = `
MERGE (s:SeedScript {id: $id})
SET s.claimed = randomUUID()`;

const scriptName = /^\d+[-_].*\.cypher$/;

const existingIndex = `
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
WHERE name = $name
RETURN type, entityType, labelsOrTypes, properties, owningConstraint`;

/** The scripts a directory holds, in the order they apply (by their number, then name). */
export async function listSeedScripts(directory: string): Promise<string[]> {
  const names = (await readdir(directory)).filter((name) => scriptName.test(name));
  return names.sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b));
}

/**
 * Every script is parsed before anything runs, so a syntax slip in the last file changes nothing.
 * A file's data statements share one write transaction: if any fails, that file leaves no trace.
 */
export async function seedGraph(driver: Driver, options: SeedOptions): Promise<SeedFileResult[]> {
  const progress = options.onProgress ?? (() => {});
  const names = await listSeedScripts(options.directory);
  if (names.length === 0) throw new Error(`no numbered .cypher scripts in ${options.directory}`);

  const scripts = await Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(options.directory, name), 'utf8');
      return { name, sha256: createHash('sha256').update(text).digest('hex'), statements: parseCypherScript(text, name) };
    }),
  );
  const applied = options.skipUnchanged ? await appliedHashes(driver, options.database) : new Map<string, string>();

  const results: SeedFileResult[] = [];
  for (const [index, { name, sha256, statements }] of scripts.entries()) {
    const schema = statements.filter((s) => s.kind === 'schema');
    const data = statements.filter((s) => s.kind === 'data');
    if (applied.get(name) === sha256) {
      progress(`[${index + 1}/${scripts.length}] ${name}: unchanged since it was applied`);
      results.push({ file: name, schemaStatements: schema.length, dataStatements: data.length, skipped: true, replacedIndexes: [] });
      continue;
    }
    progress(`[${index + 1}/${scripts.length}] ${name}: ${schema.length} schema, ${data.length} data statements`);
    const replacedIndexes = await applySchema(driver, options.database, name, schema, progress);
    await applyData(driver, options.database, name, data, { id: `seed-script:${name}`, file: name, sha256 });
    results.push({ file: name, schemaStatements: schema.length, dataStatements: data.length, skipped: false, replacedIndexes });
  }
  const skipped = results.filter((r) => r.skipped).length;
  progress(`seed scripts: ${results.length - skipped} applied, ${skipped} unchanged`);
  return results;
}

async function appliedHashes(driver: Driver, database: string | undefined): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(appliedScripts, {}, { database, routing: 'READ' });
  return new Map(records.map((record) => [record.get('file') as string, record.get('sha256') as string]));
}

/**
 * `CREATE INDEX name IF NOT EXISTS` keeps whatever index has that name, however old its definition: a
 * database seeded before a relationship type was added would never index the new type. So an index whose
 * type, labels or types, or properties differ from the statement's is dropped first, and the statement
 * creates it as the script says; an index that matches is left alone.
 */
async function applySchema(
  driver: Driver,
  database: string | undefined,
  file: string,
  statements: CypherStatement[],
  progress: (message: string) => void,
): Promise<string[]> {
  if (statements.length === 0) return [];
  const replaced: string[] = [];
  const session = driver.session({ database });
  try {
    for (const statement of statements) {
      try {
        const wanted = indexDefinition(statement.text);
        if (wanted && (await dropIfOutdated(session, file, statement, wanted))) {
          replaced.push(wanted.name);
          progress(`${file}: index ${wanted.name} had an older definition; replacing it`);
        }
        await session.run(statement.text);
      } catch (error) {
        throw error instanceof CypherScriptError ? error : scriptError(file, statement, error);
      }
    }
    // Queries right after seeding rely on the full-text indexes, which populate asynchronously.
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return replaced;
}

/** Drops the index of that name when its definition is not the wanted one; true when it did. */
async function dropIfOutdated(session: Session, file: string, statement: CypherStatement, wanted: IndexDefinition): Promise<boolean> {
  const { records } = await session.run(existingIndex, { name: wanted.name });
  const existing = records[0];
  if (!existing) return false;
  const current = {
    type: existing.get('type') as string,
    entityType: existing.get('entityType') as IndexDefinition['entityType'],
    labelsOrTypes: (existing.get('labelsOrTypes') as string[] | null) ?? [],
    properties: (existing.get('properties') as string[] | null) ?? [],
  };
  if (sameDefinition(current, wanted)) return false;
  // A constraint's index goes only with its constraint; dropping that is a decision for a person, not the seed.
  if (existing.get('owningConstraint') !== null) {
    const constraint = String(existing.get('owningConstraint'));
    throw new CypherScriptError(file, statement.line, `index ${wanted.name} belongs to constraint ${constraint} and differs from this statement`);
  }
  // An index name cannot be a parameter; this one comes from our own script, quoted as a name.
  await session.run(`DROP INDEX \`${wanted.name.replace(/`/g, '``')}\` IF EXISTS`);
  return true;
}

async function applyData(
  driver: Driver,
  database: string | undefined,
  file: string,
  statements: CypherStatement[],
  record: { id: string; file: string; sha256: string },
) {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(claimScript, { id: record.id });
      for (const statement of statements) {
        try {
          await tx.run(statement.text);
        } catch (error) {
          throw scriptError(file, statement, error);
        }
      }
      await tx.run(recordScript, record);
    });
  } finally {
    await session.close();
  }
}

/** Neo4j reports positions relative to the statement; the analyst needs the line in the file. */
function scriptError(file: string, statement: CypherStatement, error: unknown): CypherScriptError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /\(line (\d+), column \d+/.exec(message);
  const line = position ? statement.line + Number(position[1]) - 1 : statement.line;
  const firstLine = message.split('\n')[0] ?? message;
  return new CypherScriptError(file, line, `Neo4j refused the statement: ${firstLine}`);
}
