// Admins' corrections of the entities themselves: merging two entities that are one (the findings of both then
// name the one kept), and splitting off the findings that are about another. Each is one transaction with its
// audit entry.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { writeAuditEntry } from '../auth/audit-log.ts';
import { badUserInput, notFound } from '../errors.ts';
import { type EntityKind, kindOfLabel, labelOfKind } from '../graph/records.ts';
import { writeTransaction } from '../graph/write-transaction.ts';
import { slug } from '../ingest/link-entities.ts';
import { createSplitEntityQuery, findingsInvolvingQuery, lockEntitiesQuery, mergeEntityQuery, splitFindingsQuery } from './queries.ts';

interface LockedEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  findings: number;
}

export class EntityCuration {
  constructor(
    private readonly driver: Driver,
    private readonly options: { database?: string; queryTimeoutMs: number; writeTimeoutMs?: number },
  ) {}

  /** `from` is merged into `into`: its findings, relationships and names (as aliases) move, and it is gone. */
  async merge(args: { into: string; from: string; reason: string; actor: string; at?: Date }): Promise<string> {
    if (args.into === args.from) throw badUserInput('from', 'names the entity to merge into: give two different entities');
    const at = args.at ?? new Date();
    return this.write(async (tx) => {
      const found = await this.lock(tx, [args.into, args.from]);
      const into = found.get(args.into);
      const from = found.get(args.from);
      if (!into) throw notFound('into', args.into);
      if (!from) throw notFound('from', args.from);
      if (into.kind !== from.kind) throw badUserInput('from', `is a ${from.kind} and ${into.id} a ${into.kind}: only entities of one kind are merged`);
      const { records } = await tx.run(mergeEntityQuery, { into: args.into, from: args.from });
      await writeAuditEntry(tx, {
        actor: args.actor,
        action: 'ENTITY_MERGED',
        target: `entity:${args.into}`,
        before: { into, from, reason: args.reason },
        after: { id: args.into, aliases: records[0]!.get('aliases') },
        at,
      });
      return args.into;
    }, { action: 'merge', into: args.into, from: args.from });
  }

  /** The named findings of `id` are about another entity: a new one, named `name`, of the same kind. */
  async split(args: { id: string; findings: string[]; name: string; reason: string; actor: string; at?: Date }): Promise<string> {
    const at = args.at ?? new Date();
    const name = args.name.trim();
    const newId = slug(name);
    if (newId === '') throw badUserInput('name', 'has no letters or digits to make an id of');
    if (args.findings.length === 0) throw badUserInput('findings', 'must name at least one finding to split off');
    return this.write(async (tx) => {
      const found = await this.lock(tx, [args.id, newId]);
      const entity = found.get(args.id);
      if (!entity) throw notFound('id', args.id);
      if (found.has(newId)) throw badUserInput('name', `makes the id ${newId}, which the graph already has: merge into it instead`);
      const involved = (await tx.run(findingsInvolvingQuery, { findings: args.findings, id: args.id })).records[0]!.get('found') as string[];
      const strangers = args.findings.filter((f) => !involved.includes(f));
      if (strangers.length > 0) throw badUserInput('findings', `names findings that do not involve ${args.id}: ${strangers.join(', ')}`);
      if (involved.length === entity.findings) throw badUserInput('findings', `names every finding of ${args.id}: rename it instead of splitting it`);
      await tx.run(createSplitEntityQuery, { id: newId, name, pillar: null, label: labelOfKind[entity.kind] });
      await tx.run(splitFindingsQuery, { from: args.id, to: newId, findings: involved });
      await writeAuditEntry(tx, {
        actor: args.actor,
        action: 'ENTITY_SPLIT',
        target: `entity:${args.id}`,
        before: { entity, reason: args.reason },
        after: { id: newId, name, kind: entity.kind, findings: involved },
        at,
      });
      return newId;
    });
  }

  private async lock(tx: ManagedTransaction, ids: string[]): Promise<Map<string, LockedEntity>> {
    const { records } = await tx.run(lockEntitiesQuery, { ids });
    return new Map(
      records.flatMap((r) => {
        const kind = kindOfLabel.get(r.get('label'));
        return kind ? [[r.get('id') as string, { id: r.get('id'), name: r.get('name'), kind, aliases: r.get('aliases'), findings: Number(r.get('findings')) }] as const] : [];
      }),
    );
  }

  /** `metadata` names the change in Neo4j's SHOW TRANSACTIONS, for whoever watches a long merge. */
  private write<T>(work: (tx: ManagedTransaction) => Promise<T>, metadata?: Record<string, string>): Promise<T> {
    return writeTransaction(this.driver, { database: this.options.database, timeoutMs: this.options.writeTimeoutMs ?? this.options.queryTimeoutMs }, work, metadata);
  }
}
