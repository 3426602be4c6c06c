// Runs the ingest stages for one document in a worker thread with a time limit and a memory limit, so a runaway
// file is refused with a clear error while the server goes on answering.
import { Worker } from 'node:worker_threads';
import type { Draft } from '../ingest/draft.ts';
import { IngestError } from '../ingest/ingest-error.ts';
import type { EntityLookup, EntityLookupRequest } from '../ingest/entity-lookup.ts';
import type { KnownEntity } from '../ingest/link-entities.ts';
import type { MetadataOptions } from '../ingest/metadata.ts';
import type { InputDocument } from '../ingest/read-document.ts';

export interface DraftLimits {
  /** The worker is stopped after this long. */
  timeoutMs: number;
  /** Its heap may grow to this many MB (Node's old generation). */
  memoryMb: number;
  /** PDFs of more pages are refused. */
  maxPages: number;
}

export const defaultDraftLimits: DraftLimits = { timeoutMs: 60_000, memoryMb: 512, maxPages: 1_000 };

export interface DraftJob {
  document: InputDocument;
  options: MetadataOptions;
  maxPages: number;
}

/** The draft, its text and the entities the graph gave for it; or what was wrong with the document. */
export type DraftJobResult = { ok: true; draft: Draft; text: string; known: KnownEntity[] } | { ok: false; problem: string; detail?: string };

/** From the worker: a question for the graph, answered with the entities found; or the job's result. */
export type WorkerMessage = { kind: 'lookup'; request: EntityLookupRequest } | { kind: 'result'; result: DraftJobResult };

/** The worker is TypeScript: it registers tsx's loader in its own thread, then loads the worker module. */
const workerScript = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./draft-worker.ts', import.meta.url).href)}); })`;

export function draftInWorker(
  job: Omit<DraftJob, 'maxPages'>,
  lookup: EntityLookup,
  limits: DraftLimits = defaultDraftLimits,
): Promise<{ draft: Draft; text: string; known: KnownEntity[] }> {
  const { file } = job.document;
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript, {
      eval: true,
      workerData: { ...job, maxPages: limits.maxPages } satisfies DraftJob,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(new IngestError(file, `took longer than ${Math.round(limits.timeoutMs / 1000)} s to read, and was stopped`))),
      limits.timeoutMs,
    );
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'lookup') {
        // A database fault is the server's, not the document's: it is passed on as it came.
        lookup(message.request).then(
          (known) => !settled && worker.postMessage(known),
          (error: unknown) => settle(() => reject(error)),
        );
        return;
      }
      const { result } = message;
      settle(() => (result.ok ? resolve({ draft: result.draft, text: result.text, known: result.known }) : reject(new IngestError(file, result.problem))));
    });
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new IngestError(file, `needed more than ${limits.memoryMb} MB to read, and was stopped`) : error),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`the drafting worker for ${file} stopped (exit code ${code}) without an answer`))));
  });
}
