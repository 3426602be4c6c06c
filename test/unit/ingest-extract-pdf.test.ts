// Extracting a report from a PDF's text layer: lines rebuilt from pdfjs's text items, headings told by their type size,
// paragraphs by the space between lines, running headers, footers and page numbers dropped, and every refusal named.
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../server/ingest/extract-pdf.ts';
import { IngestError } from '../../server/ingest/ingest-error.ts';
import { encryptedPdf, scannedPdf } from '../support/assessment-pdf.ts';

/** Text drawn at one place; a line of several segments runs on from the end of the one before, `gap` points apart. */
interface Segment {
  text: string;
  size?: number;
  bold?: boolean;
  gap?: number;
  /** Raised (or, negative, lowered) from the line's baseline. */
  rise?: number;
}
interface Line {
  y: number;
  text: string | Segment[];
  size?: number;
  bold?: boolean;
  x?: number;
}

/** A PDF of A6-sized pages with each line drawn exactly where the test puts it, in Helvetica. */
async function pdfOf(pages: Line[][], title?: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (title !== undefined) pdf.setTitle(title);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const lines of pages) {
    const page = pdf.addPage([300, 420]);
    for (const line of lines) {
      const segments = typeof line.text === 'string' ? [{ text: line.text }] : line.text;
      let x = line.x ?? 30;
      for (const segment of segments) {
        const font = (segment.bold ?? line.bold) ? bold : regular;
        const size = segment.size ?? line.size ?? 10;
        x += segment.gap ?? 0;
        page.drawText(segment.text, { x, y: line.y + (segment.rise ?? 0), size, font });
        x += font.widthOfTextAtSize(segment.text, size);
      }
    }
  }
  return pdf.save();
}

/** Lines 14 points apart from `top` down, as 10-point body text is set. */
const body = (top: number, ...texts: string[]): Line[] => texts.map((text, i) => ({ y: top - i * 14, text }));

async function read(pages: Line[][], options: { title?: string; maxPages?: number } = {}) {
  const extracted = await extractPdf('report.pdf', await pdfOf(pages, options.title), options.maxPages);
  return { ...extracted, blocks: extracted.blocks.map((b) => `${b.kind}: ${extracted.text.slice(b.start, b.end)}`) };
}
const blocksOf = async (...pages: Line[][]) => (await read(pages)).blocks;

async function refusal(bytes: Uint8Array, maxPages?: number): Promise<string> {
  const error = await extractPdf('report.pdf', bytes, maxPages).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  expect((error as IngestError).file).toBe('report.pdf');
  return (error as IngestError).problem;
}

describe('extractPdf: lines and blocks', () => {
  it('returns the text, its blocks by offset, the page count and the title', async () => {
    const pages = [[{ y: 380, text: 'Greywater Police', size: 16 }, ...body(350, 'The force is good at preventing crime.')]];
    const bytes = await pdfOf(pages, '  Greywater PEEL 2017  ');
    expect(await extractPdf('report.pdf', bytes)).toEqual({
      format: 'pdf',
      text: 'Greywater Police\n\nThe force is good at preventing crime.',
      blocks: [
        { kind: 'heading', start: 0, end: 16 },
        { kind: 'paragraph', start: 18, end: 56 },
      ],
      pages: 1,
      title: 'Greywater PEEL 2017',
    });
    expect((await read(pages)).title).toBeUndefined();
    expect((await read(pages, { title: '   ' })).title).toBeUndefined();
  });

  it('keeps the caller’s bytes whole', async () => {
    const bytes = await pdfOf([body(380, 'The force is good.')]);
    const copy = bytes.slice();
    await extractPdf('report.pdf', bytes);
    expect(bytes).toEqual(copy);
  });

  it('joins the lines of a paragraph, and words broken at a line end, and starts a paragraph after a wider gap', async () => {
    expect(
      await blocksOf([
        ...body(380, 'The force is good at pre-', 'venting crime and keeps a well-led force', 'improving. Its well-', 'Led teams are 2017-', '18 leaders.'),
        // 19 points below: one and nine tenths of a line, the first gap that is a paragraph break.
        { y: 305, text: 'A second paragraph' },
        { y: 291, text: 'follows here.' },
      ]),
    ).toEqual([
      'paragraph: The force is good at preventing crime and keeps a well-led force improving. Its well- Led teams are 2017- 18 leaders.',
      'paragraph: A second paragraph follows here.',
    ]);
    expect(await blocksOf([...body(380, 'One line.'), { y: 361.5, text: 'Still the same paragraph.' }])).toEqual(['paragraph: One line. Still the same paragraph.']);
  });

  it('takes larger type as a heading, joins a heading over two close lines, and never runs text into one', async () => {
    expect(
      await blocksOf([
        { y: 390, text: 'Greywater Police:', size: 20 },
        { y: 366, text: 'an inspection', size: 20 },
        ...body(350, 'The force is good at keeping people safe and', 'reducing crime in every part of the county.'),
        { y: 316, text: 'How effective is the force?', size: 14 },
        // Exactly one and eight tenths of its size below the heading above: a heading of its own.
        { y: 280, text: 'Keeping people safe', size: 20 },
        { y: 236, text: 'Reducing crime', size: 20 },
        ...body(218, 'The force is good at it, and it is getting', 'better at it every year that passes.'),
        { y: 190, text: 'Investigating crime', size: 20 },
        { y: 140, text: '• It should improve supervision', size: 20 },
      ]),
    ).toEqual([
      'heading: Greywater Police: an inspection',
      'paragraph: The force is good at keeping people safe and reducing crime in every part of the county.',
      'heading: How effective is the force?',
      'heading: Keeping people safe',
      'heading: Reducing crime',
      'paragraph: The force is good at it, and it is getting better at it every year that passes.',
      'heading: Investigating crime',
      'heading: • It should improve supervision',
    ]);
  });

  it('makes a list item of each bulleted line, with the lines that run on from it', async () => {
    expect(
      await blocksOf([
        ...body(380, 'The force should:', '• improve its vetting', 'procedures;', '- review its use of force;', '– and train its staff.'),
        { y: 304, text: 'After the list.' },
      ]),
    ).toEqual([
      'paragraph: The force should:',
      'item: improve its vetting procedures;',
      'item: review its use of force;',
      'item: and train its staff.',
      'paragraph: After the list.',
    ]);
  });

  it('makes an item of the text under a bullet set on a line of its own', async () => {
    expect(await blocksOf([...body(380, 'The force should:', '•', 'review its use of', 'force;', '•', 'train its staff.'), { y: 290, text: 'After the list.' }])).toEqual([
      'paragraph: The force should:',
      'item: review its use of force;',
      'item: train its staff.',
      'paragraph: After the list.',
    ]);
  });

  it('runs a sentence on over a page break, and starts a paragraph where the new page starts one', async () => {
    expect(
      await blocksOf(
        body(380, 'The force needs to improve the'),
        [...body(380, 'supervision of its investigations.'), { y: 300, text: 'Its leaders know this' }],
        body(380, 'Fenmarsh teams agree.'),
        body(380, 'and so do the others.'),
        [{ y: 380, text: 'Safeguarding', size: 16 }],
        [{ y: 380, text: 'Victims', size: 16 }],
      ),
    ).toEqual([
      'paragraph: The force needs to improve the supervision of its investigations.',
      'paragraph: Its leaders know this',
      'paragraph: Fenmarsh teams agree.',
      'paragraph: and so do the others.',
      'heading: Safeguarding',
      'heading: Victims',
    ]);
  });

  it('builds a line from the items pdfjs gives for it, spaced only where the PDF spaces them', async () => {
    expect(
      await blocksOf([
        { y: 380, text: [{ text: 'The force is ' }, { text: 'good', bold: true }, { text: 'ly', gap: 0.5 }, { text: ' run.' }] },
        { y: 366, text: [{ text: 'Water is H' }, { text: '2', size: 6, rise: -3 }, { text: 'O and not H' }, { text: '2', size: 6, rise: -3.5 }, { text: 'O.' }] },
        // A mark in tiny type that pdfjs takes for the end of a line, and the next word set a little lower.
        { y: 352, text: [{ text: 'See note' }, { text: '*', size: 2, rise: 1 }, { text: 'below.', gap: 3, rise: -3 }] },
        { y: 330, text: [{ text: 'Greywater Police' }, { text: '1', size: 8, rise: 4 }], size: 16 },
        ...body(300, 'The force keeps people safe and it reduces crime.'),
      ]),
    ).toEqual([
      'paragraph: The force is goodly run. Water is H2O and not H 2O. See note* below.',
      'heading: Greywater Police1',
      'paragraph: The force keeps people safe and it reduces crime.',
    ]);
  });

  it('reads a page with a single word on it', async () => {
    expect((await read([[{ y: 380, text: 'Summary' }]])).text).toBe('Summary');
  });
});

describe('extractPdf: the size of body text', () => {
  it('takes the size most of the text is set in as the body, the smaller on a tie, and larger type as headings', async () => {
    expect(
      await blocksOf([
        { y: 380, text: 'Annual report 2017', size: 12 },
        { y: 350, text: 'The force improved' },
      ]),
    ).toEqual(['heading: Annual report 2017', 'paragraph: The force improved']);
    expect(
      await blocksOf([
        { y: 380, text: 'A heading in larger type that runs long', size: 12 },
        ...body(350, 'The body is set in ten points and', 'it says more than the heading does.'),
        { y: 300, text: 'A footnote in eight.', size: 8 },
      ]),
    ).toEqual([
      'heading: A heading in larger type that runs long',
      'paragraph: The body is set in ten points and it says more than the heading does.',
      'paragraph: A footnote in eight.',
    ]);
  });

  it('takes type only a little larger than the body as body text', async () => {
    expect(
      await blocksOf([
        ...body(380, 'The body is set in eight points.').map((line) => ({ ...line, size: 8 })),
        { y: 340, text: 'A line in nine point two.', size: 9.2 },
      ]),
    ).toEqual(['paragraph: The body is set in eight points.', 'paragraph: A line in nine point two.']);
  });

  it('measures the body without the running header and footer', async () => {
    const page = (n: number): Line[] => [
      { y: 400, text: 'Greywater Constabulary – PEEL 2017 – effectiveness, efficiency and legitimacy', size: 8 },
      ...body(360, `Body text of page ${n}.`),
      { y: 20, text: 'Greywater Constabulary – PEEL 2017 – a fictional sample report for tests', size: 8 },
    ];
    expect(await blocksOf(page(1), page(2))).toEqual(['paragraph: Body text of page 1.', 'paragraph: Body text of page 2.']);
  });

  it('gives no text for a PDF whose only text is page numbers', async () => {
    const page = (n: number): Line[] => [{ y: 400, text: 'Greywater Police', size: 8 }, { y: 20, text: `Page ${n} of 2`, size: 8 }];
    expect(await read([page(1), page(2)])).toMatchObject({ text: '', blocks: [], pages: 2 });
  });
});

describe('extractPdf: running headers, footers and page numbers', () => {
  const header = (text: string): Line => ({ y: 400, text, size: 8 });
  const footer = (text: string): Line => ({ y: 20, text, size: 8 });
  /** Three lines of body text: the first and last lines of a page are only margins when set apart from the body. */
  const text = (n: number) => body(360, `Page ${n} opens`, 'and goes on', 'to its end.');
  const said = (n: number) => `paragraph: Page ${n} opens and goes on to its end.`;

  it('drops a header and footer set apart on every page, with their numbers ignored, and page numbers anywhere at the edge', async () => {
    const pages = [1, 2, 3].map((n) => [header('Greywater Police – PEEL 2017'), { y: 391, text: `Chapter ${n}`, size: 8 }, ...text(n), footer(`Page ${n} of 3`)]);
    expect(await blocksOf(...pages)).toEqual([said(1), said(2), said(3)]);
    expect(await blocksOf([...body(380, 'The only page.'), footer('1')])).toEqual(['paragraph: The only page.']);
    expect(await blocksOf([header('Greywater Police'), ...body(360, 'The only page of the report.')])).toEqual(['paragraph: Greywater Police', 'paragraph: The only page of the report.']);
  });

  it('drops a header found on two pages of two or three, and keeps one found on two pages of five', async () => {
    const page = (n: number, top?: string) => [...(top ? [header(top)] : []), ...text(n)];
    // The same header in another case, or with a number of more digits, is still the same header.
    expect(await blocksOf(page(1, 'Chapter 9'), page(2, 'CHAPTER 10'))).toEqual([said(1), said(2)]);
    expect(await blocksOf(page(1, 'Effectiveness'), page(2, 'Efficiency'))).toEqual(['paragraph: Effectiveness', said(1), 'paragraph: Efficiency', said(2)]);
    expect(await blocksOf(page(1, 'Draft'), page(2, 'Draft'), page(3))).toEqual([said(1), said(2), said(3)]);
    expect(await blocksOf(page(1, 'Draft'), page(2, 'Draft'), page(3), page(4), page(5))).toEqual([
      'paragraph: Draft',
      said(1),
      'paragraph: Draft',
      said(2),
      said(3),
      said(4),
      said(5),
    ]);
  });

  it('keeps lines at the top and bottom of a page that the body runs into', async () => {
    const page = (n: number) => body(380, 'Key findings', `The force did well in area ${n}.`, 'See the next page');
    expect(await blocksOf(page(1), page(2))).toEqual([
      'paragraph: Key findings The force did well in area 1. See the next page',
      'paragraph: Key findings The force did well in area 2. See the next page',
    ]);
    // A number on its own line within the body, however far from the page's edges.
    expect(await blocksOf([...body(380, 'Recorded crime fell in', '2017', 'and rose again.'), ...body(330, 'Victims were told in', '2018', 'of the outcome in most', 'cases. It should do more.')])).toEqual([
      'paragraph: Recorded crime fell in 2017 and rose again.',
      'paragraph: Victims were told in 2018 of the outcome in most cases. It should do more.',
    ]);
  });

  it('looks for a header in the first two lines and a footer in the last two, set apart by a gap wider than 1.9 lines', async () => {
    const three = (n: number): Line[] => [header('Greywater'), { y: 391, text: 'Police', size: 8 }, { y: 382, text: '2017', size: 8 }, ...text(n)];
    expect(await blocksOf(three(1), three(2))).toEqual(['paragraph: Greywater Police 2017', said(1), 'paragraph: Greywater Police 2017', said(2)]);
    const footers = (n: number): Line[] => [...text(n), footer('Greywater'), { y: 11, text: 'Police', size: 8 }, { y: 2, text: '2017', size: 8 }];
    expect(await blocksOf(footers(1), footers(2))).toEqual([said(1), 'paragraph: Greywater Police 2017', said(2), 'paragraph: Greywater Police 2017']);
    // 19 points above 10-point text is not set apart from it.
    const close = (n: number): Line[] => [{ y: 379, text: 'Greywater Police', size: 8 }, ...text(n)];
    expect(await blocksOf(close(1), close(2))).toEqual(['paragraph: Greywater Police', said(1), 'paragraph: Greywater Police', said(2)]);
  });
});

describe('extractPdf: refusals', () => {
  it('refuses a PDF of more pages than the limit before reading them, and reads one at the limit', async () => {
    const bytes = await pdfOf([body(380, 'One.'), body(380, 'Two.')]);
    expect(await refusal(bytes, 1)).toBe('has 2 pages, over the limit of 1');
    expect((await extractPdf('report.pdf', bytes, 2)).pages).toBe(2);
  });

  it('says how many pages of images a PDF without a text layer has', async () => {
    const needsOcr = (count: string) => `a PDF with no text layer (${count} of images): it looks scanned and needs OCR first`;
    expect(await refusal(await scannedPdf(1))).toBe(needsOcr('1 page'));
    expect(await refusal(await scannedPdf(2))).toBe(needsOcr('2 pages'));
  });

  it('refuses bytes that are not a PDF, and a PDF whose pages cannot be read, with what pdfjs says', async () => {
    expect(await refusal(new TextEncoder().encode('%PDF-1.7\nnothing of a PDF follows\n'))).toBe('not a readable PDF (Invalid PDF structure.)');
    expect(await refusal(await encryptedPdf())).toBe('an encrypted PDF: it needs a password, so its text cannot be read');
    const pdf = await PDFDocument.create();
    pdf.addPage([300, 420]);
    // A page tree whose only page is the tree itself.
    pdf.catalog.Pages().set(PDFName.of('Kids'), pdf.context.obj([pdf.catalog.get(PDFName.of('Pages'))!]));
    expect(await refusal(await pdf.save())).toBe('not a readable PDF (Pages tree contains circular reference.)');
  });
});
