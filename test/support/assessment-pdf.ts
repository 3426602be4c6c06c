// Lays a plain-text assessment out as a PDF report the way published reports look: headings in larger type,
// wrapped and sometimes hyphenated body text, bullet lists, a running header and "Page N of M" footers.
// Tests and the bench make their PDF fixtures with it, so no binary needs to be kept in the repository.
import { PDFDocument, PDFName, PDFString, rgb, StandardFonts } from 'pdf-lib';

export interface PdfLayout {
  /** Printed at the top of every page. */
  header: string;
  /** Points; A5 by default. */
  pageSize?: [number, number];
  fontSize?: number;
  /** Lay the body out again this many times (to make a 100-page PDF for timing). */
  repeat?: number;
  title?: string;
}

type Block = { kind: 'heading' | 'paragraph' | 'item'; text: string; level: number };

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    for (const line of chunk.split('\n').filter((l) => l.trim() !== '')) {
      const heading = /^(#{1,6})\s+(.*)$/.exec(line);
      const item = /^[-•]\s+(.*)$/.exec(line);
      if (heading) blocks.push({ kind: 'heading', text: heading[2]!, level: heading[1]!.length });
      else if (item) blocks.push({ kind: 'item', text: item[1]!, level: 0 });
      else if (blocks.at(-1)?.kind === 'paragraph' && !chunk.startsWith(line)) blocks.at(-1)!.text += ` ${line.trim()}`;
      else blocks.push({ kind: 'paragraph', text: line.trim(), level: 0 });
    }
  }
  return blocks;
}

export async function assessmentPdf(text: string, layout: PdfLayout): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (layout.title) pdf.setTitle(layout.title);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [width, height] = layout.pageSize ?? [420, 595];
  const size = layout.fontSize ?? 10;
  const margin = 48;
  const lineHeight = size * 1.35;
  const pages: ReturnType<typeof pdf.addPage>[] = [];
  let page = pdf.addPage([width, height]);
  pages.push(page);
  let y = height - margin - 20;
  const newPage = () => {
    page = pdf.addPage([width, height]);
    pages.push(page);
    y = height - margin - 20;
  };
  const write = (content: string, font: typeof regular, fontSize: number, indent: number, lead = '') => {
    const room = width - 2 * margin - indent;
    const words = content.split(/\s+/);
    let line = lead;
    const flush = () => {
      if (y < margin + 24) newPage();
      page.drawText(line, { x: margin + (line.startsWith(lead) && lead ? indent - 10 : indent), y, size: fontSize, font, color: rgb(0, 0, 0) });
      y -= fontSize * 1.35;
      line = '';
    };
    for (const word of words) {
      const candidate = line === '' || line === lead ? `${line}${word}` : `${line} ${word}`;
      if (font.widthOfTextAtSize(candidate, fontSize) <= room) {
        line = candidate;
        continue;
      }
      // Long words are broken with a hyphen, as typeset reports do, so the extractor has to join them again.
      let cut = word.length - 3;
      while (cut >= 4 && font.widthOfTextAtSize(`${line} ${word.slice(0, cut)}-`, fontSize) > room) cut -= 1;
      if (word.length >= 9 && cut >= 4 && /^[a-z]+$/.test(word.slice(cut - 1, cut + 1))) {
        line = `${line} ${word.slice(0, cut)}-`;
        flush();
        line = word.slice(cut);
      } else {
        flush();
        line = word;
      }
    }
    if (line !== '') flush();
  };
  const blocks = blocksOf(text);
  for (let round = 0; round < (layout.repeat ?? 1); round += 1) {
    for (const block of blocks) {
      if (block.kind === 'heading') {
        y -= lineHeight * 0.6;
        write(block.text, bold, size + Math.max(2, 8 - block.level * 2), 0);
        y -= lineHeight * 0.3;
      } else if (block.kind === 'item') {
        write(block.text, regular, size, 14, '• ');
      } else {
        write(block.text, regular, size, 0);
        y -= lineHeight * 0.6;
      }
    }
  }
  pages.forEach((p, i) => {
    p.drawText(layout.header, { x: margin, y: height - margin + 16, size: 8, font: regular });
    p.drawText(`Page ${i + 1} of ${pages.length}`, { x: width / 2 - 20, y: margin - 24, size: 8, font: regular });
  });
  return pdf.save();
}

/** A PDF whose pages carry only drawings, as a scan does: no text layer at all. */
export async function scannedPdf(pageCount = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pageCount; i += 1) {
    const page = pdf.addPage([420, 595]);
    for (let row = 0; row < 40; row += 1) page.drawRectangle({ x: 48, y: 540 - row * 12, width: 200 + ((row * 37) % 120), height: 6, color: rgb(0.2, 0.2, 0.2) });
  }
  return pdf.save();
}

/**
 * A PDF that declares the standard security handler with a user password: readers must ask for the password
 * before any text. (pdf-lib cannot encrypt; the dictionary alone is what makes a reader refuse.)
 */
export async function encryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([420, 595]);
  page.drawText('Restricted', { x: 48, y: 500, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
  const filler = PDFString.of('0123456789abcdef0123456789abcdef');
  const encrypt = pdf.context.obj({ Filter: PDFName.of('Standard'), V: 1, R: 2, Length: 40, P: -44, O: filler, U: filler });
  pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFString.of('fixture-id-00001'), PDFString.of('fixture-id-00001')]);
  return pdf.save({ useObjectStreams: false });
}
