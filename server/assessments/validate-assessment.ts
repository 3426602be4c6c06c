// Checks that a value is a publishable assessment file: its shape, the vocabulary of every enum, every quote and
// sentence verbatim where it says it is, ids that hold together. Returns every problem, each at its field's path.
import { bases, entityKinds, findingStatuses, judgements, participantRoles, pillars, relationshipTypes } from '../../shared/vocabulary.ts';
import { type AssessmentProblem, type FieldPath } from './assessment-file-error.ts';
import { assessmentArchiveVersion, assessmentFileFormat, assessmentFileVersion } from './assessment-file.ts';

/** Lower-case words joined by hyphens: ids become parts of other ids (`<assessment>/s1.2/<from>/<type>/<to>`). */
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxIdLength = 200;
/** A published file holds only findings readers may see. */
const publishedReviews = ['ACCEPTED', 'DISPUTED'] as const;
/** The one spelling of a time `Date.prototype.toISOString` gives, so a time read back from the graph is the same text. */
export const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export type Json = Record<string, unknown>;

export class Checker {
  readonly problems: AssessmentProblem[] = [];

  report(path: FieldPath, problem: string): void {
    this.problems.push({ path, problem });
  }

  /**
   * The object at `path` with exactly `fields` (in any order), or null after reporting why not. A field that is
   * missing is reported here once; the checks of its value then pass over `undefined` in silence.
   */
  object(value: unknown, path: FieldPath, fields: readonly string[]): Json | null {
    if (value === undefined && path.length > 0) return null;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.report(path, `must be an object, not ${describe(value)}`);
      return null;
    }
    const object = value as Json;
    for (const field of fields) if (!(field in object)) this.report(path, `has no field "${field}"`);
    for (const field of Object.keys(object)) {
      if (!fields.includes(field)) this.report([...path, field], `is not a field of ${path.length === 0 ? 'an assessment file' : 'this entry'} (expected ${fields.join(', ')})`);
    }
    return object;
  }

  array(value: unknown, path: FieldPath): unknown[] | null {
    if (value === undefined) return null;
    if (Array.isArray(value)) return value;
    this.report(path, `must be a list, not ${describe(value)}`);
    return null;
  }

  string(value: unknown, path: FieldPath, { nullable = false, nonEmpty = false } = {}): string | null {
    if (value === undefined || (value === null && nullable)) return null;
    if (typeof value !== 'string') {
      this.report(path, `must be a string${nullable ? ' or null' : ''}, not ${describe(value)}`);
      return null;
    }
    if (nonEmpty && value.trim() === '') this.report(path, 'must not be empty');
    return value;
  }

  id(value: unknown, path: FieldPath): string | null {
    const id = this.string(value, path);
    if (id === null) return null;
    if (id.length > maxIdLength || !slug.test(id)) {
      this.report(path, `"${clip(id)}" is not an id: lower-case letters and digits joined by single hyphens, at most ${maxIdLength} characters`);
      return null;
    }
    return id;
  }

  integer(value: unknown, path: FieldPath, { min, max, nullable = false }: { min: number; max: number; nullable?: boolean }): number | null {
    if (value === undefined || (value === null && nullable)) return null;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.report(path, `must be a whole number${nullable ? ' or null' : ''}, not ${describe(value)}`);
      return null;
    }
    if (value < min || value > max) {
      this.report(path, `must be from ${min} to ${max}, not ${value}`);
      return null;
    }
    return value;
  }

  oneOf<T extends string>(value: unknown, path: FieldPath, values: readonly T[], { nullable = false } = {}): T | null {
    if (value === undefined || (value === null && nullable)) return null;
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
    this.report(path, `must be one of ${values.join(', ')}${nullable ? ' or null' : ''}, not ${describe(value)}`);
    return null;
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${clip(value)}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const fileFields = ['format', 'version', 'assessment', 'entities', 'findings'] as const;
const assessmentFields = [
  'id', 'title', 'force', 'inspector', 'kind', 'year', 'yearBasis', 'published', 'url', 'licence', 'fictional', 'file', 'text', 'sentences',
] as const;
const entityFields = ['id', 'kind', 'name', 'pillar', 'aliases', 'summary'] as const;
const findingFields = ['id', 'sentence', 'start', 'end', 'quote', 'judgement', 'basis', 'status', 'inferredFrom', 'participants', 'edges', 'review'] as const;

/** Every problem that keeps `value` from being published or imported as an assessment; none when it is fine. */
export function assessmentProblems(value: unknown): AssessmentProblem[] {
  const check = new Checker();
  const file = check.object(value, [], fileFields);
  if (file === null) return check.problems;
  if (file.format !== assessmentFileFormat) check.report(['format'], `must be "${assessmentFileFormat}", not ${describe(file.format)}`);
  if (file.version === assessmentArchiveVersion) {
    check.report(['version'], `is ${assessmentArchiveVersion}, a file of a whole-database export: restore its folder with npm run import -- --all`);
  } else if (file.version !== assessmentFileVersion) {
    check.report(['version'], `must be ${assessmentFileVersion} (the version this peel-graph reads), not ${describe(file.version)}`);
  }
  checkPublished(check, file);
  return check.problems;
}

/** The parts of version 1, in a file of either version: the assessment, its entities and its findings. */
export function checkPublished(check: Checker, file: Json): CheckedAssessment | null {
  const assessment = checkAssessment(check, file.assessment);
  const entityKindsById = checkEntities(check, file.entities);
  for (const role of ['force', 'inspector'] as const) {
    const id = assessment?.[role];
    if (typeof id !== 'string') continue;
    const kind = entityKindsById.get(id);
    const wanted = role === 'force' ? 'FORCE' : 'INSPECTOR';
    if (kind === undefined) check.report(['assessment', role], `"${id}" is not among the entities`);
    else if (kind !== wanted && kind !== '') check.report(['assessment', role], `"${id}" is of kind ${kind}, not ${wanted}`);
  }
  const findings = check.array(file.findings, ['findings']);
  if (findings !== null) checkFindings(check, findings, assessment, entityKindsById);
  return assessment;
}

export interface CheckedAssessment {
  id: string | null;
  force: string | null;
  inspector: string | null;
  sentences: string[] | null;
}

function checkAssessment(check: Checker, value: unknown): CheckedAssessment | null {
  const path = ['assessment'];
  const a = check.object(value, path, assessmentFields);
  if (a === null) return null;
  const at = (field: string) => [...path, field];
  const id = check.id(a.id, at('id'));
  check.string(a.title, at('title'), { nonEmpty: true });
  const force = a.force === null ? null : check.id(a.force, at('force'));
  const inspector = a.inspector === null ? null : check.id(a.inspector, at('inspector'));
  check.string(a.kind, at('kind'), { nonEmpty: true });
  check.integer(a.year, at('year'), { min: 1800, max: 2200, nullable: true });
  check.oneOf(a.yearBasis, at('yearBasis'), bases, { nullable: true });
  if ((a.year === null) !== (a.yearBasis === null)) check.report(at('yearBasis'), 'must be null exactly when year is null');
  const published = check.string(a.published, at('published'), { nullable: true });
  const midnight = `${published}T00:00:00Z`;
  if (published !== null && !(isoDate.test(published) && !Number.isNaN(Date.parse(midnight)) && new Date(midnight).toISOString().startsWith(published))) {
    check.report(at('published'), `"${clip(published)}" is not a date (YYYY-MM-DD)`);
  }
  check.string(a.url, at('url'), { nullable: true, nonEmpty: true });
  check.string(a.licence, at('licence'), { nullable: true, nonEmpty: true });
  if (a.fictional !== undefined && typeof a.fictional !== 'boolean') check.report(at('fictional'), `must be true or false, not ${describe(a.fictional)}`);
  check.string(a.file, at('file'), { nullable: true, nonEmpty: true });
  const text = check.string(a.text, at('text'), { nonEmpty: true });
  const list = check.array(a.sentences, at('sentences'));
  let sentences: string[] | null = null;
  if (list !== null) {
    if (list.length === 0) check.report(at('sentences'), 'must hold at least one sentence');
    sentences = list.map((sentence, index) => check.string(sentence, [...path, 'sentences', index], { nonEmpty: true }) ?? '');
    if (text !== null) {
      // In order: each sentence is found after the one before it, so a text and its sentences cannot disagree.
      let from = 0;
      for (const [index, sentence] of sentences.entries()) {
        if (sentence === '') continue;
        const found = text.indexOf(sentence, from);
        if (found < 0) {
          const anywhere = text.indexOf(sentence) >= 0;
          check.report([...path, 'sentences', index], anywhere ? 'is in text, but before the sentence listed ahead of it: sentences must be in the text\'s order' : 'is not verbatim in text');
        } else {
          from = found + sentence.length;
        }
      }
    }
  }
  return { id, force, inspector, sentences };
}

export function checkEntities(check: Checker, value: unknown): Map<string, string> {
  const kinds = new Map<string, string>();
  const list = check.array(value, ['entities']);
  if (list === null) return kinds;
  for (const [index, item] of list.entries()) {
    const path = ['entities', index];
    const e = check.object(item, path, entityFields);
    if (e === null) continue;
    const id = check.id(e.id, [...path, 'id']);
    const kind = check.oneOf(e.kind, [...path, 'kind'], entityKinds);
    check.string(e.name, [...path, 'name'], { nonEmpty: true });
    const pillar = check.oneOf(e.pillar, [...path, 'pillar'], pillars, { nullable: true });
    if (pillar !== null && kind !== null && kind !== 'THEME') check.report([...path, 'pillar'], `must be null for an entity of kind ${kind} (only themes have a pillar)`);
    const aliases = check.array(e.aliases, [...path, 'aliases']);
    aliases?.forEach((alias, k) => check.string(alias, [...path, 'aliases', k], { nonEmpty: true }));
    check.string(e.summary, [...path, 'summary'], { nullable: true });
    if (id === null) continue;
    if (kinds.has(id)) check.report([...path, 'id'], `"${id}" is listed twice among the entities`);
    // An unknown kind is reported above; '' keeps the id known without a second complaint about it.
    else kinds.set(id, kind ?? '');
  }
  return kinds;
}

function checkFindings(check: Checker, findings: unknown[], assessment: CheckedAssessment | null, entities: Map<string, string>): void {
  const ids = new Set<string>();
  const sentences = assessment?.sentences ?? null;
  const sentenceCount = sentences?.length ?? Number.MAX_SAFE_INTEGER;
  for (const [index, item] of findings.entries()) {
    const path = ['findings', index];
    const at = (...field: (string | number)[]) => [...path, ...field];
    const f = check.object(item, path, findingFields);
    if (f === null) continue;
    const sentence = check.integer(f.sentence, at('sentence'), { min: 1, max: Math.max(1, sentenceCount) });
    const id = check.string(f.id, at('id'));
    if (id !== null && assessment?.id && sentence !== null) {
      const expected = `${assessment.id}/s${sentence}.`;
      if (!id.startsWith(expected) || !/^[1-9]\d*$/.test(id.slice(expected.length))) {
        check.report(at('id'), `"${clip(id)}" must be ${expected}<k>, k counting the sentence's findings from 1`);
      } else if (ids.has(id)) {
        check.report(at('id'), `"${id}" is the id of an earlier finding`);
      }
      ids.add(id);
    }
    const start = check.integer(f.start, at('start'), { min: 0, max: Number.MAX_SAFE_INTEGER });
    const end = check.integer(f.end, at('end'), { min: 1, max: Number.MAX_SAFE_INTEGER });
    const quote = check.string(f.quote, at('quote'), { nonEmpty: true });
    const text = sentence !== null && sentences !== null ? sentences[sentence - 1] : undefined;
    if (text !== undefined && start !== null && end !== null && quote !== null) {
      if (end <= start || end > text.length) {
        check.report(at('end'), `must be after start (${start}) and at most the length of sentence ${sentence} (${text.length}), not ${end}`);
      } else if (text.slice(start, end) !== quote) {
        check.report(at('quote'), `is not the text of sentence ${sentence} from ${start} to ${end}`);
      }
    }
    check.oneOf(f.judgement, at('judgement'), judgements, { nullable: true });
    check.oneOf(f.basis, at('basis'), bases);
    check.oneOf(f.status, at('status'), findingStatuses);
    check.array(f.inferredFrom, at('inferredFrom'))?.forEach((n, k) => {
      const other = check.integer(n, at('inferredFrom', k), { min: 1, max: Math.max(1, sentenceCount) });
      if (other !== null && other === sentence) check.report(at('inferredFrom', k), 'names the finding\'s own sentence');
    });
    if (Array.isArray(f.inferredFrom) && f.inferredFrom.length > 0 && f.basis === 'STATED') {
      check.report(at('inferredFrom'), 'must be empty for a STATED finding');
    }
    const participants = checkParticipants(check, f.participants, at('participants'), entities);
    checkEdges(check, f.edges, at('edges'), entities, participants);
    checkReview(check, f.review, at('review'));
  }
}

function checkParticipants(check: Checker, value: unknown, path: FieldPath, entities: Map<string, string>): Set<string> {
  const seen = new Set<string>();
  const list = check.array(value, path);
  if (list === null) return seen;
  if (list.length === 0) check.report(path, 'must name at least one participant');
  for (const [k, item] of list.entries()) {
    const p = check.object(item, [...path, k], ['entity', 'role']);
    if (p === null) continue;
    const entity = check.string(p.entity, [...path, k, 'entity']);
    check.oneOf(p.role, [...path, k, 'role'], participantRoles);
    if (entity === null) continue;
    if (!entities.has(entity)) check.report([...path, k, 'entity'], `"${clip(entity)}" is not among the entities`);
    if (seen.has(entity)) check.report([...path, k, 'entity'], `"${clip(entity)}" takes part twice`);
    seen.add(entity);
  }
  return seen;
}

function checkEdges(check: Checker, value: unknown, path: FieldPath, entities: Map<string, string>, participants: Set<string>): void {
  const list = check.array(value, path);
  if (list === null) return;
  const seen = new Set<string>();
  for (const [k, item] of list.entries()) {
    const e = check.object(item, [...path, k], ['from', 'type', 'to']);
    if (e === null) continue;
    const from = check.string(e.from, [...path, k, 'from']);
    const type = check.oneOf(e.type, [...path, k, 'type'], relationshipTypes);
    const to = check.string(e.to, [...path, k, 'to']);
    for (const [field, id] of [['from', from], ['to', to]] as const) {
      if (id !== null && !entities.has(id)) check.report([...path, k, field], `"${clip(id)}" is not among the entities`);
    }
    // The graph finds the relationships a finding draws from its participants (see findingRow in graph/queries.ts).
    if (from !== null && entities.has(from) && !participants.has(from)) check.report([...path, k, 'from'], `"${clip(from)}" is not a participant of the finding`);
    if (from !== null && to !== null && from === to) check.report([...path, k, 'to'], 'is the edge\'s own start');
    const key = `${from}/${type}/${to}`;
    if (seen.has(key)) check.report([...path, k], `draws ${from} ${type} ${to} twice`);
    seen.add(key);
  }
}

function checkReview(check: Checker, value: unknown, path: FieldPath): void {
  const r = check.object(value, path, ['status', 'by', 'at', 'reason']);
  if (r === null) return;
  const unpublishable = r.status === 'DRAFT' || r.status === 'REJECTED';
  if (unpublishable) check.report([...path, 'status'], `is ${r.status as string}: a published file holds ACCEPTED and DISPUTED findings only`);
  const status = unpublishable ? null : check.oneOf(r.status, [...path, 'status'], publishedReviews);
  check.string(r.by, [...path, 'by'], { nullable: true, nonEmpty: true });
  const at = check.string(r.at, [...path, 'at'], { nullable: true });
  if (at !== null && !(isoInstant.test(at) && !Number.isNaN(Date.parse(at)) && new Date(at).toISOString() === at)) {
    check.report([...path, 'at'], `"${clip(at)}" is not a UTC time as 2026-12-01T09:30:00.000Z`);
  }
  const reason = check.string(r.reason, [...path, 'reason'], { nullable: true, nonEmpty: true });
  if (status === 'DISPUTED' && reason === null) check.report([...path, 'reason'], 'must say why a DISPUTED finding is disputed');
  if (status === 'ACCEPTED' && reason !== null) check.report([...path, 'reason'], 'must be null for an ACCEPTED finding (only a dispute has a reason)');
}
