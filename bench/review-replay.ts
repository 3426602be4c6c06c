// Replays a reviewed reading against a draft: the actions a reviewer takes to turn the draft into the reviewed
// findings (accept, edit a field, reject, add), and what that costs per finding kept (accept = 1, each edit = 1,
// reject = 1, add = 2: selecting the words and filling in the finding).
import type { FindingEntry } from '../server/assessments/assessment-file.ts';
import { type Judgement, relationshipTypes, type RelationshipType } from '../server/graph/records.ts';
import type { DraftFindingRecord } from '../server/review/draft-records.ts';
import { drawnRelationships, type RoleOf } from '../server/review/drawn-relationships.ts';

export interface EditInput {
  type?: RelationshipType;
  judgement?: Judgement | null;
  status?: string;
  basis?: string;
  inferredFrom?: number[];
  participants?: { role: string; entity: string }[];
  start?: number;
  end?: number;
}

export type ReviewAction =
  | { kind: 'accept'; finding: string }
  | { kind: 'reject'; finding: string }
  | { kind: 'edit'; finding: string; input: EditInput; fields: string[] }
  | { kind: 'add'; input: Required<Pick<EditInput, 'type' | 'judgement' | 'status' | 'basis' | 'inferredFrom' | 'participants' | 'start' | 'end'>> & { sentence: number } };

export interface ReviewEffort {
  /** Reviewer actions in all: accepts, field edits, rejects, and two per added finding. */
  actions: number;
  /** Findings of the reviewed reading. */
  kept: number;
  perKept: number;
  accepted: number;
  edits: number;
  rejected: number;
  added: number;
}

export interface ReviewPlan {
  actions: ReviewAction[];
  effort: ReviewEffort;
}

const addCost = 2;

const edgeKey = (edges: readonly { from: string; type: string; to: string }[]) => edges.map((e) => `${e.from} ${e.type} ${e.to}`).sort().join('\n');

/** The type that draws the reference finding's relationships from its participants: its first edge's, if that one does. */
export function referenceType(finding: FindingEntry): RelationshipType {
  const participants: RoleOf[] = finding.participants.map((p) => ({ role: p.role, entity: { id: p.entity } }));
  const wanted = edgeKey(finding.edges);
  const draws = (type: RelationshipType) => edgeKey(drawnRelationships(type, finding.judgement, participants)) === wanted;
  const first = finding.edges[0]?.type;
  const type = first && draws(first) ? first : relationshipTypes.find(draws);
  if (!type) throw new Error(`${finding.id}: no type draws its relationships from its participants`);
  return type;
}

/** The edits that turn a draft finding into a reference finding, field by field. */
function editsFor(draft: DraftFindingRecord, reference: FindingEntry, type: RelationshipType): EditInput {
  const input: EditInput = {};
  if (draft.type !== type) input.type = type;
  if (draft.judgement !== reference.judgement) input.judgement = reference.judgement;
  if (draft.status !== reference.status) input.status = reference.status;
  if (draft.basis !== reference.basis) input.basis = reference.basis;
  if (reference.basis === 'INFERRED' && draft.inferredFrom.join() !== reference.inferredFrom.join()) input.inferredFrom = reference.inferredFrom;
  if (edgeKey(drawnRelationships(type, reference.judgement, draft.participants)) !== edgeKey(reference.edges)) {
    input.participants = reference.participants.map((p) => ({ role: p.role, entity: p.entity }));
  }
  if (draft.start !== reference.start || draft.end !== reference.end) {
    input.start = reference.start;
    input.end = reference.end;
  }
  return input;
}

const fieldsOf = (input: EditInput) => Object.keys(input).filter((key) => key !== 'end');

export function planReview(draft: readonly DraftFindingRecord[], reference: readonly FindingEntry[]): ReviewPlan {
  const unmatched = new Set(draft.map((f) => f.id));
  const actions: ReviewAction[] = [];
  let accepted = 0;
  let edits = 0;
  let added = 0;
  for (const finding of reference) {
    const type = referenceType(finding);
    const candidates = draft
      .filter((d) => d.sentence === finding.sentence && unmatched.has(d.id))
      .map((d) => {
        const input = editsFor(d, finding, type);
        const overlap = Math.max(0, Math.min(d.end, finding.end) - Math.max(d.start, finding.start));
        return { d, input, cost: fieldsOf(input).length, overlap };
      })
      .sort((a, b) => a.cost - b.cost || b.overlap - a.overlap);
    const best = candidates[0];
    // Accepting with edits is worth it while it costs less than rejecting the draft finding and adding this one.
    if (best && 1 + best.cost < 1 + addCost) {
      unmatched.delete(best.d.id);
      if (best.cost > 0) actions.push({ kind: 'edit', finding: best.d.id, input: best.input, fields: fieldsOf(best.input) });
      actions.push({ kind: 'accept', finding: best.d.id });
      accepted += 1;
      edits += best.cost;
    } else {
      actions.push({
        kind: 'add',
        input: {
          sentence: finding.sentence,
          start: finding.start,
          end: finding.end,
          type,
          judgement: finding.judgement,
          status: finding.status,
          basis: finding.basis,
          inferredFrom: finding.inferredFrom,
          participants: finding.participants.map((p) => ({ role: p.role, entity: p.entity })),
        },
      });
      added += 1;
    }
  }
  for (const id of unmatched) actions.push({ kind: 'reject', finding: id });
  const rejected = unmatched.size;
  const total = accepted + edits + rejected + added * addCost;
  return {
    actions,
    effort: { actions: total, kept: reference.length, perKept: reference.length === 0 ? 0 : Math.round((total / reference.length) * 1000) / 1000, accepted, edits, rejected, added },
  };
}

/** What the replay needs of the API: a GraphQL call as an editor. */
export type EditorCall = (query: string, variables: Record<string, unknown>) => Promise<{ data?: any; errors?: { message: string }[] }>;

async function call(api: EditorCall, query: string, variables: Record<string, unknown>) {
  const response = await api(query, variables);
  if (response.errors?.length) throw new Error(`${response.errors.map((e) => e.message).join('; ')} (${JSON.stringify(variables)})`);
  return response.data;
}

/** Takes the plan's actions through the API, each against the finding's current version, as a reviewer would. */
export async function replayReview(api: EditorCall, draftId: string, plan: ReviewPlan): Promise<void> {
  const versions = new Map<string, number>();
  const data = await call(api, 'query($id: ID!) { draft(id: $id) { findings { nodes { id version } } } }', { id: draftId });
  for (const node of data.draft.findings.nodes) versions.set(node.id, node.version);
  const changed = (finding: { id: string; version: number }) => versions.set(finding.id, finding.version);
  for (const action of plan.actions) {
    if (action.kind === 'add') {
      await call(api, 'mutation($d: ID!, $input: NewDraftFindingInput!) { addDraftFinding(draft: $d, input: $input) { id } }', { d: draftId, input: action.input });
      continue;
    }
    const id = action.finding;
    const version = versions.get(id)!;
    if (action.kind === 'edit') {
      changed((await call(api, 'mutation($id: ID!, $v: Int!, $input: DraftFindingInput!) { editDraftFinding(id: $id, version: $v, input: $input) { id version } }', { id, v: version, input: action.input })).editDraftFinding);
    } else if (action.kind === 'accept') {
      changed((await call(api, 'mutation($id: ID!, $v: Int!) { acceptDraftFinding(id: $id, version: $v) { id version } }', { id, v: version })).acceptDraftFinding);
    } else {
      changed((await call(api, 'mutation($id: ID!, $v: Int!) { rejectDraftFinding(id: $id, version: $v) { id version } }', { id, v: version })).rejectDraftFinding);
    }
  }
}

/** A finding as readers compare it: where it stands, what it says, and what it draws. */
export function findingShape(finding: Pick<FindingEntry, 'sentence' | 'start' | 'end' | 'quote' | 'judgement' | 'basis' | 'status' | 'edges'>): string {
  const { sentence, start, end, quote, judgement, basis, status, edges } = finding;
  return JSON.stringify({ sentence, start, end, quote, judgement, basis, status, edges: edgeKey(edges) });
}
