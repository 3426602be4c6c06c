// From what an editor sends (pasted text or an uploaded file, and the metadata they know) to a new draft to keep:
// the ingest stages of `npm run ingest`, linking names to the entities the graph holds by those names.
import { badUserInput } from '../errors.ts';
import { IngestError } from '../ingest/ingest-error.ts';
import type { EntityLookup } from '../ingest/entity-lookup.ts';
import { EntityLinker, slug } from '../ingest/link-entities.ts';
import { detectFormat, type InputDocument } from '../ingest/read-document.ts';
import { type DraftLimits, draftInWorker, defaultDraftLimits } from './draft-in-worker.ts';
import type { DraftEntityRecord } from './draft-records.ts';
import type { NewDraft } from './stored-draft.ts';

export interface StartDraftInput {
  text?: string | null;
  file?: File | null;
  fileName?: string | null;
  assessment?: string | null;
  title?: string | null;
  force?: string | null;
  inspector?: string | null;
  year?: number | null;
  kind?: string | null;
  url?: string | null;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

async function inputDocument(input: StartDraftInput, maxBytes: number): Promise<InputDocument> {
  const hasText = typeof input.text === 'string' && input.text.trim() !== '';
  if (hasText === Boolean(input.file)) throw badUserInput('input', 'needs either text or file (one of them)');
  if (input.file) {
    if (input.file.size > maxBytes) throw badUserInput('input.file', `is ${input.file.size} bytes, over the limit of ${maxBytes}`);
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const file = input.file.name || input.fileName || 'upload';
    return { file, format: detectFormat(file, bytes), bytes };
  }
  const file = input.fileName || 'pasted.txt';
  const bytes = new TextEncoder().encode(input.text!);
  return { file, format: detectFormat(file, bytes), bytes };
}

/** Runs the ingest stages; a document they cannot read is the user's input, named, not a server fault. */
export async function prepareDraft(
  input: StartDraftInput,
  lookup: EntityLookup,
  createdBy: string,
  maxBytes: number,
  limits: DraftLimits = defaultDraftLimits,
): Promise<Omit<NewDraft, 'id'>> {
  if (input.year !== null && input.year !== undefined && (!Number.isInteger(input.year) || input.year < 1829 || input.year > 2200)) {
    throw badUserInput('input.year', 'must be a year from 1829 (the first police force) to 2200');
  }
  if (input.assessment && !idPattern.test(input.assessment)) {
    throw badUserInput('input.assessment', 'must be an id of lower-case letters, digits and single hyphens');
  }
  try {
    const document = await inputDocument(input, maxBytes);
    const options = { force: input.force ?? undefined, inspector: input.inspector ?? undefined, year: input.year ?? undefined, url: input.url ?? undefined };
    const { draft, text, known } = await draftInWorker({ document, options }, lookup, limits);
    if (input.kind) draft.metadata.kind = input.kind;
    const { metadata } = draft;
    const linker = new EntityLinker(known, '');
    const named = (name: string | null, kind: 'FORCE' | 'INSPECTOR'): DraftEntityRecord | null => {
      if (!name) return null;
      const linked = linker.byNameOrNew(name, kind);
      return { id: linked.id, name: linked.name, kind: linked.kind, existing: linked.existing };
    };
    const force = named(metadata.force, 'FORCE');
    const assessment = input.assessment || [force?.id ?? 'unnamed-force', slug(metadata.kind ?? 'assessment'), String(metadata.year ?? 'undated')].join('-');
    const title = input.title?.trim() || metadata.title || `${metadata.force ?? 'An unnamed force'}: ${metadata.kind ?? 'assessment'}${metadata.year ? ` ${metadata.year}` : ''}`;
    return { draft, text, assessment, title, force, inspector: named(metadata.inspector, 'INSPECTOR'), createdBy };
  } catch (error) {
    if (error instanceof IngestError) throw badUserInput(input.file ? 'input.file' : 'input.text', `cannot be drafted: ${error.problem}`);
    throw error;
  }
}
