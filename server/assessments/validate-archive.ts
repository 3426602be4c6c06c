// Checks a file of a whole-database export (version 2 of the assessment file): version 1's parts as version 1 checks
// them, then the drafts and the audit entries. Returns every problem, each at its field's path.
import { auditActions, bases, entityKinds, findingStatuses, judgements, participantRoles, relationshipTypes } from '../../shared/vocabulary.ts';
import type { AssessmentProblem, FieldPath } from './assessment-file-error.ts';
import { assessmentArchiveVersion, assessmentFileFormat } from './assessment-file.ts';
import { Checker, checkEntities, checkPublished, clip, describe, isoInstant, type Json } from './validate-assessment.ts';

const archiveFields = ['format', 'version', 'assessment', 'entities', 'findings', 'drafts', 'audit'] as const;
const draftFields = [
  'id', 'assessment', 'title', 'force', 'inspector', 'year', 'published', 'kind', 'url', 'fictional', 'fromText', 'file', 'format', 'text',
  'sentences', 'createdBy', 'createdAt', 'publishedAt', 'findings',
] as const;
const draftFindingFields = [
  'id', 'number', 'sentence', 'start', 'end', 'quote', 'type', 'judgement', 'basis', 'status', 'inferredFrom', 'participants', 'review', 'cue',
  'confidence', 'version',
] as const;
const auditFields = ['id', 'at', 'actor', 'action', 'target', 'before', 'after'] as const;
const draftReviews = ['DRAFT', 'ACCEPTED', 'REJECTED'] as const;
const draftId = /^draft-[0-9a-f]+$/;

function instant(check: Checker, value: unknown, path: FieldPath, nullable: boolean): void {
  const at = check.string(value, path, { nullable });
  if (at !== null && !(isoInstant.test(at) && !Number.isNaN(Date.parse(at)) && new Date(at).toISOString() === at)) {
    check.report(path, `"${clip(at)}" is not a UTC time as 2026-12-01T09:30:00.000Z`);
  }
}

function draftEntity(check: Checker, value: unknown, path: FieldPath, nullable: boolean): void {
  if (value === null && nullable) return;
  const e = check.object(value, path, ['id', 'name', 'kind', 'existing']);
  if (e === null) return;
  check.id(e.id, [...path, 'id']);
  check.string(e.name, [...path, 'name'], { nonEmpty: true });
  check.oneOf(e.kind, [...path, 'kind'], entityKinds);
  if (e.existing !== undefined && typeof e.existing !== 'boolean') check.report([...path, 'existing'], `must be true or false, not ${describe(e.existing)}`);
}

function checkDraftFinding(check: Checker, value: unknown, path: FieldPath, draft: string | null, sentences: string[] | null): void {
  const at = (...field: (string | number)[]) => [...path, ...field];
  const f = check.object(value, path, draftFindingFields);
  if (f === null) return;
  const number = check.integer(f.number, at('number'), { min: 1, max: Number.MAX_SAFE_INTEGER });
  const id = check.string(f.id, at('id'));
  if (id !== null && draft !== null && number !== null && id !== `${draft}/f${number}`) check.report(at('id'), `must be ${draft}/f${number}, not "${clip(id)}"`);
  const count = sentences?.length ?? Number.MAX_SAFE_INTEGER;
  const sentence = check.integer(f.sentence, at('sentence'), { min: 1, max: Math.max(1, count) });
  const start = check.integer(f.start, at('start'), { min: 0, max: Number.MAX_SAFE_INTEGER });
  const end = check.integer(f.end, at('end'), { min: 1, max: Number.MAX_SAFE_INTEGER });
  const quote = check.string(f.quote, at('quote'), { nonEmpty: true });
  const text = sentence !== null && sentences !== null ? sentences[sentence - 1] : undefined;
  if (text !== undefined && start !== null && end !== null && quote !== null) {
    if (end <= start || end > text.length) check.report(at('end'), `must be after start (${start}) and at most the length of sentence ${sentence} (${text.length}), not ${end}`);
    else if (text.slice(start, end) !== quote) check.report(at('quote'), `is not the text of sentence ${sentence} from ${start} to ${end}`);
  }
  check.oneOf(f.type, at('type'), relationshipTypes);
  check.oneOf(f.judgement, at('judgement'), judgements, { nullable: true });
  check.oneOf(f.basis, at('basis'), bases);
  check.oneOf(f.status, at('status'), findingStatuses);
  check.array(f.inferredFrom, at('inferredFrom'))?.forEach((n, k) => check.integer(n, at('inferredFrom', k), { min: 1, max: Math.max(1, count) }));
  const participants = check.array(f.participants, at('participants'));
  participants?.forEach((item, k) => {
    const p = check.object(item, at('participants', k), ['role', 'entity']);
    if (p === null) return;
    check.oneOf(p.role, at('participants', k, 'role'), participantRoles);
    draftEntity(check, p.entity, at('participants', k, 'entity'), false);
  });
  const review = check.object(f.review, at('review'), ['status', 'by', 'at']);
  if (review !== null) {
    check.oneOf(review.status, at('review', 'status'), draftReviews);
    check.string(review.by, at('review', 'by'), { nullable: true, nonEmpty: true });
    instant(check, review.at, at('review', 'at'), true);
  }
  check.string(f.cue, at('cue'), { nullable: true });
  if (f.confidence !== undefined && f.confidence !== null && (typeof f.confidence !== 'number' || !Number.isFinite(f.confidence))) {
    check.report(at('confidence'), `must be a number or null, not ${describe(f.confidence)}`);
  }
  check.integer(f.version, at('version'), { min: 1, max: Number.MAX_SAFE_INTEGER });
}

/** Checks one draft; returns the assessment id it names. */
function checkDraft(check: Checker, value: unknown, path: FieldPath, ids: Set<string>): string | null {
  const at = (...field: (string | number)[]) => [...path, ...field];
  const d = check.object(value, path, draftFields);
  if (d === null) return null;
  const id = check.string(d.id, at('id'));
  if (id !== null && !draftId.test(id)) check.report(at('id'), `"${clip(id)}" is not a draft's id (draft-<hex digits>)`);
  else if (id !== null && ids.has(id)) check.report(at('id'), `"${id}" is the id of an earlier draft`);
  if (id !== null) ids.add(id);
  const assessment = check.id(d.assessment, at('assessment'));
  check.string(d.title, at('title'), { nonEmpty: true });
  draftEntity(check, d.force, at('force'), true);
  draftEntity(check, d.inspector, at('inspector'), true);
  check.integer(d.year, at('year'), { min: 1800, max: 2200, nullable: true });
  check.string(d.published, at('published'), { nullable: true });
  check.string(d.kind, at('kind'), { nullable: true });
  check.string(d.url, at('url'), { nullable: true });
  if (d.fictional !== undefined && typeof d.fictional !== 'boolean') check.report(at('fictional'), `must be true or false, not ${describe(d.fictional)}`);
  check.array(d.fromText, at('fromText'))?.forEach((field, k) => check.string(field, at('fromText', k), { nonEmpty: true }));
  check.string(d.file, at('file'), { nullable: true });
  check.string(d.format, at('format'), { nonEmpty: true });
  const text = check.string(d.text, at('text'), { nonEmpty: true });
  let sentences: string[] | null = null;
  const spans = check.array(d.sentences, at('sentences'));
  if (spans !== null) {
    sentences = [];
    let from = 0;
    for (const [k, item] of spans.entries()) {
      const span = check.object(item, at('sentences', k), ['start', 'end']);
      const start = span === null ? null : check.integer(span.start, at('sentences', k, 'start'), { min: from, max: text?.length ?? Number.MAX_SAFE_INTEGER });
      const end = span === null ? null : check.integer(span.end, at('sentences', k, 'end'), { min: (start ?? from) + 1, max: text?.length ?? Number.MAX_SAFE_INTEGER });
      sentences.push(text !== null && start !== null && end !== null ? text.slice(start, end) : '');
      if (end !== null) from = end;
    }
    // A sentence whose offsets were refused above cannot be quoted from: its findings' quotes are not checked.
    if (sentences.some((s) => s === '')) sentences = null;
  }
  check.string(d.createdBy, at('createdBy'), { nonEmpty: true });
  instant(check, d.createdAt, at('createdAt'), false);
  instant(check, d.publishedAt, at('publishedAt'), true);
  const findings = check.array(d.findings, at('findings'));
  findings?.forEach((item, k) => checkDraftFinding(check, item, at('findings', k), id, sentences));
  return assessment;
}

function checkAudit(check: Checker, value: unknown): void {
  const list = check.array(value, ['audit']);
  if (list === null) return;
  const ids = new Set<string>();
  for (const [k, item] of list.entries()) {
    const path = ['audit', k];
    const e = check.object(item, path, auditFields);
    if (e === null) continue;
    const id = check.string(e.id, [...path, 'id'], { nonEmpty: true });
    if (id !== null && ids.has(id)) check.report([...path, 'id'], `"${clip(id)}" is the id of an earlier entry`);
    if (id !== null) ids.add(id);
    instant(check, e.at, [...path, 'at'], false);
    check.string(e.actor, [...path, 'actor'], { nonEmpty: true });
    check.oneOf(e.action, [...path, 'action'], auditActions);
    check.string(e.target, [...path, 'target'], { nonEmpty: true });
    for (const field of ['before', 'after'] as const) {
      const json = check.string(e[field], [...path, field], { nullable: true });
      if (json === null) continue;
      try {
        JSON.parse(json);
      } catch {
        check.report([...path, field], 'is not JSON text (the values as the audit log records them)');
      }
    }
  }
}

/** Every problem that keeps `value` from being restored as a file of a whole-database export; none when it is fine. */
export function archiveProblems(value: unknown): AssessmentProblem[] {
  const check = new Checker();
  const file = check.object(value, [], archiveFields);
  if (file === null) return check.problems;
  if (file.format !== assessmentFileFormat) check.report(['format'], `must be "${assessmentFileFormat}", not ${describe(file.format)}`);
  if (file.version !== assessmentArchiveVersion) {
    check.report(['version'], `must be ${assessmentArchiveVersion} (a file of a whole-database export), not ${describe(file.version)}${file.version === 1 ? ': import a single assessment file without --all' : ''}`);
  }
  let id: string | null = null;
  if (file.assessment === null) {
    // An assessment with drafts alone: entities for the drafts to name, and no findings published.
    checkEntities(check, file.entities);
    const findings = check.array(file.findings, ['findings']);
    if (findings !== null && findings.length > 0) check.report(['findings'], 'must be empty when assessment is null (nothing is published)');
    if (Array.isArray(file.drafts) && file.drafts.length === 0) check.report(['drafts'], 'must hold a draft when assessment is null');
  } else {
    const assessment = checkPublished(check, file as Json);
    id = assessment?.id ?? null;
  }
  const drafts = check.array(file.drafts, ['drafts']);
  const draftIds = new Set<string>();
  drafts?.forEach((item, k) => {
    const named = checkDraft(check, item, ['drafts', k], draftIds);
    if (named === null) return;
    if (id === null) id = named;
    else if (named !== id) check.report(['drafts', k, 'assessment'], `must be "${id}", the file's assessment, not "${named}"`);
  });
  checkAudit(check, file.audit);
  return check.problems;
}
