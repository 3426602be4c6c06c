// Stage 1 for HTML (and for Word, through mammoth's HTML): the report's own text, without navigation,
// scripts or page boilerplate, as headings, paragraphs and list items.
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { IngestError } from './ingest-error.ts';
import { type BlockKind, type ExtractedText, TextBuilder } from './text-blocks.ts';

/** Page furniture that is never part of the report. */
const boilerplate = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], .breadcrumb, .breadcrumbs, .cookie-banner, .skip-link';

const blockElements = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th',
  'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'hr', 'pre', 'address', 'body',
]);

/** Parse errors that mean the file stops in the middle of its markup, not the slips every real page has. */
const truncation = /^eof-in-/;

export function extractHtml(file: string, html: string, format: 'html' | 'docx' = 'html'): ExtractedText {
  const fatal: string[] = [];
  const $ = cheerio.load(html, { onParseError: (error: { code: string }) => { if (truncation.test(error.code)) fatal.push(error.code); } } as cheerio.CheerioOptions);
  if (fatal.length > 0) throw new IngestError(file, `broken HTML: the markup is cut off (${fatal[0]})`);
  const title = $('title').first().text().replace(/\s+/g, ' ').trim() || undefined;
  $(boilerplate).remove();
  // The report itself, where the page marks it; the whole body otherwise.
  const root = $('main').first().length ? $('main').first() : $('article').first().length ? $('article').first() : $('body');

  const builder = new TextBuilder();
  let inline = '';
  let kind: BlockKind = 'paragraph';
  const flush = () => {
    builder.add(kind, inline);
    inline = '';
  };
  const walk = (node: AnyNode) => {
    if (node.type === 'text') {
      inline += node.data;
      return;
    }
    if (node.type !== 'tag') return;
    const element = node as Element;
    const name = element.name.toLowerCase();
    if (!blockElements.has(name)) {
      for (const child of element.children) walk(child);
      return;
    }
    flush();
    // A paragraph inside a list item is still the item; the kind returns to the parent's when the element ends.
    const parent = kind;
    if (/^h[1-6]$/.test(name)) kind = 'heading';
    else if (name === 'li') kind = 'item';
    for (const child of element.children) walk(child);
    flush();
    kind = parent;
  };
  for (const node of root.toArray()) walk(node);
  flush();
  if (builder.blocks.length === 0 && /<[a-z!]/i.test(html) && !/<body|<p|<div|<main|<article/i.test(html)) {
    throw new IngestError(file, 'broken HTML: no document body or text could be found in the markup');
  }
  return { format, text: builder.text, blocks: builder.blocks, title };
}
