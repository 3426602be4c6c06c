// Seeded layouts: the same seed gives the same numbers, and Math.random is itself again afterwards.
import { describe, expect, it } from 'vitest';
import { mulberry32, withSeededRandom } from '../../client/src/seeded-random.ts';

describe('seeded random', () => {
  it('repeats for a seed and differs between seeds, within [0, 1)', () => {
    const a = Array.from({ length: 5 }, mulberry32(7));
    expect(Array.from({ length: 5 }, mulberry32(7))).toEqual(a);
    expect(Array.from({ length: 5 }, mulberry32(8))).not.toEqual(a);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gives Mulberry32’s own numbers, those of its reference C code, so a shared layout is drawn the same after any change', () => {
    // Seed 4 is the layouts' seed (client/src/layouts.ts).
    expect(Array.from({ length: 3 }, mulberry32(4))).toEqual([0.9236361971125007, 0.33304587937891483, 0.2216679009143263]);
  });

  it('seeds Math.random only while the task runs, even when it throws', () => {
    const original = Math.random;
    const inside = withSeededRandom(7, () => [Math.random(), Math.random()]);
    expect(inside).toEqual(Array.from({ length: 2 }, mulberry32(7)));
    expect(Math.random).toBe(original);
    expect(() =>
      withSeededRandom(7, () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(original);
  });
});
