// The long fictional assessment as a PDF of tens of pages: its sentences survive the layout (running headers and page
// numbers dropped, hyphenated line breaks joined), and its draft has the shape a reviewer relies on (no timing here).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSample, sampleDocument } from '../../bench/steps/drafting.ts';
import { seedDirectory } from '../../server/config.ts';
import { type Draft, draftExtracted } from '../../server/ingest/draft.ts';
import { extractPlainText } from '../../server/ingest/extract-plain.ts';
import { extractText } from '../../server/ingest/extract-text.ts';
import { readSeedEntities } from '../../server/ingest/known-entities.ts';
import { splitSentences } from '../../server/ingest/sentences.ts';
import type { ExtractedText } from '../../server/ingest/text-blocks.ts';

const sample = await readSample('greywater-2017');
const source = await readFile(path.join(path.dirname(seedDirectory), 'test', 'fixtures', 'assessments', sample.file), 'utf8');

/** The lines of each page as the PDF's text layer holds them, before any extraction joins or drops anything. */
async function rawLines(bytes: Uint8Array): Promise<string[][]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[][] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push((content.items as TextItem[]).map((item) => item.str).filter((line) => line.trim() !== ''));
  }
  await pdf.destroy();
  return pages;
}

describe('the long fictional assessment as a PDF', () => {
  let bytes: Uint8Array;
  let extracted: ExtractedText;
  let draft: Draft;

  beforeAll(async () => {
    ({ bytes } = await sampleDocument(sample));
    extracted = await extractText({ file: 'greywater-2017.pdf', format: 'pdf', bytes });
    draft = draftExtracted('greywater-2017.pdf', extracted, sample.metadata, await readSeedEntities(seedDirectory));
  }, 60_000);

  it('is marked fictional and runs to tens of pages with a running header, page numbers and hyphenated line breaks', async () => {
    expect(sample).toMatchObject({ fictional: true, pdf: true });
    expect(source).toMatch(/^Fictional sample report for peel-graph: Greywater Constabulary is not a real force$/m);
    const pages = await rawLines(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(extracted.pages).toBe(pages.length);
    pages.forEach((lines, i) => {
      expect(lines).toContain('Greywater Constabulary – PEEL 2017 (fictional sample)');
      expect(lines).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    // A line that ends in a hyphen the source does not have: a word broken across lines.
    const broken = pages.flat().filter((line) => /[a-z]-$/.test(line) && !source.includes(line.trim()));
    expect(broken.length).toBeGreaterThan(3);
  });

  it('gives exactly the sentences of its source text, with the furniture dropped and broken words joined', () => {
    const expected = splitSentences(extractPlainText(source)).map((s) => s.text);
    expect(expected).toHaveLength(sample.sentences);
    expect(draft.sentences.map((s) => s.text)).toEqual(expected);
    for (const s of draft.sentences) expect(extracted.text.slice(s.start, s.end)).toBe(s.text);
    expect(extracted.text).not.toContain('PEEL 2017 (fictional sample)');
    expect(extracted.text).not.toMatch(/Page \d+ of \d+/);
  });

  it('drafts cited findings of every judgement, each about a sentence of the report and quoting it verbatim', () => {
    const judgements = new Set(draft.findings.map((f) => f.judgement));
    expect([...judgements].sort()).toEqual(['AREA_FOR_IMPROVEMENT', 'CAUSE_OF_CONCERN', 'IMPROVED', 'STRENGTH', null].sort());
    for (const finding of draft.findings) {
      const sentence = draft.sentences[finding.sentence - 1]!;
      expect(sentence, `finding of sentence ${finding.sentence}`).toBeDefined();
      expect(finding.quote.length).toBeGreaterThan(0);
      expect(sentence.text.slice(finding.start, finding.end)).toBe(finding.quote);
      expect(finding.cue.length).toBeGreaterThan(0);
      expect(finding.participants.filter((p) => p.role === 'SUBJECT')).toHaveLength(1);
      for (const before of finding.inferredFrom) expect(before).toBeLessThan(finding.sentence);
    }
    // The force and inspector given on the command line are the subjects of what is said of the force.
    expect(draft.findings.find((f) => f.type === 'ASSESSES')?.participants.map((p) => p.id)).toEqual(['hmi-corin-ashdown', 'greywater-constabulary']);
    const judged = draft.findings.filter((f) => f.judgement !== null && f.type !== 'RESTRICTS' && f.type !== 'INFORMS' && f.type !== 'THREATENS');
    expect(new Set(judged.map((f) => f.participants.find((p) => p.role === 'SUBJECT')!.id))).toEqual(new Set(['greywater-constabulary']));
  });

  it('reads each "This is a cause of concern." as a judgement of what came before it', () => {
    const alone = draft.sentences.filter((s) => s.text === 'This is a cause of concern.');
    expect(alone.length).toBe(3);
    for (const sentence of alone) {
      const findings = draft.findings.filter((f) => f.sentence === sentence.number);
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        expect(f.judgement).toBe('CAUSE_OF_CONCERN');
        // Stated by its own sentence; the one it refers to, at most two back, is named in the cue.
        expect([f.basis, f.inferredFrom]).toEqual(['STATED', []]);
        const referent = Number(/"This" refers to sentence (\d+)$/.exec(f.cue)?.[1]);
        expect(referent).toBeGreaterThanOrEqual(sentence.number - 2);
        expect(referent).toBeLessThan(sentence.number);
      }
    }
  });
});
