// Runs two contenders alternately (A B B A …) after warming both, so drift on a noisy machine hits both alike.
import { readFile } from 'node:fs/promises';
import { type LoadResult, type RawRun, summariseRuns } from './latency.ts';

export interface Contender {
  name: string;
  run(seconds: number): Promise<RawRun>;
  /** Processes whose CPU time counts towards this contender's requests. */
  pids?: number[];
}

const clockTicksPerSecond = 100;

/** User plus system CPU time of a process so far, in milliseconds (from /proc, in clock ticks of 1/100 s). */
export async function cpuMilliseconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3, utime field 14 and stime field 15 of the whole line.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
}

async function timed(contender: Contender, seconds: number): Promise<RawRun> {
  if (!contender.pids?.length) return contender.run(seconds);
  const each = () => Promise.all(contender.pids!.map(cpuMilliseconds));
  const before = await each();
  const run = await contender.run(seconds);
  const cpuMsByProcess = (await each()).map((after, index) => after - before[index]!);
  return { ...run, cpuMs: cpuMsByProcess.reduce((a, b) => a + b, 0), cpuMsByProcess };
}

export interface Timing {
  warmupSeconds: number;
  /** Total measured seconds per contender, split over `rounds` runs. */
  seconds: number;
  rounds: number;
}

export async function compare(a: Contender, b: Contender, timing: Timing, connections: number): Promise<[LoadResult, LoadResult]> {
  if (timing.warmupSeconds > 0) {
    await a.run(timing.warmupSeconds);
    await b.run(timing.warmupSeconds);
  }
  const runs: [RawRun[], RawRun[]] = [[], []];
  const slice = timing.seconds / timing.rounds;
  for (let round = 0; round < timing.rounds; round += 1) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) runs[index]!.push(await timed([a, b][index]!, slice));
  }
  return [summariseRuns(runs[0], connections), summariseRuns(runs[1], connections)];
}

/** One contender alone, warmed up the same way. */
export async function measure(contender: Contender, timing: Timing, connections: number): Promise<LoadResult> {
  if (timing.warmupSeconds > 0) await contender.run(timing.warmupSeconds);
  const runs: RawRun[] = [];
  for (let round = 0; round < timing.rounds; round += 1) runs.push(await timed(contender, timing.seconds / timing.rounds));
  return summariseRuns(runs, connections);
}
