// What a reviewer may change in a draft finding, checked: a span that stays verbatim, participants that exist.
import type { ParticipantRole } from '../assessments/assessment-file.ts';
import { badUserInput } from '../errors.ts';
import type { Basis, EntityKind, FindingStatus, Judgement, RelationshipType } from '../graph/records.ts';
import { slug } from '../ingest/link-entities.ts';
import type { DraftEntityRecord, DraftFindingRecord } from './draft-records.ts';

export interface ParticipantInput {
  role: ParticipantRole;
  /** An entity the graph or the draft knows. */
  entity?: string | null;
  /** Or a new one, by name and kind. */
  name?: string | null;
  kind?: EntityKind | null;
}

/** Fields left out stay as they are; `judgement: null` clears the judgement. */
export interface FindingChange {
  type?: RelationshipType;
  judgement?: Judgement | null;
  status?: FindingStatus;
  basis?: Basis;
  inferredFrom?: number[];
  participants?: ParticipantInput[];
  start?: number;
  end?: number;
}

export interface NewFinding {
  sentence: number;
  start: number;
  end: number;
  type: RelationshipType;
  judgement: Judgement | null;
  status: FindingStatus;
  basis: Basis;
  inferredFrom: number[];
  participants: ParticipantInput[];
}

const maxNameLength = 200;

/**
 * The span from start to end of a sentence, without the spaces a text selection picks up at its ends: the quote is
 * always the sentence's own words.
 */
export function respan(argument: string, sentence: string, start: number, end: number): { start: number; end: number; quote: string } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > sentence.length || start >= end) {
    throw badUserInput(`${argument}.start`, `and end must be offsets in the sentence with 0 <= start < end <= ${sentence.length} (got ${start} and ${end})`);
  }
  while (start < end && /\s/.test(sentence[start]!)) start += 1;
  while (end > start && /\s/.test(sentence[end - 1]!)) end -= 1;
  if (start === end) throw badUserInput(`${argument}.start`, 'and end select only spaces');
  return { start, end, quote: sentence.slice(start, end) };
}

/**
 * Each participant as an entity: by id, one the graph holds or one the draft already proposes; by name and kind, a
 * new one (or the one the graph or draft has under that name's id). Exactly one subject.
 */
export function resolveParticipants(
  argument: string,
  inputs: readonly ParticipantInput[],
  graph: ReadonlyMap<string, { id: string; name: string; kind: EntityKind }>,
  draftFindings: readonly DraftFindingRecord[],
): { role: ParticipantRole; entity: DraftEntityRecord }[] {
  const proposed = new Map<string, DraftEntityRecord>();
  for (const finding of draftFindings) for (const p of finding.participants) proposed.set(p.entity.id, p.entity);
  const subjects = inputs.filter((p) => p.role === 'SUBJECT').length;
  if (subjects !== 1) throw badUserInput(argument, `must name exactly one SUBJECT (it names ${subjects})`);
  const resolved = inputs.map((input, i) => {
    const at = `${argument}[${i}]`;
    const known = (id: string): DraftEntityRecord | undefined => {
      const inGraph = graph.get(id);
      return inGraph ? { id, name: inGraph.name, kind: inGraph.kind, existing: true } : proposed.get(id);
    };
    if (input.entity) {
      const entity = known(input.entity);
      if (!entity) throw badUserInput(`${at}.entity`, `names ${input.entity}, which is neither in the graph nor proposed by this draft; give name and kind for a new entity`);
      return { role: input.role, entity };
    }
    const name = input.name?.trim() ?? '';
    if (name === '' || !input.kind) throw badUserInput(at, 'needs an entity id, or a name and a kind for a new entity');
    if (name.length > maxNameLength) throw badUserInput(`${at}.name`, `is longer than ${maxNameLength} characters`);
    const id = slug(name);
    if (id === '') throw badUserInput(`${at}.name`, 'has no letters or digits to make an id of');
    const existing = known(id);
    if (existing && existing.kind !== input.kind) {
      throw badUserInput(`${at}.kind`, `is ${input.kind}, but ${id} is already a ${existing.kind}`);
    }
    return { role: input.role, entity: existing ?? { id, name, kind: input.kind, existing: false } };
  });
  const seen = new Set<string>();
  for (const [i, p] of resolved.entries()) {
    const key = `${p.role} ${p.entity.id}`;
    if (seen.has(key)) throw badUserInput(`${argument}[${i}]`, `repeats ${p.entity.id} as ${p.role}`);
    seen.add(key);
  }
  return resolved;
}

/**
 * The sentences an inferred finding draws on: others of the draft, each once. A stated finding draws on none, so
 * making a finding stated clears them.
 */
export function inferredFromFor(argument: string, basis: Basis, sentence: number, sentences: number, inferredFrom: readonly number[]): number[] {
  if (basis === 'STATED') {
    if (inferredFrom.length > 0) throw badUserInput(argument, 'must be empty for a STATED finding');
    return [];
  }
  for (const n of inferredFrom) {
    if (!Number.isInteger(n) || n < 1 || n > sentences || n === sentence) {
      throw badUserInput(argument, `must list other sentences of the draft, from 1 to ${sentences} (not ${sentence}, its own); ${n} is not one`);
    }
  }
  return [...new Set(inferredFrom)].sort((a, b) => a - b);
}
