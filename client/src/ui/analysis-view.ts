// The place over the graph where a comparison, a diff or a theme's timeline is shown, fetched when the view state asks for one.
import { diffCounts } from '../diff-lists.ts';
import { renderComparison } from './compare-view.ts';
import { renderDiff } from './diff-view.ts';
import { h, replaceChildren } from './dom.ts';
import { renderTimeline } from './timeline-view.ts';
import { timelineSummary } from '../theme-timeline.ts';
import type { ExplorerPort } from './explorer-port.ts';

export function mountAnalysis(root: HTMLElement, explorer: ExplorerPort, onError: (error: unknown) => void, say: (message: string) => void): void {
  const body = h('div', { class: 'analysis-body', id: 'analysis-body' });
  const close = h('button', { type: 'button', id: 'analysis-close', class: 'analysis-close', onclick: () => explorer.closeAnalysis() }, 'Back to the graph');
  replaceChildren(root, close, body);
  /** The view asked for last: an answer to an earlier request that comes late is not drawn over it. */
  let wanted = '';

  const show = async () => {
    const { compare, diff, timeline } = explorer.state;
    const key = JSON.stringify({ compare, diff, timeline });
    if (key === wanted) return;
    wanted = key;
    root.hidden = compare === null && diff === null && timeline === null;
    if (root.hidden) return;
    replaceChildren(body, h('p', { class: 'hint' }, 'Loading…'));
    root.setAttribute('aria-busy', 'true');
    try {
      if (compare) {
        const started = performance.now();
        const comparison = await explorer.compare(compare.forces, compare.themes, compare.by);
        if (key !== wanted) return;
        renderComparison(body, comparison, say, {
          switchBy: (by) => explorer.openCompare(compare.forces, compare.themes, by),
          findings: (themes) => explorer.compareFindings(compare.forces, themes),
          openTimeline: (force, theme) => explorer.openTimeline(force, theme),
        });
        root.dataset.drawnMs = String(Math.round(performance.now() - started));
        say(`${comparison.forces.length} forces compared on ${comparison.themes.length} ${compare.by === 'pillar' ? 'pillars' : 'themes'}.`);
      } else if (diff) {
        const answer = await explorer.diff(diff.from, diff.to);
        if (key !== wanted) return;
        renderDiff(body, answer, (force, theme) => explorer.openTimeline(force, theme));
        const counts = diffCounts(answer);
        say(`${counts.new} new, ${counts.resolved} resolved, ${counts.persisting} persisting, ${counts.worse} worse.`);
      } else if (timeline) {
        const answer = await explorer.timeline(timeline.force, timeline.theme);
        if (key !== wanted) return;
        renderTimeline(body, answer, (from, to) => explorer.openDiff(from, to));
        say(`${answer.theme.name} at ${answer.force.name}: ${timelineSummary(answer)}.`);
      }
    } catch (error) {
      if (key !== wanted) return;
      replaceChildren(body, h('p', { class: 'empty' }, 'This view could not be loaded.'));
      onError(error);
    } finally {
      if (key === wanted) root.removeAttribute('aria-busy');
    }
  };

  explorer.onChange((changes) => {
    if (changes.has('analysis')) void show();
  });
}
