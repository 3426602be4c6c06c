// Paths and partner traces told as cited sentences, and as Markdown to paste into a briefing; pure.
import type { Entity, Path, Relationship } from './model.ts';
import { judgementLabels, statusLabels, typePhrases } from './vocabulary.ts';

export interface CitedFact {
  relationship: Relationship;
  subject: Entity;
  object: Entity;
  /** "Cheshire Constabulary works with Other agencies". */
  statement: string;
}

/** A fact read subject first, whichever way the path walked along it. */
export function citedFact(relationship: Relationship, entities: ReadonlyMap<string, Entity>): CitedFact {
  const subject = entities.get(relationship.source.id);
  const object = entities.get(relationship.target.id);
  if (!subject || !object) throw new Error(`relationship ${relationship.id} joins entities the answer did not include`);
  return { relationship, subject, object, statement: `${subject.name} ${typePhrases[relationship.type]} ${object.name}` };
}

export function pathFacts(path: Path, known: ReadonlyMap<string, Entity> = new Map()): CitedFact[] {
  const entities = new Map(known);
  for (const node of path.nodes) entities.set(node.id, node);
  return path.edges.map((edge) => citedFact(edge, entities));
}

/** Where a finding stands and what the inspector made of it, in words: "sentence 12, no judgement, only being explored". */
export function citation(relationship: Relationship): string {
  const parts = [`sentence ${relationship.evidence.sentence}`];
  parts.push(relationship.judgement ? judgementLabels[relationship.judgement].toLowerCase() : 'no judgement');
  if (relationship.basis === 'INFERRED') parts.push('inferred from context');
  const status = statusLabels[relationship.status];
  if (status) parts.push(status);
  return parts.join(', ');
}

function markdownFact(fact: CitedFact): string {
  const { relationship } = fact;
  return `**${fact.subject.name}** ${typePhrases[relationship.type]} **${fact.object.name}**: “${relationship.evidence.quote}” (${citation(relationship)})`;
}

export function pathMarkdown(path: Path, sourceTitle: string | null, known?: ReadonlyMap<string, Entity>): string {
  const first = path.nodes[0];
  const last = path.nodes.at(-1);
  if (!first || !last) return '';
  const facts = pathFacts(path, known);
  const lines = [
    `### From ${first.name} to ${last.name}: ${path.length} ${path.length === 1 ? 'step' : 'steps'}`,
    '',
    ...facts.map((fact, index) => `${index + 1}. ${markdownFact(fact)}`),
  ];
  if (sourceTitle) lines.push('', `Source: ${sourceTitle}.`);
  return `${lines.join('\n')}\n`;
}

export interface PartnerStory {
  partner: Entity;
  /** How the force works with the partner: its WORKS_WITH facts. */
  worksWith: CitedFact[];
  /** What the partner works on: one fact per relationship on its paths, in path order, no repeats. */
  workOn: CitedFact[];
}

export function partnerStory(partner: Entity, worksWith: readonly Relationship[], paths: readonly Path[], known: ReadonlyMap<string, Entity>): PartnerStory {
  const entities = new Map(known);
  entities.set(partner.id, partner);
  for (const path of paths) for (const node of path.nodes) entities.set(node.id, node);
  const seen = new Set<string>();
  const workOn: CitedFact[] = [];
  for (const path of paths) {
    for (const edge of path.edges) {
      if (seen.has(edge.id)) continue;
      seen.add(edge.id);
      workOn.push(citedFact(edge, entities));
    }
  }
  return { partner, worksWith: worksWith.map((r) => citedFact(r, entities)), workOn };
}

export function partnersMarkdown(stories: readonly PartnerStory[], sourceTitle: string | null): string {
  const lines: string[] = [];
  for (const story of stories) {
    lines.push(`### ${story.partner.name}`, '');
    for (const fact of story.worksWith) lines.push(`- ${markdownFact(fact)}`);
    for (const fact of story.workOn) lines.push(`- ${markdownFact(fact)}`);
    if (story.worksWith.length + story.workOn.length === 0) lines.push('- The report states nothing more about this partner.');
    lines.push('');
  }
  if (sourceTitle) lines.push(`Source: ${sourceTitle}.`);
  return `${lines.join('\n').trimEnd()}\n`;
}
