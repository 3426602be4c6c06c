// The per-module mutation floors that CI checks after Stryker: how a module's score is counted and what fails.
import { describe, expect, it } from 'vitest';
import { floorOf, floorProblems, moduleScores, percent, recordedFloors } from '../mutation/module-scores.ts';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });

describe('mutation scores per module', () => {
  it('counts killed and timed-out mutants as detected, over all valid mutants, and leaves out ignored and errors', () => {
    const scores = moduleScores({
      files: {
        'server/b.ts': mutants('Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError', 'RuntimeError'),
        'client/a.ts': mutants('Killed', 'Killed', 'Killed'),
        'server/c.ts': mutants('Ignored'),
      },
    });
    expect(scores).toEqual([
      { module: 'client/a.ts', detected: 3, survived: 0, noCoverage: 0, score: 100 },
      { module: 'server/b.ts', detected: 2, survived: 1, noCoverage: 1, score: 50 },
      { module: 'server/c.ts', detected: 0, survived: 0, noCoverage: 0, score: 100 },
    ]);
  });

  it('records a score rounded down to a tenth, so the score that set a floor meets it', () => {
    expect(floorOf(100)).toBe(100);
    expect(floorOf((100 * 2) / 3)).toBe(66.6);
    expect(floorOf(85.0)).toBe(85);
    expect(floorOf(84.99)).toBe(84.9);
    expect(floorOf((100 * 29) / 34)).toBe(85.2);
    expect(percent(100)).toBe('100.0%');
    expect(percent((100 * 2) / 3)).toBe('66.6%');
  });

  it('fails a module under its floor, a module without one, and a floor whose module was not mutated', () => {
    const scores = moduleScores({
      files: {
        'a.ts': mutants('Killed', 'Survived'),
        'b.ts': mutants('Killed', 'Killed', 'Killed', 'Survived'),
        'c.ts': mutants('Killed'),
      },
    });
    const problems = floorProblems(scores, { goal: 85, modules: { 'a.ts': 50, 'b.ts': 75.1, 'gone.ts': 90 } });
    expect(problems).toEqual([
      'b.ts: 75.0%, under its floor of 75.1%',
      'c.ts: no floor recorded (scored 100.0%)',
      'gone.ts: has a floor but was not mutated',
    ]);
  });

  it('passes scores that meet their floors exactly, under the goal or not', () => {
    const scores = moduleScores({ files: { 'a.ts': mutants('Killed', 'Killed', 'Survived') } });
    expect(floorProblems(scores, { goal: 85, modules: { 'a.ts': 66.6 } })).toEqual([]);
    expect(floorProblems(scores, { goal: 85, modules: { 'a.ts': 66.7 } })).toEqual([
      'a.ts: 66.6%, under its floor of 66.7%',
    ]);
  });

  it('records floors from a run, keeping the goal', () => {
    const scores = moduleScores({ files: { 'a.ts': mutants('Killed', 'Killed', 'Survived'), 'b.ts': mutants('Killed') } });
    expect(recordedFloors(scores, 85)).toEqual({ goal: 85, modules: { 'a.ts': 66.6, 'b.ts': 100 } });
  });
});
