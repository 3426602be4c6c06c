// A Word document's archive checked before mammoth reads it: what its parts declare and what they really inflate
// to (a decompression bomb may lie in its headers), and no DTD in its XML (entity expansion needs one).
import { promisify } from 'node:util';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { IngestError } from './ingest-error.ts';

/**
 * A 100-page report's XML is a few MB and its pictures are stored already compressed, so its parts inflate to about
 * the upload's own size; far beyond that is a bomb. Mammoth holds the XML as a string and a tree many times its
 * size, and inflated bytes live outside the worker's heap limit, so the limit is applied here, before it reads.
 */
export const maxInflatedBytes = 100 * 1024 * 1024;

/** Office Open XML forbids a DTD; one in a part can only be there to declare entities. */
const dtdMarkers = ['<!DOCTYPE', '<!ENTITY'].map((marker) => Buffer.from(marker, 'latin1'));
const markerTail = Math.max(...dtdMarkers.map((marker) => marker.length)) - 1;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const openZip = promisify(yauzl.fromBuffer) as (buffer: Buffer, options: yauzl.Options) => Promise<ZipFile>;

/** Reads one part as it inflates; resolves with a problem that stops the reading, if one is found. */
function readPart(zip: ZipFile, entry: Entry, inflated: { bytes: number }, limit: number, fileSize: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    zip.openReadStream(entry, (error, stream) => {
      // A part that cannot be opened is left to mammoth, whose error says what is wrong with the file.
      if (error || !stream) return resolve(undefined);
      const xml = /\.(xml|rels)$/i.test(entry.fileName);
      let tail = Buffer.alloc(0);
      const stop = (problem: string | undefined) => {
        stream.destroy();
        resolve(problem);
      };
      stream.on('data', (chunk: Buffer) => {
        inflated.bytes += chunk.length;
        if (inflated.bytes > limit) {
          return stop(`a Word document of ${Math.ceil(fileSize / 1024)} KB whose parts inflate to more than ${megabytes(limit)} (${entry.fileName} among them): refused as a decompression bomb`);
        }
        if (!xml) return;
        // A marker may straddle two chunks: the end of the last one is searched again with the new one.
        const window = Buffer.concat([tail, chunk]);
        if (dtdMarkers.some((marker) => window.includes(marker))) {
          return stop(`a Word document with a DTD (<!DOCTYPE or <!ENTITY) in ${entry.fileName}: Word documents never have one, and entity declarations are refused`);
        }
        tail = window.subarray(Math.max(0, window.length - markerTail));
      });
      stream.on('error', (streamError: Error) =>
        // yauzl stops a part that inflates past the size its header declares.
        stop(/too many bytes/i.test(streamError.message) ? `a Word document whose ${entry.fileName} inflates to more than its declared ${entry.uncompressedSize} bytes: refused as a decompression bomb` : undefined),
      );
      stream.on('end', () => resolve(undefined));
    });
  });
}

/**
 * Throws an IngestError naming the cause when the archive's parts declare or inflate to more than the limit, or an
 * XML part has a DTD. Each part is inflated at most once, and the reading stops at the first problem. An archive
 * it cannot walk is left to mammoth.
 */
export async function inspectDocx(file: string, bytes: Uint8Array, limit = maxInflatedBytes): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await openZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch {
    return;
  }
  const entries: Entry[] = [];
  await new Promise<void>((resolve) => {
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve());
    zip.once('error', () => resolve());
    zip.readEntry();
  });
  try {
    const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (declared > limit) {
      throw new IngestError(file, `a Word document of ${Math.ceil(bytes.length / 1024)} KB whose parts declare ${megabytes(declared)} inflated, over the limit of ${megabytes(limit)}: refused as a decompression bomb`);
    }
    const inflated = { bytes: 0 };
    for (const entry of entries) {
      const problem = await readPart(zip, entry, inflated, limit, bytes.length);
      if (problem !== undefined) throw new IngestError(file, problem);
    }
  } finally {
    zip.close();
  }
}
