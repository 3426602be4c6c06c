// The report itself, sentence by sentence, each marked by the judgements of the facts it states; a click lights them up.
import type { Explorer } from '../explorer.ts';
import { judgements, type Sentence } from '../model.ts';
import { classToken, judgementLabels } from '../vocabulary.ts';
import { h, replaceChildren } from './dom.ts';

/** The strongest call a sentence makes, for its mark: concern over improvement over praise. */
export function sentenceJudgement(sentence: Sentence): string | null {
  const present = new Set(sentence.relationships.map((r) => r.judgement));
  const order = [...judgements].reverse();
  return order.find((j) => present.has(j)) ?? null;
}

export function mountSource(root: HTMLElement, explorer: Explorer, say: (message: string) => void): void {
  const items = new Map<number, HTMLLIElement>();

  const render = () => {
    const source = explorer.source;
    items.clear();
    if (!source) {
      replaceChildren(root, h('p', { class: 'empty' }, 'The graph has no source document.'));
      return;
    }
    replaceChildren(
      root,
      h('h2', {}, source.title),
      h('p', { class: 'hint' }, 'Each sentence is marked by the findings it states. Click one to light up its facts on the graph.'),
      h(
        'ol',
        { class: 'sentences' },
        source.sentences.map((sentence) => {
          const judgement = sentenceJudgement(sentence);
          const counts = judgements
            .map((j) => ({ j, n: sentence.relationships.filter((r) => r.judgement === j).length }))
            .filter(({ n }) => n > 0);
          const item = h(
            'li',
            { class: `sentence${judgement ? ` judgement-${classToken(judgement)}` : ''}`, 'data-sentence': sentence.index, value: sentence.index },
            h(
              'button',
              {
                type: 'button',
                class: 'sentence-button',
                disabled: sentence.relationships.length === 0,
                'aria-label': `Sentence ${sentence.index}: ${sentence.text} ${sentence.relationships.length} facts.`,
                onclick: () => {
                  const shown = explorer.markSentence(sentence.index);
                  say(`Sentence ${sentence.index} states ${sentence.relationships.length} ${sentence.relationships.length === 1 ? 'fact' : 'facts'}; ${shown} elements lit up on the graph.`);
                },
              },
              h('span', { class: 'sentence-number', 'aria-hidden': 'true' }, String(sentence.index)),
              h('span', { class: 'sentence-text' }, sentence.text),
            ),
            counts.length > 0
              ? h(
                  'span',
                  { class: 'sentence-tags' },
                  counts.map(({ j, n }) => h('span', { class: `badge judgement-${classToken(j)}` }, `${judgementLabels[j]}${n > 1 ? ` ×${n}` : ''}`)),
                )
              : h('span', { class: 'sentence-tags' }, h('span', { class: 'badge muted' }, 'no facts')),
          );
          items.set(sentence.index, item);
          return item;
        }),
      ),
    );
    mark();
  };

  /** Marks the sentence behind the selected relationship, and the one whose facts are lit up. */
  const mark = () => {
    const selected = explorer.state.selected ? explorer.relationships.get(explorer.state.selected) : undefined;
    const active = explorer.marks.kind === 'sentence' ? explorer.marks.index : null;
    for (const [index, item] of items) {
      item.classList.toggle('cited', selected?.evidence.sentence === index);
      item.classList.toggle('active', active === index);
      const button = item.querySelector('button');
      button?.setAttribute('aria-pressed', String(active === index));
    }
    const target = selected ? items.get(selected.evidence.sentence) : active !== null ? items.get(active) : undefined;
    target?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  explorer.onChange((changes) => {
    if (changes.has('data')) render();
    else if (changes.has('selection') || changes.has('marks') || changes.has('panel')) mark();
  });
}
