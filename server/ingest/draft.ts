// The ingest pipeline up to the draft: file -> text -> sentences -> findings, with the metadata beside them.
import { type DraftFinding, draftFindings } from './draft-findings.ts';
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

export function draftExtracted(file: string, extracted: ExtractedText, options: MetadataOptions, known: readonly KnownEntity[]): Draft {
  const sentences = splitSentences(extracted);
  if (sentences.length === 0) throw new IngestError(file, 'no sentences could be found in the document (only headings, lists of words or no text at all)');
  const metadata = proposeMetadata(file, extracted, options);
  const names = new EntityLinker(known, '');
  const force = metadata.force ? names.byNameOrNew(metadata.force, 'FORCE') : unnamedForce;
  const inspector = metadata.inspector ? names.byNameOrNew(metadata.inspector, 'INSPECTOR') : undefined;
  const linker = new EntityLinker(known, forcePrefix(force.id));
  return { metadata, sentences, findings: draftFindings(sentences, { force, inspector, linker }) };
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
