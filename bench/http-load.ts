// Drives an HTTP GraphQL endpoint with autocannon: a warm-up, then a measured closed-loop run.
import autocannon from 'autocannon';
import type { RawRun } from './latency.ts';

export interface HttpLoadOptions {
  url: string;
  connections: number;
  /** The JSON body of each request in turn: a GraphQL operation with its variables. */
  nextBody: () => string;
}

/** A 2xx answer that still carries GraphQL errors (a timeout, a limit) counts as an error, not a success. */
const hasGraphQLErrors = (body: string) => body.includes('"errors":[');

/** A closed loop of `connections` keep-alive connections for `seconds`, each sending the next body when answered. */
export function httpRun(options: HttpLoadOptions, seconds: number): Promise<RawRun> {
  const samples: number[] = [];
  let errors = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        // A request that takes this long is a failure of the run, not a slow sample.
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => ({ ...request, body: options.nextBody() }),
            onResponse: (status, body) => {
              if (status >= 400 || hasGraphQLErrors(body)) errors += 1;
            },
          },
        ],
      },
      (error) => {
        if (error) reject(error);
        else resolve({ samples, errors, seconds: (performance.now() - started) / 1000 });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode < 400) samples.push(responseTime);
    });
    instance.on('reqError', () => {
      errors += 1;
    });
  });
}
