// The worker that reads a document and drafts its findings, apart from the server's event loop: a file built to
// hang or swamp a parser costs this worker, which is stopped, and never the server answering others.
import { parentPort, workerData } from 'node:worker_threads';
import { draftLookingUp } from '../ingest/draft.ts';
import type { EntityLookupRequest } from '../ingest/entity-lookup.ts';
import { defaultExtractLimits, extractText } from '../ingest/extract-text.ts';
import { IngestError } from '../ingest/ingest-error.ts';
import type { KnownEntity } from '../ingest/link-entities.ts';
import type { DraftJob, DraftJobResult, WorkerMessage } from './draft-in-worker.ts';

const job = workerData as DraftJob;
const port = parentPort!;

/** The graph is the server's: the worker asks it for the entities the document may name, and waits. */
const lookup = (request: EntityLookupRequest) =>
  new Promise<KnownEntity[]>((resolve) => {
    port.once('message', resolve);
    port.postMessage({ kind: 'lookup', request } satisfies WorkerMessage);
  });

let result: DraftJobResult;
try {
  const extracted = await extractText(job.document, { ...defaultExtractLimits, maxPages: job.maxPages });
  const { draft, known } = await draftLookingUp(job.document.file, extracted, job.options, lookup);
  result = { ok: true, draft, text: extracted.text, known };
} catch (error) {
  result = error instanceof IngestError ? { ok: false, problem: error.problem } : { ok: false, problem: 'could not be read', detail: String(error) };
}
port.postMessage({ kind: 'result', result } satisfies WorkerMessage);
