// The review's pure parts: spans cut into runs, selections trimmed, keys, the multipart upload, the session token,
// the draft's graph elements and the addresses that open a draft or a published assessment.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { draftElements, edgeId, findingOfEdge } from '../../client/src/review/draft-elements.ts';
import { assessmentAddress, draftInHash } from '../../client/src/review/mount-review.ts';
import { multipartRequest } from '../../client/src/review/multipart.ts';
import type { DraftFinding } from '../../client/src/review/review-api.ts';
import { commandFor } from '../../client/src/review/review-keys.ts';
import { createTokenKeeper } from '../../client/src/review/session-token.ts';
import { runsOf, trimmedSelection } from '../../client/src/review/text-spans.ts';
import { mayReview } from '../../client/src/review/viewer.ts';
import { stylesheet } from '../../client/src/style.ts';
import { readViewState } from '../../client/src/url-state.ts';

describe('runsOf', () => {
  it('cuts a sentence where spans start and end, each run naming the spans over it', () => {
    expect(runsOf(20, [{ id: 'a', start: 2, end: 10 }, { id: 'b', start: 5, end: 15 }])).toEqual([
      { start: 0, end: 2, findings: [] },
      { start: 2, end: 5, findings: ['a'] },
      { start: 5, end: 10, findings: ['a', 'b'] },
      { start: 10, end: 15, findings: ['b'] },
      { start: 15, end: 20, findings: [] },
    ]);
  });

  it('covers the sentence exactly, clipping spans past its ends and dropping empty ones', () => {
    expect(runsOf(10, [{ id: 'a', start: -3, end: 4 }, { id: 'b', start: 8, end: 30 }, { id: 'c', start: 6, end: 6 }])).toEqual([
      { start: 0, end: 4, findings: ['a'] },
      { start: 4, end: 8, findings: [] },
      { start: 8, end: 10, findings: ['b'] },
    ]);
    expect(runsOf(5, [])).toEqual([{ start: 0, end: 5, findings: [] }]);
  });
});

describe('trimmedSelection', () => {
  it('leaves out the spaces at either end, whichever way the selection was made', () => {
    const text = 'The force is  good at it.';
    expect(trimmedSelection(text, 3, 19)).toEqual({ start: 4, end: 18 });
    expect(trimmedSelection(text, 19, 3)).toEqual({ start: 4, end: 18 });
    expect(text.slice(4, 18)).toBe('force is  good');
  });

  it('is null for a selection of spaces only', () => {
    expect(trimmedSelection('a   b', 1, 4)).toBeNull();
  });
});

describe('commandFor', () => {
  const key = (k: string, modifiers: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

  it('binds j/k and the arrows to moving, a r e s n to the actions', () => {
    expect(['j', 'ArrowDown', 'ArrowRight', 'k', 'ArrowUp', 'ArrowLeft', 'a', 'r', 'e', 's', 'n', 'Escape'].map((k) => commandFor(key(k), false))).toEqual([
      'next', 'next', 'next', 'previous', 'previous', 'previous', 'accept', 'reject', 'edit', 'respan', 'add', 'close',
    ]);
  });

  it('leaves keys typed into a field alone, except Escape, and any key with a modifier', () => {
    expect(commandFor(key('a'), true)).toBeNull();
    expect(commandFor(key('Escape'), true)).toBe('close');
    expect(commandFor(key('a', { ctrlKey: true }), false)).toBeNull();
    expect(commandFor(key('r', { metaKey: true }), false)).toBeNull();
    expect(commandFor(key('x'), false)).toBeNull();
  });
});

describe('multipartRequest', () => {
  it('sends the operation with a null where the file goes, a map, and the file', async () => {
    const file = new File(['Harrowmere Police is good at it.'], 'harrowmere.txt', { type: 'text/plain' });
    const form = multipartRequest('mutation ($input: StartDraftInput!) { startDraft(input: $input) { id } }', { input: { force: 'Harrowmere Police', file: 'placeholder' } }, { 'input.file': file });
    expect([...form.keys()]).toEqual(['operations', 'map', '0']);
    expect(JSON.parse(form.get('operations') as string)).toEqual({
      query: 'mutation ($input: StartDraftInput!) { startDraft(input: $input) { id } }',
      variables: { input: { force: 'Harrowmere Police', file: null } },
    });
    expect(JSON.parse(form.get('map') as string)).toEqual({ 0: ['variables.input.file'] });
    const sent = form.get('0') as File;
    expect(sent.name).toBe('harrowmere.txt');
    expect(await sent.text()).toBe('Harrowmere Police is good at it.');
  });

  it('names a variable path that does not exist', () => {
    expect(() => multipartRequest('q', {}, { 'input.file': new Blob(['x']) })).toThrow(/no object at "input" of "input.file"/);
  });
});

/** sessionStorage as the browser has it, for the keeper to use. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('createTokenKeeper', () => {
  it('keeps the token in the storage it is given, trimmed, and forgets it on clear', () => {
    const storage = new MemoryStorage();
    const seen: (string | null)[] = [];
    const keeper = createTokenKeeper(storage);
    keeper.onChange((token) => seen.push(token));
    expect(keeper.get()).toBeNull();
    keeper.set('  pgt_secret\n');
    expect(keeper.get()).toBe('pgt_secret');
    expect(createTokenKeeper(storage).get()).toBe('pgt_secret');
    keeper.clear();
    expect(keeper.get()).toBeNull();
    expect(storage.length).toBe(0);
    expect(seen).toEqual(['pgt_secret', null]);
  });

  it('forgets a refused token, telling listeners the server’s reason', () => {
    const keeper = createTokenKeeper(new MemoryStorage());
    const seen: [string | null, string | undefined][] = [];
    keeper.set('pgt_revoked');
    keeper.onChange((token, refusal) => seen.push([token, refusal]));
    keeper.refuse('The token was revoked.');
    expect(keeper.get()).toBeNull();
    expect(seen).toEqual([[null, 'The token was revoked.']]);
  });

  it('stops telling a listener that unsubscribed', () => {
    const keeper = createTokenKeeper(new MemoryStorage());
    const seen: (string | null)[] = [];
    const stop = keeper.onChange((token) => seen.push(token));
    keeper.set('pgt_first');
    stop();
    keeper.clear();
    expect(seen).toEqual(['pgt_first']);
  });

  it('uses the tab’s sessionStorage by default, and memory where there is none', () => {
    const tab = new MemoryStorage();
    const pageStorage = Object.getOwnPropertyDescriptor(globalThis, 'sessionStorage');
    Object.defineProperty(globalThis, 'sessionStorage', { value: tab, configurable: true, writable: true });
    try {
      createTokenKeeper().set('pgt_tab');
      expect(tab.getItem('peel-graph.token')).toBe('pgt_tab');
    } finally {
      if (pageStorage) Object.defineProperty(globalThis, 'sessionStorage', pageStorage);
      else delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
    }
    const inMemory = createTokenKeeper(null);
    inMemory.set('pgt_memory');
    expect(inMemory.get()).toBe('pgt_memory');
    inMemory.clear();
    expect(inMemory.get()).toBeNull();
  });

  it('keeps the token in memory where the storage refuses it', () => {
    const refusing = new MemoryStorage();
    refusing.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    refusing.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const keeper = createTokenKeeper(refusing);
    keeper.set('pgt_memory');
    expect(keeper.get()).toBe('pgt_memory');
  });
});

const entity = (id: string, kind: DraftFinding['participants'][number]['entity']['kind'], existing = false) => ({ id, name: id.replace(/-/g, ' '), kind, existing });

function finding(id: string, overrides: Partial<DraftFinding> = {}): DraftFinding {
  return {
    id,
    sentence: 1,
    start: 0,
    end: 10,
    quote: 'quote',
    type: 'HAS_STRENGTH',
    judgement: 'STRENGTH',
    basis: 'STATED',
    status: 'ESTABLISHED',
    participants: [
      { role: 'SUBJECT', entity: entity('harrowmere-police', 'FORCE', true) },
      { role: 'OBJECT', entity: entity('preventing-crime', 'THEME') },
    ],
    relationships: [{ from: 'harrowmere-police', type: 'HAS_STRENGTH', to: 'preventing-crime' }],
    review: { status: 'DRAFT', by: null, at: null },
    cue: null,
    version: 1,
    ...overrides,
  };
}

describe('draftElements', () => {
  it('draws participants once each and every relationship as an edge named by its finding, in the explorer’s classes', () => {
    const elements = draftElements([
      finding('d/f1'),
      finding('d/f2', {
        type: 'WORKS_WITH',
        judgement: null,
        basis: 'INFERRED',
        review: { status: 'REJECTED', by: 'alice', at: '2026-12-01T00:00:00Z' },
        participants: [
          { role: 'SUBJECT', entity: entity('harrowmere-police', 'FORCE', true) },
          { role: 'PARTNER', entity: entity('local-schools', 'PARTNER') },
        ],
        relationships: [{ from: 'harrowmere-police', type: 'WORKS_WITH', to: 'local-schools' }],
      }),
    ]);
    expect(elements.map((element) => [element.group, element.data.id, element.classes])).toEqual([
      ['nodes', 'harrowmere-police', 'kind-force'],
      ['nodes', 'preventing-crime', 'kind-theme proposed'],
      ['nodes', 'local-schools', 'kind-partner proposed'],
      ['edges', 'd/f1~0', 'type-has-strength review-draft judgement-strength'],
      ['edges', 'd/f2~0', 'type-works-with review-rejected basis-inferred'],
    ]);
    expect(findingOfEdge(edgeId('a~b/f', 3))).toBe('a~b/f');
  });

  it('leaves out an edge whose end no participant names, so Cytoscape can take every element', () => {
    const elements = draftElements([finding('d/f1', { relationships: [{ from: 'harrowmere-police', type: 'HAS_STRENGTH', to: 'nowhere' }] })]);
    expect(elements.filter((element) => element.group === 'edges')).toEqual([]);
    const cy = cytoscape({ headless: true, elements, style: stylesheet() });
    expect(cy.nodes().length).toBe(2);
  });
});

describe('addresses', () => {
  it('reads the draft to review from #review=<id>', () => {
    expect(draftInHash('#review=draft%2Fharrowmere-2019')).toBe('draft/harrowmere-2019');
    expect(draftInHash('#review=')).toBeNull();
    expect(draftInHash('#other')).toBeNull();
    expect(draftInHash('')).toBeNull();
  });

  it('opens a published assessment in the explorer by its id', () => {
    const address = assessmentAddress('harrowmere-police-peel-2019');
    expect(address).toBe('?source=harrowmere-police-peel-2019');
    expect(readViewState(address).source).toBe('harrowmere-police-peel-2019');
  });
});

describe('mayReview', () => {
  it('lets editors and admins review, not readers or no one', () => {
    expect(([null, { name: 'r', role: 'READER' }, { name: 'e', role: 'EDITOR' }, { name: 'a', role: 'ADMIN' }] as const).map((viewer) => mayReview(viewer))).toEqual([false, false, true, true]);
  });
});
