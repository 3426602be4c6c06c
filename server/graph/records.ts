// Plain values the repository hands out: what Neo4j nodes, relationships and sources become at its boundary.

// The kinds, types, judgements and pillars are the schema's, generated from it (`npm run codegen`). Neo4j stores
// each as the GraphQL enum value spells it, so no value is translated on its way to the screen.
import type { EntityKind, Judgement, Pillar, RelationshipType } from '../../shared/vocabulary.ts';

export { entityKinds, judgements, kindOfLabel, labelOfKind, pillars, relationshipTypes } from '../../shared/vocabulary.ts';
export type { EntityKind, Judgement, Pillar, RelationshipType };

export interface EntityRecord {
  id: string;
  name: string;
  kind: EntityKind;
  summary: string | null;
  pillar: Pillar | null;
  degree: number;
}

export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  /** Id of the start entity. */
  from: string;
  /** Id of the end entity. */
  to: string;
  judgement: Judgement | null;
  quote: string;
  sentence: number;
  sourceId: string;
}

export interface SourceRecord {
  id: string;
  title: string;
  text: string;
  sentences: string[];
}

/** A source an answer names by id only (Evidence.source): its text is read only when a field beyond the id is asked for. */
export type SourceReference = Pick<SourceRecord, 'id'> & Partial<SourceRecord>;

export interface SentenceRecord {
  sourceId: string;
  /** 1-based. */
  index: number;
  text: string;
}

/** Whatever one query brought back, for the request's cache; ids are unique within each list. */
export interface GraphFragment {
  /** The entities the query is about, in its order (the rest came along as endpoints or neighbours). */
  nodeIds: string[];
  /** The relationships the query is about, in its order. */
  relationshipIds: string[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
  sources: SourceRecord[];
  /** Entities whose every relationship is among `relationships`. */
  complete: string[];
}

export interface PathRecord {
  nodeIds: string[];
  relationshipIds: string[];
}
