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

/** Spelt in Neo4j as in the API. */
export const judgements = ['STRENGTH', 'IMPROVED', 'AREA_FOR_IMPROVEMENT', 'CAUSE_OF_CONCERN'] as const;
export type Judgement = (typeof judgements)[number];

export const pillars = ['EFFECTIVENESS', 'EFFICIENCY', 'LEGITIMACY'] as const;
export type Pillar = (typeof pillars)[number];

/** Whether the sentence states a finding or it is inferred from context. */
export const bases = ['STATED', 'INFERRED'] as const;
export type Basis = (typeof bases)[number];

/** How far what a finding describes has got, where the text hedges. */
export const findingStatuses = ['ESTABLISHED', 'EXPLORING', 'PLANNED', 'NOT_YET'] as const;
export type FindingStatus = (typeof findingStatuses)[number];

export interface EntityRecord {
  id: string;
  name: string;
  kind: EntityKind;
  summary: string | null;
  pillar: Pillar | null;
  degree: number;
  /** Other names the reports use for the entity. */
  aliases: string[];
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
  /** The finding the relationship draws; its citation is the finding's. */
  findingId: string | null;
  basis: Basis;
  status: FindingStatus;
  /** The quote's character offsets in its sentence (end exclusive); null where the data has none. */
  start: number | null;
  end: number | null;
}

export interface SourceRecord {
  id: string;
  title: string;
  text: string;
  sentences: string[];
}

/** What is known about an assessment beyond its text; nulls are what no source states. */
export interface AssessmentRecord {
  id: string;
  title: string;
  forceId: string | null;
  inspectorId: string | null;
  year: number | null;
  yearBasis: Basis | null;
  published: string | null;
  kind: string;
  url: string | null;
  licence: string | null;
  fictional: boolean;
}

export interface ParticipantRecord {
  entityId: string;
  role: string;
}

/** One claim of an assessment, with its citation, its participants and the relationships it draws as. */
export interface FindingRecord {
  id: string;
  assessmentId: string;
  sentence: number;
  judgement: Judgement | null;
  basis: Basis;
  status: FindingStatus;
  quote: string;
  start: number;
  end: number;
  inferredFrom: number[];
  participants: ParticipantRecord[];
  relationshipIds: string[];
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
  /** Findings the query brought back (only the queries about findings fill this). */
  findings?: FindingRecord[];
  /** Assessments the query brought back (only the queries about findings and assessments fill this). */
  assessments?: AssessmentRecord[];
  /** Entities whose every relationship is among `relationships`. */
  complete: string[];
}

export interface PathRecord {
  nodeIds: string[];
  relationshipIds: string[];
}
