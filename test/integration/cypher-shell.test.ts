// The README's way into the embedded Neo4j by hand: its cypher-shell commands, run as written, against the test Neo4j.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The shell block that follows the README's cypher-shell paragraph. */
function documentedCommands(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = /To look inside with `cypher-shell`[^\n]*\n+```sh\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no cypher-shell commands after "To look inside with `cypher-shell`"');
  return block[1]!;
}

/** Runs the commands in sh from the project folder, pointed at the test Neo4j, with Cypher on stdin. */
function run(commands: string, cypher: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('sh', ['-ec', commands], { cwd: projectRoot, timeout: 300_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin!.end(cypher);
  });
}

describe('cypher-shell as the README says', () => {
  const commands = documentedCommands()
    .replaceAll('.data/neo4j', inject('neo4jDataDir'))
    .replaceAll('bolt://127.0.0.1:7687', inject('neo4jUri'));

  it('connects with the password file and answers', async () => {
    const { code, stdout, stderr } = await run(commands, 'MATCH (f:Force) RETURN f.id AS force;\n');
    // Maven's quiet mode still writes colour resets.
    expect(stripVTControlCharacters(stderr).trim()).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('"cheshire-constabulary"');
  }, 300_000);

  it('is refused without the password', async () => {
    const withoutPassword = commands.replace(/NEO4J_PASSWORD="[^"]*" /, '');
    expect(withoutPassword).not.toBe(commands);
    const { code, stderr } = await run(withoutPassword, 'RETURN 1;\n');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/unauthorized|authentication failure/i);
  }, 300_000);
});
