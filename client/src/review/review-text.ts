// The draft's text with every finding highlighted on its span, built from text nodes only (a document's text is
// data: nothing in it is ever parsed as HTML), and the reviewer's text selection read back as sentence offsets.
import { h, replaceChildren } from '../ui/dom.ts';
import { classToken } from '../vocabulary.ts';
import type { Draft, DraftFinding } from './review-api.ts';
import { runsOf, trimmedSelection } from './text-spans.ts';

export interface SelectedSpan {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface ReviewText {
  /** Draws the text and its highlights; `current` is the finding under review. */
  show(draft: Pick<Draft, 'text' | 'sentences'>, findings: readonly DraftFinding[], current: string | null): void;
  /** The reviewer's selection, when it lies inside one sentence. */
  selection(): SelectedSpan | null;
}

export function mountReviewText(root: HTMLElement, onPick: (finding: string) => void): ReviewText {
  const sentenceElements = new Map<number, HTMLElement>();
  const sentenceTexts = new Map<number, string>();

  /** Characters from the start of the sentence element to a point inside it: its text is the sentence's, exactly. */
  const offsetIn = (element: HTMLElement, node: Node, offset: number): number => {
    const range = document.createRange();
    range.setStart(element, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  };

  return {
    show(draft, findings, current) {
      sentenceElements.clear();
      sentenceTexts.clear();
      const bySentence = new Map<number, DraftFinding[]>();
      for (const finding of findings) bySentence.set(finding.sentence, [...(bySentence.get(finding.sentence) ?? []), finding]);
      const findingById = new Map(findings.map((finding) => [finding.id, finding]));
      const parts: Node[] = [];
      let at = 0;
      for (const sentence of [...draft.sentences].sort((a, b) => a.start - b.start)) {
        if (sentence.start > at) parts.push(document.createTextNode(draft.text.slice(at, sentence.start)));
        const spans = (bySentence.get(sentence.number) ?? []).map((finding) => ({ id: finding.id, start: finding.start, end: finding.end }));
        const element = h(
          'span',
          { class: 'review-sentence', 'data-sentence': sentence.number },
          runsOf(sentence.text.length, spans).map((run) => {
            const piece = sentence.text.slice(run.start, run.end);
            if (run.findings.length === 0) return piece;
            // The finding under review shows on top where spans overlap; otherwise the first one.
            const shown = run.findings.includes(current ?? '') ? (current as string) : (run.findings[0] as string);
            const status = findingById.get(shown)?.review.status ?? 'DRAFT';
            const mark = h('mark', { class: `span review-${classToken(status)}${run.findings.includes(current ?? '') ? ' current' : ''}`, 'data-findings': run.findings.join(' ') }, piece);
            mark.addEventListener('click', () => {
              // A click that ends a text selection is the start of a re-span, not a pick.
              if (!window.getSelection()?.isCollapsed) return;
              const index = run.findings.indexOf(current ?? '');
              onPick(run.findings[(index + 1) % run.findings.length] as string);
            });
            return mark;
          }),
        );
        sentenceElements.set(sentence.number, element);
        sentenceTexts.set(sentence.number, sentence.text);
        parts.push(element);
        at = Math.max(at, sentence.end);
      }
      if (at < draft.text.length) parts.push(document.createTextNode(draft.text.slice(at)));
      replaceChildren(root, parts);
      root.querySelector('mark.current')?.scrollIntoView({ block: 'nearest' });
    },

    selection() {
      const selection = window.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
      const range = selection.getRangeAt(0);
      for (const [number, element] of sentenceElements) {
        if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) continue;
        const text = sentenceTexts.get(number) as string;
        const span = trimmedSelection(text, offsetIn(element, range.startContainer, range.startOffset), offsetIn(element, range.endContainer, range.endOffset));
        return span ? { sentence: number, ...span, text: text.slice(span.start, span.end) } : null;
      }
      return null;
    },
  };
}
