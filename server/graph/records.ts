// Plain values the repository hands out: what Neo4j nodes, relationships and sources become at its boundary.

export const entityKinds = ['FORCE', 'INSPECTOR', 'THEME', 'PARTNER', 'VICTIM_GROUP', 'RISK', 'POWER', 'COMMUNITY'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** The Neo4j label of each kind: the allow-list every label in a query comes from. */
export const labelOfKind: Record<EntityKind, string> = {
  FORCE: 'Force',
  INSPECTOR: 'Inspector',
  THEME: 'Theme',
  PARTNER: 'Partner',
  VICTIM_GROUP: 'VictimGroup',
  RISK: 'Risk',
  POWER: 'Power',
  COMMUNITY: 'Community',
};

export const relationshipTypes = [
  'ASSESSES',
  'HAS_STRENGTH',
  'IMPROVED',
  'NEEDS_IMPROVEMENT',
  'SAFEGUARDS',
  'WORKS_WITH',
  'SUPPORTS',
  'INFORMS',
  'TACKLES',
  'FACES',
  'THREATENS',
  'USES',
  'RESTRICTS',
  'ENGAGES',
] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

/** As stored in Neo4j (`r.judgement`), in the inspectorate's words. */
export const judgements = ['strength', 'improved', 'area_for_improvement', 'cause_of_concern'] as const;
export type Judgement = (typeof judgements)[number];

export const pillars = ['effectiveness', 'efficiency', 'legitimacy'] as const;
export type Pillar = (typeof pillars)[number];

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
