// The warm-up's short-text variants: Neo4j plans a text parameter anew for each power-of-ten size class.
import { describe, expect, it } from 'vitest';
import { inLanes, shortTextVariants } from '../../server/warm-up.ts';

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

describe('inLanes', () => {
  it('runs as many at once as it has lanes, never more, and answers in the items’ order', async () => {
    let running = 0;
    let most = 0;
    const work = async (item: number) => {
      running += 1;
      most = Math.max(most, running);
      // Later items finish first: the answers must still come back in order.
      await new Promise((resolve) => setTimeout(resolve, 30 - item * 5));
      running -= 1;
      return item * 10;
    };
    expect(await inLanes([1, 2, 3, 4, 5], work, 2)).toEqual([10, 20, 30, 40, 50]);
    expect(most).toBe(2);
    most = 0;
    expect(await inLanes([1, 2], work, 4)).toEqual([10, 20]);
    expect(most).toBe(2);
    expect(await inLanes([], work, 2)).toEqual([]);
  });
});
