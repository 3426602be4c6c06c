// What a whole-database restore refuses before it writes, and the draft rows it writes, which the export reads back as they were.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { AssessmentArchiveFile, DraftEntry } from '../../server/assessments/assessment-file.ts';
import { draftRows, toDraftEntry } from '../../server/assessments/archive-entries.ts';
import { checkDistinct, type NamedArchiveFile, RestoreTargetNotEmptyError, restoreEverything } from '../../server/assessments/restore-all.ts';
import { fromStoredFinding, type StoredDraft, type StoredFinding, toStored } from '../../server/review/stored-draft.ts';
import { draftEntry, drafting, force, inspector, partnership } from '../fixtures/fenmarsh-draft.ts';

function archive(assessmentId: string | null, drafts: DraftEntry[], auditIds: string[] = []): AssessmentArchiveFile {
  return {
    format: 'peel-graph/assessment',
    version: 2,
    assessment:
      assessmentId === null
        ? null
        : {
            id: assessmentId,
            title: 'Fenmarsh Constabulary PEEL 2026',
            force: 'fenmarsh-constabulary',
            inspector: null,
            kind: 'peel',
            year: 2026,
            yearBasis: 'STATED',
            published: null,
            url: null,
            licence: null,
            fictional: true,
            file: null,
            text: 'The force vets well.',
            sentences: ['The force vets well.'],
          },
    entities: [],
    findings: [],
    drafts,
    audit: auditIds.map((id) => ({ id, at: '2026-11-03T09:00:00.000Z', actor: 'local:editor', action: 'DRAFT_STARTED', target: 'draft:x', before: null, after: null })),
  };
}

/** What Neo4j holds after restoreDraftsQuery sets a row (and what allDraftsQuery then returns, datetimes as text). */
function asStored(row: ReturnType<typeof draftRows>[number]): { draft: StoredDraft; findings: StoredFinding[] } {
  return {
    draft: { ...row.draft, createdAt: row.createdAt, publishedAt: row.publishedAt },
    findings: row.findings.map((f) => ({ ...f.properties, reviewedAt: f.reviewedAt }) as StoredFinding),
  };
}

describe('checkDistinct', () => {
  it('lets files through that share no assessment, draft or audit entry', () => {
    expect(() =>
      checkDistinct([
        { name: 'fenmarsh-2026.json', file: archive('fenmarsh-2026', [draftEntry('draft-1', 'fenmarsh-2026')], ['audit-1', 'audit-2']) },
        { name: 'greywater-2025.json', file: archive(null, [draftEntry('draft-2', 'greywater-2025')], ['audit-3']) },
      ]),
    ).not.toThrow();
  });

  it('refuses two files of one assessment, published or draft only, naming both files', () => {
    expect(() =>
      checkDistinct([
        { name: 'a.json', file: archive('fenmarsh-2026', []) },
        { name: 'b.json', file: archive('fenmarsh-2026', []) },
      ]),
    ).toThrow(new Error('b.json and a.json both hold assessment fenmarsh-2026'));
    expect(() =>
      checkDistinct([
        { name: 'a.json', file: archive('fenmarsh-2026', []) },
        { name: 'c.json', file: archive(null, [draftEntry('draft-3', 'fenmarsh-2026')]) },
      ]),
    ).toThrow(new Error('c.json and a.json both hold assessment fenmarsh-2026'));
  });

  it('refuses a draft or an audit entry that two files hold', () => {
    expect(() =>
      checkDistinct([
        { name: 'a.json', file: archive('fenmarsh-2026', [draftEntry('draft-1', 'fenmarsh-2026')]) },
        { name: 'b.json', file: archive('greywater-2025', [draftEntry('draft-1', 'greywater-2025')]) },
      ]),
    ).toThrow(new Error('b.json and a.json both hold draft draft-1'));
    expect(() =>
      checkDistinct([
        { name: 'a.json', file: archive('fenmarsh-2026', [], ['audit-1']) },
        { name: 'b.json', file: archive('greywater-2025', [], ['audit-2', 'audit-1']) },
      ]),
    ).toThrow(new Error('b.json and a.json both hold audit entry audit-1'));
  });

  it('keeps kinds of id apart: a draft may share its id with an audit entry', () => {
    expect(() => checkDistinct([{ name: 'a.json', file: archive('x', [draftEntry('x', 'x')], ['x']) }])).not.toThrow();
  });
});

describe('restoreEverything', () => {
  it('refuses files that overlap before it opens a session', async () => {
    // Nothing listens on this address: reaching the database at all would fail differently.
    const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused'), { maxTransactionRetryTime: 0, connectionTimeout: 1000 });
    const files: NamedArchiveFile[] = [
      { name: 'a.json', file: archive('fenmarsh-2026', []) },
      { name: 'b.json', file: archive('fenmarsh-2026', []) },
    ];
    try {
      await expect(restoreEverything(driver, files)).rejects.toThrow(new Error('b.json and a.json both hold assessment fenmarsh-2026'));
    } finally {
      await driver.close();
    }
  });
});

describe('RestoreTargetNotEmptyError', () => {
  it('names only what the database holds, and says nothing was written', () => {
    const holds = { assessments: 2, findings: 0, drafts: 1, 'draft findings': 0, 'audit entries about assessments or drafts': 5 };
    const error = new RestoreTargetNotEmptyError(holds);
    expect(error.message).toBe(
      'the database is not empty (it holds 2 assessments, 1 drafts, 5 audit entries about assessments or drafts): a whole-database export is restored ' +
        'only into a database without assessments, drafts or their audit entries, such as a new NEO4J_DATA_DIR; nothing was written',
    );
    expect(error.holds).toBe(holds);
    expect(error.name).toBe('RestoreTargetNotEmptyError');
  });
});

describe('draftRows', () => {
  it('writes a draft so that the export reads it back as it was', () => {
    const drafts = [draftEntry('draft-1', 'fenmarsh-2026'), draftEntry('draft-2', 'fenmarsh-2026', { force: null, inspector: null, year: null, publishedAt: null, findings: [] })];
    const rows = draftRows(drafts);
    expect(rows.map((row) => toDraftEntry(asStored(row).draft, asStored(row).findings))).toEqual(drafts);
  });

  it('writes the named entities and participants as JSON text, and no entity as null', () => {
    const [full, bare] = draftRows([draftEntry('draft-1', 'fenmarsh-2026'), draftEntry('draft-2', 'fenmarsh-2026', { force: null, inspector: null })]);
    expect(full!.draft.force).toBe(JSON.stringify(force));
    expect(full!.draft.inspector).toBe(JSON.stringify(inspector));
    expect(bare!.draft.force).toBeNull();
    expect(bare!.draft.inspector).toBeNull();
    expect(full!.findings[1]!.properties.participants).toBe(JSON.stringify(partnership));
    expect(full!.findings.map((f) => [f.properties.draft, f.reviewedAt])).toEqual([
      ['draft-1', '2026-11-03T09:00:00.250Z'],
      ['draft-1', null],
    ]);
  });

  it('writes the properties the draft store writes, so the review pages read a restored finding as they read their own', () => {
    const started = toStored({ id: 'draft-5', assessment: 'fenmarsh-2026', title: 'Fenmarsh', force, inspector: null, createdBy: 'local:editor', text: 'The force vets well.', draft: drafting() });
    const [row] = draftRows([draftEntry('draft-1', 'fenmarsh-2026')]);
    expect(Object.keys(row!.draft).sort()).toEqual(Object.keys(started.draft).sort());
    expect(Object.keys(row!.findings[0]!.properties).sort()).toEqual(Object.keys(started.findings[0]!).sort());
    const restored = asStored(row!).findings.map(fromStoredFinding);
    expect(restored[1]).toMatchObject({ id: 'draft-1/f2', participants: partnership, review: { status: 'DRAFT', by: null, at: null, reason: null } });
  });
});
