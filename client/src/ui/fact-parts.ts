// The pieces every panel cites a fact with: judgement badge, links to entities and sentences, the sentence in context.
import type { Explorer } from '../explorer.ts';
import type { Judgement, Relationship } from '../model.ts';
import { classToken, judgementLabels } from '../vocabulary.ts';
import { h } from './dom.ts';

export function judgementBadge(judgement: Judgement | null): HTMLElement | null {
  return judgement ? h('span', { class: `badge judgement-${classToken(judgement)}` }, judgementLabels[judgement]) : null;
}

export function sentenceButton(explorer: Explorer, sentence: number): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'link sentence-ref',
      title: `Show sentence ${sentence} in the report and light up what it says`,
      onclick: () => {
        explorer.markSentence(sentence);
        explorer.setPanel('report');
      },
    },
    `sentence ${sentence}`,
  );
}

export function entityButton(explorer: Explorer, id: string): HTMLButtonElement {
  return h('button', { type: 'button', class: 'link entity-ref', onclick: () => explorer.select(id) }, explorer.nameOf(id));
}

/** The full sentence of the report with the quoted words marked, so the quote is read in its context. */
export function sentenceInContext(explorer: Explorer, relationship: Relationship): HTMLElement | null {
  const sentence = explorer.source?.sentences.find((s) => s.index === relationship.evidence.sentence);
  if (!sentence) return null;
  const at = sentence.text.indexOf(relationship.evidence.quote);
  const body =
    at === -1
      ? [sentence.text]
      : [sentence.text.slice(0, at), h('mark', {}, relationship.evidence.quote), sentence.text.slice(at + relationship.evidence.quote.length)];
  return h('blockquote', { class: 'in-context' }, h('p', {}, ...body), h('footer', {}, `Sentence ${sentence.index} of `, h('cite', {}, explorer.source?.title ?? 'the report')));
}
