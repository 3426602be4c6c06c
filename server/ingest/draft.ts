// The ingest pipeline up to the draft: file -> text -> sentences -> findings, with the metadata beside them.
import { type DraftFinding, draftFindings } from './draft-findings.ts';
import { distinct, type EntityLookup, forceOwnRequest, namedInRequest } from './entity-lookup.ts';
import { extractText } from './extract-text.ts';
import { IngestError } from './ingest-error.ts';
import { EntityLinker, forcePrefix, type KnownEntity, type LinkedEntity } from './link-entities.ts';
import { type DraftMetadata, type MetadataOptions, proposeMetadata } from './metadata.ts';
import { readDocument } from './read-document.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import type { ExtractedText } from './text-blocks.ts';

export interface Draft {
  metadata: DraftMetadata;
  sentences: Sentence[];
  findings: DraftFinding[];
}

/** When neither the user nor the text names the force, findings still need a subject; a reviewer names it. */
export const unnamedForce: LinkedEntity = { id: 'unnamed-force', name: 'The force (not named)', kind: 'FORCE', existing: false };

/** The force and the inspector the findings are about, as the graph knows them or as the draft proposes them. */
function subjects(metadata: DraftMetadata, known: readonly KnownEntity[]): { force: LinkedEntity; inspector?: LinkedEntity } {
  const names = new EntityLinker(known, '');
  const force = metadata.force ? names.byNameOrNew(metadata.force, 'FORCE') : unnamedForce;
  return { force, ...(metadata.inspector ? { inspector: names.byNameOrNew(metadata.inspector, 'INSPECTOR') } : {}) };
}

/** The stages before linking: sentences and proposed metadata. */
function readExtracted(file: string, extracted: ExtractedText, options: MetadataOptions): { sentences: Sentence[]; metadata: DraftMetadata } {
  const sentences = splitSentences(extracted);
  if (sentences.length === 0) throw new IngestError(file, 'no sentences could be found in the document (only headings, lists of words or no text at all)');
  return { sentences, metadata: proposeMetadata(file, extracted, options) };
}

function draftRead({ sentences, metadata }: { sentences: Sentence[]; metadata: DraftMetadata }, known: readonly KnownEntity[]): Draft {
  const { force, inspector } = subjects(metadata, known);
  const linker = new EntityLinker(known, forcePrefix(force.id));
  return { metadata, sentences, findings: draftFindings(sentences, { force, inspector, linker }) };
}

/** Drafts with the entities in hand (the seed's, or a test's). */
export function draftExtracted(file: string, extracted: ExtractedText, options: MetadataOptions, known: readonly KnownEntity[]): Draft {
  return draftRead(readExtracted(file, extracted, options), known);
}

/**
 * Drafts with the entities a lookup finds for the document: those it may name, then the force's own. Returns the
 * draft and every entity the lookup found, which names the draft's force and inspector as the draft does.
 */
export async function draftLookingUp(file: string, extracted: ExtractedText, options: MetadataOptions, lookup: EntityLookup): Promise<{ draft: Draft; known: KnownEntity[] }> {
  const read = readExtracted(file, extracted, options);
  const named = await lookup(namedInRequest(read.sentences.map((sentence) => sentence.text), [read.metadata.force, read.metadata.inspector]));
  const { force } = subjects(read.metadata, named);
  const known = distinct([...named, ...(await lookup(forceOwnRequest(forcePrefix(force.id))))]);
  return { draft: draftRead(read, known), known };
}

export async function draftFile(file: string, options: MetadataOptions, known: readonly KnownEntity[], onProgress: (line: string) => void = () => {}): Promise<Draft> {
  const document = await readDocument(file);
  onProgress(`read ${file}: ${document.format}, ${document.bytes.length.toLocaleString('en-GB')} bytes`);
  const extracted = await extractText(document);
  onProgress(`extracted ${extracted.text.length.toLocaleString('en-GB')} characters in ${extracted.blocks.length} blocks${extracted.pages ? ` from ${extracted.pages} pages` : ''}`);
  const draft = draftExtracted(file, extracted, options, known);
  onProgress(`${draft.sentences.length} sentences, ${draft.findings.length} draft findings`);
  return draft;
}
