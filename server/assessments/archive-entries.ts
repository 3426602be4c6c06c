// Between the rows the database keeps and an export file's entries, both ways: the drafts and findings the draft
// store keeps, the graph's entities, the targets of audit entries. The export reads them out with these, and the
// restore writes drafts back with them, so export, restore, export gives the same files.
import { kindOfLabel } from '../../shared/vocabulary.ts';
import { decodeDraft, encodeDraft, encodeFinding, fromStoredFinding, type StoredDraft, type StoredFinding } from '../review/stored-draft.ts';
import type { DraftEntry, DraftFindingEntry, EntityEntry } from './assessment-file.ts';

/** A draft and its findings as the draft store keeps them, as the export file lists them. */
export function toDraftEntry(stored: StoredDraft, findings: StoredFinding[]): DraftEntry {
  return {
    ...decodeDraft(stored),
    findings: findings.map((finding) => {
      const { draft, review, ...fields } = fromStoredFinding(finding);
      return {
        ...fields,
        number: Number(finding.number),
        review: { status: review.status as DraftFindingEntry['review']['status'], by: review.by, at: review.at },
      };
    }),
  };
}

/** The assessment an audit entry is about, by its target; null for tokens, entities and drafts no longer kept. */
export function assessmentOfTarget(target: string, draftAssessments: Map<string, string>): string | null {
  const colon = target.indexOf(':');
  const kind = target.slice(0, colon);
  const rest = target.slice(colon + 1);
  const beforeSlash = rest.split('/')[0]!;
  if (kind === 'assessment') return rest;
  if (kind === 'finding') return beforeSlash;
  if (kind === 'draft' || kind === 'draft-finding') return draftAssessments.get(beforeSlash) ?? null;
  return null;
}

/** An entity as entitiesForExportQuery returns it (its properties and labels), as an assessment file lists it. */
export function toEntityEntry(e: Record<string, unknown>): EntityEntry {
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
}

/** The drafts and their findings as restoreDraftsQuery writes them: with the properties the draft store keeps. */
export function draftRows(drafts: DraftEntry[]) {
  return drafts.map((draft) => ({
    createdAt: draft.createdAt,
    publishedAt: draft.publishedAt,
    draft: encodeDraft(draft),
    findings: draft.findings.map((finding) => ({ reviewedAt: finding.review.at, properties: encodeFinding(finding, draft.id) })),
  }));
}
