// A small seeded pseudo-random generator, so the synthetic graph is the same on every machine and every run.
import { mulberry32 } from '../client/src/seeded-random.ts';

/** Numbers in [0, 1) from a 32-bit seed: the explorer's own mulberry32, fast and good enough to spread synthetic facts. */
export const seededRandom: (seed: number) => () => number = mulberry32;

/** Mixes several integers into one seed, so each part of the graph has its own stream whatever is generated before it. */
export function mixSeed(...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    hash = Math.imul(hash ^ (part >>> 0), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ (hash >>> 13), 0x5bd1e995) >>> 0;
  }
  return hash >>> 0;
}

/** An index in [0, size) that favours small indexes: a few shared themes and risks appear in most reports. */
export function skewedIndex(random: () => number, size: number, skew = 3): number {
  return Math.min(size - 1, Math.floor(size * random() ** skew));
}

export function uniformIndex(random: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(size * random()));
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[uniformIndex(random, items.length)]!;
}
