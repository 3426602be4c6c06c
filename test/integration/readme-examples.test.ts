// The README's API examples (curl, Python, JavaScript) run as written against a real server, and GraphiQL opens them.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOperations } from '../../server/graphiql/examples.ts';
import { testApp } from '../support/api.ts';
import { testDriver } from '../support/database.ts';

const run = promisify(execFile);
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
/** Where the README says the server is. */
const documentedOrigin = 'http://127.0.0.1:4000';

function apiSection(): string {
  const start = readme.indexOf('\n## The API\n');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end);
}

function codeBlocks(language: string): string[] {
  return [...apiSection().matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1] ?? '');
}

let driver: Driver;
let server: Server;
let origin: string;
beforeAll(async () => {
  driver = testDriver();
  server = createServer(testApp(driver));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await driver.close();
});

const here = (code: string) => code.replaceAll(documentedOrigin, origin);

describe('README examples', () => {
  it('has curl, Python and JavaScript examples', () => {
    expect(codeBlocks('sh').length).toBeGreaterThanOrEqual(3);
    expect(codeBlocks('python')).toHaveLength(1);
    expect(codeBlocks('js')).toHaveLength(1);
  });

  it.each(codeBlocks('sh').map((code) => [code.split('\n')[0], code]))('curl: %s', async (_, code) => {
    const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', here(code)]);
    const answer = JSON.parse(stdout) as { data?: Record<string, unknown>; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(Object.values(answer.data ?? {}).every((value) => value !== null)).toBe(true);
  });

  it('Python', async () => {
    const { stdout } = await run('python3', ['-c', here(codeBlocks('python')[0] ?? '')]);
    expect(stdout.split('\n')).toContain('THEME Reducing reoffending');
  });

  it('JavaScript', async () => {
    // The example ends with the answer in `data` and `errors`; the check after it is the test's.
    const check = '\nif (errors || !data?.partnerInvolvement?.reached?.length) { console.error(JSON.stringify(errors)); process.exit(1); }';
    await run(process.execPath, ['--input-type=module', '-e', here(codeBlocks('js')[0] ?? '') + check]);
  });

  it('GraphiQL opens the README’s GraphQL examples, text for text', () => {
    const compact = (text: string) => text.replace(/#[^\n]*\n/g, '').replace(/\s+/g, ' ').replace(/\s*([{}():,])\s*/g, '$1').trim();
    const readmeText = compact(apiSection().replace(/\\"/g, '"'));
    for (const example of exampleOperations) {
      const body = compact(example.query).replace(/^query \w+(\([^)]*\))?/, '');
      expect(readmeText, example.name).toContain(body);
    }
  });
});
