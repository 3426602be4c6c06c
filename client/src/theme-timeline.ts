// One theme of a force across its assessments, as the API's timeline gives it, and how its judgement moved; pure.
import type { AssessmentSummary, Judgement } from './model.ts';
import { judgementLabels } from './vocabulary.ts';

export interface TimelineFinding {
  quote: string;
  sentence: string;
  sentenceNumber: number;
  /** Null for context: a plan, something the force is exploring. */
  judgement: Judgement | null;
}

export interface TimelineEntry {
  assessment: AssessmentSummary;
  /** Worst first; empty when the assessment says nothing about the theme. */
  findings: TimelineFinding[];
}

export interface ThemeTimeline {
  force: { id: string; name: string };
  theme: { id: string; name: string };
  entries: TimelineEntry[];
}

/** The judgement of each year that has one (its worst), in year order: "2021 Area for improvement → 2023 Improved". */
export function timelineSummary(timeline: Pick<ThemeTimeline, 'entries'>): string {
  const steps = timeline.entries.flatMap((entry) => {
    const worst = entry.findings.find((finding) => finding.judgement !== null)?.judgement;
    return worst ? [`${entry.assessment.year ?? 'year unknown'} ${judgementLabels[worst]}`] : [];
  });
  return steps.length > 0 ? steps.join(' → ') : 'No judgement of this theme in any assessment';
}
