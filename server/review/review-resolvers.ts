// The GraphQL fields of review and publishing. Each checks the viewer's role first, before any argument is
// validated or looked up, so a refusal says nothing about what was asked for.
import type { GraphQLResolveInfo } from 'graphql';
import { decodeCursor, encodeCursor, identifier, integerIn } from '../arguments.ts';
import { decodeAuditCursor, encodeAuditCursor } from '../auth/audit-resolvers.ts';
import { type AuthContext, requireRole } from '../auth/roles.ts';
import { badUserInput } from '../errors.ts';
import type { RelationshipType } from '../graph/records.ts';
import { selectedCoordinates } from '../lookahead.ts';
import type { DraftLimits } from './draft-in-worker.ts';
import type { DraftFindingRecord, DraftRecord } from './draft-records.ts';
import type { DraftStore } from './draft-store.ts';
import { drawnRelationships } from './drawn-relationships.ts';
import type { FindingChange, NewFinding, ParticipantInput } from './finding-changes.ts';
import { prepareDraft, type StartDraftInput } from './start-draft.ts';

export interface ReviewContext extends AuthContext {
  drafts: DraftStore;
  maxUploadBytes: number;
  draftLimits: DraftLimits;
}

const maxReasonLength = 2_000;

function reason(argument: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw badUserInput(argument, 'must say why');
  if (trimmed.length > maxReasonLength) throw badUserInput(argument, `is longer than ${maxReasonLength} characters`);
  return trimmed;
}

function version(value: number): number {
  return integerIn('version', value, 1, Number.MAX_SAFE_INTEGER);
}

const wantsFindings = (info: GraphQLResolveInfo) => selectedCoordinates(info).has('Draft.findings');

export const reviewQueryFields = {
  /** Who the request acts as: null for an anonymous reader. */
  viewer(_: unknown, __: unknown, context: ReviewContext) {
    return context.viewer && { name: context.viewer.name, role: context.viewer.role.toUpperCase(), via: context.viewer.via.toUpperCase() };
  },

  async draft(_: unknown, args: { id: string }, context: ReviewContext, info: GraphQLResolveInfo) {
    requireRole(context, 'editor');
    return context.drafts.get(identifier('id', args.id), wantsFindings(info));
  },

  async drafts(_: unknown, args: { first: number; after?: string | null }, context: ReviewContext, info: GraphQLResolveInfo) {
    requireRole(context, 'editor');
    const first = integerIn('first', args.first, 1, 100);
    const after = decodeAuditCursor('after', args.after);
    const page = await context.drafts.page({ first, after, withFindings: wantsFindings(info) });
    const edges = page.drafts.map((node) => ({ cursor: encodeAuditCursor({ at: node.createdAt, id: node.id }), node }));
    return {
      edges,
      nodes: page.drafts,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: after !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  },
};

export const reviewMutationFields = {
  async startDraft(_: unknown, args: { input: StartDraftInput }, context: ReviewContext) {
    const viewer = requireRole(context, 'editor');
    const prepared = await prepareDraft(args.input, (request) => context.drafts.lookUpEntities(request), viewer.name, context.maxUploadBytes, context.draftLimits);
    return context.drafts.create(prepared);
  },

  async editDraftFinding(_: unknown, args: { id: string; version: number; input: FindingChange }, context: ReviewContext) {
    const viewer = requireRole(context, 'editor');
    return context.drafts.editFinding(identifier('id', args.id), version(args.version), args.input, viewer.name);
  },

  async acceptDraftFinding(_: unknown, args: { id: string; version: number }, context: ReviewContext) {
    const viewer = requireRole(context, 'editor');
    return context.drafts.review(identifier('id', args.id), version(args.version), 'ACCEPTED', viewer.name);
  },

  async rejectDraftFinding(_: unknown, args: { id: string; version: number }, context: ReviewContext) {
    const viewer = requireRole(context, 'editor');
    return context.drafts.review(identifier('id', args.id), version(args.version), 'REJECTED', viewer.name);
  },

  async addDraftFinding(_: unknown, args: { draft: string; input: NewFinding & { participants: ParticipantInput[] } }, context: ReviewContext) {
    const viewer = requireRole(context, 'editor');
    const input = { ...args.input, judgement: args.input.judgement ?? null };
    return context.drafts.addFinding(identifier('draft', args.draft), input, viewer.name);
  },

  async publishDraft(_: unknown, args: { id: string }, context: ReviewContext & { graph: { assessment(id: string): unknown } }) {
    const viewer = requireRole(context, 'editor');
    const assessment = await context.drafts.publish(identifier('id', args.id), viewer.name);
    return context.graph.assessment(assessment);
  },

  async discardDraft(_: unknown, args: { id: string }, context: ReviewContext) {
    const viewer = requireRole(context, 'editor');
    return context.drafts.discard(identifier('id', args.id), viewer.name);
  },

  async withdrawAssessment(_: unknown, args: { id: string; reason: string }, context: ReviewContext) {
    const viewer = requireRole(context, 'admin');
    return context.drafts.withdraw(identifier('id', args.id), reason('reason', args.reason), viewer.name);
  },

  async disputeFinding(_: unknown, args: { id: string; reason: string }, context: ReviewContext & { graph: { finding(id: string): unknown } }) {
    const viewer = requireRole(context, 'editor');
    const id = identifier('id', args.id);
    await context.drafts.dispute(id, reason('reason', args.reason), viewer.name);
    return context.graph.finding(id);
  },
};

export const draftFields = {
  /** The findings were read with the draft (one round trip); this pages through them. */
  findings(draft: DraftRecord, args: { first: number; after?: string | null }) {
    const first = integerIn('first', args.first, 1, 2000);
    const after = decodeCursor('after', args.after);
    const all = draft.findings ?? [];
    const from = after === null ? 0 : all.findIndex((f) => f.id === after) + 1;
    if (after !== null && from === 0) throw badUserInput('after', 'is not a cursor of this draft');
    const nodes = all.slice(from, from + first);
    const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return {
      edges,
      nodes,
      totalCount: all.length,
      pageInfo: { hasNextPage: from + first < all.length, hasPreviousPage: from > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  },
};

export const draftFindingFields = {
  relationships: (finding: DraftFindingRecord) => drawnRelationships(finding.type as RelationshipType, finding.judgement, finding.participants),
};
