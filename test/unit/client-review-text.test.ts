// The review's text: every finding marked on its span as plain text nodes, a click on a mark picking the next finding
// there, and a selection read back as trimmed offsets in one sentence, on a small stand-in for the browser's DOM.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftFinding } from '../../client/src/review/review-api.ts';
import { mountReviewText } from '../../client/src/review/review-text.ts';

/** Just the parts of the DOM that the review text and ui/dom.ts use, with the browser's meaning. */
class FakeNode {
  parentNode: FakeElement | null = null;

  get textContent(): string {
    return '';
  }

  contains(other: FakeNode): boolean {
    for (let node: FakeNode | null = other; node; node = node.parentNode) if (node === this) return true;
    return false;
  }
}

class FakeText extends FakeNode {
  constructor(readonly data: string) {
    super();
  }

  override get textContent(): string {
    return this.data;
  }
}

class FakeElement extends FakeNode {
  readonly childNodes: FakeNode[] = [];
  readonly attributes = new Map<string, string>();
  readonly listeners = new Map<string, (() => void)[]>();
  readonly scrolls: unknown[] = [];
  className = '';

  constructor(readonly tagName: string) {
    super();
  }

  override get textContent(): string {
    return this.childNodes.map((child) => child.textContent).join('');
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }

  addEventListener(type: string, listener: () => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  click(): void {
    for (const listener of this.listeners.get('click') ?? []) listener();
  }

  appendChild(child: FakeNode): void {
    child.parentNode = this;
    this.childNodes.push(child);
  }

  replaceChildren(): void {
    for (const child of this.childNodes) child.parentNode = null;
    this.childNodes.length = 0;
  }

  /** Only `tag.class`, the one form the module asks for. */
  querySelector(selector: string): FakeElement | null {
    const [tag, className] = selector.split('.');
    for (const element of this.descendants()) if (element.tagName === tag && element.className.split(' ').includes(className as string)) return element;
    return null;
  }

  descendants(): FakeElement[] {
    return this.childNodes.flatMap((child) => (child instanceof FakeElement ? [child, ...child.descendants()] : []));
  }

  scrollIntoView(options: unknown): void {
    this.scrolls.push(options);
  }
}

/** Characters of `root`'s text before a boundary point: in a text node an offset counts characters, in an element children. */
function charactersBefore(root: FakeNode, node: FakeNode, offset: number): number {
  let count = node instanceof FakeText ? offset : (node as FakeElement).childNodes.slice(0, offset).reduce((sum, child) => sum + child.textContent.length, 0);
  for (let at = node; at !== root && at.parentNode; at = at.parentNode) {
    const siblings = at.parentNode.childNodes;
    count += siblings.slice(0, siblings.indexOf(at)).reduce((sum, sibling) => sum + sibling.textContent.length, 0);
  }
  return count;
}

class FakeRange {
  startContainer: FakeNode | null = null;
  startOffset = 0;
  endContainer: FakeNode | null = null;
  endOffset = 0;

  setStart(node: FakeNode, offset: number): void {
    this.startContainer = node;
    this.startOffset = offset;
  }

  setEnd(node: FakeNode, offset: number): void {
    this.endContainer = node;
    this.endOffset = offset;
  }

  toString(): string {
    let root = this.startContainer as FakeNode;
    while (root.parentNode) root = root.parentNode;
    return root.textContent.slice(charactersBefore(root, this.startContainer!, this.startOffset), charactersBefore(root, this.endContainer!, this.endOffset));
  }
}

interface FakeSelection {
  rangeCount: number;
  isCollapsed: boolean;
  getRangeAt(index: number): FakeRange;
}

let selection: FakeSelection | null = null;
const saved = new Map<string, PropertyDescriptor | undefined>();

beforeEach(() => {
  const stand = {
    Node: FakeNode,
    document: { createElement: (tag: string) => new FakeElement(tag), createTextNode: (text: string) => new FakeText(text), createRange: () => new FakeRange() },
    window: { getSelection: () => selection },
  };
  for (const [name, value] of Object.entries(stand)) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  selection = null;
});

afterEach(() => {
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else delete (globalThis as Record<string, unknown>)[name];
  }
  saved.clear();
});

/** The tree as nested arrays: text as strings (empty ones too), elements as [tag, attributes, ...children]. */
function tree(node: FakeNode): unknown {
  if (node instanceof FakeText) return node.data;
  const element = node as FakeElement;
  const attributes: Record<string, string> = Object.fromEntries(element.attributes);
  if (element.className) attributes.class = element.className;
  return [element.tagName, attributes, ...element.childNodes.map(tree)];
}

/** Selects from `from` characters into the text node that holds `startText` to `to` characters into the one holding `endText`. */
function select(root: FakeElement, startText: string, from: number, endText: string, to: number): void {
  const texts = (element: FakeElement): FakeText[] => element.childNodes.flatMap((child) => (child instanceof FakeText ? [child] : texts(child as FakeElement)));
  const holding = (wanted: string) => texts(root).find((text) => text.data === wanted) as FakeText;
  const range = new FakeRange();
  range.setStart(holding(startText), from);
  range.setEnd(holding(endText), to);
  selection = { rangeCount: 1, isCollapsed: false, getRangeAt: () => range };
}

const text = 'Intro. Fenmarsh Constabulary is good at vetting. It must improve. Tail';
// Given out of order: they are drawn in the order of the text.
const sentences = [
  { number: 2, text: 'It must improve.', start: 49, end: 65 },
  { number: 1, text: 'Fenmarsh Constabulary is good at vetting.', start: 7, end: 48 },
];

function finding(id: string, sentence: number, start: number, end: number, status = 'DRAFT'): DraftFinding {
  return { id, sentence, start, end, review: { status, by: null, at: null } } as unknown as DraftFinding;
}

function mount() {
  const root = new FakeElement('div');
  const picked: string[] = [];
  const view = mountReviewText(root as unknown as HTMLElement, (id) => picked.push(id));
  return { root, picked, view };
}

describe('the review text', () => {
  it('draws the text between sentences as text, each sentence as a span, and each finding as a mark on its span', () => {
    const { root, view } = mount();
    view.show({ text, sentences }, [finding('f1', 1, 0, 21, 'ACCEPTED'), finding('f2', 2, 8, 15, 'NEEDS_WORK')], null);
    expect(root.childNodes.map(tree)).toEqual([
      'Intro. ',
      ['span', { class: 'review-sentence', 'data-sentence': '1' }, ['mark', { class: 'span review-accepted', 'data-findings': 'f1' }, 'Fenmarsh Constabulary'], ' is good at vetting.'],
      ' ',
      ['span', { class: 'review-sentence', 'data-sentence': '2' }, 'It must ', ['mark', { class: 'span review-needs-work', 'data-findings': 'f2' }, 'improve'], '.'],
      ' Tail',
    ]);
  });

  it('adds no empty text where sentences touch the start, each other or the end', () => {
    const { root, view } = mount();
    view.show({ text: 'One.Two.', sentences: [{ number: 1, text: 'One.', start: 0, end: 4 }, { number: 2, text: 'Two.', start: 4, end: 8 }] }, [], null);
    expect(root.childNodes.map(tree)).toEqual([
      ['span', { class: 'review-sentence', 'data-sentence': '1' }, 'One.'],
      ['span', { class: 'review-sentence', 'data-sentence': '2' }, 'Two.'],
    ]);
  });

  it('does not draw text twice when a sentence reaches past the start of the next', () => {
    const { root, view } = mount();
    view.show({ text: 'Long one. Short. After', sentences: [{ number: 1, text: 'Long one. Short.', start: 0, end: 16 }, { number: 2, text: 'one.', start: 5, end: 9 }] }, [], null);
    expect(root.childNodes.map(tree)).toEqual([
      ['span', { class: 'review-sentence', 'data-sentence': '1' }, 'Long one. Short.'],
      ['span', { class: 'review-sentence', 'data-sentence': '2' }, 'one.'],
      ' After',
    ]);
  });

  it('shows the finding under review on top where spans overlap, marks it current and scrolls it into view', () => {
    const { root, view } = mount();
    const findings = [finding('f1', 1, 0, 28, 'ACCEPTED'), finding('f2', 1, 22, 40, 'REJECTED')];
    view.show({ text, sentences }, findings, 'f2');
    const span = root.childNodes[1] as FakeElement;
    expect(span.childNodes.map(tree)).toEqual([
      ['mark', { class: 'span review-accepted', 'data-findings': 'f1' }, 'Fenmarsh Constabulary '],
      ['mark', { class: 'span review-rejected current', 'data-findings': 'f1 f2' }, 'is goo'],
      ['mark', { class: 'span review-rejected current', 'data-findings': 'f2' }, 'd at vetting'],
      '.',
    ]);
    expect((span.childNodes[1] as FakeElement).scrolls).toEqual([{ block: 'nearest' }]);
    expect((span.childNodes[2] as FakeElement).scrolls).toEqual([]);
    // With no finding under review, the first given shows where they overlap.
    view.show({ text, sentences }, findings, null);
    expect(tree((root.childNodes[1] as FakeElement).childNodes[1] as FakeNode)).toEqual(['mark', { class: 'span review-accepted', 'data-findings': 'f1 f2' }, 'is goo']);
  });

  it('on a click, picks the next finding under the mark after the current one, round again, or the first', () => {
    const { root, picked, view } = mount();
    const findings = [finding('f1', 1, 0, 28), finding('f2', 1, 22, 40), finding('f3', 1, 20, 30)];
    selection = { rangeCount: 0, isCollapsed: true, getRangeAt: () => new FakeRange() };
    const overlap = () => (root.childNodes[1] as FakeElement).descendants().find((mark) => mark.attributes.get('data-findings') === 'f1 f2 f3') as FakeElement;
    view.show({ text, sentences }, findings, 'f1');
    overlap().click();
    view.show({ text, sentences }, findings, 'f3');
    overlap().click();
    view.show({ text, sentences }, findings, null);
    overlap().click();
    expect(picked).toEqual(['f2', 'f1', 'f1']);
  });

  it('takes a click that ends a selection, or comes with no selection at all, for no pick', () => {
    const { root, picked, view } = mount();
    view.show({ text, sentences }, [finding('f1', 1, 0, 8)], null);
    const mark = (root.childNodes[1] as FakeElement).childNodes[0] as FakeElement;
    selection = { rangeCount: 1, isCollapsed: false, getRangeAt: () => new FakeRange() };
    mark.click();
    selection = null;
    mark.click();
    expect(picked).toEqual([]);
  });

  it('reads a selection inside one sentence as trimmed offsets and the text they hold, across marks', () => {
    const { root, view } = mount();
    view.show({ text, sentences }, [finding('f1', 1, 0, 8), finding('f2', 1, 25, 29)], null);
    // From the space after "Fenmarsh" (in the first mark's neighbour) to "go" inside the second mark.
    select(root, ' Constabulary is ', 0, 'good', 2);
    expect(view.selection()).toEqual({ sentence: 1, start: 9, end: 27, text: 'Constabulary is go' });
    select(root, 'It must improve.', 3, 'It must improve.', 7);
    expect(view.selection()).toEqual({ sentence: 2, start: 3, end: 7, text: 'must' });
  });

  it('has no selection when nothing is selected, it is collapsed, crosses sentences, is outside them or holds only spaces', () => {
    const { root, view } = mount();
    view.show({ text, sentences }, [], null);
    expect(view.selection()).toBeNull();
    selection = {
      rangeCount: 0,
      isCollapsed: false,
      getRangeAt: () => {
        throw new DOMException('The selection has no range.', 'IndexSizeError');
      },
    };
    expect(view.selection()).toBeNull();
    select(root, 'Fenmarsh Constabulary is good at vetting.', 0, 'Fenmarsh Constabulary is good at vetting.', 8);
    selection!.isCollapsed = true;
    expect(view.selection()).toBeNull();
    select(root, 'Fenmarsh Constabulary is good at vetting.', 0, 'It must improve.', 2);
    expect(view.selection()).toBeNull();
    select(root, 'Fenmarsh Constabulary is good at vetting.', 0, ' Tail', 2);
    expect(view.selection()).toBeNull();
    select(root, 'Intro. ', 0, 'Intro. ', 3);
    expect(view.selection()).toBeNull();
    select(root, 'It must improve.', 2, 'It must improve.', 3);
    expect(view.selection()).toBeNull();
  });

  it('forgets the sentences it drew before when it draws again', () => {
    const { root, view } = mount();
    view.show({ text, sentences }, [], null);
    select(root, 'It must improve.', 3, 'It must improve.', 7);
    view.show({ text: 'It must improve.', sentences: [{ number: 1, text: 'It must improve.', start: 0, end: 16 }] }, [], null);
    expect(view.selection()).toBeNull();
  });
});
