// Converts the API's entities and relationships into Cytoscape element definitions; pure, no Cytoscape instance.
import type { ElementDefinition } from 'cytoscape';
import type { Basis, Entity, EntityKind, FindingStatus, Judgement, Pillar, Relationship, RelationshipType, ReviewStatus } from './model.ts';
import { classToken, typeLabels } from './vocabulary.ts';

export interface NodeData {
  id: string;
  label: string;
  kind: EntityKind;
  summary: string | null;
  degree: number;
  pillar: Pillar | null;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
  judgement: Judgement | null;
  basis: Basis;
  status: FindingStatus;
  review: ReviewStatus;
  /** The finding the edge draws (its own id where the data has none), so counts can count claims, not lines. */
  finding: string;
  label: string;
  quote: string;
  sentence: number;
  sourceId: string;
}

export function nodeElement(entity: Entity): ElementDefinition {
  const data: NodeData = {
    id: entity.id,
    label: entity.name,
    kind: entity.kind,
    summary: entity.summary,
    degree: entity.degree,
    pillar: entity.pillar ?? null,
  };
  return { group: 'nodes', data, classes: `kind-${classToken(entity.kind)}` };
}

export function edgeElement(relationship: Relationship): ElementDefinition {
  const data: EdgeData = {
    id: relationship.id,
    source: relationship.source.id,
    target: relationship.target.id,
    type: relationship.type,
    judgement: relationship.judgement,
    basis: relationship.basis,
    status: relationship.status,
    review: relationship.review,
    finding: relationship.finding?.id ?? relationship.id,
    label: typeLabels[relationship.type],
    quote: relationship.evidence.quote,
    sentence: relationship.evidence.sentence,
    sourceId: relationship.evidence.source.id,
  };
  const classes = [`type-${classToken(relationship.type)}`];
  if (relationship.judgement) classes.push(`judgement-${classToken(relationship.judgement)}`);
  if (relationship.basis === 'INFERRED') classes.push('basis-inferred');
  return { group: 'edges', data, classes: classes.join(' ') };
}

/**
 * Nodes first, then the edges whose two ends are among the nodes or already drawn (`present`), so Cytoscape
 * never receives an edge to nowhere. Duplicates (the same id twice in one answer) are dropped.
 */
export function toElements(graph: { nodes: readonly Entity[]; edges: readonly Relationship[] }, present: ReadonlySet<string> = new Set()): ElementDefinition[] {
  const nodeIds = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const entity of graph.nodes) {
    if (nodeIds.has(entity.id)) continue;
    nodeIds.add(entity.id);
    elements.push(nodeElement(entity));
  }
  const edgeIds = new Set<string>();
  for (const relationship of graph.edges) {
    if (edgeIds.has(relationship.id)) continue;
    const ends = [relationship.source.id, relationship.target.id];
    if (!ends.every((id) => nodeIds.has(id) || present.has(id))) continue;
    edgeIds.add(relationship.id);
    elements.push(edgeElement(relationship));
  }
  return elements;
}
