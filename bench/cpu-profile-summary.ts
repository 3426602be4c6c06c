// Sums a V8 CPU profile (node --cpu-prof) by package and by function, to show where a server under test spends.
// Usage: npx tsx bench/cpu-profile-summary.ts bench/results/profiles/peel-graph [--top 25]
// Given a folder, reads the busiest profile in it: the server's main thread, not tsx's loader thread.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
const target = positionals[0];
if (!target) throw new Error('name a .cpuprofile file or a folder of them');

type Profile = { nodes: ProfileNode[]; startTime: number; endTime: number };
const busy = (p: Profile) => p.nodes.reduce((sum, node) => sum + (node.callFrame.functionName === '(idle)' ? 0 : (node.hitCount ?? 0)), 0);

async function busiest(folderOrFile: string): Promise<[string, Profile]> {
  const files = (await stat(folderOrFile)).isDirectory()
    ? (await readdir(folderOrFile)).filter((name) => name.endsWith('.cpuprofile')).map((name) => path.join(folderOrFile, name))
    : [folderOrFile];
  const profiles = await Promise.all(files.map(async (f) => [f, JSON.parse(await readFile(f, 'utf8')) as Profile] as [string, Profile]));
  const best = profiles.sort((a, b) => busy(b[1]) - busy(a[1]))[0];
  if (!best) throw new Error(`no .cpuprofile in ${folderOrFile}`);
  return best;
}
const [file, profile] = await busiest(target);

/** Where a frame's code lives: a package under node_modules, our own folder, or Node itself. */
function origin(url: string): string {
  if (url === '') return '(native, GC and idle)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  const own = /\/work\/[^/]+\/(server|bench)\/(.*)$/.exec(url) ?? /\/(server|bench)\/([^/]+\.ts)$/.exec(url);
  if (own) return `${own[1]}/${own[2]}`;
  return url.startsWith('node:') ? 'node internals' : url;
}

const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
const byOrigin = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const node of profile.nodes) {
  const hits = node.hitCount ?? 0;
  if (hits === 0) continue;
  const where = origin(node.callFrame.url);
  byOrigin.set(where, (byOrigin.get(where) ?? 0) + hits);
  const name = `${node.callFrame.functionName || '(anonymous)'} ${where}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
}
const top = Number(values.top);
const percent = (hits: number) => `${((hits / total) * 100).toFixed(1).padStart(5)}%`;
console.log(`${file}: ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s profiled, ${total} samples (self time)\n`);
console.log('by package:');
for (const [where, hits] of [...byOrigin].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${percent(hits)}  ${where}`);
console.log('\nby function:');
for (const [name, hits] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${percent(hits)}  ${name}`);
