// How an assessment is named on screen: its title, year and force, and a "fictional" badge for the project's samples.
import type { AssessmentSummary } from '../model.ts';
import { h } from './dom.ts';

export function fictionalBadge(): HTMLElement {
  return h('span', { class: 'badge fictional', title: "One of the project's own sample assessments about a fictional force" }, 'fictional');
}

/** The title, then the badge where the assessment is fictional; text only, never markup from the data. */
export function assessmentName(assessment: Pick<AssessmentSummary, 'title' | 'fictional'>): (HTMLElement | string)[] {
  return assessment.fictional ? [assessment.title, ' ', fictionalBadge()] : [assessment.title];
}

/** What else is known of it, for a list: "2023 · Harrowdale Constabulary · HMI Rowena Ashcombe". */
export function assessmentMeta(assessment: AssessmentSummary): string {
  return [assessment.year ?? 'year unknown', assessment.force?.name, assessment.inspector?.name, assessment.kind].filter(Boolean).join(' · ');
}
