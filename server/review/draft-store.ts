// Drafts in Neo4j: kept, changed finding by finding against a version, published all at once. Every change is one
// write transaction with its audit entry, so a change and its record are both committed or neither.
import { randomBytes } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { applyAssessment } from '../assessments/apply-assessment.ts';
import { AssessmentNotFoundError, withdrawAssessment } from '../assessments/withdraw-assessment.ts';
import { type AuditAction, writeAuditEntry } from '../auth/audit-log.ts';
import { badUserInput, notFound } from '../errors.ts';
import { classifyDatabaseError } from '../graph/errors.ts';
import { runRead } from '../graph/read-query.ts';
import { writeTransaction } from '../graph/write-transaction.ts';
import { kindOfLabel } from '../graph/records.ts';
import type { EntityLookupRequest } from '../ingest/entity-lookup.ts';
import type { KnownEntity } from '../ingest/link-entities.ts';
import { exactTermQueries } from '../graph/search-text.ts';
import type { DraftFindingRecord, DraftRecord } from './draft-records.ts';
import { conflict } from './errors.ts';
import { type FindingChange, inferredFromFor, type NewFinding, resolveParticipants, respan } from './finding-changes.ts';
import {
  addDraftFindingQuery,
  createDraftQuery,
  discardDraftQuery,
  disputeFindingQuery,
  draftQuery,
  draftsPageQuery,
  entitiesByIdQuery,
  entitiesNamedQuery,
  lockDraftFindingQuery,
  lockDraftQuery,
  lockFindingQuery,
  markDraftPublishedQuery,
  updateDraftFindingQuery,
} from './queries.ts';
import { type GraphEntity, toAssessmentFile } from './to-assessment-file.ts';
import { fromStoredDraft, fromStoredFinding, type NewDraft, type StoredDraft, type StoredFinding, toStored } from './stored-draft.ts';

export interface DraftStoreOptions {
  database?: string;
  queryTimeoutMs: number;
  /** For changes; the reads' timeout when not given. */
  writeTimeoutMs?: number;
}

export interface DraftPage {
  drafts: DraftRecord[];
  totalCount: number;
  hasNextPage: boolean;
}

export class DraftStore {
  constructor(
    private readonly driver: Driver,
    private readonly options: DraftStoreOptions,
  ) {}

  /** The entities a document may name (see EntityLookup), found through the graph's indexes. */
  async lookUpEntities({ keys, ids }: EntityLookupRequest): Promise<KnownEntity[]> {
    const { records } = await this.read(entitiesNamedQuery, { queries: exactTermQueries(keys), ids });
    return records.flatMap((r) => {
      const kind = kindOfLabel.get(r.get('label'));
      return kind ? [{ id: r.get('id'), name: r.get('name'), kind, aliases: r.get('aliases') }] : [];
    });
  }

  async create(input: Omit<NewDraft, 'id'>, at = new Date()): Promise<DraftRecord> {
    const id = `draft-${randomBytes(6).toString('hex')}`;
    const actor = input.createdBy;
    const stored = toStored({ ...input, id });
    return this.write(async (tx) => {
      await tx.run(createDraftQuery, { draft: stored.draft, findings: stored.findings, at: at.toISOString() });
      await this.audit(tx, actor, 'DRAFT_STARTED', `draft:${id}`, null, { assessment: stored.draft.assessment, findings: stored.findings.length, file: stored.draft.file }, at);
      return this.lockedDraft(tx, id);
    });
  }

  async get(id: string, withFindings: boolean): Promise<DraftRecord | null> {
    const { records } = await this.read(draftQuery, { id, withFindings });
    const record = records[0];
    return record ? fromStoredDraft(record.get('draft'), record.get('progress'), record.get('findings')) : null;
  }

  async page(args: { first: number; after: { at: string; id: string } | null; withFindings: boolean }): Promise<DraftPage> {
    const { records } = await this.read(draftsPageQuery, {
      afterAt: args.after?.at ?? null,
      afterId: args.after?.id ?? null,
      limit: neo4j.int(args.first + 1),
      withFindings: args.withFindings,
    });
    const record = records[0]!;
    const rows = record.get('drafts') as { draft: StoredDraft; progress: Record<string, unknown>; findings: StoredFinding[] | null }[];
    return {
      drafts: rows.slice(0, args.first).map((row) => fromStoredDraft(row.draft, row.progress, row.findings)),
      totalCount: Number(record.get('totalCount')),
      hasNextPage: rows.length > args.first,
    };
  }

  /** Changes a finding's fields; it goes back to DRAFT, to be accepted as changed. */
  async editFinding(id: string, version: number, change: FindingChange, actor: string, at = new Date()): Promise<DraftFindingRecord> {
    return this.write(async (tx) => {
      const { finding, draft } = await this.lockedFinding(tx, id, version);
      const changes: Record<string, unknown> = {};
      if (change.type !== undefined) changes.type = change.type;
      if (change.judgement !== undefined) changes.judgement = change.judgement;
      if (change.status !== undefined) changes.status = change.status;
      if (change.basis !== undefined) changes.basis = change.basis;
      if (change.basis !== undefined || change.inferredFrom !== undefined) {
        const basis = change.basis ?? finding.basis;
        // Making a finding stated lets go of the sentences it was inferred from, unless new ones are given.
        const inferred = change.inferredFrom ?? (basis === 'STATED' ? [] : finding.inferredFrom);
        changes.inferredFrom = inferredFromFor('input.inferredFrom', basis, finding.sentence, draft.sentences.length, inferred);
      }
      if (change.participants !== undefined) {
        const known = await this.graphEntities(tx, change.participants.flatMap((p) => (p.entity ? [p.entity] : [])));
        changes.participants = JSON.stringify(resolveParticipants('input.participants', change.participants, known, draft.findings ?? []));
      }
      if (change.start !== undefined || change.end !== undefined) {
        const sentence = draft.sentences[finding.sentence - 1]!;
        Object.assign(changes, respan('input', sentence.text, change.start ?? finding.start, change.end ?? finding.end));
      }
      if (Object.keys(changes).length === 0) throw badUserInput('input', 'changes nothing: give at least one field');
      changes.review = 'DRAFT';
      changes.reviewedBy = null;
      const before = Object.fromEntries(Object.keys(changes).map((key) => [key, (finding as unknown as Record<string, unknown>)[key] ?? null]));
      const updated = await this.update(tx, id, changes, null);
      await this.audit(tx, actor, 'DRAFT_FINDING_EDITED', `draft-finding:${id}`, storedForm(before), changes, at);
      return updated;
    });
  }

  async review(id: string, version: number, verdict: 'ACCEPTED' | 'REJECTED', actor: string, at = new Date()): Promise<DraftFindingRecord> {
    return this.write(async (tx) => {
      const { finding } = await this.lockedFinding(tx, id, version);
      const updated = await this.update(tx, id, { review: verdict, reviewedBy: actor }, at.toISOString());
      await this.audit(tx, actor, verdict === 'ACCEPTED' ? 'DRAFT_FINDING_ACCEPTED' : 'DRAFT_FINDING_REJECTED', `draft-finding:${id}`,
        { review: finding.review.status }, { review: verdict }, at);
      return updated;
    });
  }

  /** A finding a reviewer made: accepted by making it. */
  async addFinding(draftId: string, input: NewFinding, actor: string, at = new Date()): Promise<DraftFindingRecord> {
    return this.write(async (tx) => {
      const draft = await this.lockedDraft(tx, draftId);
      const sentence = draft.sentences[input.sentence - 1];
      if (!sentence) throw badUserInput('input.sentence', `must be a sentence of the draft, from 1 to ${draft.sentences.length}`);
      const span = respan('input', sentence.text, input.start, input.end);
      const inferredFrom = inferredFromFor('input.inferredFrom', input.basis, input.sentence, draft.sentences.length, input.inferredFrom ?? []);
      const known = await this.graphEntities(tx, input.participants.flatMap((p) => (p.entity ? [p.entity] : [])));
      const participants = resolveParticipants('input.participants', input.participants, known, draft.findings ?? []);
      const number = Math.max(0, ...(draft.findings ?? []).map((f) => Number(f.id.slice(f.id.lastIndexOf('/f') + 2)))) + 1;
      const finding = {
        id: `${draftId}/f${number}`,
        draft: draftId,
        number,
        sentence: input.sentence,
        ...span,
        type: input.type,
        judgement: input.judgement,
        basis: input.basis,
        status: input.status,
        inferredFrom,
        participants: JSON.stringify(participants),
        review: 'ACCEPTED',
        reviewedBy: actor,
        cue: null,
        confidence: null,
        version: 1,
      };
      const { records } = await tx.run(addDraftFindingQuery, { draft: draftId, finding, at: at.toISOString() });
      await this.audit(tx, actor, 'DRAFT_FINDING_ADDED', `draft-finding:${finding.id}`, null, finding, at);
      return fromStoredFinding(records[0]!.get('finding'));
    });
  }

  /** Applies every accepted finding as the assessment, in this one transaction with the draft's own record. */
  async publish(id: string, actor: string, at = new Date()): Promise<string> {
    return this.write(async (tx) => {
      const draft = await this.lockedDraft(tx, id);
      const pending = draft.progress.total - draft.progress.reviewed;
      if (pending > 0) throw badUserInput('id', `names a draft with ${pending} of ${draft.progress.total} findings still to review: accept or reject each first`);
      const accepted = (draft.findings ?? []).filter((f) => f.review.status === 'ACCEPTED');
      const ids = new Set<string>();
      for (const finding of accepted) for (const p of finding.participants) if (p.entity.existing) ids.add(p.entity.id);
      for (const entity of [draft.force, draft.inspector]) if (entity?.existing) ids.add(entity.id);
      const file = toAssessmentFile(draft, accepted, await this.graphEntities(tx, [...ids]));
      await applyAssessment(tx, file, { actor, at, action: 'ASSESSMENT_PUBLISHED' });
      await tx.run(markDraftPublishedQuery, { id, at: at.toISOString() });
      return file.assessment.id;
    }, { action: 'publish', draft: id });
  }

  async discard(id: string, actor: string, at = new Date()): Promise<string> {
    return this.write(async (tx) => {
      const draft = await this.lockedDraft(tx, id);
      await tx.run(discardDraftQuery, { id });
      await this.audit(tx, actor, 'DRAFT_DISCARDED', `draft:${id}`, { assessment: draft.assessment, findings: draft.progress.total }, null, at);
      return id;
    });
  }

  async withdraw(assessment: string, reason: string, actor: string, at = new Date()): Promise<string> {
    return this.write(async (tx) => {
      try {
        await withdrawAssessment(tx, assessment, { actor, at, reason });
      } catch (error) {
        throw error instanceof AssessmentNotFoundError ? notFound('id', assessment, 'assessment') : error;
      }
      return assessment;
    });
  }

  /** Marks a published finding disputed; it stays visible, marked, with the reason. */
  async dispute(id: string, reason: string, actor: string, at = new Date()): Promise<void> {
    await this.write(async (tx) => {
      const found = (await tx.run(lockFindingQuery, { id })).records[0];
      if (!found) throw notFound('id', id, 'finding');
      const before = found.get('review') as Record<string, unknown>;
      await tx.run(disputeFindingQuery, { id, reason, actor, at: at.toISOString() });
      await this.audit(tx, actor, 'FINDING_DISPUTED', `finding:${id}`, before, { review: 'DISPUTED', reason }, at);
    });
  }

  private async lockedDraft(tx: ManagedTransaction, id: string): Promise<DraftRecord> {
    const record = (await tx.run(lockDraftQuery, { id })).records[0];
    if (!record) throw notFound('id', id, 'draft');
    return fromStoredDraft(record.get('draft'), record.get('progress'), record.get('findings'));
  }

  /** The finding, locked, checked against the version the change was made on, and its draft. */
  private async lockedFinding(tx: ManagedTransaction, id: string, version: number): Promise<{ finding: DraftFindingRecord; draft: DraftRecord }> {
    const record = (await tx.run(lockDraftFindingQuery, { id })).records[0];
    if (!record) throw notFound('id', id, 'draft finding');
    const finding = fromStoredFinding(record.get('finding'));
    if (finding.version !== version) throw conflict(id, version, finding.version);
    return { finding, draft: await this.lockedDraft(tx, finding.draft) };
  }

  private async update(tx: ManagedTransaction, id: string, changes: Record<string, unknown>, reviewedAt: string | null): Promise<DraftFindingRecord> {
    const { records } = await tx.run(updateDraftFindingQuery, { id, changes, at: reviewedAt });
    return fromStoredFinding(records[0]!.get('finding'));
  }

  private async graphEntities(tx: ManagedTransaction, ids: string[]): Promise<Map<string, GraphEntity>> {
    if (ids.length === 0) return new Map();
    const { records } = await tx.run(entitiesByIdQuery, { ids: [...new Set(ids)] });
    return new Map(
      records.flatMap((r) => {
        const kind = kindOfLabel.get(r.get('label'));
        if (!kind) return [];
        const entity: GraphEntity = { id: r.get('id'), name: r.get('name'), kind, pillar: r.get('pillar') ?? null, aliases: r.get('aliases'), summary: r.get('summary') ?? null };
        return [[entity.id, entity] as const];
      }),
    );
  }

  private async audit(tx: ManagedTransaction, actor: string, action: AuditAction, target: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, at: Date) {
    await writeAuditEntry(tx, { actor, action, target, before, after, at });
  }

  private async read(query: string, parameters: Record<string, unknown>) {
    try {
      return await runRead(this.driver, query, parameters, {
        database: this.options.database,
        timeoutMs: this.options.queryTimeoutMs,
        retryWindowMs: this.options.queryTimeoutMs,
      });
    } catch (error) {
      throw classifyDatabaseError(error);
    }
  }

  /** `metadata` names the change in Neo4j's SHOW TRANSACTIONS, for whoever watches a long publish. */
  private write<T>(work: (tx: ManagedTransaction) => Promise<T>, metadata?: Record<string, string>): Promise<T> {
    return writeTransaction(this.driver, { database: this.options.database, timeoutMs: this.options.writeTimeoutMs ?? this.options.queryTimeoutMs }, work, metadata);
  }
}

/** The audit trail records participants as stored (JSON text), and everything else as it is. */
function storedForm(values: Record<string, unknown>): Record<string, unknown> {
  return 'participants' in values ? { ...values, participants: JSON.stringify(values.participants) } : values;
}
