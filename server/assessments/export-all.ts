// Reads the whole database's assessments out as files of version 2, one per assessment id: the published assessment
// (as version 1 has it), every draft that publishes as it, and the audit entries about them. Read in one transaction,
// so the files agree with each other.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { kindOfLabel } from '../../shared/vocabulary.ts';
import type { StoredDraft, StoredFinding } from '../review/stored-draft.ts';
import {
  type AssessmentArchiveFile,
  assessmentArchiveVersion,
  assessmentFileFormat,
  type AuditEntryEntry,
  type DraftEntityEntry,
  type DraftEntry,
  type EntityEntry,
} from './assessment-file.ts';
import { exportAssessment } from './export-assessment.ts';
import { allAuditEntriesQuery, allDraftsQuery, assessmentIdsQuery, entitiesForExportQuery } from './queries.ts';
import { canonicalArchive } from './serialize-assessment.ts';

export interface WholeExport {
  files: AssessmentArchiveFile[];
  /** Audit entries about no assessment or draft the export holds: tokens, entity merges, discarded drafts. */
  unassignedAudit: number;
}

const iso = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(value as string).toISOString());
const parse = <T>(json: unknown): T | null => (typeof json === 'string' ? (JSON.parse(json) as T) : null);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function toDraftEntry(stored: StoredDraft, findings: StoredFinding[]): DraftEntry {
  const starts = stored.sentenceStarts.map(Number);
  const ends = stored.sentenceEnds.map(Number);
  return {
    id: stored.id,
    assessment: stored.assessment,
    title: stored.title,
    force: parse<DraftEntityEntry>(stored.force),
    inspector: parse<DraftEntityEntry>(stored.inspector),
    year: stored.year === null || stored.year === undefined ? null : Number(stored.year),
    published: stored.published ?? null,
    kind: stored.kind ?? null,
    url: stored.url ?? null,
    fictional: stored.fictional === true,
    fromText: stored.fromText ?? [],
    file: stored.file ?? null,
    format: stored.format,
    text: stored.text,
    sentences: starts.map((start, i) => ({ start, end: ends[i]! })),
    createdBy: stored.createdBy,
    createdAt: iso(stored.createdAt)!,
    publishedAt: iso(stored.publishedAt),
    findings: findings.map((f) => ({
      id: f.id,
      number: Number(f.number),
      sentence: Number(f.sentence),
      start: Number(f.start),
      end: Number(f.end),
      quote: f.quote,
      type: f.type,
      judgement: f.judgement ?? null,
      basis: f.basis,
      status: f.status,
      inferredFrom: (f.inferredFrom ?? []).map(Number),
      participants: parse<DraftEntry['findings'][number]['participants']>(f.participants) ?? [],
      review: { status: f.review as DraftEntry['findings'][number]['review']['status'], by: f.reviewedBy ?? null, at: iso(f.reviewedAt) },
      cue: f.cue ?? null,
      confidence: f.confidence ?? null,
      version: Number(f.version),
    })),
  };
}

/** The assessment an audit entry is about, by its target; null for tokens, entities and drafts no longer kept. */
function assessmentOfTarget(target: string, draftAssessments: Map<string, string>): string | null {
  const colon = target.indexOf(':');
  const kind = target.slice(0, colon);
  const rest = target.slice(colon + 1);
  const beforeSlash = rest.split('/')[0]!;
  if (kind === 'assessment') return rest;
  if (kind === 'finding') return beforeSlash;
  if (kind === 'draft' || kind === 'draft-finding') return draftAssessments.get(beforeSlash) ?? null;
  return null;
}

/** The graph's entities of these ids, as an assessment file lists them. */
async function graphEntities(tx: ManagedTransaction, ids: string[]): Promise<EntityEntry[]> {
  if (ids.length === 0) return [];
  const { records } = await tx.run(entitiesForExportQuery, { ids });
  return records.map((record) => {
    const e = record.get('entity') as Record<string, unknown>;
    const labels = e.labels as string[];
    const kind = labels.map((label) => kindOfLabel.get(label)).find((k) => k !== undefined);
    if (kind === undefined) throw new Error(`entity ${String(e.id)} has no known kind label (labels: ${labels.join(', ')})`);
    return {
      id: e.id as string,
      kind,
      name: e.name as string,
      pillar: (e.pillar ?? null) as EntityEntry['pillar'],
      aliases: (e.aliases as string[] | null) ?? [],
      summary: (e.summary ?? null) as string | null,
    };
  });
}

export async function exportEverything(driver: Driver, options: { database?: string } = {}): Promise<WholeExport> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const published = (await tx.run(assessmentIdsQuery)).records.map((r) => r.get('id') as string);
      const drafts = (await tx.run(allDraftsQuery)).records.map((r) => toDraftEntry(r.get('draft') as StoredDraft, r.get('findings') as StoredFinding[]));
      const audit = (await tx.run(allAuditEntriesQuery)).records.map(
        (r): AuditEntryEntry => ({
          id: r.get('id'),
          at: iso(r.get('at'))!,
          actor: r.get('actor'),
          action: r.get('action'),
          target: r.get('target'),
          before: r.get('before') ?? null,
          after: r.get('after') ?? null,
        }),
      );
      const draftAssessments = new Map(drafts.map((d) => [d.id, d.assessment]));
      const ids = [...new Set([...published, ...drafts.map((d) => d.assessment)])].sort(compare);
      const publishedIds = new Set(published);
      const byAssessment = new Map(ids.map((id) => [id, [] as AuditEntryEntry[]]));
      let unassignedAudit = 0;
      for (const entry of audit) {
        const list = byAssessment.get(assessmentOfTarget(entry.target, draftAssessments) ?? '');
        if (list) list.push(entry);
        else unassignedAudit += 1;
      }
      const files: AssessmentArchiveFile[] = [];
      for (const id of ids) {
        const own = publishedIds.has(id) ? await exportAssessment(tx, id) : null;
        const itsDrafts = drafts.filter((d) => d.assessment === id);
        // Entities the drafts name as the graph's own: kept with the file, so a restored draft still finds them.
        const named = new Set<string>();
        for (const draft of itsDrafts) {
          for (const entity of [draft.force, draft.inspector, ...draft.findings.flatMap((f) => f.participants.map((p) => p.entity))]) {
            if (entity?.existing) named.add(entity.id);
          }
        }
        const listed = new Set((own?.entities ?? []).map((e) => e.id));
        const extra = await graphEntities(tx, [...named].filter((entityId) => !listed.has(entityId)).sort(compare));
        files.push(
          canonicalArchive({
            format: assessmentFileFormat,
            version: assessmentArchiveVersion,
            assessment: own?.assessment ?? null,
            entities: [...(own?.entities ?? []), ...extra].sort((a, b) => compare(a.id, b.id)),
            findings: own?.findings ?? [],
            drafts: itsDrafts,
            audit: byAssessment.get(id)!,
          }),
        );
      }
      return { files, unassignedAudit };
    });
  } finally {
    await session.close();
  }
}
