// The error of an assessment file that cannot be published or imported: every problem found, each with the file,
// the line and the field it is about, so a person can go straight to it.

/** Where a field is: keys and list positions from the top of the document, e.g. ['findings', 3, 'quote']. */
export type FieldPath = (string | number)[];

export interface AssessmentProblem {
  path: FieldPath;
  /** Says what is wrong, to follow the field's path: "is not the text of sentence 7 from 12 to 40". */
  problem: string;
}

export interface LocatedProblem extends AssessmentProblem {
  /** 1-based; null when the file is not JSON text (an assessment built in memory). */
  line: number | null;
}

/** `findings[3].quote`; the whole document is `the file`. */
export function formatPath(path: FieldPath): string {
  if (path.length === 0) return 'the file';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

export function formatProblem(file: string, problem: LocatedProblem): string {
  const where = problem.line === null ? file : `${file}:${problem.line}`;
  return `${where}: ${formatPath(problem.path)} ${problem.problem}`;
}

/** A file's problems are listed up to this many in the message; the error keeps them all. */
const listedProblems = 20;

export class AssessmentFileError extends Error {
  override name = 'AssessmentFileError';
  readonly code = 'BAD_ASSESSMENT_FILE';
  /** The first problem's line, where an editor opens the file. */
  readonly line: number | null;

  constructor(
    readonly file: string,
    readonly problems: LocatedProblem[],
  ) {
    const shown = problems.slice(0, listedProblems).map((problem) => formatProblem(file, problem));
    const more = problems.length > listedProblems ? [`… and ${problems.length - listedProblems} more problems`] : [];
    super([...shown, ...more].join('\n'));
    this.line = problems[0]?.line ?? null;
  }
}
