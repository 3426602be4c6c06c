// The relationships a finding draws as, from its type and its participants' roles: the rules the hand-written seed
// follows (test/unit/review-drawn-relationships.test.ts checks every seed finding), so a reviewed draft publishes
// the same shape as the seed's findings.
import type { ParticipantRole } from '../assessments/assessment-file.ts';
import type { Judgement, RelationshipType } from '../graph/records.ts';

export interface RoleOf {
  role: ParticipantRole;
  entity: { id: string };
}

export interface DrawnRelationship {
  from: string;
  type: RelationshipType;
  to: string;
}

/** The types that carry a judgement of the force in a theme of policing. */
const judgementTypes = new Set<RelationshipType>(['HAS_STRENGTH', 'IMPROVED', 'NEEDS_IMPROVEMENT']);

/**
 * - a judgement (strength, improvement, area for improvement) is drawn from the subject to the theme it is about,
 *   or to its object when it names no theme;
 * - any other type is drawn from the subject to each object; with none, WORKS_WITH goes to each partner, and
 *   others to the theme;
 * - partners share the act ("works with other agencies to tackle repeat offenders": both TACKLE the offenders);
 * - in WORKS_WITH, what the work is for (a purpose, or the theme) is drawn from the subject as a strength when the
 *   finding is one and otherwise as SUPPORTS, and from each partner as SUPPORTS; elsewhere a purpose is drawn from
 *   the subject as SUPPORTS.
 */
export function drawnRelationships(type: RelationshipType, judgement: Judgement | null, participants: readonly RoleOf[]): DrawnRelationship[] {
  const ids = (role: ParticipantRole) => participants.filter((p) => p.role === role).map((p) => p.entity.id);
  const [subject] = ids('SUBJECT');
  if (subject === undefined) return [];
  const [objects, partners, themes, purposes] = [ids('OBJECT'), ids('PARTNER'), ids('THEME'), ids('PURPOSE')];
  const worksWith = type === 'WORKS_WITH';
  let targets: string[];
  if (judgementTypes.has(type)) targets = themes.length > 0 ? themes : objects;
  else if (objects.length > 0) targets = objects;
  else targets = worksWith ? partners : themes;
  const drawn: DrawnRelationship[] = [];
  const add = (from: string, drawnType: RelationshipType, to: string) => {
    if (from !== to && !drawn.some((d) => d.from === from && d.type === drawnType && d.to === to)) drawn.push({ from, type: drawnType, to });
  };
  for (const target of targets) add(subject, type, target);
  if (worksWith) {
    const together = objects.length > 0 ? [...objects, ...partners] : partners;
    for (const purpose of [...themes, ...purposes]) {
      add(subject, judgement === 'STRENGTH' ? 'HAS_STRENGTH' : 'SUPPORTS', purpose);
      for (const partner of together) add(partner, 'SUPPORTS', purpose);
    }
  } else {
    for (const partner of partners) for (const target of targets) add(partner, type, target);
    for (const purpose of purposes) add(subject, 'SUPPORTS', purpose);
  }
  return drawn;
}
