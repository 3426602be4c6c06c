// Refuses request bodies over a size limit with 413, before Yoga reads and parses them. A multipart upload (a
// document to draft from) that names a bearer has a limit of its own: a report is megabytes, a query a few hundred
// bytes, and only editors may draft, so an anonymous sender never gets past the small limit.
import type { Plugin } from 'graphql-yoga';

export function useBodyLimit(maxQueryBytes: number, maxUploadBytes = maxQueryBytes): Plugin {
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      // Stryker disable next-line all: equivalent, see docs/mutation-survivors.md (these methods carry no body).
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
      const multipart = (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
      const maxBytes = multipart && request.headers.has('authorization') ? maxUploadBytes : maxQueryBytes;
      const declared = Number(request.headers.get('content-length') ?? Number.NaN);
      if (Number.isFinite(declared) && declared <= maxBytes) return;
      // A body of unknown length (chunked) is read here only until it passes the limit. Reading a clone
      // instead would leave Yoga an empty body (the server's Request shares one stream between clones), so
      // the bytes read are handed on in a request of their own.
      const body = Number.isFinite(declared) ? null : await readUpTo(request, maxBytes);
      if (body === null) {
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message: `Request body is larger than ${maxBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }), {
            status: 413,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
        );
        return;
      }
      setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal }));
    },
  };
}

/** The whole body, or null as soon as it passes the limit. */
async function readUpTo(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  // Stryker disable next-line OptionalChaining: equivalent, see docs/mutation-survivors.md (only bodiless requests lack a reader).
  const reader = request.body?.getReader();
  // Stryker disable next-line ConditionalExpression: equivalent, as above.
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
