// Stage 2: the sentences of an extracted text, each with its exact offsets into that text. Headings and
// fragments without a verb are not sentences.
import { analyse } from './nlp.ts';
import type { ExtractedText, TextBlock } from './text-blocks.ts';

export interface Sentence {
  /** 1-based, in reading order. */
  number: number;
  /** Offsets into ExtractedText.text, end exclusive; text === extracted.text.slice(start, end). */
  start: number;
  end: number;
  text: string;
}

const terminal = /[.!?]["'”’)\]]*$/;
const wordy = /[A-Za-z]/;

/** A paragraph that is short and ends without a full stop reads as a heading (a title, a PDF heading, a label). */
function isHeading(block: TextBlock, text: string): boolean {
  if (block.kind === 'heading') return true;
  if (terminal.test(text) || block.kind === 'item') return false;
  return text.split(/\s+/).length <= 20;
}

export function splitSentences(extracted: ExtractedText): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of extracted.blocks) {
    const blockText = extracted.text.slice(block.start, block.end);
    if (isHeading(block, blockText)) continue;
    const { tokens, sentences: spans } = analyse(blockText);
    for (const [first, last] of spans) {
      const words = tokens.slice(first, last + 1).filter((t) => wordy.test(t.value));
      const hasVerb = tokens.slice(first, last + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
      // The tagger sometimes reads a verb as a noun ("This report sets out …"): a paragraph's full sentence of
      // six words or more, capital to full stop, is kept even when no verb was tagged.
      const spanText = blockText.slice(tokens[first]!.start, tokens[last]!.end);
      const fullSentence = block.kind === 'paragraph' && words.length >= 6 && /^[A-Z]/.test(spanText) && terminal.test(spanText);
      // Footnote marks, stray numbers and verbless list fragments are not sentences a finding can cite.
      if (words.length < 3 || (!hasVerb && !fullSentence)) continue;
      let end = tokens[last]!.end;
      // A list item's closing semicolon or "and" belongs to the list, not to the sentence.
      const tail = /(?:;|;\s*(?:and|or)|,)$/.exec(blockText.slice(tokens[first]!.start, end));
      if (tail && block.kind === 'item') end -= tail[0].length;
      const start = block.start + tokens[first]!.start;
      const absoluteEnd = block.start + end;
      sentences.push({ number: sentences.length + 1, start, end: absoluteEnd, text: extracted.text.slice(start, absoluteEnd) });
    }
  }
  return sentences;
}
