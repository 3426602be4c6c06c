// `npm run token -- create|list|revoke`: manages API tokens in Neo4j, whether or not the server is running.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { isRole, roles } from './auth/roles.ts';
import { type TokenInfo, TokenStore } from './auth/token-store.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabaseForCommand } from './graph/database.ts';

const usage = `usage:
  npm run token -- create --name NAME --role ${roles.join('|')} [--expires DAYS]
  npm run token -- list
  npm run token -- revoke NAME`;

class UsageError extends Error {
  override name = 'UsageError';
}

type Command =
  | { kind: 'create'; name: string; role: (typeof roles)[number]; expiresInDays?: number }
  | { kind: 'list' }
  | { kind: 'revoke'; name: string };

export function parseCommand(argv: string[]): Command {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: { name: { type: 'string' }, role: { type: 'string' }, expires: { type: 'string' } },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  })();
  const [kind, ...rest] = positionals;
  if (kind === 'create') {
    if (rest.length > 0) throw new UsageError(`create takes no positional arguments, got "${rest.join(' ')}"`);
    if (!values.name) throw new UsageError('create needs --name');
    if (!isRole(values.role)) throw new UsageError(`create needs --role, one of ${roles.join(', ')}${values.role ? `; got "${values.role}"` : ''}`);
    let expiresInDays: number | undefined;
    if (values.expires !== undefined) {
      expiresInDays = Number(values.expires);
      if (!/^\d+$/.test(values.expires) || expiresInDays < 1 || expiresInDays > 3650) {
        throw new UsageError(`--expires must be a whole number of days from 1 to 3650, got "${values.expires}"`);
      }
    }
    return { kind, name: values.name, role: values.role, expiresInDays };
  }
  if (kind === 'list') {
    if (rest.length > 0 || Object.keys(values).length > 0) throw new UsageError('list takes no arguments');
    return { kind };
  }
  if (kind === 'revoke') {
    if (rest.length !== 1 || Object.keys(values).length > 0) throw new UsageError('revoke takes the token name alone');
    return { kind, name: rest[0]! };
  }
  throw new UsageError(kind === undefined ? 'no command given' : `unknown command "${kind}"`);
}

function status(token: TokenInfo, now: Date): string {
  if (token.revoked) return `revoked ${token.revoked}`;
  if (token.expires && new Date(token.expires) <= now) return 'expired';
  return 'active';
}

function table(tokens: TokenInfo[], now: Date): string {
  const rows = [['NAME', 'ROLE', 'CREATED', 'EXPIRES', 'STATUS'], ...tokens.map((t) => [t.name, t.role, t.created, t.expires ?? 'never', status(t, now)])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

async function main(): Promise<void> {
  const command = parseCommand(process.argv.slice(2));
  const config = loadConfig();
  // stdout carries the result alone (a new token can be captured with $(…)); everything else goes to stderr.
  const database = await openDatabaseForCommand(config.neo4j, (line) => console.error(line));
  const store = new TokenStore(database.driver, { database: config.neo4j.database, queryTimeoutMs: config.neo4j.queryTimeoutMs });
  // A command run on the machine acts as the account that runs it: whoever can do that can read the store anyway.
  const actor = `local:${os.userInfo().username}`;
  try {
    await database.driver.verifyConnectivity({ database: config.neo4j.database });
    await store.ensureSchema();
    if (command.kind === 'create') {
      const { secret, token } = await store.create({ ...command, actor });
      console.log(secret);
      console.error(`created ${token.role} token "${token.name}"${token.expires ? `, expires ${token.expires}` : ''}; it is shown this once`);
    } else if (command.kind === 'list') {
      const tokens = await store.list();
      console.log(tokens.length === 0 ? 'no tokens' : table(tokens, new Date()));
    } else {
      const revoked = await store.revoke({ name: command.name, actor });
      console.error(revoked ? `revoked token "${command.name}"` : `token "${command.name}" was already revoked`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`token: ${error.message}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const message = error instanceof ConfigError ? `configuration: ${error.message}` : error instanceof Error ? error.message : String(error);
  console.error(`token failed: ${message}`);
  process.exitCode = 1;
});
