// Builds the embedded Neo4j launcher in neo4j/ when stale, runs it as a child process and stops it cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { type EmbeddedCredentials, readEmbeddedCredentials } from './embedded-files.ts';

export interface EmbeddedNeo4jOptions {
  /** Neo4j's home for this instance: the store lands in `data/`, Neo4j's own logs in `logs/`. */
  dataDir: string;
  /** Must be a loopback address: the launcher refuses anything else. */
  host?: string;
  boltPort?: number;
  /** JVM heap, used for both -Xms and -Xmx, e.g. `512m`. */
  heap?: string;
  /** Neo4j page cache (off heap), e.g. `128m`. */
  pageCache?: string;
  /** Ceiling on memory used by all running transactions together, e.g. `128m`. */
  transactionMemory?: string;
  /** Receives Maven's and Neo4j's output line by line; without it the output is dropped. */
  onLog?: (line: string) => void;
  /** How long Neo4j may take from process start to an available database (the build is not counted). */
  startTimeoutMs?: number;
}

export interface EmbeddedNeo4j {
  /** `bolt://host:port`, for a driver with `credentials`. */
  readonly uri: string;
  /** User neo4j and the password kept in the data folder (see embedded-files.ts). */
  readonly credentials: EmbeddedCredentials;
  /** The Java process. */
  readonly pid: number;
  /** Settles with the exit code (null when killed by a signal) once the process is gone; never rejects. */
  readonly exited: Promise<number | null>;
  /** Shuts Neo4j down and waits for the process to end; safe to call more than once. */
  stop(): Promise<void>;
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const launcherDir = path.join(projectRoot, 'neo4j');
const pomFile = path.join(launcherDir, 'pom.xml');
const sourceDir = path.join(launcherDir, 'src');
const targetDir = path.join(launcherDir, 'target');
// Written only after a successful build, so a half-finished one is never mistaken for current.
const stampFile = path.join(targetDir, 'launcher-built.stamp');
// Jars only (not the classes folder): the JVM archives classes for sharing only from jars.
const classpath = [path.join(targetDir, 'embedded-neo4j.jar'), path.join(targetDir, 'lib', '*')].join(path.delimiter);
// Class-data sharing: most of Neo4j's start is the JVM loading and verifying some thousands of classes. The first clean
// stop after a build writes them, parsed and verified, into this archive; later starts map it instead. A start that
// finds no archive (or one the JVM rejects as stale) simply runs without it.
export const classArchive = path.join(targetDir, 'neo4j-classes.jsa');
const mainClass = 'org.peelgraph.EmbeddedNeo4j';
const readyLine = /^NEO4J_READY (bolt:\/\/\S+)$/;

// Neo4j's page cache and Netty want these to reach JDK internals (otherwise a slower fallback and a warning);
// a child that runs out of memory should die loudly rather than limp on.
const jvmFlags = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
];

const stopTimeoutMs = 30_000;
// Writing the class archive at exit takes seconds on a quiet machine and much longer on a loaded one; killing the
// process part-way would only throw the archive away, so the first stop after a build is given longer.
const archivingStopTimeoutMs = 180_000;
// No dump takes this long to write, so an older one was abandoned.
const abandonedDumpAgeMs = 30 * 60_000;
const tailLines = 40;

let buildInFlight: Promise<void> | undefined;

/** Runs Maven on neo4j/ unless the last successful build is newer than pom.xml and every Java source. */
export function ensureLauncherBuilt(onLog?: (line: string) => void): Promise<void> {
  // Two concurrent Maven runs on one target folder would trample each other.
  buildInFlight ??= buildIfStale(onLog).finally(() => {
    buildInFlight = undefined;
  });
  return buildInFlight;
}

/** Starts Neo4j and resolves once its default database accepts Bolt connections. */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const {
    dataDir,
    host = '127.0.0.1',
    boltPort = 7687,
    heap = '512m',
    pageCache = '128m',
    transactionMemory = '128m',
    onLog,
    startTimeoutMs = 120_000,
  } = options;
  if (!dataDir) throw new Error('startEmbeddedNeo4j: dataDir is required');
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65_535) {
    throw new Error(`startEmbeddedNeo4j: boltPort must be an integer 1-65535, got ${boltPort}`);
  }

  await ensureLauncherBuilt(onLog);
  await removeAbandonedDumps();
  const archived = (await mtimeOrUndefined(classArchive)) !== undefined;
  // Each instance dumps to a name of its own, moved into place only after a clean exit: instances that stop at the same
  // time never write one file, and a process killed while dumping leaves no half archive behind.
  const dumpFile = archived ? undefined : path.join(targetDir, `neo4j-classes.${randomUUID()}.jsa`);
  const classSharing = dumpFile ? [`-XX:ArchiveClassesAtExit=${dumpFile}`] : [`-XX:SharedArchiveFile=${classArchive}`];

  const child = spawn(
    'java',
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      ...jvmFlags,
      ...classSharing,
      // The archive's own notes (classes it skips while dumping) are not Neo4j's news.
      '-Xlog:cds=off',
      '-Xlog:cds+dynamic=off',
      '-cp',
      classpath,
      mainClass,
      `--data-dir=${path.resolve(dataDir)}`,
      `--host=${host}`,
      `--bolt-port=${boltPort}`,
      `--page-cache=${pageCache}`,
      `--transaction-memory=${transactionMemory}`,
    ],
    // stdin stays a pipe we never write to and never close while running: its EOF is the launcher's cue that
    // this process is gone, however it died.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  // Once the child is gone the pipe can report EPIPE; that is expected and must not crash this process.
  child.stdin?.on('error', () => {});

  const stderrTail: string[] = [];
  const processExited = new Promise<number | null>((resolve) => {
    child.once('close', (code) => resolve(code));
    child.once('error', () => {
      if (child.pid === undefined) resolve(null);
    });
  });
  processExited.then(() => child.stdin?.destroy());
  // Settles once the class archive is in place too, so a caller that stops Neo4j and then exits does not lose it.
  const exited = processExited.then(async (code) => {
    if (dumpFile) await keepClassArchive(dumpFile, code).catch((error: unknown) => onLog?.(`class-data archive not kept: ${(error as Error).message}`));
    return code;
  });

  const stop = stopper(child, exited, dumpFile ? archivingStopTimeoutMs : stopTimeoutMs);

  const uri = await new Promise<string>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`Embedded Neo4j did not start: ${reason}${formatTail(stderrTail)}`));
    };
    const timer = setTimeout(() => {
      fail(`no ready line within ${startTimeoutMs} ms`);
      void stop();
    }, startTimeoutMs);

    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = readyLine.exec(line);
      if (ready && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve(ready[1]!);
      } else {
        onLog?.(line);
      }
    });
    createInterface({ input: child.stderr! }).on('line', (line) => {
      stderrTail.push(line);
      if (stderrTail.length > tailLines) stderrTail.shift();
      onLog?.(line);
    });
    child.once('error', (error) => fail(`could not run java (${error.message})`));
    void exited.then((code) => fail(`the process exited with code ${code} before it was ready`));
  });

  const credentials = await readEmbeddedCredentials(dataDir).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { uri, credentials, pid: child.pid!, exited, stop };
}

/**
 * An instance whose parent died first (its stdin closed, so it stopped by itself) still dumps its classes, and nobody
 * moves the dump into place; such dumps are tens of megabytes, so old ones are removed.
 */
async function removeAbandonedDumps(): Promise<void> {
  const names = await readdir(targetDir).catch(() => [] as string[]);
  const abandonedBefore = Date.now() - abandonedDumpAgeMs;
  for (const name of names.filter((entry) => /^neo4j-classes\..+\.jsa$/.test(entry))) {
    const file = path.join(targetDir, name);
    const modified = await mtimeOrUndefined(file);
    if (modified !== undefined && modified < abandonedBefore) await rm(file, { force: true });
  }
}

/** After a clean exit the instance's dump becomes the archive; otherwise (killed, or failed) it is dropped. */
async function keepClassArchive(dumpFile: string, exitCode: number | null): Promise<void> {
  try {
    if (exitCode === 0 && (await mtimeOrUndefined(dumpFile)) !== undefined) await rename(dumpFile, classArchive);
  } finally {
    await rm(dumpFile, { force: true });
  }
}

function stopper(child: ChildProcess, exited: Promise<number | null>, timeoutMs: number): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
        await exited;
        return;
      }
      child.kill('SIGTERM');
      // A clean shutdown flushes the store and normally takes a few seconds; past this it is hung.
      const escalation = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      try {
        await exited;
      } finally {
        clearTimeout(escalation);
      }
    })();
    return stopping;
  };
}

async function buildIfStale(onLog?: (line: string) => void): Promise<void> {
  const builtAt = await mtimeOrUndefined(stampFile);
  const newestInput = Math.max(...(await inputFiles()).map((file) => file.mtimeMs));
  if (builtAt !== undefined && builtAt >= newestInput) return;

  // Stamped with the start time, so a source edited while Maven runs still counts as newer than the build.
  const startedAt = new Date();
  onLog?.('Building the embedded Neo4j launcher with Maven…');
  await runMaven(onLog);
  // Classes archived from the previous build would not match the new jars.
  await rm(classArchive, { force: true });
  await writeFile(stampFile, `built ${startedAt.toISOString()}\n`);
  await utimes(stampFile, startedAt, startedAt);
}

async function inputFiles(): Promise<{ mtimeMs: number }[]> {
  const sources = await readdir(sourceDir, { recursive: true, withFileTypes: true });
  const paths = [
    pomFile,
    ...sources.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)),
  ];
  return Promise.all(paths.map((file) => stat(file)));
}

async function mtimeOrUndefined(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function runMaven(onLog?: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const maven = spawn('mvn', ['-q', '-B', '-f', pomFile, 'package'], {
      cwd: launcherDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    const collect = (line: string) => {
      const plain = stripVTControlCharacters(line);
      if (plain.trim() === '') return;
      tail.push(plain);
      if (tail.length > tailLines) tail.shift();
      onLog?.(plain);
    };
    createInterface({ input: maven.stdout }).on('line', collect);
    createInterface({ input: maven.stderr }).on('line', collect);
    maven.once('error', (error) => reject(new Error(`Could not run mvn to build the Neo4j launcher: ${error.message}`)));
    maven.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`Maven build of the Neo4j launcher failed (${signal ?? `exit ${code}`})${formatTail(tail)}`));
    });
  });
}

function formatTail(lines: string[]): string {
  return lines.length === 0 ? '' : `\n--- last output ---\n${lines.join('\n')}`;
}
