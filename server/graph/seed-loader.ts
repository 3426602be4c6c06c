// Applies the numbered cypher/*.cypher scripts in order: schema on its own, each file's data atomically.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { type CypherStatement, CypherScriptError, parseCypherScript } from './cypher-script.ts';

export interface SeedOptions {
  directory: string;
  database?: string;
  onProgress?: (message: string) => void;
}

export interface SeedFileResult {
  file: string;
  schemaStatements: number;
  dataStatements: number;
}

const scriptName = /^\d+[-_].*\.cypher$/;

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
    names.map(async (name) => ({
      name,
      statements: parseCypherScript(await readFile(path.join(options.directory, name), 'utf8'), name),
    })),
  );

  const results: SeedFileResult[] = [];
  for (const [index, { name, statements }] of scripts.entries()) {
    const schema = statements.filter((s) => s.kind === 'schema');
    const data = statements.filter((s) => s.kind === 'data');
    progress(`[${index + 1}/${scripts.length}] ${name}: ${schema.length} schema, ${data.length} data statements`);
    await applySchema(driver, options.database, name, schema);
    await applyData(driver, options.database, name, data);
    results.push({ file: name, schemaStatements: schema.length, dataStatements: data.length });
  }
  progress(`seeded ${scripts.length} scripts`);
  return results;
}

async function applySchema(driver: Driver, database: string | undefined, file: string, statements: CypherStatement[]) {
  if (statements.length === 0) return;
  const session = driver.session({ database });
  try {
    for (const statement of statements) {
      try {
        await session.run(statement.text);
      } catch (error) {
        throw scriptError(file, statement, error);
      }
    }
    // Queries right after seeding rely on the full-text indexes, which populate asynchronously.
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}

async function applyData(driver: Driver, database: string | undefined, file: string, statements: CypherStatement[]) {
  if (statements.length === 0) return;
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of statements) {
        try {
          await tx.run(statement.text);
        } catch (error) {
          throw scriptError(file, statement, error);
        }
      }
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
