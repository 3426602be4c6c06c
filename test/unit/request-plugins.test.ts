// The body limit and the Server-Timing header, each on a small Yoga of its own: no database needed to see them work.
import { createSchema, createYoga, type YogaInitialContext } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useBodyLimit } from '../../server/plugins/body-limit.ts';
import { roundTripsOf, useServerTiming } from '../../server/plugins/server-timing.ts';

const schema = createSchema<YogaInitialContext>({
  typeDefs: /* GraphQL */ `
    type Query {
      echo(text: String): String
      trips(count: Int!, milliseconds: Float!): Int
    }
  `,
  resolvers: {
    Query: {
      echo: (_: unknown, { text }: { text: string | null }) => text,
      trips: (_: unknown, { count, milliseconds }: { count: number; milliseconds: number }, { request }: YogaInitialContext) => {
        const tally = roundTripsOf.get(request)!;
        tally.count += count;
        tally.milliseconds += milliseconds;
        return tally.count;
      },
    },
  },
});

// Built inside each test, not once at import, so mutation testing sees which tests reach the plugin's setup.
const limited = () => createYoga({ schema, plugins: [useBodyLimit(100)], logging: false });

/** A body of exactly `bytes` bytes that is a valid GraphQL request. */
function bodyOf(bytes: number): string {
  const empty = JSON.stringify({ query: '{ echo(text: "") }' });
  const body = JSON.stringify({ query: `{ echo(text: "${'x'.repeat(bytes - empty.length)}") }` });
  expect(body).toHaveLength(bytes);
  return body;
}

/** The same body with no declared length, so the limit must count it as it streams. */
function streamed(body: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(body);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 16) controller.enqueue(bytes.slice(i, i + 16));
      controller.close();
    },
  });
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  limited().fetch('http://local/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, duplex: 'half' } as RequestInit);

describe('useBodyLimit', () => {
  it('answers a body of exactly the limit, declared or streamed', async () => {
    const body = bodyOf(100);
    for (const response of [await post(body), await post(streamed(body))]) {
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { echo: 'x'.repeat(100 - JSON.stringify({ query: '{ echo(text: "") }' }).length) } });
    }
  });

  it('refuses a body one byte over the limit with 413 and a coded error, declared or streamed', async () => {
    const body = bodyOf(101);
    for (const response of [await post(body), await post(streamed(body))]) {
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await response.json()).toEqual({ errors: [{ message: 'Request body is larger than 100 bytes.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    }
  });

  it('believes a declared length: a short body declared long is refused unread', async () => {
    const response = await post(bodyOf(50), { 'content-length': '5000' });
    expect(response.status).toBe(413);
  });

  it('lets GET requests through, whatever their length', async () => {
    const query = encodeURIComponent(`{ echo(text: "${'x'.repeat(200)}") }`);
    const response = await limited().fetch(`http://local/graphql?query=${query}`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(200);
    expect((await response.json()).data.echo).toHaveLength(200);
  });
});

describe('useBodyLimit with an upload limit', () => {
  // Queries up to 100 bytes; a multipart upload that names a bearer up to 1000.
  const app = () => createYoga({ schema, plugins: [useBodyLimit(100, 1000)], logging: false });

  /** A GraphQL multipart request (operations, then an empty map) asking to echo `text`. */
  function multipart(text: string): string {
    const part = (name: string, value: string) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    return `${part('operations', JSON.stringify({ query: `{ echo(text: "${text}") }` }))}${part('map', '{}')}--${boundary}--\r\n`;
  }
  const boundary = 'peel-graph-boundary';

  const send = (body: string, contentType: string, headers: Record<string, string> = {}) =>
    app().fetch('http://local/graphql', { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });

  const refusal = async (response: Response) => ({ status: response.status, body: await response.json() });
  const tooLarge = (bytes: number) => ({ status: 413, body: { errors: [{ message: `Request body is larger than ${bytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] } });

  it('lets an upload that names a bearer past the query limit, up to its own', async () => {
    const text = 'x'.repeat(400);
    const response = await send(multipart(text), `multipart/form-data; boundary=${boundary}`, { authorization: 'Bearer any' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { echo: text } });
  });

  it('reads the multipart content type in any case', async () => {
    const response = await send(multipart('x'.repeat(400)), `Multipart/Form-Data; boundary=${boundary}`, { authorization: 'Bearer any' });
    // Past the limit as an upload; Yoga itself then reads only the lower-case form (415), but not for its size.
    expect(response.status).toBe(415);
  });

  it('refuses an upload over its own limit, naming that limit', async () => {
    const response = await send(multipart('x'.repeat(1000)), `multipart/form-data; boundary=${boundary}`, { authorization: 'Bearer any' });
    expect(await refusal(response)).toEqual(tooLarge(1000));
  });

  it('keeps the query limit for an upload with no bearer, and for a query with one', async () => {
    const anonymous = await send(multipart('x'.repeat(400)), `multipart/form-data; boundary=${boundary}`);
    expect(await refusal(anonymous)).toEqual(tooLarge(100));
    const query = await send(JSON.stringify({ query: `{ echo(text: "${'x'.repeat(400)}") }` }), 'application/json', { authorization: 'Bearer any' });
    expect(await refusal(query)).toEqual(tooLarge(100));
  });
});

describe('useServerTiming', () => {
  const ask = (query: string) => createYoga({ schema, plugins: [useServerTiming()], logging: false }).fetch('http://local/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

  it('reports the round trips a request made and their time, to a tenth of a millisecond', async () => {
    const response = await ask('{ a: trips(count: 1, milliseconds: 2.25) b: trips(count: 2, milliseconds: 10) }');
    expect(await response.json()).toEqual({ data: { a: 1, b: 3 } });
    expect(response.headers.get('server-timing')).toBe('cypher;desc="round trips: 3";dur=12.3');
  });

  it('counts each request apart, and sends no header for a request that made none', async () => {
    expect((await ask('{ trips(count: 1, milliseconds: 1) }')).headers.get('server-timing')).toBe('cypher;desc="round trips: 1";dur=1.0');
    expect((await ask('{ echo(text: "hi") }')).headers.get('server-timing')).toBeNull();
  });
});

describe('the body limit before the round-trip tally, as the app orders them', () => {
  it('tallies a request whose body of unknown length the limit read and handed on', async () => {
    const app = createYoga({ schema, plugins: [useBodyLimit(1000), useServerTiming()], logging: false });
    const response = await app.fetch('http://local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: streamed(JSON.stringify({ query: '{ trips(count: 2, milliseconds: 1.5) }' })),
      duplex: 'half',
    } as RequestInit);
    expect(await response.json()).toEqual({ data: { trips: 2 } });
    expect(response.headers.get('server-timing')).toBe('cypher;desc="round trips: 2";dur=1.5');
  });
});
