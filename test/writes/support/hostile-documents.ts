// Files built to harm a document reader, generated in the test rather than kept: Word decompression bombs (honest
// and lying headers), entity expansion in a Word document's XML and in HTML/XHTML, and PDFs built to hang or
// swamp a parser. Each is small on the wire; what it would cost to read is the attack.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

interface ZipEntry {
  name: string;
  /** The entry's bytes, produced piece by piece so a bomb never sits in memory whole. */
  pieces: () => Iterable<Buffer>;
  /** The uncompressed size the headers claim; the true one unless a bomb lies. */
  declaredSize?: number;
}

/** Deflates the pieces as a stream, with the CRC-32 and size of what went in. */
async function deflate(pieces: () => Iterable<Buffer>, format: 'raw' | 'zlib'): Promise<{ compressed: Buffer; crc: number; size: number }> {
  let crc = 0;
  let size = 0;
  const out: Buffer[] = [];
  await pipeline(
    Readable.from(
      (function* () {
        for (const piece of pieces()) {
          crc = zlib.crc32(piece, crc);
          size += piece.length;
          yield piece;
        }
      })(),
    ),
    format === 'raw' ? zlib.createDeflateRaw({ level: 9 }) : zlib.createDeflate({ level: 9 }),
    async (compressed: AsyncIterable<Buffer>) => {
      for await (const chunk of compressed) out.push(chunk);
    },
  );
  return { compressed: Buffer.concat(out), crc, size };
}

/** `size` bytes of `fill` between a prefix and a suffix, in 16 MB pieces. */
function* padded(prefix: string, fill: string, size: number, suffix: string): Iterable<Buffer> {
  yield Buffer.from(prefix);
  const chunk = Buffer.alloc(16 * 1024 * 1024, fill);
  for (let written = 0; written < size; written += chunk.length) yield size - written >= chunk.length ? chunk : chunk.subarray(0, size - written);
  yield Buffer.from(suffix);
}

/** A ZIP archive of deflated entries, written by hand so that its headers can lie. */
async function zipArchive(entries: ZipEntry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { compressed, crc, size } = await deflate(entry.pieces, 'raw');
    const declared = entry.declaredSize ?? size;
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const text = (value: string) => () => [Buffer.from(value)];

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const packageRelationships = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const documentStart = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const body = (text: string) =>
  `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
const fictional = 'Fictional sample: Fictional Hostile File Police is not a real force. The force is good at protecting vulnerable people. The force needs to improve its vetting procedures.';

/** A Word document whose text inflates to `megabytes` MB of spaces; its headers tell the truth, or claim 2 KB. */
export function docxBomb(megabytes: number, lying: boolean): Promise<Buffer> {
  const [prefix, suffix] = body('\u0000').split('\u0000') as [string, string];
  return zipArchive([
    { name: '[Content_Types].xml', pieces: text(contentTypes) },
    { name: '_rels/.rels', pieces: text(packageRelationships) },
    { name: 'word/document.xml', pieces: () => padded(`${documentStart}${prefix}${fictional}`, ' ', megabytes * 1024 * 1024, suffix), declaredSize: lying ? 2048 : undefined },
  ]);
}

/** "Billion laughs": ten levels of entities, each ten of the one below, 10^9 copies of "lol" if expanded. */
export function laughs(root: string): string {
  const entities = ['<!ENTITY lol "lol">'];
  for (let level = 1; level <= 9; level += 1) entities.push(`<!ENTITY lol${level} "${`&lol${level === 1 ? '' : level - 1};`.repeat(10)}">`);
  return `<!DOCTYPE ${root} [\n${entities.join('\n')}\n]>`;
}

/** A Word document whose XML declares the billion laughs and uses them in its text. */
export function docxWithEntities(): Promise<Buffer> {
  return zipArchive([
    { name: '[Content_Types].xml', pieces: text(contentTypes) },
    { name: '_rels/.rels', pieces: text(packageRelationships) },
    { name: 'word/document.xml', pieces: text(`${documentStart}${laughs('w:document')}\n${body(`${fictional} &lol9;`)}`) },
  ]);
}

/** An HTML page with the billion laughs in its doctype and text: HTML parsers never expand declared entities. */
export function htmlWithEntities(): string {
  return `${laughs('html')}\n<html><head><title>Fictional Hostile File Police</title></head><body><main><p>${fictional}</p><p>Laughs: &lol9;</p></main></body></html>`;
}

/** The same as XHTML, an XML document where an XML parser would expand them. */
export function xhtmlWithEntities(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${laughs('html')}\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Fictional Hostile File Police</title></head><body><main><p>${fictional}</p><p>Laughs: &lol9;</p></main></body></html>`;
}

/** A PDF of the given objects (numbered from 1, object 1 the catalog), with a correct cross-reference table. */
function pdfFile(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  for (const [i, object] of objects.entries()) {
    offsets.push(length);
    const bytes = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(object) ? object : Buffer.from(object, 'latin1'), Buffer.from('\nendobj\n')]);
    parts.push(bytes);
    length += bytes.length;
  }
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const textStream = (text: string) => `<< /Length ${text.length} >>\nstream\n${text}\nendstream`;
const page = (contents: string, fontRef = '4 0 R') => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${fontRef} >> >> /Contents ${contents} >>`;
const pageText = `BT /F1 12 Tf 72 720 Td (${fictional}) Tj ET`;

/** `count` pages sharing one content stream: small on the wire, every page for a reader to lay out. */
export function pdfWithPages(count: number): Buffer {
  // Objects 1-4 are the catalog, the tree, the font and the shared content; pages follow from 5.
  const kids = Array.from({ length: count }, (_, i) => `${i + 5} 0 R`).join(' ');
  const pages = Array.from({ length: count }, () => page('4 0 R', '3 0 R'));
  return pdfFile(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`, font, textStream(pageText), ...pages]);
}

/** A page tree whose second kid is the tree itself: a reader walking it naively never ends. */
export function pdfWithPageTreeCycle(): Buffer {
  return pdfFile(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R 2 0 R 6 0 R] /Count 3 >>', page('5 0 R'), font, textStream(pageText), '<< /Type /Pages /Parent 2 0 R /Kids [6 0 R] /Count 1 >>']);
}

/** A page whose content stream nests arrays `depth` deep: a recursive parser runs out of stack. */
export function pdfWithDeepNesting(depth: number): Buffer {
  const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
  return pdfFile(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /Nested ${nested} >> /Contents 5 0 R >>`, font, textStream(`${pageText}\n${nested} pop`)]);
}

/** A page whose deflated content stream inflates to `megabytes` MB of text-showing operators. */
export async function pdfWithEnormousContentStream(megabytes: number): Promise<Buffer> {
  const operators = 'BT /F1 1 Tf 0 0 Td (lol lol lol lol) Tj ET\n';
  const { compressed } = await deflate(() => padded(`${pageText}\n`, operators, megabytes * 1024 * 1024 - (megabytes * 1024 * 1024) % operators.length, ''), 'zlib');
  const stream = Buffer.concat([Buffer.from(`<< /Length ${compressed.length} /Filter /FlateDecode >>\nstream\n`), compressed, Buffer.from('\nendstream')]);
  return pdfFile(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page('5 0 R'), font, stream]);
}
