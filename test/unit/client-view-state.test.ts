// The view store keeps its own copy of the view state, tells each listener what changed, and stops telling one that left.
import { describe, expect, it } from 'vitest';
import { defaultViewState, readViewState } from '../../client/src/url-state.ts';
import { type Change, ViewStore } from '../../client/src/view-state.ts';

describe('ViewStore', () => {
  it('starts from a copy of the state it is given, with no marks', () => {
    const initial = readViewState('?select=fenmarsh-constabulary&hide=vetting');
    const store = new ViewStore(initial);
    expect(store.state).toEqual({ ...defaultViewState, selected: 'fenmarsh-constabulary', hidden: ['vetting'] });
    store.state.hidden.push('reducing-demand');
    expect(initial.hidden).toEqual(['vetting']);
    expect(store.marks).toEqual({ kind: 'none' });
  });

  it('tells every listener the changes of one emit together, until it unsubscribes', () => {
    const store = new ViewStore(defaultViewState);
    const first: Change[][] = [];
    const second: Change[][] = [];
    const stopFirst = store.onChange((changes) => first.push([...changes]));
    store.onChange((changes) => second.push([...changes]));
    store.emit('elements', 'selection', 'elements');
    expect(stopFirst()).toBe(true);
    store.emit('marks');
    expect(first).toEqual([['elements', 'selection']]);
    expect(second).toEqual([['elements', 'selection'], ['marks']]);
  });

  it('switches the panel and says so, but says nothing when it is already open', () => {
    const store = new ViewStore({ ...defaultViewState, panel: 'report' });
    const seen: Change[][] = [];
    store.onChange((changes) => seen.push([...changes]));
    store.setPanel('report');
    expect(seen).toEqual([]);
    store.setPanel('path');
    expect(store.state.panel).toBe('path');
    expect(seen).toEqual([['panel']]);
  });
});
