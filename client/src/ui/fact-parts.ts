// The pieces every panel cites a finding with: its badges, links to entities and sentences, the sentence in context.
import type { ExplorerPort } from './explorer-port.ts';
import type { Judgement, Relationship } from '../model.ts';
import { basisLabels, classToken, judgementLabels, statusLabels } from '../vocabulary.ts';
import { h } from './dom.ts';

export function judgementBadge(judgement: Judgement | null): HTMLElement | null {
  return judgement ? h('span', { class: `badge judgement-${classToken(judgement)}` }, judgementLabels[judgement]) : null;
}

/**
 * What a reader must know of the finding a relationship draws: the inspector's judgement, or that there is none;
 * whether it is only inferred; and how far it has got where the text hedges.
 */
export function findingBadges(relationship: Pick<Relationship, 'judgement' | 'basis' | 'status'> & Partial<Pick<Relationship, 'review'>>): (HTMLElement | string)[] {
  const badges: HTMLElement[] = [judgementBadge(relationship.judgement) ?? h('span', { class: 'badge no-judgement' }, 'No judgement')];
  if (relationship.basis === 'INFERRED') badges.push(h('span', { class: 'badge basis-inferred', title: 'Not stated by the sentence: read from its context' }, basisLabels.INFERRED));
  const status = statusLabels[relationship.status];
  if (status) badges.push(h('span', { class: `badge status-${classToken(relationship.status)}` }, status));
  // A disputed finding is still shown, so readers must be told an editor questions it.
  if (relationship.review === 'DISPUTED') badges.push(h('span', { class: 'badge review-disputed', title: 'An editor has disputed this finding since it was published' }, 'Disputed'));
  // Spaced apart, so the text reads as words to screen readers and in copied text.
  return badges.flatMap((badge, index) => (index === 0 ? [badge] : [' ', badge]));
}

export function sentenceButton(explorer: ExplorerPort, sentence: number): HTMLButtonElement {
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

export function entityButton(explorer: ExplorerPort, id: string): HTMLButtonElement {
  return h('button', { type: 'button', class: 'link entity-ref', onclick: () => explorer.select(id) }, explorer.nameOf(id));
}

/** The full sentence of the report with the quoted words marked, so the quote is read in its context. */
export function sentenceInContext(explorer: ExplorerPort, relationship: Relationship): HTMLElement | null {
  const sentence = explorer.source?.sentences.find((s) => s.index === relationship.evidence.sentence);
  if (!sentence) return null;
  const { start, quote } = relationship.evidence;
  // The quote stands at its offsets; data loaded without offsets falls back to finding the words.
  const at = start !== null && sentence.text.slice(start, start + quote.length) === quote ? start : sentence.text.indexOf(quote);
  const body =
    at === -1
      ? [sentence.text]
      : [sentence.text.slice(0, at), h('mark', {}, relationship.evidence.quote), sentence.text.slice(at + relationship.evidence.quote.length)];
  return h('blockquote', { class: 'in-context' }, h('p', {}, ...body), h('footer', {}, `Sentence ${sentence.index} of `, h('cite', {}, explorer.source?.title ?? 'the report')));
}
