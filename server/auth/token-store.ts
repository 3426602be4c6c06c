// Tokens in Neo4j: create, list, revoke (each with its audit entry in the same transaction), and identify a bearer.
import type { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { classifyDatabaseError } from '../graph/errors.ts';
import { isoInstant } from '../graph/mappers.ts';
import { runRead } from '../graph/read-query.ts';
import { writeAuditEntry } from './audit-log.ts';
import {
  authSchemaStatements,
  createTokenQuery,
  listTokensQuery,
  revokeTokenQuery,
  tokenByHashQuery,
  tokenByNameQuery,
} from './queries.ts';
import { isRole, type Role } from './roles.ts';
import { checkTokenName, hashToken, newTokenSecret } from './tokens.ts';

export interface TokenInfo {
  name: string;
  role: Role;
  created: string;
  expires: string | null;
  revoked: string | null;
}

/** Who a bearer is, or why they are not let in (for the log, never the client). */
export type Identification = { name: string; role: Role } | { refused: 'unknown' | 'expired' | 'revoked' };

export interface TokenStoreOptions {
  database?: string;
  queryTimeoutMs: number;
}

export class TokenError extends Error {
  override name = 'TokenError';
}


function tokenInfo(record: Neo4jRecord): TokenInfo {
  return {
    name: record.get('name'),
    role: record.get('role'),
    created: isoInstant(record.get('created'))!,
    expires: isoInstant(record.get('expires') ?? null),
    revoked: isoInstant(record.get('revoked') ?? null),
  };
}

export class TokenStore {
  constructor(
    private readonly driver: Driver,
    private readonly options: TokenStoreOptions,
  ) {}

  /** The uniqueness constraints and indexes tokens and audit entries rely on; cheap once they exist. */
  async ensureSchema(): Promise<void> {
    for (const statement of authSchemaStatements) {
      await this.driver.executeQuery(statement, {}, { database: this.options.database });
    }
  }

  /** Stores a new token and its audit entry together, and returns the secret: the only time it exists outside. */
  async create(args: { name: string; role: Role; expiresInDays?: number; actor: string; now?: Date }): Promise<{ secret: string; token: TokenInfo }> {
    const name = checkTokenName(args.name);
    if (!isRole(args.role)) throw new TokenError(`unknown role "${String(args.role)}"`);
    const now = args.now ?? new Date();
    const expires = args.expiresInDays === undefined ? null : new Date(now.getTime() + args.expiresInDays * 86_400_000).toISOString();
    const secret = newTokenSecret();
    const token = await this.write(async (tx) => {
      if ((await tx.run(tokenByNameQuery, { name })).records.length > 0) {
        throw new TokenError(`a token named "${name}" already exists (names stay taken after revocation, for the audit trail)`);
      }
      const created = tokenInfo((await tx.run(createTokenQuery, { name, hash: hashToken(secret), role: args.role, now: now.toISOString(), expires })).records[0]!);
      await writeAuditEntry(tx, {
        actor: args.actor,
        action: 'TOKEN_CREATED',
        target: `token:${name}`,
        before: null,
        after: { name, role: created.role, expires: created.expires },
        at: now,
      });
      return created;
    });
    return { secret, token };
  }

  /** Revokes the named token at once; false when it already was. */
  async revoke(args: { name: string; actor: string; now?: Date }): Promise<boolean> {
    const now = args.now ?? new Date();
    return this.write(async (tx) => {
      const found = (await tx.run(tokenByNameQuery, { name: args.name })).records[0];
      if (!found) throw new TokenError(`no token is named "${args.name}"`);
      const before = tokenInfo(found);
      if (before.revoked !== null) return false;
      const after = tokenInfo((await tx.run(revokeTokenQuery, { name: args.name, now: now.toISOString() })).records[0]!);
      await writeAuditEntry(tx, {
        actor: args.actor,
        action: 'TOKEN_REVOKED',
        target: `token:${args.name}`,
        before: { revoked: before.revoked },
        after: { revoked: after.revoked },
        at: now,
      });
      return true;
    });
  }

  async list(): Promise<TokenInfo[]> {
    const { records } = await this.driver.executeQuery(listTokensQuery, {}, { database: this.options.database, routing: 'READ' });
    return records.map(tokenInfo);
  }

  /** Looks a presented secret up by its hash. */
  async identify(secret: string): Promise<Identification> {
    try {
      const { records } = await runRead(this.driver, tokenByHashQuery, { hash: hashToken(secret) }, {
        database: this.options.database,
        timeoutMs: this.options.queryTimeoutMs,
        retryWindowMs: this.options.queryTimeoutMs,
      });
      const record = records[0];
      if (!record) return { refused: 'unknown' };
      if (record.get('revoked')) return { refused: 'revoked' };
      if (record.get('expired')) return { refused: 'expired' };
      return { name: record.get('name'), role: record.get('role') };
    } catch (error) {
      throw classifyDatabaseError(error);
    }
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database });
    try {
      return await session.executeWrite(work, { timeout: this.options.queryTimeoutMs });
    } finally {
      await session.close();
    }
  }
}
