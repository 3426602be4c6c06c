// The worker that reads a document and drafts its findings, apart from the server's event loop: a file built to
// hang or swamp a parser costs this worker, which is stopped, and never the server answering others.
import { parentPort, workerData } from 'node:worker_threads';
import { draftExtracted } from '../ingest/draft.ts';
import { defaultExtractLimits, extractText } from '../ingest/extract-text.ts';
import { IngestError } from '../ingest/ingest-error.ts';
import type { DraftJob, DraftJobResult } from './draft-in-worker.ts';

const job = workerData as DraftJob;
let result: DraftJobResult;
try {
  const extracted = await extractText(job.document, { ...defaultExtractLimits, maxPages: job.maxPages });
  result = { ok: true, draft: draftExtracted(job.document.file, extracted, job.options, job.known), text: extracted.text };
} catch (error) {
  result = error instanceof IngestError ? { ok: false, problem: error.problem } : { ok: false, problem: 'could not be read', detail: String(error) };
}
parentPort!.postMessage(result);
