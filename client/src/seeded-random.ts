// A seeded random number generator, so force-directed layouts come out the same on every reload and shared link.

/** Mulberry32: small, fast, and good enough to scatter a layout's starting points. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `task` with Math.random seeded. fcose draws its random start from Math.random and offers no seed;
 * its computation is synchronous, so nothing else can run while the seeded generator is in place.
 */
export function withSeededRandom<T>(seed: number, task: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return task();
  } finally {
    Math.random = original;
  }
}
