// Each mutated module's score from a Stryker JSON report, and the modules that fall below their recorded floor.

/** The part of a mutation-testing-report-schema report that scoring reads. */
export interface MutationReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

export interface ModuleScore {
  module: string;
  /** Killed or timed out: a test noticed the change. */
  detected: number;
  survived: number;
  /** Mutants in code that no unit test runs. */
  noCoverage: number;
  /** Detected over all valid mutants, in percent; 100 for a module whose mutants are all ignored. */
  score: number;
}

export interface Floors {
  /** The score every module should reach (issue #19); a module under it is listed, not failed. */
  goal: number;
  /** The score under which each module fails the run: its last recorded score. */
  modules: Record<string, number>;
}

const detectedStatuses = new Set(['Killed', 'Timeout']);

/** Scores per module, in the order of their paths. Ignored, compile-error and runtime-error mutants do not count,
 * as in Stryker's own score. */
export function moduleScores(report: MutationReport): ModuleScore[] {
  return Object.entries(report.files)
    .map(([module, { mutants }]) => {
      const count = (status: string) => mutants.filter((mutant) => mutant.status === status).length;
      const detected = mutants.filter((mutant) => detectedStatuses.has(mutant.status)).length;
      const survived = count('Survived');
      const noCoverage = count('NoCoverage');
      const valid = detected + survived + noCoverage;
      return { module, detected, survived, noCoverage, score: valid === 0 ? 100 : (100 * detected) / valid };
    })
    .sort((a, b) => a.module.localeCompare(b.module));
}

/** A score as recorded: rounded down to a tenth, so the score that set a floor always meets it. */
export function floorOf(score: number): number {
  return Math.floor(score * 10 + 1e-9) / 10;
}

/** What fails the run: a module under its floor, a module with no floor, a floor whose module the run did not score. */
export function floorProblems(scores: ModuleScore[], floors: Floors): string[] {
  const problems: string[] = [];
  const scored = new Set(scores.map((score) => score.module));
  for (const { module, score } of scores) {
    const floor = floors.modules[module];
    if (floor === undefined) problems.push(`${module}: no floor recorded (scored ${percent(score)})`);
    else if (floorOf(score) < floor) problems.push(`${module}: ${percent(score)}, under its floor of ${floor}%`);
  }
  for (const module of Object.keys(floors.modules)) {
    if (!scored.has(module)) problems.push(`${module}: has a floor but was not mutated`);
  }
  return problems;
}

/** A score as the run prints it: the recorded tenth. */
export function percent(score: number): string {
  return `${floorOf(score).toFixed(1)}%`;
}

/** Floors that record these scores: what `--record` writes after tests have been added. */
export function recordedFloors(scores: ModuleScore[], goal: number): Floors {
  return { goal, modules: Object.fromEntries(scores.map(({ module, score }) => [module, floorOf(score)])) };
}
