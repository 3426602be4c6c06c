// An assessment's metadata: what the user gives, and what the text itself states, never invented.
import { forceName, inspectorName, peelQuestions } from './lexicon.ts';
import type { ExtractedText } from './text-blocks.ts';

export interface MetadataOptions {
  force?: string;
  inspector?: string;
  year?: number;
  url?: string;
}

export interface DraftMetadata {
  file: string;
  format: ExtractedText['format'];
  title: string | null;
  force: string | null;
  inspector: string | null;
  year: number | null;
  published: string | null;
  kind: string | null;
  url: string | null;
  /** True when the document says of itself that it is fictional (the project's own samples do). */
  fictional: boolean;
  pages: number | null;
  /** Which fields came from the text rather than from the user, so a reviewer checks them. */
  fromText: string[];
}

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** The most frequent match of a pattern's first group: the force a report names most is the one it is about. */
function mostFrequent(text: string, pattern: RegExp): string | undefined {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export function proposeMetadata(file: string, extracted: ExtractedText, options: MetadataOptions): DraftMetadata {
  const { text } = extracted;
  const fromText: string[] = [];
  const stated = <T>(field: string, given: T | undefined, found: T | undefined): T | null => {
    if (given !== undefined) return given;
    if (found !== undefined) fromText.push(field);
    return found ?? null;
  };
  const published = new RegExp(`\\b(?:[Pp]ublished|[Dd]ated?)(?: on)?:?\\s+(\\d{1,2} (?:${months}) \\d{4})`).exec(text)?.[1];
  const peelYear = /\bPEEL(?: assessment| inspection)?:? (20\d\d)(?:\/\d\d)?\b/.exec(text)?.[1];
  const isPeel = /\bPEEL\b/.test(text) || peelQuestions.some((q) => text.includes(q.question)) || /\bassessment of\b/i.test(text);
  return {
    file,
    format: extracted.format,
    title: extracted.title ?? null,
    force: stated('force', options.force, mostFrequent(text, forceName)),
    inspector: stated('inspector', options.inspector, inspectorName.exec(text)?.[1] ? `HMI ${inspectorName.exec(text)![1]}` : undefined),
    year: stated('year', options.year, peelYear ? Number(peelYear) : undefined),
    published: stated('published', undefined, published),
    kind: stated('kind', undefined, isPeel ? 'PEEL' : undefined),
    url: options.url ?? null,
    fictional: /\bfictional\b/i.test(text),
    pages: extracted.pages ?? null,
    fromText,
  };
}
