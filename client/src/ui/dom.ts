// A small helper for building DOM nodes in panels without a framework: h('button', { onclick }, 'Label').
type Child = Node | string | number | null | undefined | false;

export type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replaceChildren(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Search snippets mark matched words in [brackets]; these become <mark> elements. */
export function highlighted(snippet: string): Node[] {
  return snippet.split(/(\[[^\]]*\])/).filter(Boolean).map((part) => (part.startsWith('[') && part.endsWith(']') ? h('mark', {}, part.slice(1, -1)) : document.createTextNode(part)));
}

/** A quote as users cite it: verbatim, in curly quotation marks that copy and read out with the text. */
export function quoted(quote: string): HTMLQuoteElement {
  return h('q', { class: 'quote' }, `“${quote}”`);
}
