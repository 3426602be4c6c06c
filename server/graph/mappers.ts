// Turns the rows the queries return into the repository's plain records, checking what Neo4j handed back.
import {
  type EntityRecord,
  type GraphFragment,
  type Judgement,
  judgements,
  kindOfLabel,
  type Pillar,
  pillars,
  type RelationshipRecord,
  type RelationshipType,
  relationshipTypes,
  type SourceRecord,
} from './records.ts';

type Row = Record<string, unknown>;

function string(value: unknown): string {
  return typeof value === 'string' ? value : String(value ?? '');
}

function nullableString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** An entity as the graph queries return it: `entityRow` in queries.ts, position for position. */
export type EntityRow = [id: unknown, name: unknown, summary: unknown, pillar: unknown, labels: unknown, degree: unknown];

/** A relationship as the graph queries return it: `relationshipRow` in queries.ts, position for position. */
type RelationshipRow = [id: unknown, type: unknown, from: unknown, to: unknown, judgement: unknown, quote: unknown, sentence: unknown, sourceId: unknown];

export function toEntity([id, name, summary, pillarValue, labelValues, degree]: EntityRow): EntityRecord {
  const labels = Array.isArray(labelValues) ? (labelValues as string[]) : [];
  const kind = labels.map((label) => kindOfLabel.get(label)).find((k) => k !== undefined);
  if (kind === undefined) throw new Error(`entity ${string(id)} has no known kind label (labels: ${labels.join(', ')})`);
  const pillar = nullableString(pillarValue);
  return {
    id: string(id),
    name: string(name),
    kind,
    summary: nullableString(summary),
    pillar: pillar !== null && (pillars as readonly string[]).includes(pillar) ? (pillar as Pillar) : null,
    degree: Number(degree ?? 0),
  };
}

export function toRelationship([id, typeValue, from, to, judgementValue, quote, sentence, sourceId]: RelationshipRow): RelationshipRecord {
  const type = string(typeValue);
  if (!(relationshipTypes as readonly string[]).includes(type)) throw new Error(`relationship ${string(id)} has unknown type ${type}`);
  const judgement = nullableString(judgementValue);
  return {
    id: string(id),
    type: type as RelationshipType,
    from: string(from),
    to: string(to),
    judgement: judgement !== null && (judgements as readonly string[]).includes(judgement) ? (judgement as Judgement) : null,
    quote: string(quote),
    sentence: Number(sentence),
    sourceId: string(sourceId),
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
export function toFragment(record: { get(key: string): unknown }): GraphFragment {
  const list = <T>(key: string) => (record.get(key) as T[] | null) ?? [];
  return {
    nodeIds: [...new Set((record.get('nodeIds') as string[] | null) ?? [])],
    relationshipIds: [...new Set((record.get('relationshipIds') as string[] | null) ?? [])],
    entities: uniqueById(list<EntityRow>('entities').map(toEntity)),
    relationships: uniqueById(list<RelationshipRow>('relationships').map(toRelationship)),
    sources: uniqueById(list<Row>('sources').map(toSource)),
    complete: (record.get('complete') as string[] | null) ?? [],
  };
}
