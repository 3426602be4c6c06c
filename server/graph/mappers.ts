// Turns the rows the queries return into the repository's plain records, checking what Neo4j handed back.
import {
  type AssessmentRecord,
  type Basis,
  bases,
  type EntityRecord,
  type FindingRecord,
  type FindingStatus,
  findingStatuses,
  type GraphFragment,
  type Judgement,
  judgements,
  kindOfLabel,
  type Pillar,
  pillars,
  type RelationshipRecord,
  type RelationshipType,
  relationshipTypes,
  type ReviewStatus,
  reviewStatuses,
  type SourceRecord,
} from './records.ts';
import type { ThemedFinding } from './finding-changes.ts';

type Row = Record<string, unknown>;

/**
 * An instant as the API, export files and the audit trail spell it: ISO 8601 with milliseconds, whatever Neo4j
 * handed back (a datetime printed with only the fractional digits it needs, `.11Z`, or epoch milliseconds), so the
 * same instant reads the same everywhere; null for none.
 */
export function isoInstant(value: unknown): string | null {
  return value === null || value === undefined ? null : new Date(value as string | number).toISOString();
}

function string(value: unknown): string {
  return typeof value === 'string' ? value : String(value ?? '');
}

function nullableString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** An entity as the graph queries return it: `entityRow` in queries.ts, position for position. */
export type EntityRow = [id: unknown, name: unknown, summary: unknown, pillar: unknown, labels: unknown, degree: unknown, aliases?: unknown];

/** A relationship as the graph queries return it: `relationshipRow` in queries.ts, position for position. */
type RelationshipRow = [
  id: unknown,
  type: unknown,
  from: unknown,
  to: unknown,
  judgement: unknown,
  quote: unknown,
  sentence: unknown,
  sourceId: unknown,
  findingId?: unknown,
  basis?: unknown,
  status?: unknown,
  start?: unknown,
  end?: unknown,
  review?: unknown,
];

/** A finding as the finding queries return it: `findingRow` in queries.ts, position for position. */
type FindingRow = [
  id: unknown,
  assessmentId: unknown,
  sentence: unknown,
  judgement: unknown,
  basis: unknown,
  status: unknown,
  quote: unknown,
  start: unknown,
  end: unknown,
  inferredFrom: unknown,
  participants: unknown,
  relationshipIds: unknown,
  review: unknown,
  reviewedBy: unknown,
  /** Milliseconds since 1970. */
  reviewedAt: unknown,
  reviewReason: unknown,
];

/** A value of one of the model's enums, or null when it is absent or not one of them. */
function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(string) : [];
}

export function toEntity([id, name, summary, pillarValue, labelValues, degree, aliases]: EntityRow): EntityRecord {
  const labels = Array.isArray(labelValues) ? (labelValues as string[]) : [];
  const kind = labels.map((label) => kindOfLabel.get(label)).find((k) => k !== undefined);
  if (kind === undefined) throw new Error(`entity ${string(id)} has no known kind label (labels: ${labels.join(', ')})`);
  return {
    id: string(id),
    name: string(name),
    kind,
    summary: nullableString(summary),
    pillar: oneOf<Pillar>(pillars, pillarValue),
    degree: Number(degree ?? 0),
    aliases: strings(aliases),
  };
}

export function toRelationship(row: RelationshipRow): RelationshipRecord {
  const [id, typeValue, from, to, judgement, quote, sentence, sourceId, findingId, basis, status, start, end, review] = row;
  const type = oneOf<RelationshipType>(relationshipTypes, typeValue);
  if (type === null) throw new Error(`relationship ${string(id)} has unknown type ${string(typeValue)}`);
  return {
    id: string(id),
    type,
    from: string(from),
    to: string(to),
    judgement: oneOf<Judgement>(judgements, judgement),
    quote: string(quote),
    sentence: Number(sentence),
    sourceId: string(sourceId),
    findingId: nullableString(findingId),
    basis: oneOf<Basis>(bases, basis) ?? 'STATED',
    status: oneOf<FindingStatus>(findingStatuses, status) ?? 'ESTABLISHED',
    start: start === null || start === undefined ? null : Number(start),
    end: end === null || end === undefined ? null : Number(end),
    // Relationships drawn before reviews were recorded were accepted by being written, as their findings were.
    review: oneOf<ReviewStatus>(reviewStatuses, review) ?? 'ACCEPTED',
  };
}

export function toFinding(row: FindingRow): FindingRecord {
  const [id, assessmentId, sentence, judgement, basis, status, quote, start, end, inferredFrom, participants, relationshipIds, review, reviewedBy, reviewedAt, reviewReason] =
    row;
  return {
    id: string(id),
    assessmentId: string(assessmentId),
    sentence: Number(sentence),
    judgement: oneOf<Judgement>(judgements, judgement),
    basis: oneOf<Basis>(bases, basis) ?? 'STATED',
    status: oneOf<FindingStatus>(findingStatuses, status) ?? 'ESTABLISHED',
    quote: string(quote),
    start: Number(start),
    end: Number(end),
    inferredFrom: Array.isArray(inferredFrom) ? inferredFrom.map(Number) : [],
    participants: (Array.isArray(participants) ? (participants as unknown[][]) : [])
      .map(([entityId, role]) => ({ entityId: string(entityId), role: string(role) }))
      .sort((a, b) => a.entityId.localeCompare(b.entityId)),
    relationshipIds: strings(relationshipIds).sort(),
    review: {
      // Every finding in the graph is published; one stored before reviews were recorded was accepted by being written.
      status: oneOf<ReviewStatus>(reviewStatuses, review) ?? 'ACCEPTED',
      by: nullableString(reviewedBy),
      at: typeof reviewedAt === 'number' ? new Date(reviewedAt).toISOString() : null,
      reason: nullableString(reviewReason),
    },
  };
}

export function toAssessment(row: Row): AssessmentRecord {
  return {
    id: string(row.id),
    title: string(row.title),
    forceId: nullableString(row.forceId),
    inspectorId: nullableString(row.inspectorId),
    year: row.year === null || row.year === undefined ? null : Number(row.year),
    yearBasis: oneOf<Basis>(bases, row.yearBasis),
    published: nullableString(row.published),
    kind: nullableString(row.kind) ?? 'assessment',
    url: nullableString(row.url),
    licence: nullableString(row.licence),
    fictional: row.fictional === true,
  };
}

export function toSource(row: Row): SourceRecord {
  return {
    id: string(row.id),
    title: string(row.title),
    text: string(row.text),
    sentences: Array.isArray(row.sentences) ? row.sentences.map(string) : [],
  };
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/** The four columns every graph query ends with (see graphTail in queries.ts). */
export function toFragment(record: { get(key: string): unknown; has(key: string): boolean }): GraphFragment {
  const list = <T>(key: string) => (record.get(key) as T[] | null) ?? [];
  return {
    ...(record.has('findings') ? { findings: uniqueById(list<FindingRow>('findings').map(toFinding)) } : {}),
    ...(record.has('assessments') ? { assessments: uniqueById(list<Row>('assessments').map(toAssessment)) } : {}),
    nodeIds: [...new Set((record.get('nodeIds') as string[] | null) ?? [])],
    relationshipIds: [...new Set((record.get('relationshipIds') as string[] | null) ?? [])],
    entities: uniqueById(list<EntityRow>('entities').map(toEntity)),
    relationships: uniqueById(list<RelationshipRow>('relationships').map(toRelationship)),
    sources: uniqueById(list<Row>('sources').map(toSource)),
    complete: (record.get('complete') as string[] | null) ?? [],
  };
}

/**
 * A row of compareQuery or diffQuery (themedFindingRow in queries.ts), with the types of the relationships it draws
 * (`drawn`: [finding id, type, from id] rows): those from its force, or all when none starts there.
 */
export function toThemedFinding(row: unknown[], drawn: ReadonlyMap<string, [string, string][]> = new Map()): ThemedFinding {
  const [id, assessmentId, forceId, sentence, sentenceText, quote, judgement, themeId] = row;
  const edges = drawn.get(string(id)) ?? [];
  const fromForce = edges.filter(([, from]) => from === forceId);
  const types = (fromForce.length > 0 ? fromForce : edges).map(([type]) => type);
  return {
    id: string(id),
    assessmentId: string(assessmentId),
    forceId: string(forceId),
    sentence: Number(sentence),
    sentenceText: string(sentenceText),
    quote: string(quote),
    judgement: oneOf<Judgement>(judgements, judgement),
    themeId: string(themeId),
    types: strings(types).filter((type): type is RelationshipType => (relationshipTypes as readonly string[]).includes(type)),
  };
}
