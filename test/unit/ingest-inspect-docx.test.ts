// Checking a Word document's archive before mammoth reads it: decompression bombs and DTDs are refused with the cause
// named, and an archive the check cannot walk is left for mammoth to judge.
import { crc32, deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../server/ingest/ingest-error.ts';
import { inspectDocx, maxInflatedBytes } from '../../server/ingest/inspect-docx.ts';

interface Part {
  name: string;
  content: string | Buffer;
  /** 0 stored, 8 deflated, anything else a method the reader does not know. */
  method?: number;
  /** The uncompressed size the headers claim, when they lie. */
  declared?: number;
}

/** A ZIP archive written byte by byte, so a test can make its headers lie; `size` pads it to that many bytes. */
function zip(parts: Part[], size?: number): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const content = Buffer.from(part.content);
    const method = part.method ?? 8;
    const data = method === 0 ? content : deflateRawSync(content);
    const name = Buffer.from(part.name, 'utf8');
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(method, at);
      header.writeUInt32LE(crc32(content), at + 6);
      header.writeUInt32LE(data.length, at + 10);
      header.writeUInt32LE(part.declared ?? content.length, at + 14);
      header.writeUInt16LE(name.length, at + 18);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields(local, 8);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    fields(central, 10);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const unpadded = offset + directory.length + end.length;
  const comment = Buffer.alloc(size === undefined ? 0 : size - unpadded, 0x20);
  end.writeUInt16LE(comment.length, 20);
  return new Uint8Array(Buffer.concat([...locals, directory, end, comment]));
}

const document = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document><w:body/></w:document>';
const mib = 1024 * 1024;

async function refusal(bytes: Uint8Array, limit?: number): Promise<string> {
  const error = await inspectDocx('report.docx', bytes, limit).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  expect((error as IngestError).file).toBe('report.docx');
  return (error as IngestError).problem;
}

describe('inspectDocx', () => {
  it('passes a Word document as Word writes it', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ text: 'Greywater Police is good at preventing crime.' })] }] });
    await expect(inspectDocx('report.docx', new Uint8Array(await Packer.toBuffer(doc)))).resolves.toBeUndefined();
    expect(maxInflatedBytes).toBe(100 * mib);
  });

  it('refuses parts that declare more than the limit, naming the upload, the declared size and the limit', async () => {
    const bytes = zip([{ name: 'word/document.xml', content: document }, { name: 'word/media/fill.bin', content: Buffer.alloc(3.4 * mib) }], 6 * 1024 + 1);
    expect(await refusal(bytes, 2.4 * mib)).toBe(
      'a Word document of 7 KB whose parts declare 3 MB inflated, over the limit of 2 MB: refused as a decompression bomb',
    );
  });

  it('passes parts that inflate to exactly the limit', async () => {
    const parts = [{ name: 'word/document.xml', content: 'x'.repeat(600) }, { name: 'word/media/fill.bin', content: Buffer.alloc(400) }];
    await expect(inspectDocx('report.docx', zip(parts), 1000)).resolves.toBeUndefined();
    expect(await refusal(zip(parts), 999)).toMatch(/^a Word document of 1 KB whose parts declare 0 MB inflated/);
  });

  it('refuses a part that inflates past the size its header declares', async () => {
    const bytes = zip([{ name: 'word/document.xml', content: document }, { name: 'word/media/image.png', content: Buffer.alloc(50_000), declared: 100 }]);
    expect(await refusal(bytes)).toBe('a Word document whose word/media/image.png inflates to more than its declared 100 bytes: refused as a decompression bomb');
  });

  it('refuses a DTD in any XML or relationships part, wherever it falls in the inflated stream', async () => {
    const dtd = (name: string, content: string) => refusal(zip([{ name: 'word/styles.xml', content: document }, { name, content }]));
    const message = (name: string) => `a Word document with a DTD (<!DOCTYPE or <!ENTITY) in ${name}: Word documents never have one, and entity declarations are refused`;
    expect(await dtd('word/document.xml', `<?xml version="1.0"?><!DOCTYPE w [<!ELEMENT w ANY>]>${document}`)).toBe(message('word/document.xml'));
    expect(await dtd('_rels/.rels', '<!ENTITY lol "lol">')).toBe(message('_rels/.rels'));
    expect(await dtd('word/Footer1.XML', '<!ENTITY lol "lol">')).toBe(message('word/Footer1.XML'));
    // Inflated XML arrives in chunks of 16 KiB: a marker across the first two is still found.
    for (const at of [16 * 1024 - 8, 16 * 1024 - 4, 16 * 1024 - 1]) {
      expect(await dtd('word/document.xml', `${' '.repeat(at)}<!DOCTYPE w>${' '.repeat(20_000)}`)).toBe(message('word/document.xml'));
    }
  });

  it('lets a picture or other binary part hold the bytes of a DTD marker', async () => {
    const bytes = zip([{ name: 'word/document.xml', content: document }, { name: 'word/media/image1.png', content: '<!DOCTYPE png><!ENTITY x "y">' }, { name: 'word/document.xml.bak', content: '<!ENTITY x "y">' }]);
    await expect(inspectDocx('report.docx', bytes)).resolves.toBeUndefined();
  });

  it('reads parts named with backslashes, as some writers name them', async () => {
    expect(await refusal(zip([{ name: 'word\\document.xml', content: '<!DOCTYPE w>' }]))).toMatch(/with a DTD .* in word\/document\.xml:/);
  });

  it('leaves to mammoth what it cannot read: not a ZIP, a part it cannot inflate, a part shorter than declared', async () => {
    await expect(inspectDocx('report.docx', new TextEncoder().encode('PK but not an archive'))).resolves.toBeUndefined();
    const unknownMethod = zip([{ name: 'word/document.xml', content: '<!DOCTYPE w>', method: 12 }, { name: 'word/styles.xml', content: document }]);
    await expect(inspectDocx('report.docx', unknownMethod)).resolves.toBeUndefined();
    const short = zip([{ name: 'word/document.xml', content: document, declared: document.length + 10 }]);
    await expect(inspectDocx('report.docx', short)).resolves.toBeUndefined();
  });

  it('still checks the parts listed before a damaged entry of the directory', async () => {
    const damaged = zip([{ name: 'word/document.xml', content: '<!DOCTYPE w>' }, { name: 'word/styles.xml', content: document }]);
    const at = Buffer.from(damaged).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    damaged[at] = 0;
    expect(await refusal(damaged)).toMatch(/^a Word document with a DTD .* in word\/document\.xml:/);
  });
});
