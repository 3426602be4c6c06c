// Checks the embedded Neo4j launcher end to end: Bolt on loopback only, a password, clean stops, durable data, no orphans.
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { access, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import getPort from 'get-port';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressFile, type EmbeddedCredentials, passwordFile } from '../../server/graph/embedded-files.ts';
import { classArchive, type EmbeddedNeo4j, ensureLauncherBuilt, startEmbeddedNeo4j } from '../../server/graph/embedded-neo4j.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const launcherModule = new URL('../../server/graph/embedded-neo4j.ts', import.meta.url).href;
const startTimeout = 120_000;

// The tests run in order and share one data folder: written by the first instance, read back by the second.
describe('embedded Neo4j launcher', () => {
  const folders: string[] = [];
  const instances: EmbeddedNeo4j[] = [];
  const orphans: number[] = [];
  let dataDir: string;
  let boltPort: number;
  let first: EmbeddedNeo4j;

  beforeAll(async () => {
    // The first Maven build downloads Neo4j and can take minutes; afterwards this is a timestamp check.
    await ensureLauncherBuilt();
    dataDir = await tempFolder();
    boltPort = await getPort();
  }, 600_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    for (const pid of orphans.filter(isRunning)) process.kill(pid, 'SIGKILL');
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  }, 120_000);

  async function tempFolder(): Promise<string> {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'peel-graph-embedded-'));
    folders.push(folder);
    return folder;
  }

  async function start(folder: string, port: number): Promise<EmbeddedNeo4j> {
    const instance = await startEmbeddedNeo4j({ dataDir: folder, boltPort: port, startTimeoutMs: startTimeout });
    instances.push(instance);
    return instance;
  }

  it('serves Bolt writes and reads', async () => {
    first = await start(dataDir, boltPort);
    expect(first.uri).toBe(`bolt://127.0.0.1:${boltPort}`);

    await withDriver(first, async (driver) => {
      await driver.executeQuery('CREATE (:Probe {name: $name})', { name: 'written before restart' });
      const { records } = await driver.executeQuery('MATCH (p:Probe) RETURN p.name AS name');
      expect(records.map((record) => record.get('name'))).toEqual(['written before restart']);
    });
  }, startTimeout);

  it('refuses a connection without the password, or with a wrong one', async () => {
    for (const auth of [undefined, neo4j.auth.basic('neo4j', 'neo4j'), neo4j.auth.basic('neo4j', `${first.credentials.password}x`)]) {
      const driver = neo4j.driver(first.uri, auth);
      try {
        await expect(driver.executeQuery('RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
      } finally {
        await driver.close();
      }
    }
  });

  it('keeps the password in the data folder, readable by its owner only', async () => {
    const file = passwordFile(dataDir);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(first.credentials.password);
    expect(first.credentials.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('announces its Bolt address beside the password while it runs', async () => {
    expect((await readFile(addressFile(dataDir), 'utf8')).trim()).toBe(first.uri);
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(await connects('127.0.0.1', boltPort)).toBe(true);
    // 127.0.0.2 is loopback too on Linux, so this also catches a bind to every address, not only off-host ones.
    const elsewhere = Object.values(os.networkInterfaces())
      .flat()
      .filter((address) => address !== undefined && address.family === 'IPv4' && !address.internal)
      .map((address) => address!.address);
    for (const host of ['127.0.0.2', ...elsewhere]) {
      expect(await connects(host, boltPort), `connection via ${host}`).toBe(false);
    }
  });

  it('fails to start, saying why, when the Bolt port is taken', async () => {
    const otherFolder = await tempFolder();
    await expect(startEmbeddedNeo4j({ dataDir: otherFolder, boltPort, startTimeoutMs: startTimeout })).rejects.toThrow(
      /cannot start Neo4j on 127\.0\.0\.1:\d+[^\n]*already in use/,
    );
  }, startTimeout);

  it('stops on SIGTERM with exit code 0, and a second stop() is harmless', async () => {
    await first.stop();
    expect(await first.exited).toBe(0);
    await first.stop();
    expect(await connects('127.0.0.1', boltPort)).toBe(false);
    await expect(access(addressFile(dataDir))).rejects.toMatchObject({ code: 'ENOENT' });
    // The first clean stop after a build also writes the class archive, which takes longer.
  }, 240_000);

  it('has its classes archived once an instance has stopped cleanly', async () => {
    expect((await stat(classArchive)).size).toBeGreaterThan(1_000_000);
  });

  it('still has the written data when started again on the same folder', async () => {
    const second = await start(dataDir, boltPort);
    expect(second.credentials).toEqual(first.credentials);
    // Started from the archive of loaded classes, not by loading each one again.
    expect(readFileSync(`/proc/${second.pid}/maps`, 'utf8')).toContain(classArchive);
    await withDriver(second, async (driver) => {
      const { records } = await driver.executeQuery('MATCH (p:Probe) RETURN p.name AS name');
      expect(records.map((record) => record.get('name'))).toEqual(['written before restart']);
    });
    await second.stop();
    expect(await second.exited).toBe(0);
  }, startTimeout);

  it('brings a folder made without a password under one, keeping its data', async () => {
    const folder = await tempFolder();
    const classpath = [path.join(projectRoot, 'neo4j/target/classes'), path.join(projectRoot, 'neo4j/target/lib/*')].join(path.delimiter);
    await promisify(execFile)('java', ['-cp', classpath, path.join(projectRoot, 'test/fixtures/no-auth-store.java'), folder]);
    await expect(access(passwordFile(folder))).rejects.toMatchObject({ code: 'ENOENT' });

    const upgraded = await start(folder, await getPort());
    expect((await stat(passwordFile(folder))).mode & 0o777).toBe(0o600);
    await withDriver(upgraded, async (driver) => {
      const { records } = await driver.executeQuery('MATCH (p:Probe) RETURN p.name AS name');
      expect(records.map((record) => record.get('name'))).toEqual(['written without a password']);
    });
    const anonymous = neo4j.driver(upgraded.uri);
    try {
      await expect(anonymous.executeQuery('RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await anonymous.close();
      await upgraded.stop();
    }
    // Two Neo4j starts: the old store's and the launcher's.
  }, 2 * startTimeout);

  it('shuts down when the process that started it is killed outright', async () => {
    const folder = await tempFolder();
    const port = await getPort();
    const script = [
      `import { startEmbeddedNeo4j } from ${JSON.stringify(launcherModule)};`,
      `const db = await startEmbeddedNeo4j({ dataDir: ${JSON.stringify(folder)}, boltPort: ${port} });`,
      'console.log(JSON.stringify({ pid: db.pid }));',
      'setInterval(() => {}, 60_000);',
    ].join('\n');
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const [line] = (await once(createInterface({ input: parent.stdout }), 'line')) as [string];
      const { pid } = JSON.parse(line) as { pid: number };
      orphans.push(pid);
      expect(isRunning(pid)).toBe(true);

      // SIGKILL leaves the parent no chance to clean up; only the kernel closing its end of the stdin pipe remains.
      parent.kill('SIGKILL');
      await waitFor(() => !isRunning(pid), 60_000);
      expect(isRunning(pid)).toBe(false);
      expect(await connects('127.0.0.1', port)).toBe(false);
      expect(await readFile(path.join(folder, 'logs', 'debug.log'), 'utf8')).toContain('Shutdown started');
    } finally {
      parent.kill('SIGKILL');
    }
  }, startTimeout);
});

async function withDriver(
  { uri, credentials }: { uri: string; credentials: EmbeddedCredentials },
  use: (driver: ReturnType<typeof neo4j.driver>) => Promise<void>,
): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(credentials.username, credentials.password));
  try {
    await use(driver);
  } finally {
    await driver.close();
  }
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

// An orphan that exited but is not yet reaped is a zombie: still signalable, yet gone for every purpose here.
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return true;
  }
  // The state letter follows the command name, which sits in parentheses and may itself contain them.
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await sleep(250);
}
