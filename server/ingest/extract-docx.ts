// Stage 1 for Word documents: mammoth turns the DOCX into semantic HTML (headings, paragraphs, lists), read as HTML.
import mammoth from 'mammoth';
import { extractHtml } from './extract-html.ts';
import { IngestError } from './ingest-error.ts';
import { inspectDocx } from './inspect-docx.ts';
import type { ExtractedText } from './text-blocks.ts';

export async function extractDocx(file: string, bytes: Uint8Array, maxInflatedBytes?: number): Promise<ExtractedText> {
  // Mammoth inflates every part it needs whole and trusts the XML it finds, so a bomb is stopped before it reads.
  await inspectDocx(file, bytes, maxInflatedBytes);
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    throw new IngestError(file, `not a readable Word document (${(error as Error).message})`);
  }
  return extractHtml(file, `<body>${html}</body>`, 'docx');
}
