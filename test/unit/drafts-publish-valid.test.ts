// Drafting and publishing agree on the model: every sample, drafted and accepted as drafted, publishes as an
// assessment file that import would take. A draft a reviewer accepts unchanged must never fail at publish.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentProblems } from '../../server/assessments/validate-assessment.ts';
import { seedDirectory } from '../../server/config.ts';
import { draftExtracted } from '../../server/ingest/draft.ts';
import { extractText } from '../../server/ingest/extract-text.ts';
import { readSeedEntities } from '../../server/ingest/known-entities.ts';
import { EntityLinker, type KnownEntity } from '../../server/ingest/link-entities.ts';
import { detectFormat } from '../../server/ingest/read-document.ts';
import type { DraftEntityRecord } from '../../server/review/draft-records.ts';
import { fromStoredDraft, fromStoredFinding, toStored } from '../../server/review/stored-draft.ts';
import { toAssessmentFile } from '../../server/review/to-assessment-file.ts';

const root = path.dirname(seedDirectory);
/** The seed's own text and the fictional samples the project wrote, with what a user gives on starting each. */
const documents = [
  { file: 'cypher/sources/cheshire-peel-assessment.txt', options: {} },
  { file: 'examples/texts/harrowdale-peel-assessment-2021.txt', options: {} },
  { file: 'examples/texts/harrowdale-peel-assessment-2023.txt', options: {} },
  { file: 'examples/texts/brackenfield-peel-assessment-2022.txt', options: {} },
  { file: 'test/fixtures/assessments/fenmarsh-2017.txt', options: { force: 'Fenmarsh Constabulary', year: 2017 } },
  { file: 'test/fixtures/assessments/greywater-2017.txt', options: { force: 'Greywater Police', year: 2017 } },
  { file: 'test/fixtures/assessments/northmoor-2016.txt', options: { force: 'Northmoor Police', year: 2016 } },
  { file: 'test/fixtures/assessments/wessex-vale-2017.html', options: { force: 'Wessex Vale Police', year: 2017 } },
];

let known: KnownEntity[];
beforeAll(async () => {
  known = await readSeedEntities(seedDirectory);
});

/** What the review pages publish when every drafted finding is accepted as it stands. */
async function publishedAsDrafted(file: string, options: { force?: string; year?: number }) {
  const bytes = new Uint8Array(await readFile(path.join(root, file)));
  const extracted = await extractText({ file, format: detectFormat(file, bytes), bytes });
  const draft = draftExtracted(file, extracted, options, known);
  draft.metadata.kind ??= 'peel';
  const linker = new EntityLinker(known, '');
  const named = (name: string | null, kind: 'FORCE' | 'INSPECTOR'): DraftEntityRecord | null => {
    if (!name) return null;
    const { id, name: linkedName, existing } = linker.byNameOrNew(name, kind);
    return { id, name: linkedName, kind, existing };
  };
  const stored = toStored({
    id: 'draft-0001',
    draft,
    text: extracted.text,
    assessment: 'sample-assessment',
    title: draft.metadata.title ?? file,
    force: named(draft.metadata.force, 'FORCE'),
    inspector: named(draft.metadata.inspector, 'INSPECTOR'),
    createdBy: 'local:editor',
  });
  const accepted = stored.findings.map((finding) => fromStoredFinding({ ...finding, review: 'ACCEPTED', reviewedBy: 'reviewer@example.org', reviewedAt: '2026-12-01T10:00:00.000Z' }));
  const record = fromStoredDraft({ ...stored.draft, createdAt: '2026-12-01T09:00:00.000Z' }, { total: accepted.length, reviewed: accepted.length, accepted: accepted.length, rejected: 0 }, null);
  return { findings: accepted, file: toAssessmentFile(record, accepted, new Map()) };
}

describe('a draft accepted as drafted', () => {
  it.each(documents)('publishes $file as a valid assessment file', async ({ file, options }) => {
    const published = await publishedAsDrafted(file, options);
    expect(published.findings.length).toBeGreaterThan(5);
    expect(assessmentProblems(JSON.parse(JSON.stringify(published.file)))).toEqual([]);
  });

  it('lists the other sentences a finding draws on only when it is inferred, as the file format requires', async () => {
    const drafted = (await Promise.all(documents.map(({ file, options }) => publishedAsDrafted(file, options)))).flatMap((p) => p.findings);
    const drawingOnOthers = drafted.filter((finding) => finding.inferredFrom.length > 0);
    expect(drawingOnOthers.length).toBeGreaterThan(0);
    expect(new Set(drawingOnOthers.map((finding) => finding.basis))).toEqual(new Set(['INFERRED']));
    // A judgement of "This" is stated by its own sentence: a stated finding, its referent named in the cue.
    const referring = drafted.filter((finding) => / refers to sentence \d+$/.test(finding.cue ?? ''));
    expect(referring.length).toBeGreaterThan(0);
    expect(referring.every((finding) => finding.basis === 'STATED' && finding.inferredFrom.length === 0)).toBe(true);
  });
});
