// Reading and extracting documents: every input kind, and every bad input refused with the file and the problem named.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../server/ingest/extract-text.ts';
import { IngestError } from '../../server/ingest/ingest-error.ts';
import { detectFormat, readDocument } from '../../server/ingest/read-document.ts';
import { splitSentences } from '../../server/ingest/sentences.ts';
import { assessmentPdf, encryptedPdf, scannedPdf } from '../support/assessment-pdf.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'peel-ingest-'));
});

async function fileWith(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

async function extract(name: string, content: string | Uint8Array) {
  const document = await readDocument(await fileWith(name, content));
  const extracted = await extractText(document);
  return { extracted, sentences: splitSentences(extracted), blocks: extracted.blocks.map((b) => [b.kind, extracted.text.slice(b.start, b.end)]) };
}

async function refusal(name: string, content: string | Uint8Array, limit?: number): Promise<string> {
  const file = await fileWith(name, content);
  try {
    await extractText(await readDocument(file, limit));
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).file).toBe(file);
    return (error as IngestError).problem;
  }
  throw new Error(`${name} was accepted`);
}

describe('plain text', () => {
  it('keeps the text as it is and finds headings, paragraphs and list items by their lines', async () => {
    const { extracted, blocks } = await extract('plain.txt', '# PEEL 2017: Wessex Vale Police\n\nThe force is good at\npreventing crime.\n\n- The force should improve vetting.\n• It needs to do more to reduce reoffending.\n');
    expect(extracted.text.startsWith('# PEEL')).toBe(true);
    expect(blocks).toEqual([
      ['heading', 'PEEL 2017: Wessex Vale Police'],
      ['paragraph', 'The force is good at\npreventing crime.'],
      ['item', 'The force should improve vetting.'],
      ['item', 'It needs to do more to reduce reoffending.'],
    ]);
  });
});

describe('HTML', () => {
  it("keeps the report's own text and drops navigation, scripts, styles, header and footer", async () => {
    const html = `<!doctype html><html><head><title>Observations</title><style>p{}</style><script>var x = "The force is bad.";</script></head>
      <body><header><p>Sign up for our newsletter today.</p></header><nav><a href="/">Home</a> › Forces</nav>
      <main><h1>Wessex Vale Police</h1><p>The force is <strong>good at</strong> preventing crime.</p><ul><li><p>It should improve vetting.</p></li></ul></main>
      <footer><p>Crown copyright is reserved here.</p></footer></body></html>`;
    const { extracted, blocks, sentences } = await extract('page.html', html);
    expect(extracted.title).toBe('Observations');
    expect(blocks).toEqual([
      ['heading', 'Wessex Vale Police'],
      ['paragraph', 'The force is good at preventing crime.'],
      ['item', 'It should improve vetting.'],
    ]);
    expect(sentences.map((s) => s.text)).toEqual(['The force is good at preventing crime.', 'It should improve vetting.']);
  });

  it('refuses markup that is cut off', async () => {
    expect(await refusal('cut.html', '<html><body><p>The force is good at preventing crime.</p><p class="x')).toMatch(/broken HTML: the markup is cut off/);
  });
});

describe('Word (DOCX)', () => {
  it('reads headings, paragraphs and list items through mammoth', async () => {
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ text: 'Fenmarsh and Holt Constabulary', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'The force is inadequate at investigating crime. This is a cause of concern.' }),
          new Paragraph({ text: 'The force needs to improve its vetting procedures.', bullet: { level: 0 } }),
        ],
      }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const { extracted, blocks, sentences } = await extract('letter.docx', bytes);
    expect(extracted.format).toBe('docx');
    expect(blocks[0]).toEqual(['heading', 'Fenmarsh and Holt Constabulary']);
    expect(sentences.map((s) => s.text)).toEqual(['The force is inadequate at investigating crime.', 'This is a cause of concern.', 'The force needs to improve its vetting procedures.']);
  });

  it('refuses a ZIP that is not a Word document', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('content.txt and nothing else')]);
    expect(await refusal('archive.docx', zip)).toMatch(/ZIP archive that is not a Word document/);
  });

  it('refuses a damaged Word document', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml is named but the archive is broken')]);
    expect(await refusal('broken.docx', broken)).toMatch(/not a readable Word document/);
  });
});

describe('PDF', () => {
  const text = '# PEEL 2016: Northmoor Police\n\n## Investigating crime\n\nThe force conducts high quality investigations and its investigators demonstrate outstanding professionalism. '.repeat(1) +
    ['north', 'south', 'east', 'west', 'central', 'rural', 'urban', 'coastal', 'harbour', 'valley', 'moorland', 'city']
      .map((area) => `However, it needs to improve the supervision of investigations in its ${area} volume crime team. `).join('') +
    '\n\n- The force should improve the supervision of investigations.\n';

  it('drops running headers and page numbers, joins hyphenated words and keeps headings out of the sentences', async () => {
    const bytes = await assessmentPdf(text, { header: 'Northmoor Police – PEEL 2016', pageSize: [250, 300], title: 'Northmoor' });
    const { extracted, sentences } = await extract('report.pdf', bytes);
    expect(extracted.pages).toBeGreaterThan(1);
    expect(extracted.text).not.toContain('Northmoor Police – PEEL 2016');
    expect(extracted.text).not.toMatch(/Page \d+ of/);
    expect(extracted.text).toContain('professionalism');
    expect(extracted.text).toContain('investigators');
    expect(extracted.text).not.toMatch(/[a-z]- [a-z]/);
    expect(sentences[0]!.text).toBe('The force conducts high quality investigations and its investigators demonstrate outstanding professionalism.');
    expect(sentences).toHaveLength(14);
    expect(sentences.at(-1)!.text).toBe('The force should improve the supervision of investigations.');
    for (const s of sentences) expect(extracted.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('says a PDF without a text layer is scanned and needs OCR', async () => {
    expect(await refusal('scan.pdf', await scannedPdf())).toMatch(/no text layer.*scanned and needs OCR/);
  });

  it('refuses an encrypted PDF', async () => {
    expect(await refusal('locked.pdf', await encryptedPdf())).toMatch(/encrypted PDF/);
  });

  it('refuses a file that starts like a PDF and is not one', async () => {
    expect(await refusal('fake.pdf', '%PDF-1.7\nnothing of a PDF follows here\n')).toMatch(/not a readable PDF/);
  });
});

describe('bad input', () => {
  it('refuses an empty file or one of only blank space', async () => {
    expect(await refusal('empty.txt', '')).toBe('the file is empty');
    expect(await refusal('blank.txt', '  \n\n\t ')).toBe('the file is empty');
  });

  it('refuses a binary file', async () => {
    expect(await refusal('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]))).toMatch(/binary file/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    expect(await refusal('big.txt', 'The force is good at preventing crime. '.repeat(100), 1000)).toMatch(/too large: .* over the limit/);
  });

  it('refuses a file that does not exist', async () => {
    await expect(readDocument(path.join(dir, 'missing.txt'))).rejects.toThrow(/missing\.txt: cannot be read \(ENOENT\)/);
  });

  it('tells formats by content before extension', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(detectFormat('a.txt', bytes('%PDF-1.4 …'))).toBe('pdf');
    expect(detectFormat('a.txt', bytes('<!DOCTYPE html><p>x</p>'))).toBe('html');
    expect(detectFormat('a.htm', bytes('<p>x</p>'))).toBe('html');
    expect(detectFormat('a.md', bytes('The force is good.'))).toBe('text');
  });
});
