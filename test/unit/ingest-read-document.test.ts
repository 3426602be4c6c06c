// Reading a document's bytes: the format its content shows, and what is refused before any extraction (empty, binary,
// too large, unreadable), each refusal naming the file and the problem.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../server/ingest/ingest-error.ts';
import { detectFormat, maxDocumentBytes, readDocument } from '../../server/ingest/read-document.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

/** The problem detectFormat names, or the format it decides on. */
function formatOf(file: string, content: Uint8Array): string {
  try {
    return detectFormat(file, content);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).file).toBe(file);
    return `refused: ${(error as IngestError).problem}`;
  }
}

const sampleSize = 64 * 1024;
/** Text that fills the 64 KiB the binary check samples exactly up to `cut` bytes of `tail`, then goes on. */
const acrossSample = (tail: number[], cut: number) => bytes('a'.repeat(sampleSize - cut), tail, 'and the report goes on.');

describe('detectFormat', () => {
  it('refuses an empty file and one of only blank space', () => {
    expect(formatOf('empty.txt', new Uint8Array())).toBe('refused: the file is empty');
    expect(formatOf('blank.txt', utf8(' \n\t\r\n  '))).toBe('refused: the file is empty');
    expect(formatOf('blank.txt', utf8(`\uFEFF${' \n'.repeat(5000)}`))).toBe('refused: the file is empty');
  });

  it('reads a file whose words start past its first few kilobytes of blank space', () => {
    expect(formatOf('padded.txt', utf8(`${'\n'.repeat(4096)}The force vets its staff well.`))).toBe('text');
    expect(formatOf('padded.html', utf8(`${' '.repeat(10_000)}<p>The force vets its staff well.</p>`))).toBe('html');
    expect(formatOf('padded.txt', utf8(`\uFEFF${'\r\n'.repeat(3000)}<!DOCTYPE html><p>The force vets its staff well.</p>`))).toBe('html');
    expect(formatOf('marked.txt', utf8('\uFEFF<!DOCTYPE html><p>The force vets its staff well.</p>'))).toBe('html');
    expect(formatOf('marked.txt', utf8('\uFEFFx'))).toBe('text');
  });

  it('knows a PDF and a Word document by their first bytes, whatever the name', () => {
    expect(formatOf('report.txt', utf8('%PDF-1.7\n'))).toBe('pdf');
    expect(formatOf('report.pdf', utf8('%PDF 1.7 is not a PDF header'))).toBe('text');
    expect(formatOf('report.txt', bytes([0x50, 0x4b, 0x03, 0x04], 'word/document.xml'))).toBe('docx');
    expect(formatOf('report.docx', bytes([0x50, 0x4b, 0x03, 0x04], 'word/styles.xml'))).toBe(
      'refused: a ZIP archive that is not a Word document (DOCX); expected text, HTML, PDF or DOCX',
    );
    // Text that starts with the same letters as a ZIP or a PDF is still text.
    expect(formatOf('notes.txt', utf8('PK is the packing code.'))).toBe('text');
    expect(formatOf('notes.txt', utf8('%PDF.'))).toBe('text');
    expect(formatOf('notes.txt', utf8('Police forces.'))).toBe('text');
  });

  it('takes HTML from the extension or from the start of the content', () => {
    expect(formatOf('page.html', utf8('The force is good.'))).toBe('html');
    expect(formatOf('PAGE.HTM', utf8('The force is good.'))).toBe('html');
    expect(formatOf('page.xhtml', utf8('The force is good.'))).toBe('html');
    expect(formatOf('page.txt', utf8('\n  <!DOCTYPE HTML><p>The force is good.</p>'))).toBe('html');
    expect(formatOf('page', utf8('  <HTML lang="en"><p>The force is good.</p></HTML>'))).toBe('html');
    expect(formatOf('page.md', utf8('<p>The force is good.</p>'))).toBe('text');
    expect(formatOf('page.md', utf8('Some <html> in the middle.'))).toBe('text');
  });

  it('refuses a binary file: a NUL, more than one control character in a hundred, or bytes that are not UTF-8', () => {
    const binary = 'refused: a binary file, not text, HTML, PDF or DOCX';
    expect(formatOf('a.txt', bytes('The force', [0], ' is good.'))).toBe(binary);
    expect(formatOf('a.txt', bytes('a'.repeat(98), [1, 2]))).toBe(binary);
    expect(formatOf('a.txt', bytes('a'.repeat(98), [8, 14]))).toBe(binary);
    expect(formatOf('a.txt', bytes('a'.repeat(98), [31, 31]))).toBe(binary);
    expect(formatOf('a.txt', bytes('a'.repeat(99), [1]))).toBe('text');
    expect(formatOf('latin1.txt', bytes('Caf', [0xe9], ' de la gare'))).toBe(binary);
    expect(formatOf('cut.txt', bytes('The force is good', [0xc3]))).toBe(binary);
    expect(formatOf('stray.txt', bytes('The force is good', [0xa9]))).toBe(binary);
  });

  it('reads tabs, line ends, spaces and characters outside ASCII as text', () => {
    expect(formatOf('tabs.txt', utf8('a\tb\tc\td\r\n'.repeat(20)))).toBe('text');
    expect(formatOf('lines.txt', utf8('a\n\n\v\f\r'.repeat(20)))).toBe('text');
    expect(formatOf('words.txt', utf8('Café – naïve “quotes” 🚓 '.repeat(20)))).toBe('text');
  });

  it('judges a long file by its first 64 KiB, even where a character is cut at the end of that sample', () => {
    const police = [0xf0, 0x9f, 0x9a, 0x93];
    for (const cut of [1, 2, 3]) expect(formatOf('long.txt', acrossSample(police, cut))).toBe('text');
    expect(formatOf('long.txt', acrossSample([0xc3, 0xa9], 1))).toBe('text');
    // Only the tail of one cut character is forgiven: a run of five continuation bytes is no character at all.
    expect(formatOf('long.txt', acrossSample([0x80, 0x80, 0x80, 0x80, 0x80], 5))).toBe('refused: a binary file, not text, HTML, PDF or DOCX');
    expect(formatOf('long.txt', acrossSample([0xe9, 0x20], 2))).toBe('refused: a binary file, not text, HTML, PDF or DOCX');
  });
});

describe('readDocument', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'peel-read-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const write = async (name: string, content: string | Uint8Array) => {
    const file = path.join(dir, name);
    await writeFile(file, content);
    return file;
  };

  async function problem(file: string, limit?: number): Promise<string> {
    const error = await readDocument(file, limit).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).file).toBe(file);
    return (error as IngestError).problem;
  }

  it('returns the bytes and the format of a file', async () => {
    const file = await write('report.html', 'The force is good.');
    expect(await readDocument(file)).toEqual({ file, format: 'html', bytes: utf8('The force is good.') });
  });

  it('refuses a file over the limit, naming both sizes, and accepts one exactly at it', async () => {
    const file = await write('big.txt', 'x'.repeat(1.5 * 1024 * 1024));
    expect(await problem(file, 1024 * 1024)).toBe('too large: 1.5 MB, over the limit of 1 MB');
    expect((await readDocument(file, 1.5 * 1024 * 1024)).format).toBe('text');
    expect(maxDocumentBytes).toBe(50 * 1024 * 1024);
  });

  it('refuses what is not a file, and a file it cannot read, with the reason', async () => {
    const folder = path.join(dir, 'folder.txt');
    await mkdir(folder);
    expect(await problem(folder)).toBe('not a file');
    expect(await problem(path.join(dir, 'missing.txt'))).toBe('cannot be read (ENOENT)');
  });
});
