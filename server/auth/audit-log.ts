// The audit trail: one (:AuditEntry) per change, written in the change's own transaction, read page by page.
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { AuditAction } from '../generated/resolver-types.ts';
import { classifyDatabaseError } from '../graph/errors.ts';
import { isoInstant } from '../graph/mappers.ts';
import { runRead } from '../graph/read-query.ts';
import { auditPageQuery, writeAuditEntryQuery } from './queries.ts';

/** Every kind of change recorded: the schema's enum AuditAction. */
export type { AuditAction };

export interface AuditEntry {
  id: string;
  /** ISO 8601, UTC. */
  at: string;
  /** Who: a token's name, the user a proxy vouched for, or `local:<user>` for a command run on the machine. */
  actor: string;
  action: AuditAction;
  /** What changed, e.g. `token:alice`. */
  target: string;
  /** The changed values as JSON, before and after; null when there was nothing before (or is nothing after). */
  before: string | null;
  after: string | null;
}

export interface AuditChange {
  actor: string;
  action: AuditAction;
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The change's time, shared with the values it stamps. */
  at: Date;
}

export interface AuditPage {
  entries: AuditEntry[];
  totalCount: number;
  hasNextPage: boolean;
}

/** Records a change inside the transaction that makes it: both are committed, or neither. */
export async function writeAuditEntry(tx: ManagedTransaction, change: AuditChange): Promise<AuditEntry> {
  const entry: AuditEntry = {
    id: randomUUID(),
    at: change.at.toISOString(),
    actor: change.actor,
    action: change.action,
    target: change.target,
    before: change.before === null ? null : JSON.stringify(change.before),
    after: change.after === null ? null : JSON.stringify(change.after),
  };
  await tx.run(writeAuditEntryQuery, entry);
  return entry;
}

export interface AuditLogOptions {
  database?: string;
  queryTimeoutMs: number;
}

export class AuditLog {
  constructor(
    private readonly driver: Driver,
    private readonly options: AuditLogOptions,
  ) {}

  /** Entries newest first, `first` at a time, after the entry (at, id) of a previous page's last. */
  async page(args: { first: number; after: { at: string; id: string } | null; actor: string | null; action: AuditAction | null; targets?: string[] }): Promise<AuditPage> {
    try {
      const { records } = await runRead(
        this.driver,
        auditPageQuery,
        {
          actor: args.actor,
          action: args.action,
          targets: args.targets ?? null,
          afterAt: args.after?.at ?? null,
          afterId: args.after?.id ?? null,
          limit: neo4j.int(args.first + 1),
        },
        { database: this.options.database, timeoutMs: this.options.queryTimeoutMs, retryWindowMs: this.options.queryTimeoutMs },
      );
      const record = records[0]!;
      const rows = record.get('entries') as unknown[][];
      const entries = rows.slice(0, args.first).map(([id, at, actor, action, target, before, after]) => ({
        id: id as string,
        // ISO 8601 with milliseconds sorts as it reads.
        at: isoInstant(at)!,
        actor: actor as string,
        action: action as AuditAction,
        target: target as string,
        before: (before as string | null) ?? null,
        after: (after as string | null) ?? null,
      }));
      return { entries, totalCount: Number(record.get('totalCount')), hasNextPage: rows.length > args.first };
    } catch (error) {
      throw classifyDatabaseError(error);
    }
  }
}
