// `npm run ingest -- <file> [--force NAME] [--inspector NAME] [--year YYYY] [--url URL] [--dry-run] [--json]
// [--drafts DIR]`: drafts the findings of an assessment. JSON (with --json) is the only thing on stdout; progress goes
// to stderr. A dry run (and --drafts, which keeps the draft as a JSON file) links names to the entities of the seed's
// Cypher files and never opens the database; otherwise the draft is kept in the graph for review in the explorer,
// through the server's own Neo4j when it runs.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { loadConfig, seedDirectory } from './config.ts';
import { openDatabaseForCommand } from './graph/database.ts';
import { type Draft, draftFile } from './ingest/draft.ts';
import { IngestError } from './ingest/ingest-error.ts';
import { readSeedEntities } from './ingest/known-entities.ts';
import { maxDocumentBytes, readDocument } from './ingest/read-document.ts';
import { saveDraft } from './ingest/save-draft.ts';
import { DraftStore } from './review/draft-store.ts';
import { prepareDraft } from './review/start-draft.ts';

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
    const metadata = { force: values.force, inspector: values.inspector, year, url: values.url };
    let draft: Draft;
    if (values['dry-run'] || values.drafts !== undefined) {
      const known = await readSeedEntities(seedDirectory);
      log(`${known.length} known entities from the seed`);
      draft = await draftFile(file, metadata, known, log);
      if (!values['dry-run']) log(`draft kept as a file: ${await saveDraft(draft, values.drafts ?? draftsDirectory)}`);
    } else {
      draft = await keepInGraph(file, metadata, log);
    }
    if (values.json) process.stdout.write(`${JSON.stringify(draftJson(draft), null, 2)}\n`);
    else for (const f of draft.findings) log(`  s${f.sentence} ${f.judgement ?? '-'} ${f.type} ${f.participants.map((p) => p.id).join(' → ')}: "${f.quote}"`);
    return 0;
  } catch (error) {
    if (error instanceof GraphQLError) {
      console.error(`ingest failed: ${file}: ${error.message.replace(/^Argument input\.\w+ /, '')}`);
      return 1;
    }
    if (error instanceof IngestError) {
      console.error(`ingest failed: ${error.message}`);
      return 1;
    }
    console.error(`ingest failed on ${file}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

/** Drafts with the graph's own entities and keeps the draft among those under review; returns the draft. */
async function keepInGraph(file: string, metadata: { force?: string; inspector?: string; year?: number; url?: string }, log: (line: string) => void): Promise<Draft> {
  const document = await readDocument(file);
  const config = loadConfig();
  const database = await openDatabaseForCommand(config.neo4j, log);
  try {
    const store = new DraftStore(database.driver, { database: config.neo4j.database, queryTimeoutMs: Math.max(config.neo4j.queryTimeoutMs, 60_000) });
    const prepared = await prepareDraft(
      { file: new File([new Uint8Array(document.bytes)], path.basename(file)), ...metadata },
      async (request) => {
        const found = await store.lookUpEntities(request);
        log(`${found.length} entities of the graph found by ${request.keys.length} names and ${request.ids.length} ids`);
        return found;
      },
      `local:${os.userInfo().username}`,
      maxDocumentBytes,
      config.drafting,
    );
    const kept = await store.create(prepared);
    log(`draft ${kept.id} kept for review (${kept.progress.total} findings): sign in to the explorer as an editor and open it under New assessment`);
    return prepared.draft;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
