// Undo and redo of the steps that change what is on the canvas (expand, show more, collapse, hide).

export interface Step {
  /** Said in the status line and on the undo button: "Undo expand Cheshire Constabulary". */
  label: string;
  undo(): void;
  redo(): void;
}

export class History {
  private past: Step[] = [];
  private future: Step[] = [];

  constructor(private readonly limit = 100) {}

  /** Records a step that has just been done; anything that had been undone can no longer be redone. */
  push(step: Step): void {
    this.past.push(step);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  undo(): Step | undefined {
    const step = this.past.pop();
    if (!step) return undefined;
    step.undo();
    this.future.push(step);
    return step;
  }

  redo(): Step | undefined {
    const step = this.future.pop();
    if (!step) return undefined;
    step.redo();
    this.past.push(step);
    return step;
  }

  get nextUndo(): Step | undefined {
    return this.past.at(-1);
  }

  get nextRedo(): Step | undefined {
    return this.future.at(-1);
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
