// The warm-up's short-text variants: Neo4j plans a text parameter anew for each power-of-ten size class.
import { describe, expect, it } from 'vitest';
import { shortTextVariants } from '../../server/warm-up.ts';

describe('shortTextVariants', () => {
  it('cuts each choice of text variables under ten characters, leaving the rest as they are', () => {
    const variants = shortTextVariants({ name: 'path', query: 'q', variables: { from: 'cheshire-constabulary', to: 'digital-technology', limit: 100, directed: true } });
    expect(variants).toEqual([
      { name: 'path (short from)', query: 'q', variables: { from: 'cheshire-', to: 'digital-technology', limit: 100, directed: true } },
      { name: 'path (short to)', query: 'q', variables: { from: 'cheshire-constabulary', to: 'digital-t', limit: 100, directed: true } },
      { name: 'path (short from, to)', query: 'q', variables: { from: 'cheshire-', to: 'digital-t', limit: 100, directed: true } },
    ]);
  });

  it('has nothing to add when every text is already short, or there is none', () => {
    expect(shortTextVariants({ name: 'a', query: 'q', variables: { id: 'vetting' } })).toEqual([]);
    expect(shortTextVariants({ name: 'b', query: 'q', variables: { first: 1, kinds: ['FORCE'], text: null } })).toEqual([]);
  });

  it('treats a text of exactly ten characters as long', () => {
    expect(shortTextVariants({ name: 'c', query: 'q', variables: { id: 'abcdefghij' } })).toEqual([{ name: 'c (short id)', query: 'q', variables: { id: 'abcdefghi' } }]);
  });
});
