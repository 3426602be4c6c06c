// The shape every extractor returns: the document's text and its blocks (headings, paragraphs, list items) by offset.
import type { DocumentFormat } from './read-document.ts';

export type BlockKind = 'heading' | 'paragraph' | 'item';

export interface TextBlock {
  kind: BlockKind;
  /** Offsets into ExtractedText.text, end exclusive. */
  start: number;
  end: number;
}

export interface ExtractedText {
  format: DocumentFormat;
  text: string;
  blocks: TextBlock[];
  /** Pages in a PDF. */
  pages?: number;
  /** The document's own title where its format records one (HTML <title>, PDF Title). */
  title?: string;
}

/** Builds an extracted text block by block, so offsets come from the appending itself, never from searching. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly blocks: TextBlock[] = [];

  add(kind: BlockKind, content: string): void {
    const text = content.replace(/\s+/g, ' ').trim();
    if (text === '') return;
    if (this.length > 0) this.append('\n\n');
    this.blocks.push({ kind, start: this.length, end: this.length + text.length });
    this.append(text);
  }

  private append(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  get text(): string {
    return this.parts.join('');
  }
}
