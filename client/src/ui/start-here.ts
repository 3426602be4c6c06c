// The first thing a new user reads: the question most people bring, answered in one click, and how to go further.
import type { ExplorerPort } from './explorer-port.ts';
import { h, replaceChildren } from './dom.ts';

export function mountStartHere(root: HTMLElement, explorer: ExplorerPort, onError: (error: unknown) => void): void {
  const render = () => {
    const force = explorer.forces[0]?.name ?? 'the force';
    const partners = explorer.knownPartners;
    replaceChildren(
      root,
      h('h2', {}, 'Start here'),
      h('p', { class: 'question' }, `Whom does ${force} work with, on what, and where does the report say so?`),
      h(
        'button',
        {
          type: 'button',
          class: 'primary wide',
          id: 'trace-all-partners',
          disabled: partners.length === 0,
          onclick: () => void explorer.tracePartners('all').catch(onError),
        },
        `Trace ${force}'s partners`,
      ),
      h(
        'ul',
        { class: 'tips' },
        h('li', {}, 'Click a shape or a line to read the sentence behind it.'),
        h('li', {}, 'Click a sentence in the Report to light up its facts.'),
        h('li', {}, 'Double-click to expand; the legend filters.'),
      ),
    );
  };
  explorer.onChange((changes) => {
    if (changes.has('data')) render();
  });
  render();
}
