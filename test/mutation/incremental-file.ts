// Stryker's incremental results are kept in git gzipped (a few hundred kB rather than megabytes of JSON):
// `unpack` before `stryker run` writes the JSON Stryker reads, `pack` after it keeps what the run rewrote.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const packed = 'test/mutation/stryker-incremental.json.gz';
/** Where stryker.config.mjs's incrementalFile points: under reports/, which git ignores. */
const unpacked = 'reports/stryker-incremental.json';

const command = process.argv[2];
if (command === 'unpack') {
  mkdirSync(dirname(unpacked), { recursive: true });
  if (existsSync(packed)) writeFileSync(unpacked, gunzipSync(readFileSync(packed)));
} else if (command === 'pack') {
  // Stryker numbers tests anew each run, so even a run that retests nothing rewrites the file; commit it with the change.
  if (existsSync(unpacked)) writeFileSync(packed, gzipSync(readFileSync(unpacked), { level: 9 }));
} else {
  throw new Error(`usage: tsx test/mutation/incremental-file.ts unpack|pack (got ${command ?? 'nothing'})`);
}
