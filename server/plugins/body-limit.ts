// Refuses request bodies over a size limit with 413, before Yoga reads and parses them.
import type { Plugin } from 'graphql-yoga';

export function useBodyLimit(maxBytes: number): Plugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
      const declared = Number(request.headers.get('content-length') ?? Number.NaN);
      const tooLarge = Number.isFinite(declared) ? declared > maxBytes : await exceeds(request.clone(), maxBytes);
      if (tooLarge) {
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message: `Request body is larger than ${maxBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }), {
            status: 413,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
        );
      }
    },
  };
}

/** Reads a body of unknown length only until it passes the limit. */
async function exceeds(request: Request, maxBytes: number): Promise<boolean> {
  const reader = request.body?.getReader();
  if (!reader) return false;
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return true;
    }
  }
}
