// The shape every extractor builds: blocks of collapsed text, joined by a blank line, with offsets from the appending.
import { describe, expect, it } from 'vitest';
import { TextBuilder } from '../../server/ingest/text-blocks.ts';

describe('TextBuilder', () => {
  it('joins blocks with a blank line and records where each one is', () => {
    const builder = new TextBuilder();
    builder.add('heading', 'Greywater Police');
    builder.add('paragraph', 'The force is good at preventing crime.');
    builder.add('item', 'It should improve vetting.');
    const text = builder.text;
    expect(text).toBe('Greywater Police\n\nThe force is good at preventing crime.\n\nIt should improve vetting.');
    expect(builder.blocks).toEqual([
      { kind: 'heading', start: 0, end: 16 },
      { kind: 'paragraph', start: 18, end: 56 },
      { kind: 'item', start: 58, end: 84 },
    ]);
    expect(builder.blocks.map((b) => text.slice(b.start, b.end))).toEqual(['Greywater Police', 'The force is good at preventing crime.', 'It should improve vetting.']);
  });

  it('collapses runs of space inside a block and trims its ends', () => {
    const builder = new TextBuilder();
    builder.add('paragraph', '  The force\n\tworks   well with\u00a0partners.  \n');
    expect(builder.text).toBe('The force works well with partners.');
    expect(builder.blocks).toEqual([{ kind: 'paragraph', start: 0, end: 35 }]);
  });

  it('skips a block of only space, adding neither a block nor a separator', () => {
    const builder = new TextBuilder();
    builder.add('heading', ' \n\t ');
    builder.add('paragraph', 'First.');
    builder.add('item', '   ');
    builder.add('item', 'Second.');
    expect(builder.text).toBe('First.\n\nSecond.');
    expect(builder.blocks).toEqual([
      { kind: 'paragraph', start: 0, end: 6 },
      { kind: 'item', start: 8, end: 15 },
    ]);
  });

  it('starts empty', () => {
    const builder = new TextBuilder();
    expect(builder.text).toBe('');
    expect(builder.blocks).toEqual([]);
  });
});
