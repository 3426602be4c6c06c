// Undo and redo: steps come back in order, and a new step clears what could be redone.
import { describe, expect, it } from 'vitest';
import { History } from '../../client/src/history.ts';

function counterStep(log: string[], name: string) {
  return { label: name, undo: () => log.push(`undo ${name}`), redo: () => log.push(`redo ${name}`) };
}

describe('history', () => {
  it('undoes last first and redoes in order', () => {
    const log: string[] = [];
    const history = new History();
    history.push(counterStep(log, 'expand'));
    history.push(counterStep(log, 'hide'));
    expect(history.undo()?.label).toBe('hide');
    expect(history.undo()?.label).toBe('expand');
    expect(history.undo()).toBeUndefined();
    expect(history.redo()?.label).toBe('expand');
    expect(log).toEqual(['undo hide', 'undo expand', 'redo expand']);
    expect(history.nextRedo?.label).toBe('hide');
  });

  it('has nothing to undo or redo when new, or after clear, and names the step undo would take back', () => {
    const log: string[] = [];
    const history = new History();
    expect([history.undo(), history.redo(), history.nextUndo, history.nextRedo]).toEqual([undefined, undefined, undefined, undefined]);
    history.push(counterStep(log, 'expand'));
    history.push(counterStep(log, 'hide'));
    history.push(counterStep(log, 'collapse'));
    expect(history.nextUndo?.label).toBe('collapse');
    history.undo();
    expect([history.nextUndo?.label, history.nextRedo?.label]).toEqual(['hide', 'collapse']);
    history.clear();
    expect([history.nextUndo, history.nextRedo, history.undo(), history.redo()]).toEqual([undefined, undefined, undefined, undefined]);
    expect(log).toEqual(['undo collapse']);
  });

  it('forgets the redo branch when a new step is taken, and keeps at most its limit', () => {
    const log: string[] = [];
    const history = new History(2);
    history.push(counterStep(log, 'a'));
    history.undo();
    history.push(counterStep(log, 'b'));
    expect(history.nextRedo).toBeUndefined();
    history.push(counterStep(log, 'c'));
    history.push(counterStep(log, 'd'));
    expect([history.undo()?.label, history.undo()?.label, history.undo()]).toEqual(['d', 'c', undefined]);
  });
});
