// The audit trail's GraphQL fields: who may read which entries, checked before the arguments are looked at.
import { integerIn } from '../arguments.ts';
import { badUserInput } from '../errors.ts';
import type { AuditAction, AuditLog, AuditPage } from './audit-log.ts';
import { forbiddenArgument } from './errors.ts';
import { type AuthContext, requireRole } from './roles.ts';

export interface AuditContext extends AuthContext {
  audit: AuditLog;
}

const cursorPrefix = 'audit:';

export function encodeAuditCursor(entry: { at: string; id: string }): string {
  return Buffer.from(cursorPrefix + JSON.stringify([entry.at, entry.id]), 'utf8').toString('base64url');
}

export function decodeAuditCursor(argument: string, cursor: string | null | undefined): { at: string; id: string } | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = /^[A-Za-z0-9_-]*$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (decoded.startsWith(cursorPrefix)) {
    try {
      const [at, id] = JSON.parse(decoded.slice(cursorPrefix.length)) as unknown[];
      if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at))) return { at, id };
    } catch {
      // Falls through to the refusal below.
    }
  }
  throw badUserInput(argument, 'is not a cursor this API gave out');
}

export const auditQueryFields = {
  /** Admins read everyone's entries; editors their own; readers none. */
  async auditLog(_: unknown, args: Record<string, unknown>, context: AuditContext) {
    const viewer = requireRole(context, 'editor');
    const actor = (args.actor as string | null | undefined) ?? null;
    if (viewer.role !== 'admin' && actor !== null && actor !== viewer.name) {
      throw forbiddenArgument('actor', `may name only yourself (${viewer.name}): editors see their own entries`);
    }
    const first = integerIn('first', args.first as number, 1, 500);
    const after = decodeAuditCursor('after', args.after as string | null);
    const page = await context.audit.page({
      first,
      after,
      actor: viewer.role === 'admin' ? actor : viewer.name,
      action: (args.action as AuditAction | null | undefined) ?? null,
    });
    return auditConnection(page, after);
  },
};

function auditConnection(page: AuditPage, after: { at: string; id: string } | null) {
  const edges = page.entries.map((node) => ({ cursor: encodeAuditCursor(node), node }));
  return {
    edges,
    nodes: page.entries,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      // Paging runs forwards only: a page after a cursor always has one before it.
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A published finding's history: its assessment's publishing or import and withdrawal, and its disputes. */
export const findingHistoryField = {
  async history(finding: { id: string; assessmentId: string }, args: Record<string, unknown>, context: AuditContext) {
    requireRole(context, 'editor');
    const first = integerIn('first', args.first as number, 1, 500);
    const after = decodeAuditCursor('after', args.after as string | null);
    const page = await context.audit.page({ first, after, actor: null, action: null, targets: [`finding:${finding.id}`, `assessment:${finding.assessmentId}`] });
    return auditConnection(page, after);
  },
};
