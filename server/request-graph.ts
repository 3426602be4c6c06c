// One request's view of the graph: what its queries brought back, so nested fields resolve without Neo4j.
import DataLoader from 'dataloader';
import type { GraphRepository } from './graph/repository.ts';
import type {
  AssessmentRecord,
  EntityRecord,
  FindingRecord,
  GraphFragment,
  Judgement,
  RelationshipRecord,
  RelationshipType,
  SourceRecord,
} from './graph/records.ts';
import type { Direction } from '../shared/vocabulary.ts';

export type { Direction };

/** Which of an entity's relationships a field asks for; null or empty lists keep all. */
export interface RelationshipFilter {
  types?: readonly RelationshipType[] | null;
  direction: Direction;
  judgements?: readonly Judgement[] | null;
  assessments?: readonly string[] | null;
}

type MaybePromise<T> = T | Promise<T>;

export class RequestGraph {
  private readonly entities = new Map<string, EntityRecord>();
  private readonly relationships = new Map<string, RelationshipRecord>();
  private readonly sources = new Map<string, SourceRecord>();
  private readonly findings = new Map<string, FindingRecord>();
  private readonly assessments = new Map<string, AssessmentRecord>();
  private readonly incident = new Map<string, Map<string, RelationshipRecord>>();
  /** Entities whose relationships are all in `incident`. */
  private readonly complete = new Set<string>();
  /** Sources whose cited relationships are all in `relationships`. */
  private readonly citedSources = new Set<string>();

  // Nested fields that reach past what the root query fetched load here, one batched query per level.
  private readonly entityLoader = new DataLoader<string, EntityRecord | null>(async (ids) => {
    this.absorb(await this.repository.entities(ids));
    return ids.map((id) => this.entities.get(id) ?? null);
  });
  private readonly relationshipsLoader = new DataLoader<string, true>(async (ids) => {
    this.absorb(await this.repository.entities(ids, { relationships: true }));
    return ids.map(() => true as const);
  });
  private readonly sourceLoader = new DataLoader<string, SourceRecord | null>(async (ids) => {
    this.absorb(await this.repository.sources({ ids, sentenceRelationships: false }));
    return ids.map((id) => this.sources.get(id) ?? null);
  });
  private readonly findingLoader = new DataLoader<string, FindingRecord | null>(async (ids) => {
    this.absorb(await this.repository.findingsById(ids));
    return ids.map((id) => this.findings.get(id) ?? null);
  });
  private readonly assessmentLoader = new DataLoader<string, AssessmentRecord | null>(async (ids) => {
    this.absorb(await this.repository.assessmentsById(ids));
    return ids.map((id) => this.assessments.get(id) ?? null);
  });
  private readonly citationsLoader = new DataLoader<string, true>(async (ids) => {
    this.absorb(await this.repository.sources({ ids, sentenceRelationships: true }), [...ids]);
    return ids.map(() => true as const);
  });

  constructor(readonly repository: GraphRepository) {}

  /** Takes in a query's result; `citing` names sources whose cited relationships it holds in full. */
  absorb(fragment: GraphFragment, citing: string[] = []): GraphFragment {
    for (const entity of fragment.entities) this.entities.set(entity.id, entity);
    for (const source of fragment.sources) this.sources.set(source.id, source);
    for (const finding of fragment.findings ?? []) this.findings.set(finding.id, finding);
    for (const assessment of fragment.assessments ?? []) this.assessments.set(assessment.id, assessment);
    for (const relationship of fragment.relationships) {
      this.relationships.set(relationship.id, relationship);
      for (const end of [relationship.from, relationship.to]) {
        let byId = this.incident.get(end);
        if (!byId) this.incident.set(end, (byId = new Map()));
        byId.set(relationship.id, relationship);
      }
    }
    for (const id of fragment.complete) this.complete.add(id);
    for (const id of citing) this.citedSources.add(id);
    return fragment;
  }

  cachedEntity(id: string): EntityRecord | undefined {
    return this.entities.get(id);
  }

  cachedRelationship(id: string): RelationshipRecord | undefined {
    return this.relationships.get(id);
  }

  // What the cache holds is returned as it is, not wrapped in a promise (see withCodedDatabaseErrors).
  entity(id: string): MaybePromise<EntityRecord | null> {
    return this.entities.get(id) ?? this.entityLoader.load(id);
  }

  cachedFinding(id: string): FindingRecord | undefined {
    return this.findings.get(id);
  }

  finding(id: string): MaybePromise<FindingRecord | null> {
    return this.findings.get(id) ?? this.findingLoader.load(id);
  }

  assessment(id: string): MaybePromise<AssessmentRecord | null> {
    return this.assessments.get(id) ?? this.assessmentLoader.load(id);
  }

  source(id: string): MaybePromise<SourceRecord | null> {
    return this.sources.get(id) ?? this.sourceLoader.load(id);
  }

  relationshipsOf(id: string, filter: RelationshipFilter): MaybePromise<RelationshipRecord[]> {
    if (!this.complete.has(id)) return this.relationshipsLoader.load(id).then(() => this.cachedRelationshipsOf(id, filter));
    return this.cachedRelationshipsOf(id, filter);
  }

  private cachedRelationshipsOf(id: string, { types, direction, judgements, assessments }: RelationshipFilter): RelationshipRecord[] {
    const wanted = <T>(values: readonly T[] | null | undefined) => (values && values.length > 0 ? new Set(values) : null);
    const typeSet = wanted(types);
    const judgementSet = wanted(judgements);
    const assessmentSet = wanted(assessments);
    return [...(this.incident.get(id)?.values() ?? [])]
      .filter(
        (r) =>
          (typeSet === null || typeSet.has(r.type)) &&
          (judgementSet === null || (r.judgement !== null && judgementSet.has(r.judgement))) &&
          (assessmentSet === null || assessmentSet.has(r.sourceId)) &&
          (direction === 'BOTH' || (direction === 'OUT' ? r.from === id : r.to === id)),
      )
      .sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.sentence - b.sentence || a.id.localeCompare(b.id));
  }

  async citations(sourceId: string, sentence: number): Promise<RelationshipRecord[]> {
    if (!this.citedSources.has(sourceId)) await this.citationsLoader.load(sourceId);
    return [...this.relationships.values()]
      .filter((r) => r.sourceId === sourceId && r.sentence === sentence)
      .sort((a, b) => a.id.localeCompare(b.id));
  }
}
