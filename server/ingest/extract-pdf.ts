// Stage 1 for PDF: the text layer read with pdfjs, rebuilt into lines and blocks, with running headers,
// footers and page numbers dropped, hyphenated line breaks joined and larger type taken as headings.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { IngestError } from './ingest-error.ts';
import { type BlockKind, type ExtractedText, TextBuilder } from './text-blocks.ts';

interface Line {
  page: number;
  text: string;
  y: number;
  size: number;
}

const bullet = /^[•▪◦‣∙●○■□–-]\s*/;
const pageNumber = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const sentenceEnd = /[.!?:;]["'”’)]*$/;

/** Joins a page's text items into lines, top to bottom, spacing words the PDF placed apart. */
function pageLines(page: number, items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: (Line & { right: number }) | undefined;
  for (const item of items) {
    if (item.str === '' && !item.hasEOL) continue;
    const [, , , scaleY, x, y] = item.transform as number[];
    const size = Math.abs(scaleY ?? item.height) || item.height;
    if (current && Math.abs(current.y - y!) <= size * 0.5) {
      const gap = x! - current.right;
      const joined = gap > size * 0.15 && !current.text.endsWith(' ') && !item.str.startsWith(' ');
      current.text += (joined ? ' ' : '') + item.str;
      current.right = x! + item.width;
      current.size = Math.max(current.size, size);
    } else if (item.str.trim() !== '') {
      if (current) lines.push(current);
      current = { page, text: item.str, y: y!, size, right: x! + item.width };
    }
  }
  if (current) lines.push(current);
  // Top to bottom: a PDF may draw its running header last, after the body.
  return lines
    .map(({ page: p, text, y, size }) => ({ page: p, text: text.replace(/\s+/g, ' ').trim(), y, size }))
    .filter((l) => l.text !== '')
    .sort((a, b) => b.y - a.y);
}

/**
 * The lines a page sets apart at its top and bottom: up to two, above (below) the first wide gap. Running
 * headers and footers sit there, away from the body; a body line at the top of a page does not.
 */
function margins(lines: Line[]): Line[] {
  const wide = (a: Line, b: Line) => Math.abs(a.y - b.y) > Math.max(a.size, b.size) * 1.9;
  const found: Line[] = [];
  for (let i = 0; i < Math.min(2, lines.length - 1); i += 1) {
    if (wide(lines[i]!, lines[i + 1]!)) {
      found.push(...lines.slice(0, i + 1));
      break;
    }
  }
  for (let i = lines.length - 1; i > Math.max(0, lines.length - 3); i -= 1) {
    if (wide(lines[i - 1]!, lines[i]!)) {
      found.push(...lines.slice(i));
      break;
    }
  }
  return found;
}

/** Lines set apart at the top or bottom of many pages, with their numbers ignored, are running headers and footers. */
function furniture(pages: Line[][]): Set<Line> {
  const shape = (line: Line) => line.text.toLowerCase().replace(/\d+/g, '#');
  const edges = pages.map(margins);
  const counts = new Map<string, number>();
  for (const lines of edges) for (const key of new Set(lines.map(shape))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const repeated = Math.max(2, Math.ceil(pages.length * 0.5));
  const found = new Set<Line>();
  for (const lines of edges) {
    for (const line of lines) {
      if (pageNumber.test(line.text) || (pages.length > 1 && (counts.get(shape(line)) ?? 0) >= repeated)) found.add(line);
    }
  }
  return found;
}

/** The size most of the text is set in: anything clearly larger is a heading. */
function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

function join(left: string, right: string): string {
  // A word broken over two lines: "proce-" + "dures" is "procedures"; "well-" + "Led" keeps its hyphen.
  if (/[a-z]-$/.test(left) && /^[a-z]/.test(right)) return left.slice(0, -1) + right;
  return `${left} ${right}`;
}

export async function extractPdf(file: string, bytes: Uint8Array, maxPages = Number.POSITIVE_INFINITY): Promise<ExtractedText> {
  let pdf;
  try {
    // pdfjs takes ownership of the buffer it is given, so it gets a copy.
    pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new IngestError(file, 'an encrypted PDF: it needs a password, so its text cannot be read');
    throw new IngestError(file, `not a readable PDF (${(error as Error).message})`);
  }
  try {
    // The page count is the page tree's own claim, read before any page: a file claiming millions is refused here,
    // not after reading them one by one.
    if (pdf.numPages > maxPages) throw new IngestError(file, `has ${pdf.numPages} pages, over the limit of ${maxPages}`);
    const pages: Line[][] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageLines(number, content.items.filter((item): item is TextItem => 'str' in item)));
      page.cleanup();
    }
    const all = pages.flat();
    if (all.map((line) => line.text).join('').replace(/\s/g, '').length === 0) {
      throw new IngestError(file, `a PDF with no text layer (${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'} of images): it looks scanned and needs OCR first`);
    }
    const skip = furniture(pages);
    const body = bodySize(all.filter((line) => !skip.has(line)));
    const builder = new TextBuilder();
    let kind: BlockKind = 'paragraph';
    let text = '';
    let previous: Line | undefined;
    const flush = () => {
      builder.add(kind, text);
      text = '';
    };
    for (const line of all) {
      if (skip.has(line)) continue;
      const lineKind: BlockKind = line.size > body * 1.15 ? 'heading' : bullet.test(line.text) ? 'item' : 'paragraph';
      const content = lineKind === 'item' ? line.text.replace(bullet, '') : line.text;
      const samePage = previous?.page === line.page;
      // A gap of more than one and a half lines between lines of body text ends a paragraph.
      const gap = previous && samePage ? previous.y - line.y : 0;
      const continues =
        previous !== undefined &&
        text !== '' &&
        lineKind !== 'item' &&
        (lineKind === 'heading'
          ? kind === 'heading' && samePage && gap < line.size * 1.8
          : kind !== 'heading' && (samePage ? gap < line.size * 1.9 : !sentenceEnd.test(text) && /^[a-z]/.test(content)));
      // A bullet set on a line of its own: the line under it is the item's text.
      const underBullet = kind === 'item' && text === '' && lineKind === 'paragraph' && samePage;
      if (underBullet) {
        text = content;
      } else if (continues) {
        text = join(text, content);
      } else {
        flush();
        kind = lineKind;
        text = content;
      }
      previous = line;
    }
    flush();
    const info = (await pdf.getMetadata().catch(() => undefined))?.info as { Title?: string } | undefined;
    return { format: 'pdf', text: builder.text, blocks: builder.blocks, pages: pdf.numPages, title: info?.Title?.trim() || undefined };
  } catch (error) {
    // pdfjs names what broke (a page tree that loops, nesting past the stack): the editor is told that.
    if (error instanceof IngestError) throw error;
    throw new IngestError(file, `not a readable PDF (${(error as Error).message})`);
  } finally {
    await pdf.destroy();
  }
}
