// One theme of a force across its assessments: each year's findings about it with their quotes and sentences, a year
// that says nothing listed as such, and a step to what changed between two consecutive years.
import { type ThemeTimeline, type TimelineEntry, type TimelineFinding, timelineSummary } from '../theme-timeline.ts';
import { assessmentMeta, assessmentName } from './assessment-label.ts';
import { h, quoted, replaceChildren } from './dom.ts';
import { judgementBadge } from './fact-parts.ts';

/** Opens what changed between two assessments of the force. */
export type OpenDiff = (from: string, to: string) => void;

function findingItem(finding: TimelineFinding): HTMLElement {
  return h(
    'li',
    { class: 'fact' },
    h('p', { class: 'fact-line' }, judgementBadge(finding.judgement) ?? h('span', { class: 'badge no-judgement' }, 'No judgement')),
    h('p', { class: 'fact-quote' }, quoted(finding.quote)),
    h('blockquote', { class: 'in-context' }, h('p', {}, finding.sentence), h('footer', {}, `Sentence ${finding.sentenceNumber}`)),
  );
}

function entryItem(entry: TimelineEntry, previous: TimelineEntry | null, openDiff: OpenDiff): HTMLElement {
  const { assessment } = entry;
  return h(
    'li',
    { class: 'timeline-entry', 'data-assessment': assessment.id, 'data-year': assessment.year === null ? null : String(assessment.year) },
    h('h3', {}, String(assessment.year ?? 'Year unknown'), ' · ', ...assessmentName(assessment)),
    h('p', { class: 'hint' }, assessmentMeta(assessment)),
    entry.findings.length === 0 ? h('p', { class: 'empty' }, 'Says nothing about this theme.') : h('ul', { class: 'facts' }, entry.findings.map(findingItem)),
    previous
      ? h(
          'p',
          {},
          h('button', { type: 'button', class: 'link small diff-link', onclick: () => openDiff(previous.assessment.id, assessment.id) }, `What changed since ${previous.assessment.year ?? previous.assessment.title}`),
        )
      : null,
  );
}

export function renderTimeline(root: HTMLElement, timeline: ThemeTimeline, openDiff: OpenDiff): void {
  replaceChildren(
    root,
    h('header', { class: 'analysis-head' }, h('h2', {}, `${timeline.theme.name} at ${timeline.force.name} across years`)),
    h('p', { class: 'timeline-summary' }, timelineSummary(timeline)),
    timeline.entries.length === 0
      ? h('p', { class: 'empty' }, 'This force has no assessments.')
      : h('ol', { class: 'timeline', id: 'theme-timeline' }, timeline.entries.map((entry, i) => entryItem(entry, timeline.entries[i - 1] ?? null, openDiff))),
  );
}
