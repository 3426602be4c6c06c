// Reads an assessment file's JSON text: refuses what is not JSON or not a publishable assessment, naming the file,
// the line and the field of each problem (`assessments/x.json:41: findings[3].quote is not the text of …`).
import { findNodeAtLocation, type Node, type ParseError, parseTree } from 'jsonc-parser';
import { AssessmentFileError, type AssessmentProblem, type FieldPath, type LocatedProblem } from './assessment-file-error.ts';
import type { AssessmentArchiveFile, AssessmentFile } from './assessment-file.ts';
import { archiveProblems } from './validate-archive.ts';
import { assessmentProblems } from './validate-assessment.ts';

/** 1-based line of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(offset, text.length); i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * The line of a field: where its value starts, or, for a field that is missing, where the nearest enclosing entry
 * starts (a finding, an entity), since that is where it should be added.
 */
function lineOfPath(text: string, root: Node | undefined, path: FieldPath): number {
  for (let length = path.length; length >= 0 && root !== undefined; length -= 1) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node !== undefined) {
      // A field that is not in the schema is reported at its key, which findNodeAtLocation gives as its value's parent.
      const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
      return lineOf(text, at);
    }
  }
  return 1;
}

/**
 * Where JSON.parse stopped: its message gives the position on most inputs; a lenient parser's first error otherwise.
 * A message without a position quotes the text near the error, which may itself hold "at position", so only the words
 * before any quote are read.
 */
function syntaxErrorOffset(text: string, error: Error): number {
  const position = /^[^"]* at position (\d+)/.exec(error.message);
  if (position) return Number(position[1]);
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  return errors[0]?.offset ?? text.length;
}

/** Parses and checks one file; `file` names it in every error (a path as the user gave it). */
export function parseAssessmentFile(json: string, file: string): AssessmentFile {
  return parseChecked(json, file, assessmentProblems) as AssessmentFile;
}

/** Parses and checks one file of a whole-database export (version 2), naming problems the same way. */
export function parseArchiveFile(json: string, file: string): AssessmentArchiveFile {
  return parseChecked(json, file, archiveProblems) as AssessmentArchiveFile;
}

function parseChecked(json: string, file: string, check: (value: unknown) => AssessmentProblem[]): unknown {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const offset = syntaxErrorOffset(json, error as Error);
    throw new AssessmentFileError(file, [{ path: [], problem: `is not valid JSON (${(error as Error).message})`, line: lineOf(json, offset) }]);
  }
  const problems = check(value);
  if (problems.length > 0) {
    const root = parseTree(json);
    const located: LocatedProblem[] = problems.map((problem) => ({ ...problem, line: lineOfPath(json, root, problem.path) }));
    throw new AssessmentFileError(file, located);
  }
  return value;
}

/** Checks an assessment built in memory (a draft being published): the same checks, without lines. */
export function assertValidAssessment(file: AssessmentFile): void {
  const problems = assessmentProblems(file);
  if (problems.length > 0) {
    const name = typeof file?.assessment?.id === 'string' ? `assessment ${file.assessment.id}` : 'assessment';
    throw new AssessmentFileError(name, problems.map((problem) => ({ ...problem, line: null })));
  }
}
