// Stage 1: a document's text and blocks, whatever its format.
import { extractDocx } from './extract-docx.ts';
import { extractHtml } from './extract-html.ts';
import { extractPdf } from './extract-pdf.ts';
import { extractPlainText } from './extract-plain.ts';
import type { InputDocument } from './read-document.ts';
import type { ExtractedText } from './text-blocks.ts';

export async function extractText(document: InputDocument): Promise<ExtractedText> {
  switch (document.format) {
    case 'pdf':
      return extractPdf(document.file, document.bytes);
    case 'docx':
      return extractDocx(document.file, document.bytes);
    case 'html':
      return extractHtml(document.file, new TextDecoder().decode(document.bytes));
    case 'text':
      return extractPlainText(new TextDecoder().decode(document.bytes));
  }
}
