// Reading a file of a whole-database export (version 2): what passes, and each kind of mistake named by file, line and
// field, before anything is written.
import { describe, expect, it } from 'vitest';
import type { AssessmentArchiveFile } from '../../server/assessments/assessment-file.ts';
import { parseArchiveFile, parseAssessmentFile } from '../../server/assessments/parse-assessment-file.ts';
import { serializeArchive, serializeAssessment } from '../../server/assessments/serialize-assessment.ts';
import { fictionalAssessment, fictionalDraft } from '../support/fictional-assessment.ts';


/** A published assessment with one draft of it under review and three audit entries. */
function archive(): AssessmentArchiveFile {
  const published = fictionalAssessment({ name: 'archive-vale', sentences: 2 });
  return {
    ...published,
    version: 2,
    drafts: [fictionalDraft('archive-vale')],
    audit: [
      { id: 'e1', at: '2026-12-01T08:00:00.000Z', actor: 'local:admin', action: 'ASSESSMENT_IMPORTED', target: `assessment:${published.assessment.id}`, before: null, after: '{"findings":4}' },
      { id: 'e2', at: '2026-12-01T09:00:00.000Z', actor: 'alice', action: 'DRAFT_STARTED', target: 'draft:draft-0a1b2c', before: null, after: '{"findings":1}' },
      { id: 'e3', at: '2026-12-01T09:05:00.000Z', actor: 'alice', action: 'DRAFT_FINDING_ACCEPTED', target: 'draft-finding:draft-0a1b2c/f1', before: '{"review":"DRAFT"}', after: '{"review":"ACCEPTED"}' },
    ],
  };
}

function refusal(json: string): string {
  try {
    parseArchiveFile(json, 'backup/x.json');
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

/** The line of `needle`'s first occurrence after `after` (the drafts start after the published findings). */
const lineOf = (json: string, needle: string, after = '"drafts"') => json.slice(0, json.indexOf(needle, json.indexOf(after))).split('\n').length;

describe('a file of a whole-database export', () => {
  it('reads back as written, published part, drafts and audit entries alike', () => {
    const file = archive();
    expect(parseArchiveFile(serializeArchive(file), 'x.json')).toEqual(file);
  });

  it('holds an assessment that exists only as drafts: no assessment, no findings', () => {
    const file = { ...archive(), assessment: null, findings: [] };
    expect(refusal(serializeArchive(file))).toBe('accepted');
    const published = JSON.stringify({ ...archive(), assessment: null }, null, 2);
    expect(refusal(published)).toBe(`backup/x.json:${lineOf(published, '"findings"', '')}: findings must be empty when assessment is null (nothing is published)`);
  });

  it.each([
    ['a draft finding whose quote is not its sentence', (f: AssessmentArchiveFile) => void (f.drafts[0]!.findings[0]!.quote = 'The force works well'), '"quote": "The force works well"', 'drafts[0].findings[0].quote is not the text of sentence 1 from 0 to 37'],
    ['a draft finding numbered apart from its id', (f: AssessmentArchiveFile) => void (f.drafts[0]!.findings[0]!.number = 3), '"id": "draft-0a1b2c/f1"', 'drafts[0].findings[0].id must be draft-0a1b2c/f3, not "draft-0a1b2c/f1"'],
    ['a review a draft cannot have', (f: AssessmentArchiveFile) => void ((f.drafts[0]!.findings[0]!.review as { status: string }).status = 'DISPUTED'), '"status": "DISPUTED"', 'drafts[0].findings[0].review.status must be one of DRAFT, ACCEPTED, REJECTED, not "DISPUTED"'],
    ['a draft of another assessment', (f: AssessmentArchiveFile) => void (f.drafts[0]!.assessment = 'elsewhere'), '"assessment": "elsewhere"', 'drafts[0].assessment must be "fictional-archive-vale", the file\'s assessment, not "elsewhere"'],
    ['a time spelt another way', (f: AssessmentArchiveFile) => void (f.drafts[0]!.createdAt = '2026-12-01 09:00'), '"createdAt": "2026-12-01 09:00"', 'drafts[0].createdAt "2026-12-01 09:00" is not a UTC time as 2026-12-01T09:30:00.000Z'],
    ['an unknown audit action', (f: AssessmentArchiveFile) => void (f.audit[1]!.action = 'DRAFT_EATEN'), '"action": "DRAFT_EATEN"', 'audit[1].action must be one of'],
    ['audit values that are not JSON', (f: AssessmentArchiveFile) => void (f.audit[2]!.after = '{review'), '"after": "{review"', 'audit[2].after is not JSON text'],
    ['two audit entries of one id', (f: AssessmentArchiveFile) => void (f.audit[2]!.id = 'e1'), '"id": "e1",\n      "at": "2026-12-01T09:05', 'audit[2].id "e1" is the id of an earlier entry'],
  ])('refuses %s, naming the line and field', (_name, change, needle, message) => {
    const file = archive();
    change(file);
    const json = serializeArchive(file);
    expect(refusal(json)).toContain(`backup/x.json:${lineOf(json, needle)}: ${message}`);
  });

  it('is not a single assessment file, and a single assessment file is not one of an export', () => {
    const json = serializeArchive(archive());
    expect(() => parseAssessmentFile(json, 'x.json')).toThrow(/version is 2, a file of a whole-database export: restore its folder with npm run import -- --all/);
    const single = serializeAssessment(fictionalAssessment({ name: 'single-vale' }));
    expect(refusal(single)).toContain('version must be 2 (a file of a whole-database export), not 1: import a single assessment file without --all');
  });
});
