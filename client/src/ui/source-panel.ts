// The report itself, sentence by sentence, each marked by the findings it states; a click lights them up.
import type { ExplorerPort } from './explorer-port.ts';
import { type Judgement, judgements, type Sentence } from '../model.ts';
import { classToken, judgementLabels } from '../vocabulary.ts';
import { assessmentName } from './assessment-label.ts';
import { h, replaceChildren } from './dom.ts';

/** The strongest call a sentence makes, for its mark: concern over improvement over praise. */
export function sentenceJudgement(sentence: Sentence): string | null {
  const present = new Set(sentence.relationships.map((r) => r.judgement));
  const order = [...judgements].reverse();
  return order.find((j) => present.has(j)) ?? null;
}

/**
 * A sentence's findings, counted once each however many relationships draw them: the inspector's by judgement,
 * those without a judgement, and those only inferred from context (never counted as the inspector's).
 */
export function sentenceFindings(sentence: Sentence): { judged: { judgement: Judgement; count: number }[]; unjudged: number; inferred: number; total: number } {
  const findings = new Map<string, Sentence['relationships'][number]>();
  for (const relationship of sentence.relationships) findings.set(relationship.finding?.id ?? relationship.id, relationship);
  const all = [...findings.values()];
  const stated = all.filter((f) => f.basis === 'STATED');
  return {
    judged: judgements.map((judgement) => ({ judgement, count: stated.filter((f) => f.judgement === judgement).length })).filter(({ count }) => count > 0),
    unjudged: stated.filter((f) => f.judgement === null).length,
    inferred: all.length - stated.length,
    total: all.length,
  };
}

export function mountSource(root: HTMLElement, explorer: ExplorerPort, say: (message: string) => void): void {
  const items = new Map<number, HTMLLIElement>();

  const render = () => {
    const source = explorer.source;
    items.clear();
    if (!source) {
      replaceChildren(root, h('p', { class: 'empty' }, 'The graph has no source document.'));
      return;
    }
    const reports = explorer.reports;
    const shown = reports.find((report) => report.source.id === source.id);
    replaceChildren(
      root,
      reports.length > 1
        ? h(
            'label',
            { class: 'report-choice' },
            'Report ',
            h(
              'select',
              { id: 'report-choice', onchange: (event: Event) => explorer.showReport((event.target as HTMLSelectElement).value) },
              reports.map((report) => h('option', { value: report.assessment.id, selected: report.source.id === source.id }, `${report.assessment.title}${report.assessment.fictional ? ' (fictional)' : ''}`)),
            ),
          )
        : null,
      h('h2', {}, ...(shown ? assessmentName(shown.assessment) : [source.title])),
      h('p', { class: 'hint' }, 'Each sentence is marked by the findings it states. Click one to light up its facts on the graph.'),
      h(
        'ol',
        { class: 'sentences' },
        source.sentences.map((sentence) => {
          const judgement = sentenceJudgement(sentence);
          const found = sentenceFindings(sentence);
          const findingsText = `${found.total} ${found.total === 1 ? 'finding' : 'findings'}`;
          const item = h(
            'li',
            { class: `sentence${judgement ? ` judgement-${classToken(judgement)}` : ''}`, 'data-sentence': sentence.index, value: sentence.index },
            h(
              'button',
              {
                type: 'button',
                class: 'sentence-button',
                disabled: sentence.relationships.length === 0,
                'aria-label': `Sentence ${sentence.index}: ${sentence.text} ${findingsText}.`,
                onclick: () => {
                  const shown = explorer.markSentence(sentence.index);
                  say(`Sentence ${sentence.index} states ${findingsText}; ${shown} elements lit up on the graph.`);
                },
              },
              h('span', { class: 'sentence-number', 'aria-hidden': 'true' }, String(sentence.index)),
              h('span', { class: 'sentence-text' }, sentence.text),
            ),
            found.total > 0
              ? h(
                  'span',
                  { class: 'sentence-tags' },
                  found.judged.map(({ judgement, count }) =>
                    h('span', { class: `badge judgement-${classToken(judgement)}` }, `${judgementLabels[judgement]}${count > 1 ? ` ×${count}` : ''}`),
                  ),
                  found.unjudged > 0 ? h('span', { class: 'badge no-judgement' }, `No judgement${found.unjudged > 1 ? ` ×${found.unjudged}` : ''}`) : null,
                  found.inferred > 0 ? h('span', { class: 'badge basis-inferred' }, `Inferred${found.inferred > 1 ? ` ×${found.inferred}` : ''}`) : null,
                )
              : h('span', { class: 'sentence-tags' }, h('span', { class: 'badge muted' }, 'no findings')),
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
    const selected = explorer.state.selected ? explorer.relationship(explorer.state.selected) : undefined;
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
