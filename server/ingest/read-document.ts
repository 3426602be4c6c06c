// Stage 0: a file's bytes, checked for size, emptiness and binary junk, and the format its content shows.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { IngestError } from './ingest-error.ts';

export type DocumentFormat = 'text' | 'html' | 'pdf' | 'docx';

export interface InputDocument {
  /** The name errors and metadata use for the file. */
  file: string;
  format: DocumentFormat;
  bytes: Uint8Array;
}

/** A 100-page report is a few MB; anything far past that is not an assessment. */
export const maxDocumentBytes = 50 * 1024 * 1024;

const zipMagic = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Text is UTF-8 without NULs or a run of control characters; anything else is a binary the stages cannot read. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  if (control / sample.length > 0.01) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.length === bytes.length ? sample : trimPartialCharacter(sample));
    return false;
  } catch {
    return true;
  }
}

/** A 64 KiB sample may cut a multi-byte character in two; drop the broken tail before decoding. */
function trimPartialCharacter(sample: Uint8Array): Uint8Array {
  let end = sample.length;
  while (end > 0 && end > sample.length - 4 && (sample[end - 1]! & 0xc0) === 0x80) end -= 1;
  return end > 0 && sample[end - 1]! >= 0xc0 ? sample.subarray(0, end - 1) : sample.subarray(0, end);
}

const byteOrderMark = [0xef, 0xbb, 0xbf];
const blankBytes = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);

/** The offset of the first byte that is not blank space (after a UTF-8 byte order mark); the length when all are. */
function contentStart(bytes: Uint8Array): number {
  const from = startsWith(bytes, byteOrderMark) ? byteOrderMark.length : 0;
  const at = bytes.findIndex((byte, i) => i >= from && !blankBytes.has(byte));
  return at === -1 ? bytes.length : at;
}

/** Decides the format from the content first (a PDF named .txt is still a PDF), then from the extension. */
export function detectFormat(file: string, bytes: Uint8Array): DocumentFormat {
  const start = contentStart(bytes);
  if (start === bytes.length) throw new IngestError(file, 'the file is empty');
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, zipMagic)) {
    if (new TextDecoder('latin1').decode(bytes).includes('word/document.xml')) return 'docx';
    throw new IngestError(file, 'a ZIP archive that is not a Word document (DOCX); expected text, HTML, PDF or DOCX');
  }
  if (looksBinary(bytes)) throw new IngestError(file, 'a binary file, not text, HTML, PDF or DOCX');
  const extension = path.extname(file).toLowerCase();
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return 'html';
  const head = new TextDecoder().decode(bytes.subarray(start, start + 2048)).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return 'text';
}

/** Reads a document from disk, refusing what is too large before reading it whole. */
export async function readDocument(file: string, limit = maxDocumentBytes): Promise<InputDocument> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new IngestError(file, 'not a file');
    size = info.size;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (size > limit) {
    throw new IngestError(file, `too large: ${(size / 1024 / 1024).toFixed(1)} MB, over the limit of ${(limit / 1024 / 1024).toFixed(0)} MB`);
  }
  const bytes = new Uint8Array(await readFile(file));
  return { file, format: detectFormat(file, bytes), bytes };
}
