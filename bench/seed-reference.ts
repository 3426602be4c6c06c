// The seed's reviewed findings read from its Cypher (cypher/30-*-findings.cypher) without opening the database: the
// one source of the reference a draft of the seed is scored against when no graph is at hand.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCypherScript } from '../server/graph/cypher-script.ts';
import type { ReferenceEdge, ReferenceFinding } from './draft-score.ts';

const stringLiteral = String.raw`"((?:[^"\\]|\\.)*)"`;
const findingNode = new RegExp(`CREATE\\s*\\(\\w+:Finding\\s*\\{\\s*id:\\s*${stringLiteral},\\s*assessment:\\s*${stringLiteral}[^}]*?\\bsentence:\\s*(\\d+)[^}]*?\\bjudgement:\\s*(null|${stringLiteral})`);
const drawnEdge = new RegExp(
  `MATCH\\s*\\((\\w+):Entity\\s*\\{id:\\s*${stringLiteral}\\}\\),\\s*\\((\\w+):Entity\\s*\\{id:\\s*${stringLiteral}\\}\\)\\s*CREATE\\s*\\((\\w+)\\)-\\[:(\\w+)\\s*\\{[^}]*?\\bfinding:\\s*${stringLiteral}[^}]*\\}\\]->\\((\\w+)\\)`,
);

export interface SeedReferenceFinding extends ReferenceFinding {
  id: string;
}

/** The findings of one assessment in a findings script, each with the relationships drawn for it, in the script's order. */
export function parseSeedFindings(script: string, file: string, assessment: string): SeedReferenceFinding[] {
  const findings = new Map<string, SeedReferenceFinding>();
  const edges: { finding: string; edge: ReferenceEdge }[] = [];
  for (const { text } of parseCypherScript(script, file)) {
    const node = findingNode.exec(text);
    if (node) {
      const [, id, of, sentence, , judgement] = node;
      if (of === assessment) findings.set(id!, { id: id!, sentence: Number(sentence), judgement: judgement ?? null, edges: [] });
      continue;
    }
    const drawn = drawnEdge.exec(text);
    if (drawn) {
      const [, aVar, aId, bVar, bId, fromVar, type, finding, toVar] = drawn;
      const byVar = new Map([[aVar!, aId!], [bVar!, bId!]]);
      const from = byVar.get(fromVar!);
      const to = byVar.get(toVar!);
      if (!from || !to) throw new Error(`${file}: a relationship for ${finding} joins variables its MATCH does not bind`);
      edges.push({ finding: finding!, edge: { from, type: type!, to } });
    }
  }
  for (const { finding, edge } of edges) {
    const owner = findings.get(finding);
    if (owner) owner.edges.push(edge);
    else if (finding.startsWith(`${assessment}/`)) throw new Error(`${file}: a relationship cites ${finding}, which the script does not create`);
  }
  const list = [...findings.values()];
  const bare = list.find((f) => f.edges.length === 0);
  if (bare) throw new Error(`${file}: finding ${bare.id} draws no relationship`);
  return list;
}

/** Every findings script of the seed directory, for one assessment. */
export async function readSeedReference(directory: string, assessment: string): Promise<SeedReferenceFinding[]> {
  const files = (await readdir(directory)).filter((name) => /^30-.*\.cypher$/.test(name)).sort();
  const all = await Promise.all(files.map(async (name) => parseSeedFindings(await readFile(path.join(directory, name), 'utf8'), name, assessment)));
  const findings = all.flat();
  if (findings.length === 0) throw new Error(`no findings of ${assessment} in ${directory}/30-*.cypher`);
  return findings;
}
