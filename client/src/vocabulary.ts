// The words the explorer uses for the schema's enums: its own short labels and phrases; what they mean is the schema's.
import type { Basis, EntityKind, FindingStatus, Judgement, RelationshipType, ReviewStatus } from './model.ts';

export const kindLabels: Record<EntityKind, { one: string; many: string }> = {
  FORCE: { one: 'Force', many: 'Forces' },
  INSPECTOR: { one: 'Inspector', many: 'Inspectors' },
  THEME: { one: 'Theme', many: 'Themes' },
  PARTNER: { one: 'Partner', many: 'Partners' },
  VICTIM_GROUP: { one: 'Victim group', many: 'Victim groups' },
  RISK: { one: 'Risk', many: 'Risks' },
  POWER: { one: 'Power', many: 'Powers' },
  COMMUNITY: { one: 'Community', many: 'Communities' },
};

/** Short verbs read along the arrow (subject first), as edge labels and in narratives. */
export const typeLabels: Record<RelationshipType, string> = {
  ASSESSES: 'assesses',
  HAS_STRENGTH: 'strength in',
  IMPROVED: 'improved',
  NEEDS_IMPROVEMENT: 'needs to improve',
  SAFEGUARDS: 'safeguards',
  WORKS_WITH: 'works with',
  SUPPORTS: 'supports',
  INFORMS: 'informs',
  TACKLES: 'tackles',
  FACES: 'faces',
  THREATENS: 'threatens',
  USES: 'uses',
  RESTRICTS: 'restricts',
  ENGAGES: 'engages',
};

/** What each kind, type and judgement means, for tooltips and the legend: the schema's own descriptions. */
export {
  basisDescriptions,
  entityKindDescriptions as kindDescriptions,
  judgementDescriptions,
  relationshipTypeDescriptions as typeDescriptions,
  reviewStatusDescriptions as reviewDescriptions,
} from '../../shared/vocabulary.ts';

export const judgementLabels: Record<Judgement, string> = {
  STRENGTH: 'Strength',
  IMPROVED: 'Improved',
  AREA_FOR_IMPROVEMENT: 'Area for improvement',
  CAUSE_OF_CONCERN: 'Cause of concern',
};

/** Enum values become CSS class fragments: AREA_FOR_IMPROVEMENT -> area-for-improvement. */
export function classToken(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}

/** The same relationships as verb phrases that read as a sentence between two names, for narratives. */
export const typePhrases: Record<RelationshipType, string> = {
  ASSESSES: 'assesses',
  HAS_STRENGTH: 'does well at',
  IMPROVED: 'has improved at',
  NEEDS_IMPROVEMENT: 'needs to improve on',
  SAFEGUARDS: 'safeguards',
  WORKS_WITH: 'works with',
  SUPPORTS: 'works with the force on',
  INFORMS: 'informs the force about',
  TACKLES: 'helps tackle',
  FACES: 'faces',
  THREATENS: 'threatens',
  USES: 'uses',
  RESTRICTS: 'restricts',
  ENGAGES: 'engages with',
};

/** The review statuses as the legend names them; readers see published findings only, accepted or disputed. */
export const reviewLabels: Record<ReviewStatus, string> = {
  DRAFT: 'Not yet reviewed',
  ACCEPTED: 'Accepted',
  REJECTED: 'Rejected',
  DISPUTED: 'Disputed',
};

export const basisLabels: Record<Basis, string> = {
  STATED: 'Stated by the report',
  INFERRED: 'Inferred from context',
};

/** How a status reads beside a finding; established findings need no word. */
export const statusLabels: Record<FindingStatus, string | null> = {
  ESTABLISHED: null,
  EXPLORING: 'only being explored',
  PLANNED: 'planned',
  NOT_YET: 'not yet done',
};
