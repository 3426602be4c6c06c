// Plain text cut into headings, paragraphs and list items by its lines, each block's offsets pointing into the text.
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../server/ingest/extract-plain.ts';

/** Each block as its kind and the text its offsets cover, which must be what the reader sees. */
function blocksOf(raw: string): [string, string][] {
  const extracted = extractPlainText(raw);
  return extracted.blocks.map((b) => [b.kind, extracted.text.slice(b.start, b.end)]);
}

describe('plain text extraction', () => {
  it('keeps the text unchanged but for a leading byte order mark, and calls its format text', () => {
    const extracted = extractPlainText('\uFEFF# Greywater Police\nThe force is good.\n');
    expect(extracted).toEqual({
      format: 'text',
      text: '# Greywater Police\nThe force is good.\n',
      blocks: [
        { kind: 'heading', start: 2, end: 18 },
        { kind: 'paragraph', start: 19, end: 37 },
      ],
    });
  });

  it('keeps a byte order mark that is not at the start', () => {
    expect(extractPlainText('A\uFEFF').text).toBe('A\uFEFF');
  });

  it('finds nothing in an empty text or one of blank lines', () => {
    expect(extractPlainText('').blocks).toEqual([]);
    expect(extractPlainText('\n \n\t\n').blocks).toEqual([]);
  });

  it('joins the lines of a paragraph until a blank line, from its first non-space to its last', () => {
    const extracted = extractPlainText('   The force works\nwell with partners.   \n  \nA second paragraph');
    expect(extracted.blocks).toEqual([
      { kind: 'paragraph', start: 3, end: 38 },
      { kind: 'paragraph', start: 45, end: 63 },
    ]);
    expect(blocksOf('   The force works\nwell with partners.   \n  \nA second paragraph')).toEqual([
      ['paragraph', 'The force works\nwell with partners.'],
      ['paragraph', 'A second paragraph'],
    ]);
  });

  it('reads Windows line ends like any other', () => {
    expect(blocksOf('First line\r\nsecond line\r\n\r\n- An item\r\n')).toEqual([
      ['paragraph', 'First line\r\nsecond line'],
      ['item', 'An item'],
    ]);
  });

  it('takes one to six hashes and a space as a heading, which ends the paragraph before it', () => {
    expect(blocksOf('Greywater Police\n# Title  \n  ###### Sixth level\n####### Seven hashes\n#No space')).toEqual([
      ['paragraph', 'Greywater Police'],
      ['heading', 'Title'],
      ['heading', 'Sixth level'],
      ['paragraph', '####### Seven hashes\n#No space'],
    ]);
  });

  it('takes a heading line alone: the line after it starts a paragraph', () => {
    expect(blocksOf('## Legitimacy\nThe force treats people fairly.')).toEqual([
      ['heading', 'Legitimacy'],
      ['paragraph', 'The force treats people fairly.'],
    ]);
  });

  it('knows bullets, numbers, letters and roman numerals as list markers, only when a space follows', () => {
    const text = ['• bullet', '▪ square', '◦ circle', '‣ triangle', '∙ dot', '· middle', '* star', '– dash', '- hyphen', '1. one', '12) twelve', '(3) three', 'a. four', 'b) five', '(c) six', '(iv) seven', '\t- tabbed'].join('\n');
    expect(blocksOf(text)).toEqual([
      ['item', 'bullet'],
      ['item', 'square'],
      ['item', 'circle'],
      ['item', 'triangle'],
      ['item', 'dot'],
      ['item', 'middle'],
      ['item', 'star'],
      ['item', 'dash'],
      ['item', 'hyphen'],
      ['item', 'one'],
      ['item', 'twelve'],
      ['item', 'three'],
      ['item', 'four'],
      ['item', 'five'],
      ['item', 'six'],
      ['item', 'seven'],
      ['item', 'tabbed'],
    ]);
  });

  it('does not take a number, a decimal or an abbreviation at the start of a line for a marker', () => {
    for (const line of ['123. Three digits', '1.5 million calls', 'e.g. partners', '-dash without space', '(abc) not a numeral', 'ab. two letters'])
      expect(blocksOf(`Before\n${line}`), line).toEqual([['paragraph', `Before\n${line}`]]);
  });

  it('carries an item on over the lines that follow it, and a new marker or a blank line ends it', () => {
    expect(blocksOf('- The force should improve\n  its vetting;\n- and its training\n\nAfter the list.')).toEqual([
      ['item', 'The force should improve\n  its vetting;'],
      ['item', 'and its training'],
      ['paragraph', 'After the list.'],
    ]);
  });

  it('takes a line of hashes alone for no heading, but for the end of the paragraph before it', () => {
    const extracted = extractPlainText('Before.\n## \nAfter.');
    expect(extracted.blocks).toEqual([
      { kind: 'paragraph', start: 0, end: 7 },
      { kind: 'paragraph', start: 12, end: 18 },
    ]);
  });

  it('drops a marker with nothing after it', () => {
    expect(blocksOf('Before.\n-   \n\nAfter.')).toEqual([
      ['paragraph', 'Before.'],
      ['paragraph', 'After.'],
    ]);
  });

  it('closes the last block at the end of the text, with or without a final line end', () => {
    expect(blocksOf('Only paragraph')).toEqual([['paragraph', 'Only paragraph']]);
    expect(blocksOf('- Only item\n')).toEqual([['item', 'Only item']]);
  });
});
