// Turns the maps the queries return into the repository's plain records, checking what Neo4j handed back.
import {
  type EntityKind,
  type EntityRecord,
  type GraphFragment,
  type Judgement,
  judgements,
  labelOfKind,
  type Pillar,
  pillars,
  type RelationshipRecord,
  type RelationshipType,
  relationshipTypes,
  type SourceRecord,
} from './records.ts';

const kindOfLabel = new Map(Object.entries(labelOfKind).map(([kind, label]) => [label, kind as EntityKind]));

type Row = Record<string, unknown>;

function string(value: unknown): string {
  return typeof value === 'string' ? value : String(value ?? '');
}

function nullableString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function toEntity(row: Row): EntityRecord {
  const labels = Array.isArray(row.labels) ? (row.labels as string[]) : [];
  const kind = labels.map((label) => kindOfLabel.get(label)).find((k) => k !== undefined);
  if (kind === undefined) throw new Error(`entity ${string(row.id)} has no known kind label (labels: ${labels.join(', ')})`);
  const pillar = nullableString(row.pillar);
  return {
    id: string(row.id),
    name: string(row.name),
    kind,
    summary: nullableString(row.summary),
    pillar: pillar !== null && (pillars as readonly string[]).includes(pillar) ? (pillar as Pillar) : null,
    degree: Number(row.degree ?? 0),
  };
}

export function toRelationship(row: Row): RelationshipRecord {
  const type = string(row.type);
  if (!(relationshipTypes as readonly string[]).includes(type)) throw new Error(`relationship ${string(row.id)} has unknown type ${type}`);
  const judgement = nullableString(row.judgement);
  return {
    id: string(row.id),
    type: type as RelationshipType,
    from: string(row.from),
    to: string(row.to),
    judgement: judgement !== null && (judgements as readonly string[]).includes(judgement) ? (judgement as Judgement) : null,
    quote: string(row.evidence),
    sentence: Number(row.sentence),
    sourceId: string(row.source),
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
  const list = (key: string) => (record.get(key) as Row[] | null) ?? [];
  return {
    nodeIds: [...new Set((record.get('nodeIds') as string[] | null) ?? [])],
    relationshipIds: [...new Set((record.get('relationshipIds') as string[] | null) ?? [])],
    entities: uniqueById(list('entities').map(toEntity)),
    relationships: uniqueById(list('relationships').map(toRelationship)),
    sources: uniqueById(list('sources').map(toSource)),
    complete: (record.get('complete') as string[] | null) ?? [],
  };
}
