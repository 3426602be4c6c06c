// `npm run ingest -- <file> [--force NAME] [--inspector NAME] [--year YYYY] [--url URL] [--dry-run] [--json]`:
// drafts the findings of an assessment. JSON (with --json) is the only thing on stdout; progress goes to stderr.
// The known entities come from the seed's Cypher files, so the command never opens the database the server holds.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedDirectory } from './config.ts';
import { type Draft, draftFile } from './ingest/draft.ts';
import { IngestError } from './ingest/ingest-error.ts';
import { readSeedEntities } from './ingest/known-entities.ts';
import { saveDraft } from './ingest/save-draft.ts';

const usage = 'usage: npm run ingest -- <file> [--force NAME] [--inspector NAME] [--year YYYY] [--url URL] [--dry-run] [--json]';
export const draftsDirectory = path.join(path.dirname(seedDirectory), '.data', 'drafts');

/** The draft as the command prints it: metadata, sentences, findings, and nothing internal. */
export function draftJson(draft: Draft) {
  return {
    metadata: draft.metadata,
    sentences: draft.sentences.map(({ number, start, end, text }) => ({ number, start, end, text })),
    findings: draft.findings.map(({ sentence, judgement, type, participants, basis, status, quote, start, end, confidence, cue, inferredFrom }) => ({
      sentence, judgement, type, participants, basis, status, quote, start, end, confidence, cue, inferredFrom,
    })),
  };
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        force: { type: 'string' },
        inspector: { type: 'string' },
        year: { type: 'string' },
        url: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        drafts: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    console.error(`give exactly one file\n${usage}`);
    return 2;
  }
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) {
    console.error(`--year must be a year such as 2016, got "${values.year}"`);
    return 2;
  }
  const file = positionals[0]!;
  const log = (line: string) => console.error(line);
  try {
    const known = await readSeedEntities(seedDirectory);
    log(`${known.length} known entities from the seed`);
    const draft = await draftFile(file, { force: values.force, inspector: values.inspector, year, url: values.url }, known, log);
    if (!values['dry-run']) log(`draft kept for review: ${await saveDraft(draft, values.drafts ?? draftsDirectory)}`);
    if (values.json) process.stdout.write(`${JSON.stringify(draftJson(draft), null, 2)}\n`);
    else for (const f of draft.findings) log(`  s${f.sentence} ${f.judgement ?? '-'} ${f.type} ${f.participants.map((p) => p.id).join(' → ')}: "${f.quote}"`);
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
      console.error(`ingest failed: ${error.message}`);
      return 1;
    }
    console.error(`ingest failed on ${file}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
