// What changed for a force between two assessments: new, resolved, persisting, worse (and not mentioned again), each
// finding with its quote and sentence on both sides, and a step to its theme's timeline for the force.
import { categoryLabels, type AssessmentDiff, diffCategories, diffCounts, type FindingChange, type FindingSide, judgementStep } from '../diff-lists.ts';
import { typeLabels } from '../vocabulary.ts';
import { assessmentName } from './assessment-label.ts';
import { h, quoted, replaceChildren } from './dom.ts';
import { judgementBadge } from './fact-parts.ts';

function side(label: string, finding: FindingSide | null): HTMLElement {
  if (!finding) return h('div', { class: 'diff-side empty' }, h('p', { class: 'hint' }, `${label}: not mentioned`));
  return h(
    'div',
    { class: 'diff-side' },
    h('p', { class: 'fact-line' }, `${label} `, judgementBadge(finding.judgement)),
    h('p', { class: 'fact-quote' }, quoted(finding.quote)),
    h('blockquote', { class: 'in-context' }, h('p', {}, finding.sentence), h('footer', {}, `Sentence ${finding.sentenceNumber}`)),
  );
}

/** Opens one theme of a force across its assessments. */
export type OpenTimeline = (force: string, theme: string) => void;

function changeItem(change: FindingChange, force: string | null, openTimeline: OpenTimeline): HTMLElement {
  return h(
    'li',
    { class: 'diff-change', 'data-theme': change.theme.id },
    h(
      'p',
      { class: 'diff-title' },
      h('strong', {}, change.theme.name),
      ` · ${typeLabels[change.type]} · ${judgementStep(change)} `,
      force
        ? h('button', { type: 'button', class: 'link small timeline-link', 'data-theme': change.theme.id, onclick: () => openTimeline(force, change.theme.id) }, 'Across years')
        : null,
    ),
    h('div', { class: 'diff-sides' }, side('Then', change.before), side('Now', change.after)),
  );
}

export function renderDiff(root: HTMLElement, diff: AssessmentDiff, openTimeline: OpenTimeline): void {
  const counts = diffCounts(diff);
  const force = diff.to.force?.id ?? diff.from.force?.id ?? null;
  replaceChildren(
    root,
    h('header', { class: 'analysis-head' }, h('h2', {}, `What changed for ${diff.to.force?.name ?? diff.from.force?.name ?? 'the force'}`)),
    h('p', { class: 'diff-between' }, 'From ', h('span', { class: 'diff-from' }, ...assessmentName(diff.from)), ' to ', h('span', { class: 'diff-to' }, ...assessmentName(diff.to)), '.'),
    diff.truncated ? h('p', { class: 'hint' }, 'A list was cut at 500 findings.') : null,
    diffCategories.map((category) =>
      h(
        'section',
        { class: 'diff-category', 'data-category': category, 'aria-label': categoryLabels[category].heading },
        h('h3', {}, `${categoryLabels[category].heading} (${counts[category]})`),
        h('p', { class: 'hint' }, categoryLabels[category].hint),
        counts[category] === 0 ? h('p', { class: 'empty' }, 'None.') : h('ul', { class: 'diff-list' }, diff[category].map((change) => changeItem(change, force, openTimeline))),
      ),
    ),
  );
}
