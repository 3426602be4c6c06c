// The start-up step's first-request figures: p95 over every operation of every start, in ms and as a ratio to warm.
import { describe, expect, it } from 'vitest';
import { summariseFirstRequests } from '../../bench/steps/start-up.ts';

describe('first requests after start', () => {
  it('takes the p95 and the worst over operations and starts together, and counts the answers that were errors', () => {
    const rows = (firstMs: number[]) => firstMs.map((ms, index) => ({ operation: `op ${index}`, firstMs: ms, warmMs: 10 }));
    const summary = summariseFirstRequests([
      { label: 'cold start', firstRequests: rows([20, 30, 40, 50, 60, 70, 80, 90, 100, 110]) },
      { label: 'warm start 1', firstRequests: [...rows([15, 25, 35, 45, 55, 65, 75, 85, 95]), { operation: 'op 9', firstMs: 400, warmMs: 20, firstErrors: ['QUERY_TIMEOUT'] }] },
    ]);
    expect(summary).toEqual({
      runs: 2,
      operations: 10,
      // 20 samples: the 19th smallest is the nearest-rank p95.
      p95Ms: 110,
      maxMs: 400,
      slowest: 'op 9 (warm start 1)',
      p95Ratio: 11,
      maxRatio: 20,
      warmP50Ms: 10,
      errors: 1,
    });
  });

  it('refuses to summarise nothing', () => {
    expect(() => summariseFirstRequests([])).toThrow('no first requests');
  });
});
