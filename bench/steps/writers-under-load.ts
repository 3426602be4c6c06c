// The load run with writers: editors draft, review and publish fictional assessments through the API while the
// readers of the load run explore. Afterwards every editor's successful changes are counted against the audit
// trail (none lost, none recorded twice) and every published assessment against what its editor accepted.
import type { Driver } from 'neo4j-driver';
import { withdrawAssessment } from '../../server/assessments/withdraw-assessment.ts';
import { TokenStore } from '../../server/auth/token-store.ts';
import { measure } from '../compare.ts';
import { httpRun } from '../http-load.ts';
import type { LoadResult } from '../latency.ts';
import type { Workload } from './api-vs-driver.ts';
import { interleavedBodies } from './load-run.ts';

export interface WritersUnderLoad {
  readers: LoadResult;
  editors: number;
  /** Changes the API answered without error, by all editors. */
  changes: number;
  published: number;
  /** Mutations answered with an error. */
  writeErrors: number;
  /** The errors by their code (or HTTP status), so a failed run says what failed. */
  writeErrorCodes: Record<string, number>;
  /** The first answer of each mutation and code that failed: what it said. */
  writeErrorSamples: { mutation: string; code: string; message: string }[];
  /** Successful changes with no audit entry, and audit entries beyond the successful changes. */
  lost: number;
  duplicated: number;
  /** Published assessments whose findings differ from what their editor accepted. */
  mismatched: number;
}

interface Editor {
  name: string;
  secret: string;
  changes: number;
  errors: number;
  codes: Record<string, number>;
  samples: Map<string, { mutation: string; code: string; message: string }>;
  published: { assessment: string; accepted: number }[];
}

/** A short fictional report: each run of it drafts into a handful of findings. */
function fictionalText(editor: number, round: number): string {
  return [
    `Fictional sample for the bench: Fictional Bench Force ${editor} is not a real force (round ${round}).`,
    '',
    'The force is good at protecting vulnerable people and works well with local authorities to safeguard children at risk of exploitation.',
    'It needs to improve its vetting procedures. The force has improved its understanding of demand since last year.',
  ].join('\n');
}

async function editorLoop(apiUrl: string, editor: Editor, index: number, until: number): Promise<void> {
  const call = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(new URL('/graphql', apiUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor.secret}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json().catch(() => ({ errors: [{ message: '', extensions: { code: `HTTP ${response.status}` } }] }))) as {
      data?: any;
      errors?: { message?: string; extensions?: { code?: string } }[];
    };
    if (body.errors?.length) {
      editor.errors += 1;
      const code = body.errors[0]!.extensions?.code ?? 'no code';
      editor.codes[code] = (editor.codes[code] ?? 0) + 1;
      const mutation = /\{\s*(\w+)/.exec(query)?.[1] ?? 'unknown';
      if (!editor.samples.has(`${mutation} ${code}`)) editor.samples.set(`${mutation} ${code}`, { mutation, code, message: body.errors[0]!.message ?? '' });
      return null;
    }
    editor.changes += 1;
    return body.data;
  };
  for (let round = 1; Date.now() < until; round += 1) {
    const assessment = `bench-writer-${index}-${round}`;
    const started = await call('mutation($input: StartDraftInput!) { startDraft(input: $input) { id findings { nodes { id version } } } }', {
      input: { text: fictionalText(index, round), force: `Fictional Bench Force ${index}`, kind: 'PEEL', year: 2030, assessment },
    });
    if (!started) continue;
    let accepted = 0;
    for (const [k, finding] of (started.startDraft.findings.nodes as { id: string; version: number }[]).entries()) {
      // Every third finding rejected, the rest accepted: both kinds of change are made.
      const verdict = k % 3 === 2 ? 'rejectDraftFinding' : 'acceptDraftFinding';
      if (await call(`mutation($id: ID!, $v: Int!) { ${verdict}(id: $id, version: $v) { id } }`, { id: finding.id, v: finding.version })) {
        if (verdict === 'acceptDraftFinding') accepted += 1;
      }
    }
    if (await call('mutation($id: ID!) { publishDraft(id: $id) { id } }', { id: started.startDraft.id })) editor.published.push({ assessment, accepted });
  }
}

export async function writersUnderLoad(options: {
  apiUrl: string;
  driver: Driver;
  pids: number[];
  workloads: Workload[];
  connections: number;
  warmupSeconds: number;
  seconds: number;
  editors: number;
}): Promise<WritersUnderLoad> {
  const tokens = new TokenStore(options.driver, { queryTimeoutMs: 30_000 });
  await tokens.ensureSchema();
  const stamp = Date.now();
  const editors: Editor[] = [];
  for (let i = 1; i <= options.editors; i += 1) {
    const name = `bench-writer-${stamp}-${i}`;
    const { secret } = await tokens.create({ name, role: 'editor', actor: 'local:bench' });
    editors.push({ name, secret, changes: 0, errors: 0, codes: {}, samples: new Map(), published: [] });
  }
  const next = interleavedBodies(options.workloads);

  // Writers run through the readers' warm-up and measured window alike.
  const until = Date.now() + (options.warmupSeconds + options.seconds) * 1000;
  const writing = Promise.all(editors.map((editor, i) => editorLoop(options.apiUrl, editor, i + 1, until)));
  const readers = await measure(
    { name: 'readers beside writers', pids: options.pids, run: (seconds) => httpRun({ url: options.apiUrl, connections: options.connections, nextBody: next }, seconds) },
    { warmupSeconds: options.warmupSeconds, seconds: options.seconds, rounds: 1 },
    options.connections,
  );
  await writing;

  let lost = 0;
  let duplicated = 0;
  for (const editor of editors) {
    const { records } = await options.driver.executeQuery('MATCH (e:AuditEntry {actor: $actor}) RETURN count(e) AS entries', { actor: editor.name });
    const entries = Number(records[0]!.get('entries'));
    lost += Math.max(0, editor.changes - entries);
    duplicated += Math.max(0, entries - editor.changes);
  }
  let mismatched = 0;
  const published = editors.flatMap((e) => e.published);
  for (const { assessment, accepted } of published) {
    const { records } = await options.driver.executeQuery('MATCH (f:Finding {assessment: $assessment}) RETURN count(f) AS findings', { assessment });
    if (Number(records[0]!.get('findings')) !== accepted) mismatched += 1;
  }
  // What the writers published leaves the bench database with them.
  const session = options.driver.session();
  try {
    for (const { assessment } of published) {
      await session.executeWrite((tx) => withdrawAssessment(tx, assessment, { actor: 'local:bench', at: new Date(), reason: 'bench clean-up' }));
    }
  } finally {
    await session.close();
  }
  return {
    readers,
    editors: editors.length,
    changes: editors.reduce((n, e) => n + e.changes, 0),
    published: published.length,
    writeErrors: editors.reduce((n, e) => n + e.errors, 0),
    writeErrorCodes: editors.reduce<Record<string, number>>((all, e) => {
      for (const [code, n] of Object.entries(e.codes)) all[code] = (all[code] ?? 0) + n;
      return all;
    }, {}),
    writeErrorSamples: [...new Map(editors.flatMap((e) => [...e.samples])).values()],
    lost,
    duplicated,
    mismatched,
  };
}
