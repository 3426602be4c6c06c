// Writes examples/assessments/*.json, the canonical files of the fictional samples, from their texts and findings:
// sentences split from the text, each quote's offsets found in its sentence, so no offset is counted by hand.
// `npx tsx examples/build-assessment-files.ts` after changing a text or a finding; a unit test fails while the
// committed files differ from what this builds.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  type AssessmentFile,
  assessmentFileFormat,
  assessmentFileVersion,
  type EntityEntry,
  type FindingEntry,
} from '../server/assessments/assessment-file.ts';
import { type SampleAssessment, sampleAssessments, sampleEntities } from './sample-findings.ts';

export const textsDirectory = fileURLToPath(new URL('./texts/', import.meta.url));
export const assessmentsDirectory = fileURLToPath(new URL('./assessments/', import.meta.url));

/** The sentences of a sample's text: its paragraphs but headings, split after a full stop before a capital. */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '' && !paragraph.startsWith('#'))
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/));
}

export function buildAssessmentFile(sample: SampleAssessment, text: string): AssessmentFile {
  const sentences = splitSentences(text);
  const perSentence = new Map<number, number>();
  const findings: FindingEntry[] = sample.findings.map((finding) => {
    const sentence = sentences[finding.sentence - 1];
    if (sentence === undefined) throw new Error(`${sample.id}: no sentence ${finding.sentence}`);
    const start = sentence.indexOf(finding.quote);
    if (start < 0) throw new Error(`${sample.id}: sentence ${finding.sentence} does not contain "${finding.quote}"`);
    if (sentence.indexOf(finding.quote, start + 1) >= 0) throw new Error(`${sample.id}: "${finding.quote}" is in sentence ${finding.sentence} twice`);
    const k = (perSentence.get(finding.sentence) ?? 0) + 1;
    perSentence.set(finding.sentence, k);
    return {
      id: `${sample.id}/s${finding.sentence}.${k}`,
      sentence: finding.sentence,
      start,
      end: start + finding.quote.length,
      quote: finding.quote,
      judgement: finding.judgement,
      basis: finding.basis ?? 'STATED',
      status: finding.status ?? 'ESTABLISHED',
      inferredFrom: finding.inferredFrom ?? [],
      participants: finding.participants.map(([entity, role]) => ({ entity, role })),
      edges: finding.edges.map(([from, type, to]) => ({ from, type, to })),
      review: { status: 'ACCEPTED', by: null, at: null, reason: null },
    };
  });
  const named = new Set(findings.flatMap((f) => [...f.participants.map((p) => p.entity), ...f.edges.flatMap((e) => [e.from, e.to])]));
  for (const id of [sample.force, sample.inspector]) named.add(id);
  const entities: EntityEntry[] = sampleEntities
    .filter((entity) => named.has(entity.id))
    .map(({ id, kind, name, pillar, aliases, summary }) => ({ id, kind, name, pillar, aliases, summary }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const unknown = [...named].filter((id) => !entities.some((entity) => entity.id === id));
  if (unknown.length > 0) throw new Error(`${sample.id}: no entity entry for ${unknown.join(', ')}`);
  return {
    format: assessmentFileFormat,
    version: assessmentFileVersion,
    assessment: {
      id: sample.id,
      title: sample.title,
      force: sample.force,
      inspector: sample.inspector,
      kind: 'PEEL HMI observations (fictional sample)',
      year: sample.year,
      yearBasis: 'STATED',
      published: null,
      url: null,
      licence: 'MIT (written for peel-graph)',
      fictional: true,
      file: sample.file,
      text,
      sentences,
    },
    entities,
    findings: findings.sort((a, b) => a.sentence - b.sentence || a.id.localeCompare(b.id)),
  };
}

/** Every sample's canonical file, as JSON text, by file name. */
export async function buildAll(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const sample of sampleAssessments) {
    const text = await readFile(`${textsDirectory}${sample.file}`, 'utf8');
    files.set(`${sample.id}.json`, `${JSON.stringify(buildAssessmentFile(sample, text), null, 2)}\n`);
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, json] of await buildAll()) {
    await writeFile(`${assessmentsDirectory}${name}`, json);
    console.log(`wrote examples/assessments/${name}`);
  }
}
