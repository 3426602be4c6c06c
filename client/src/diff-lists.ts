// What changed between two assessments of a force, as the API's diff gives it: the categories in reading order, and
// each change in words; pure.
import type { AssessmentSummary, Judgement, RelationshipType } from './model.ts';
import { judgementLabels } from './vocabulary.ts';

export interface FindingSide {
  quote: string;
  sentence: string;
  sentenceNumber: number;
  judgement: Judgement;
}

export interface FindingChange {
  theme: { id: string; name: string };
  type: RelationshipType;
  before: FindingSide | null;
  after: FindingSide | null;
}

export const diffCategories = ['new', 'resolved', 'persisting', 'worse', 'disappeared'] as const;
export type DiffCategory = (typeof diffCategories)[number];

export interface AssessmentDiff extends Record<DiffCategory, FindingChange[]> {
  from: AssessmentSummary;
  to: AssessmentSummary;
  truncated: boolean;
}

export const categoryLabels: Record<DiffCategory, { heading: string; hint: string }> = {
  new: { heading: 'New', hint: 'Findings of the later assessment with no match in the earlier one.' },
  resolved: { heading: 'Resolved', hint: 'An area for improvement or cause of concern then, a strength or improvement now.' },
  persisting: { heading: 'Persisting', hint: 'On the same side both times: still a strength, or still needing improvement.' },
  worse: { heading: 'Worse', hint: 'A strength then, something to improve now; or an area for improvement become a cause of concern.' },
  disappeared: { heading: 'Not mentioned again', hint: 'Findings the later assessment does not mention: not counted as resolved, as it does not say so.' },
};

/** How the judgement moved: "Area for improvement → Strength", or the one side there is. */
export function judgementStep(change: Pick<FindingChange, 'before' | 'after'>): string {
  const before = change.before ? judgementLabels[change.before.judgement] : null;
  const after = change.after ? judgementLabels[change.after.judgement] : null;
  if (before && after) return before === after ? `${after} both times` : `${before} → ${after}`;
  return after ?? before ?? '';
}

/** The count of each category, for the headings and the status line. */
export function diffCounts(diff: Pick<AssessmentDiff, DiffCategory>): Record<DiffCategory, number> {
  return Object.fromEntries(diffCategories.map((category) => [category, diff[category].length])) as Record<DiffCategory, number>;
}
