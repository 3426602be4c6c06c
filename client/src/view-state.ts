// The explorer's view state: what the user is looking at (the URL's view state and the current marks), and news of its changes.
import type { Path } from './model.ts';
import type { PartnerStory } from './narrative.ts';
import type { PanelName, ViewState } from './url-state.ts';

/** `assessments`: other assessments were chosen and the graph must load again; `analysis`: a comparison or diff opened or closed. */
export type Change = 'elements' | 'selection' | 'marks' | 'layout' | 'filters' | 'history' | 'panel' | 'data' | 'assessments' | 'analysis';

export type Marks =
  | { kind: 'none' }
  | { kind: 'path'; from: string; to: string; path: Path | null }
  | { kind: 'partners'; partner: string; stories: PartnerStory[] }
  | { kind: 'sentence'; index: number }
  | { kind: 'search'; id: string };

export type ChangeListener = (changes: ReadonlySet<Change>) => void;

export class ViewStore {
  state: ViewState;
  marks: Marks = { kind: 'none' };
  private readonly listeners = new Set<ChangeListener>();

  constructor(initial: ViewState) {
    this.state = structuredClone(initial);
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(...changes: Change[]): void {
    const set = new Set(changes);
    for (const listener of this.listeners) listener(set);
  }

  setPanel(panel: PanelName): void {
    if (this.state.panel === panel) return;
    this.state.panel = panel;
    this.emit('panel');
  }
}
