import { describe, expect, it } from 'vitest';
import { ApiError, createApi } from '../../client/src/api.ts';
import { withRetry } from '../../client/src/retry.ts';

/** A fetch that answers each call with the next of these responses. */
function answering(...responses: (() => Response)[]) {
  let calls = 0;
  const fetch = async () => responses[Math.min(calls++, responses.length - 1)]!();
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls: () => calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('the explorer retrying a passing failure', () => {
  it.each(['DATABASE_UNAVAILABLE', 'SERVER_BUSY', 'NETWORK', 'QUERY_TIMEOUT'])('retries %s', (code) => {
    expect(new ApiError('x', code).retryable).toBe(true);
  });

  it.each(['BAD_USER_INPUT', 'NOT_FOUND', 'QUERY_TOO_COMPLEX', 'INTERNAL_SERVER_ERROR', 'HTTP'])('does not retry %s', (code) => {
    expect(new ApiError('x', code).retryable).toBe(false);
  });

  it('comes back after a 503 SERVER_BUSY and gets the answer', async () => {
    const server = answering(
      json(503, { errors: [{ message: 'The server is busy; try again in a few seconds.', extensions: { code: 'SERVER_BUSY' } }] }, { 'retry-after': '2' }),
      json(200, { data: { stats: { nodes: 31 } } }),
    );
    const api = createApi({ endpoint: 'http://local/graphql', fetch: server.fetch });
    const waits: string[] = [];
    const stats = await withRetry(() => api.stats(), { baseDelayMs: 1, onWait: (error) => waits.push(error.code) });
    expect(stats).toMatchObject({ nodes: 31 });
    expect(waits).toEqual(['SERVER_BUSY']);
    expect(server.calls()).toBe(2);
  });
});
