// The assessment as published, split into the transcript's sentences the way the graph numbers them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedDirectory } from '../../server/config.ts';

export const sourceFile = path.join(seedDirectory, 'sources', 'cheshire-peel-assessment.txt');

export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The transcript's sentences: everything after the "Transcript" heading, split after each full stop. */
export function transcriptSentences(): string[] {
  const text = readFileSync(sourceFile, 'utf8');
  const heading = text.indexOf('Transcript');
  if (heading === -1) throw new Error(`${sourceFile} has no Transcript heading`);
  const body = normaliseSpace(text.slice(text.indexOf('\n', heading)));
  return body.split(/(?<=\.)\s+(?=[A-Z])/);
}
