// `npm run token` end to end against the test Neo4j: create prints the token alone, list and revoke manage it.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { graphql, testApp } from '../support/api.ts';
import { bearer, uniqueName } from '../support/auth.ts';
import { testCredentials, testDriver } from '../support/database.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

function token(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { username, password } = testCredentials();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/token.ts', ...args],
      { cwd: projectRoot, env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USERNAME: username, NEO4J_PASSWORD: password }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let driver: Driver;
let app: App;
beforeAll(() => {
  driver = testDriver();
  app = testApp(driver, { READ_ACCESS: 'token' });
});
afterAll(() => driver.close());

describe('npm run token', () => {
  it('creates a token, printed alone on stdout, that signs in; lists it; revokes it', async () => {
    const name = uniqueName('cli');
    const created = await token('create', '--name', name, '--role', 'editor', '--expires', '7');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^pgt_[A-Za-z0-9_-]{43}\n$/);
    expect(created.stderr).toContain(`created editor token "${name}", expires `);
    const secret = created.stdout.trim();
    expect((await graphql(app, '{ stats { nodes } }', {}, bearer(secret))).status).toBe(200);

    const listed = await token('list');
    expect(listed.code).toBe(0);
    const row = listed.stdout.split('\n').find((line) => line.startsWith(`${name} `));
    expect(row).toMatch(new RegExp(`^${name} +editor +\\S+ +\\S+ +active$`));
    expect(listed.stdout).not.toContain(secret);
    expect(listed.stdout.split('\n')[0]).toMatch(/^NAME +ROLE +CREATED +EXPIRES +STATUS$/);

    const revoked = await token('revoke', name);
    expect(revoked).toMatchObject({ code: 0, stdout: '' });
    expect(revoked.stderr).toContain(`revoked token "${name}"`);
    expect((await graphql(app, '{ stats { nodes } }', {}, bearer(secret))).status).toBe(401);
    expect((await token('list')).stdout).toMatch(new RegExp(`^${name} +editor .* revoked \\S+$`, 'm'));

    const { records } = await driver.executeQuery('MATCH (e:AuditEntry {target: $target}) RETURN e.action AS action, e.actor AS actor ORDER BY e.at', {
      target: `token:${name}`,
    });
    expect(records.map((r) => r.get('action'))).toEqual(['TOKEN_CREATED', 'TOKEN_REVOKED']);
    expect(records[0]!.get('actor')).toMatch(/^local:\S+$/);
  }, 300_000);

  it.each([
    [['create', '--name', 'x'], 2, 'create needs --role, one of reader, editor, admin'],
    [['create', '--name', 'x', '--role', 'owner'], 2, 'create needs --role, one of reader, editor, admin; got "owner"'],
    [['create', '--name', 'x', '--role', 'reader', '--expires', '0'], 2, '--expires must be a whole number of days from 1 to 3650, got "0"'],
    [['delete', 'x'], 2, 'unknown command "delete"'],
    [['revoke'], 2, 'revoke takes the token name alone'],
    [['revoke', 'nobody-has-this-name'], 1, 'token failed: no token is named "nobody-has-this-name"'],
    [['create', '--name', 'bad name', '--role', 'reader'], 1, 'token failed: a token name is 1-64 letters'],
  ])('refuses %j, saying why', async (args, code, message) => {
    const result = await token(...args);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  }, 120_000);
});
