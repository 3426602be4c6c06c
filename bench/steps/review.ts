// Bench step: review and publishing through the running API. The seed's text is drafted, the seed's reviewed
// findings are replayed against the draft (the reviewer's effort per kept finding), and the reviewed draft is
// published again and again (each publish replaces the last) to time publishing.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { exportAssessment } from '../../server/assessments/export-assessment.ts';
import { withdrawAssessment } from '../../server/assessments/withdraw-assessment.ts';
import { TokenStore } from '../../server/auth/token-store.ts';
import { seedDirectory } from '../../server/config.ts';
import { findingShape, planReview, replayReview, type ReviewEffort } from '../review-replay.ts';

export interface ReviewOptions {
  /** Timed publishes of the reviewed seed; the median and the slowest are reported. */
  publishes: number;
}

export interface ReviewResult {
  effort: ReviewEffort;
  /** Whether the published findings are exactly the seed's (place, words, judgement, basis, status, relationships). */
  publishedAsSeed: boolean;
  findings: number;
  publishMs: { median: number; max: number; runs: number };
}

const seedAssessment = 'cheshire-peel-assessment';
const replayed = 'bench-review-replay';

export async function measureReview(apiUrl: string, driver: Driver, options: ReviewOptions, log: (line: string) => void = () => {}): Promise<ReviewResult> {
  const tokens = new TokenStore(driver, { queryTimeoutMs: 30_000 });
  await tokens.ensureSchema();
  const { secret } = await tokens.create({ name: `bench-editor-${Date.now()}`, role: 'editor', actor: 'local:bench' });
  const api = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(new URL('/graphql', apiUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: { message: string }[] };
  };
  const fail = (what: string, response: { errors?: { message: string }[] }) => {
    if (response.errors?.length) throw new Error(`${what}: ${response.errors.map((e) => e.message).join('; ')}`);
  };

  const reference = await exportAssessment(driver, seedAssessment);
  const text = await readFile(path.join(seedDirectory, 'sources', `${seedAssessment}.txt`), 'utf8');
  const started = await api(
    'mutation($input: StartDraftInput!) { startDraft(input: $input) { id findings { nodes { id sentence start end quote type judgement basis status inferredFrom version participants { role entity { id name kind existing } } review { status by at reason } draft } } } }',
    { input: { text, fileName: `${seedAssessment}.txt`, assessment: replayed } },
  );
  fail('startDraft', started);
  const draft = started.data.startDraft;
  const plan = planReview(draft.findings.nodes, reference.findings);
  log(`   effort: ${plan.effort.actions} actions for ${plan.effort.kept} kept findings (${plan.effort.perKept} each): ${plan.effort.accepted} accepted, ${plan.effort.edits} edits, ${plan.effort.rejected} rejected, ${plan.effort.added} added`);
  await replayReview(api, draft.id, plan);

  const times: number[] = [];
  try {
    for (let i = 0; i < options.publishes; i += 1) {
      const before = performance.now();
      const published = await api('mutation($id: ID!) { publishDraft(id: $id) { id } }', { id: draft.id });
      times.push(performance.now() - before);
      fail('publishDraft', published);
    }
    const result = await exportAssessment(driver, replayed);
    const shapes = (findings: typeof reference.findings) => findings.map(findingShape).sort().join('\n');
    const sorted = [...times].sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    const publishMs = { median: round(sorted[Math.floor(sorted.length / 2)]!), max: round(sorted.at(-1)!), runs: sorted.length };
    log(`   publish: median ${publishMs.median} ms, slowest ${publishMs.max} ms over ${publishMs.runs}`);
    return { effort: plan.effort, publishedAsSeed: shapes(result.findings) === shapes(reference.findings), findings: result.findings.length, publishMs };
  } finally {
    // The bench database is the seed's: what the step published and drafted leaves with it.
    fail('discardDraft', await api('mutation($id: ID!) { discardDraft(id: $id) }', { id: draft.id }));
    if (times.length > 0) {
      const session = driver.session();
      try {
        await session.executeWrite((tx) => withdrawAssessment(tx, replayed, { actor: 'local:bench', at: new Date(), reason: 'bench clean-up' }));
      } finally {
        await session.close();
      }
    }
  }
}
