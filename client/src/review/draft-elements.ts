// Converts a draft's findings into Cytoscape elements in the explorer's classes: participants as nodes, each
// relationship a finding will draw as an edge; pure, no Cytoscape instance.
import type { ElementDefinition } from 'cytoscape';
import { classToken, typeLabels } from '../vocabulary.ts';
import type { DraftFinding } from './review-api.ts';

/** An edge's id names its finding, so selecting an edge selects the finding and back. */
export function edgeId(finding: string, index: number): string {
  return `${finding}~${index}`;
}

export function findingOfEdge(id: string): string {
  return id.slice(0, id.lastIndexOf('~'));
}

export function draftElements(findings: readonly DraftFinding[]): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges: ElementDefinition[] = [];
  for (const finding of findings) {
    for (const { entity } of finding.participants) {
      if (nodes.has(entity.id)) continue;
      const classes = [`kind-${classToken(entity.kind)}`];
      // What the draft would add to the graph is marked, so a reviewer sees new entities before publishing them.
      if (!entity.existing) classes.push('proposed');
      nodes.set(entity.id, { group: 'nodes', data: { id: entity.id, label: entity.name, kind: entity.kind }, classes: classes.join(' ') });
    }
    finding.relationships.forEach((relationship, index) => {
      const classes = [`type-${classToken(relationship.type)}`, `review-${classToken(finding.review.status)}`];
      if (finding.judgement) classes.push(`judgement-${classToken(finding.judgement)}`);
      if (finding.basis === 'INFERRED') classes.push('basis-inferred');
      edges.push({
        group: 'edges',
        data: { id: edgeId(finding.id, index), source: relationship.from, target: relationship.to, finding: finding.id, label: typeLabels[relationship.type] },
        classes: classes.join(' '),
      });
    });
  }
  // An edge whose end no participant names would make Cytoscape throw; the server never sends one, but a partial
  // answer must not take the page down.
  return [...nodes.values(), ...edges.filter((edge) => nodes.has(edge.data.source as string) && nodes.has(edge.data.target as string))];
}
