// Reading a document in a worker thread: the draft comes back, and a runaway read is stopped with a clear error.
import { describe, expect, it } from 'vitest';
import type { EntityLookupRequest } from '../../server/ingest/entity-lookup.ts';
import { draftInWorker } from '../../server/review/draft-in-worker.ts';

const text = 'Fictional sample: Fictional Worker Police is not a real force.\n\nThe force is good at protecting vulnerable people. The force needs to improve its vetting procedures.';
const document = (body: string, file = 'report.txt') => ({ file, format: 'text' as const, bytes: new TextEncoder().encode(body) });
const limits = { timeoutMs: 30_000, memoryMb: 256, maxPages: 10 };
const nothingKnown = async () => [];

describe('drafting in a worker', () => {
  it('drafts the document and hands back its text', async () => {
    const { draft, text: extracted } = await draftInWorker({ document: document(text), options: { force: 'Fictional Worker Police' } }, nothingKnown, limits);
    expect(extracted).toContain('vetting procedures');
    expect(draft.metadata.force).toBe('Fictional Worker Police');
    expect(draft.findings.some((f) => f.judgement === 'AREA_FOR_IMPROVEMENT')).toBe(true);
  });

  it('asks the server for the entities the document may name, and links to those it is given', async () => {
    const requests: EntityLookupRequest[] = [];
    const vetting = { id: 'vetting-of-officers', name: 'Vetting procedures', kind: 'THEME' as const };
    const { draft, known } = await draftInWorker({ document: document(text), options: { force: 'Fictional Worker Police' } }, async (request) => {
      requests.push(request);
      return request.keys.includes('vetting procedures') ? [vetting] : [];
    }, limits);
    // First the names and shared ids, then the force's own ids once the force is known.
    expect(requests).toHaveLength(2);
    expect(requests[0]!.keys).toEqual(expect.arrayContaining(['vetting procedures', 'fictional worker police', 'protecting vulnerable people']));
    expect(requests[1]).toEqual({ keys: [], ids: expect.arrayContaining(['fictional-worker-local-authorities']) });
    expect(known).toEqual([vetting]);
    expect(draft.findings.find((f) => f.judgement === 'AREA_FOR_IMPROVEMENT')?.participants).toContainEqual(expect.objectContaining({ id: 'vetting-of-officers', existing: true }));
  });

  it('passes on a failed lookup as it came: the database fault is the server’s, not the document’s', async () => {
    const fault = new Error('database unavailable');
    await expect(draftInWorker({ document: document(text), options: {} }, async () => { throw fault; }, limits)).rejects.toBe(fault);
  });

  it('passes on what the stages refuse, naming the file', async () => {
    await expect(draftInWorker({ document: document('Heading only', 'empty.txt'), options: {} }, nothingKnown, limits)).rejects.toThrow(/^empty\.txt: no sentences/);
  });

  it('stops a read that takes too long', async () => {
    const long = Array.from({ length: 3000 }, (_, i) => `In area ${i} the force is good at protecting vulnerable people.`).join(' ');
    await expect(draftInWorker({ document: document(long, 'slow.txt'), options: {} }, nothingKnown, { ...limits, timeoutMs: 50 })).rejects.toThrow('slow.txt: took longer than 0 s to read, and was stopped');
  });

  it('stops a read that needs too much memory', async () => {
    const huge = Array.from({ length: 60_000 }, (_, i) => `In area ${i} the force is good at protecting vulnerable people and works well with local authorities.`).join(' ');
    await expect(draftInWorker({ document: document(huge, 'huge.txt'), options: {} }, nothingKnown, { ...limits, memoryMb: 32, timeoutMs: 120_000 })).rejects.toThrow(
      'huge.txt: needed more than 32 MB to read, and was stopped',
    );
  });
});
