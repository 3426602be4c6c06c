// What the bench ran on, since absolute numbers only mean something next to the machine and its load.
import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';

const run = promisify(execFile);

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  java: string;
  neo4j: string;
  gitCommit: string;
  /** 1-minute load average when the run started: other work on the machine shows up here. */
  loadAverageAtStart: number;
}

async function javaVersion(): Promise<string> {
  try {
    const { stderr } = await run('java', ['-version']);
    return /version "([^"]+)"/.exec(stderr)?.[1] ?? stderr.split('\n')[0] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

async function gitCommit(): Promise<string> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: new URL('..', import.meta.url) });
    return stdout.trim();
  } catch {
    return 'unknown';
  }
}

async function neo4jVersion(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
  const record = records[0];
  return record ? `${record.get('name')} ${record.get('version')} ${record.get('edition')}` : 'unknown';
}

export async function describeMachine(driver: Driver): Promise<Machine> {
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: await javaVersion(),
    neo4j: await neo4jVersion(driver),
    gitCommit: await gitCommit(),
    loadAverageAtStart: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

export function loadAverage(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}
