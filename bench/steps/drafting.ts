// Bench step: how well and how fast the ingest pipeline drafts findings. The seed's text is drafted from scratch
// and scored against its reviewed findings (read from the seed graph; from the seed's Cypher without a graph),
// the fictional sample assessments against their hand-written readings, and an 18-sentence text and a long PDF timed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { seedDirectory } from '../../server/config.ts';
import { draftExtracted } from '../../server/ingest/draft.ts';
import { extractText } from '../../server/ingest/extract-text.ts';
import { readSeedEntities } from '../../server/ingest/known-entities.ts';
import type { KnownEntity } from '../../server/ingest/link-entities.ts';
import { detectFormat } from '../../server/ingest/read-document.ts';
import { assessmentPdf } from '../../test/support/assessment-pdf.ts';
import { type DraftScore, poolScores, type ReferenceFinding, scoreDraft } from '../draft-score.ts';
import { readSeedReference } from '../seed-reference.ts';

const root = path.dirname(seedDirectory);
const samplesDir = path.join(root, 'test', 'fixtures', 'assessments');
export const sampleIds = ['wessex-vale-2017', 'fenmarsh-2017', 'northmoor-2016', 'greywater-2017'] as const;
const seedAssessment = 'cheshire-peel-assessment';

export interface DraftingOptions {
  /** Pages of the long PDF timed. */
  pdfPages: number;
  /** Timed drafts of the 18-sentence text; the median is reported. */
  repeats: number;
}

export interface SampleScore extends DraftScore {
  id: string;
  format: string;
  sentences: number;
  expectedSentences: number;
  pages?: number;
}

export interface DraftingResult {
  seed: DraftScore & { referenceFrom: 'graph' | 'cypher'; sentences: number };
  samples: SampleScore[];
  samplesPooled: Pick<DraftScore, 'judgements' | 'findings' | 'quotesVerbatim'>;
  speed: { shortTextMs: number; shortTextFirstMs: number; pdfPages: number; pdfSentences: number; pdfMs: number };
}

/** The seed's reviewed findings as the findings model stores them: (:Finding) nodes and the edges that cite them. */
const seedFindingsQuery = `
MATCH (f:Finding {assessment: $assessment})
CALL (f) {
  OPTIONAL MATCH (a:Entity)-[r]->(b:Entity) WHERE r.finding = f.id
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {from: a.id, type: type(r), to: b.id} END) AS edges
}
RETURN f.sentence AS sentence, f.judgement AS judgement, edges ORDER BY f.id`;

export async function seedReference(driver: Driver | undefined, log: (line: string) => void): Promise<{ findings: ReferenceFinding[]; from: 'graph' | 'cypher' }> {
  if (driver) {
    const { records } = await driver.executeQuery(seedFindingsQuery, { assessment: seedAssessment }, { routing: 'READ' });
    if (records.length > 0) {
      return {
        from: 'graph',
        findings: records.map((r) => ({ sentence: Number(r.get('sentence')), judgement: r.get('judgement') as string | null, edges: r.get('edges') as ReferenceFinding['edges'] })),
      };
    }
    log("   the seed graph holds no (:Finding) nodes: scoring against the seed's Cypher, cypher/30-*.cypher");
  } else log("   no database given: scoring against the seed's Cypher, cypher/30-*.cypher");
  return { findings: await readSeedReference(seedDirectory, seedAssessment), from: 'cypher' };
}

interface Sample {
  id: string;
  file: string;
  pdf?: boolean;
  /** How the PDF is set, where not as the others (the long sample in larger type, to run to tens of pages). */
  layout?: { fontSize?: number };
  sentences: number;
  metadata: { force: string; inspector: string; year: number };
  findings: { sentence: number; judgement: string | null; type: string; from: string; to: string }[];
}

export async function readSample(id: string): Promise<Sample> {
  return JSON.parse(await readFile(path.join(samplesDir, `${id}.json`), 'utf8')) as Sample;
}

/** A sample's document as the pipeline reads it: the PDF ones laid out from their text first. */
export async function sampleDocument(sample: Sample): Promise<{ file: string; bytes: Uint8Array }> {
  const source = await readFile(path.join(samplesDir, sample.file));
  if (!sample.pdf) return { file: sample.file, bytes: new Uint8Array(source) };
  const bytes = await assessmentPdf(source.toString('utf8'), { header: `${sample.metadata.force} – PEEL ${sample.metadata.year} (fictional sample)`, pageSize: [298, 420], title: sample.id, ...sample.layout });
  return { file: sample.file.replace(/\.txt$/, '.pdf'), bytes };
}

export async function scoreSample(id: string, known: readonly KnownEntity[]): Promise<SampleScore> {
  const sample = await readSample(id);
  const { file, bytes } = await sampleDocument(sample);
  const format = detectFormat(file, bytes);
  const extracted = await extractText({ file, format, bytes });
  // Drafted as a user would run it, with the force, inspector and year given on the command line.
  const draft = draftExtracted(file, extracted, sample.metadata, known);
  const reference = sample.findings.map((f) => ({ sentence: f.sentence, judgement: f.judgement, edges: [{ from: f.from, type: f.type, to: f.to }] }));
  return { id, format, sentences: draft.sentences.length, expectedSentences: sample.sentences, pages: extracted.pages, ...scoreDraft(draft.findings, draft.sentences, reference) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function measureDrafting(driver: Driver | undefined, options: DraftingOptions, log: (line: string) => void = () => {}): Promise<DraftingResult> {
  const known = await readSeedEntities(seedDirectory);
  const seedFile = path.join(seedDirectory, 'sources', `${seedAssessment}.txt`);
  const seedBytes = new Uint8Array(await readFile(seedFile));
  const draftSeed = async () => draftExtracted(seedFile, await extractText({ file: seedFile, format: 'text', bytes: seedBytes }), {}, known);

  const firstStarted = performance.now();
  const seedDraft = await draftSeed();
  const shortTextFirstMs = performance.now() - firstStarted;
  const reference = await seedReference(driver, log);
  const seed = { ...scoreDraft(seedDraft.findings, seedDraft.sentences, reference.findings), referenceFrom: reference.from, sentences: seedDraft.sentences.length };
  log(`   seed: judgements P ${seed.judgements.precision} R ${seed.judgements.recall}; findings F1 ${seed.findings.f1}; quotes verbatim ${seed.quotesVerbatim * 100}%`);

  const samples: SampleScore[] = [];
  for (const id of sampleIds) samples.push(await scoreSample(id, known));
  const samplesPooled = poolScores(samples);
  log(`   fictional samples: judgements P ${samplesPooled.judgements.precision} R ${samplesPooled.judgements.recall}; findings F1 ${samplesPooled.findings.f1}`);

  const times: number[] = [];
  for (let i = 0; i < options.repeats; i += 1) {
    const started = performance.now();
    await draftSeed();
    times.push(performance.now() - started);
  }

  // The long PDF: the Northmoor sample laid out again and again until it fills the pages asked for.
  const northmoor = await readSample('northmoor-2016');
  const text = await readFile(path.join(samplesDir, northmoor.file), 'utf8');
  const header = 'Northmoor Police – PEEL 2016 (fictional sample)';
  let repeat = 1;
  let pdf = await assessmentPdf(text, { header, repeat });
  let pages = await pageCount(pdf);
  // Page breaks fall differently as the text repeats, so grow the repeats until the pages are there.
  while (pages < options.pdfPages) {
    repeat = Math.max(repeat + 1, Math.ceil((repeat * options.pdfPages) / pages));
    pdf = await assessmentPdf(text, { header, repeat });
    pages = await pageCount(pdf);
  }
  const started = performance.now();
  const extracted = await extractText({ file: 'long.pdf', format: 'pdf', bytes: pdf });
  const long = draftExtracted('long.pdf', extracted, { force: 'Northmoor Police' }, known);
  const pdfMs = performance.now() - started;
  log(`   speed: 18 sentences in ${median(times).toFixed(1)} ms (first ${shortTextFirstMs.toFixed(0)} ms); ${pages}-page PDF in ${(pdfMs / 1000).toFixed(2)} s`);
  return {
    seed,
    samples,
    samplesPooled,
    speed: { shortTextMs: Math.round(median(times) * 10) / 10, shortTextFirstMs: Math.round(shortTextFirstMs), pdfPages: pages, pdfSentences: long.sentences.length, pdfMs: Math.round(pdfMs) },
  };
}

async function pageCount(bytes: Uint8Array): Promise<number> {
  const { PDFDocument } = await import('pdf-lib');
  return (await PDFDocument.load(bytes)).getPageCount();
}
