// The place over the graph where a comparison or a diff is shown, fetched when the view state asks for one.
import { diffCounts } from '../diff-lists.ts';
import { renderComparison } from './compare-view.ts';
import { renderDiff } from './diff-view.ts';
import { h, replaceChildren } from './dom.ts';
import type { ExplorerPort } from './explorer-port.ts';

export function mountAnalysis(root: HTMLElement, explorer: ExplorerPort, onError: (error: unknown) => void, say: (message: string) => void): void {
  const body = h('div', { class: 'analysis-body', id: 'analysis-body' });
  const close = h('button', { type: 'button', id: 'analysis-close', class: 'analysis-close', onclick: () => explorer.closeAnalysis() }, 'Back to the graph');
  replaceChildren(root, close, body);
  /** The view asked for last: an answer to an earlier request that comes late is not drawn over it. */
  let wanted = '';

  const show = async () => {
    const { compare, diff } = explorer.state;
    const key = JSON.stringify({ compare, diff });
    if (key === wanted) return;
    wanted = key;
    root.hidden = compare === null && diff === null;
    if (root.hidden) return;
    replaceChildren(body, h('p', { class: 'hint' }, 'Loading…'));
    root.setAttribute('aria-busy', 'true');
    try {
      if (compare) {
        const started = performance.now();
        const comparison = await explorer.compare(compare.forces, compare.themes);
        if (key !== wanted) return;
        renderComparison(body, comparison, say);
        root.dataset.drawnMs = String(Math.round(performance.now() - started));
        say(`${comparison.forces.length} forces compared on ${comparison.themes.length} themes.`);
      } else if (diff) {
        const answer = await explorer.diff(diff.from, diff.to);
        if (key !== wanted) return;
        renderDiff(body, answer);
        const counts = diffCounts(answer);
        say(`${counts.new} new, ${counts.resolved} resolved, ${counts.persisting} persisting, ${counts.worse} worse.`);
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
