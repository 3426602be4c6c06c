// Stage 1: a document's text and blocks, whatever its format.
import { extractDocx } from './extract-docx.ts';
import { extractHtml } from './extract-html.ts';
import { extractPdf } from './extract-pdf.ts';
import { extractPlainText } from './extract-plain.ts';
import { maxInflatedBytes } from './inspect-docx.ts';
import type { InputDocument } from './read-document.ts';
import type { ExtractedText } from './text-blocks.ts';

export interface ExtractLimits {
  /** PDFs of more pages are refused before a page is read. */
  maxPages: number;
  /** Word documents whose parts inflate to more are refused before mammoth reads them. */
  maxInflatedBytes: number;
}

/** A 100-page report is far inside both; a file past them was built to swamp the reader. */
export const defaultExtractLimits: ExtractLimits = { maxPages: 1_000, maxInflatedBytes };

export async function extractText(document: InputDocument, limits: ExtractLimits = defaultExtractLimits): Promise<ExtractedText> {
  switch (document.format) {
    case 'pdf':
      return extractPdf(document.file, document.bytes, limits.maxPages);
    case 'docx':
      return extractDocx(document.file, document.bytes, limits.maxInflatedBytes);
    case 'html':
      return extractHtml(document.file, new TextDecoder().decode(document.bytes));
    case 'text':
      return extractPlainText(new TextDecoder().decode(document.bytes));
  }
}
