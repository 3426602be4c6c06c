// Adds findings to the synthetic graph at scale, as published assessments have them: each fact a force states becomes
// a :Finding (label SyntheticFinding too) citing its clause, involving the force and the theme or other entity, and
// its relationship carries the finding's id. Compare and diff read findings, which the bulk load does not write.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { type RelationshipType, relationshipTypes } from '../server/graph/records.ts';
import { type SyntheticAssessment, type SyntheticGraph, syntheticIds } from './synthetic-graph.ts';

export interface FindingsLayerReport {
  findings: number;
  seconds: number;
  /** True when the database already held them (a --reuse data folder). */
  reused: boolean;
}

interface FindingRow {
  id: string;
  rel: string;
  type: RelationshipType;
  source: string;
  from: string;
  to: string;
  role: 'THEME' | 'OBJECT';
  sentence: number;
  start: number;
  end: number;
  quote: string;
  judgement: string;
}

const themePrefix = syntheticIds.theme(0).replace(/\d+$/, '');

/** The findings of one assessment: the facts whose subject is its force, numbered within their sentence. */
export function findingsOf({ source, facts }: SyntheticAssessment): FindingRow[] {
  const perSentence = new Map<number, number>();
  return facts
    .filter((fact) => fact.from === source.forceId)
    .map((fact) => {
      const k = (perSentence.get(fact.sentence) ?? 0) + 1;
      perSentence.set(fact.sentence, k);
      const start = source.sentences[fact.sentence - 1]!.indexOf(fact.evidence);
      return {
        id: `${source.id}/s${fact.sentence}.${k}`,
        rel: fact.id,
        type: fact.type,
        source: source.id,
        from: fact.from,
        to: fact.to,
        role: fact.to.startsWith(themePrefix) ? 'THEME' : 'OBJECT',
        sentence: fact.sentence,
        start,
        end: start + fact.evidence.length,
        quote: fact.evidence,
        judgement: fact.judgement,
      };
    });
}

const createFindings = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
CREATE (f:Finding:SyntheticFinding {id: row.id, assessment: row.source, sentence: toInteger(row.sentence), start: toInteger(row.start),
                                    end: toInteger(row.end), quote: row.quote, judgement: row.judgement, basis: 'STATED',
                                    status: 'ESTABLISHED', inferredFrom: []})
CREATE (f)-[:INVOLVES {role: 'SUBJECT'}]->(a)
CREATE (f)-[:INVOLVES {role: row.role}]->(b)`;

// Types cannot be parameters: one statement per type of the model's allow-list, each seeking by the type's source index.
const linkRelationships = new Map(
  relationshipTypes.map((type) => [
    type,
    `UNWIND $rows AS row
MATCH ()-[r:${type}]->() WHERE r.source = row.source AND r.id = row.rel
SET r.finding = row.id`,
  ]),
);

async function writeBatch(tx: ManagedTransaction, rows: FindingRow[]): Promise<void> {
  await tx.run(createFindings, { rows });
  const byType = new Map<RelationshipType, FindingRow[]>();
  for (const row of rows) byType.set(row.type, [...(byType.get(row.type) ?? []), row]);
  for (const [type, typed] of byType) await tx.run(linkRelationships.get(type)!, { rows: typed });
}

export async function countSyntheticFindings(driver: Driver, database?: string): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (f:SyntheticFinding) RETURN count(f) AS n', {}, { database });
  return Number(records[0]?.get('n') ?? 0);
}

/** Writes the findings layer unless the database holds it already, in batches of about `batchSize` findings. */
export async function loadFindingsLayer(
  driver: Driver,
  graph: SyntheticGraph,
  options: { database?: string; batchSize: number; writers: number; log?: (message: string) => void },
): Promise<FindingsLayerReport> {
  const started = performance.now();
  const present = await countSyntheticFindings(driver, options.database);
  if (present > 0) return { findings: present, seconds: 0, reused: true };
  function* batches(): Generator<FindingRow[]> {
    let batch: FindingRow[] = [];
    for (const assessment of graph.assessments()) {
      batch.push(...findingsOf(assessment));
      if (batch.length >= options.batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
  const pending = batches();
  let written = 0;
  let lastLog = performance.now();
  const writer = async () => {
    for (let next = pending.next(); !next.done; next = pending.next()) {
      const rows = next.value;
      const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        // Two writers can deadlock on a shared theme; executeWrite retries such transient failures.
        await session.executeWrite((tx) => writeBatch(tx, rows));
      } finally {
        await session.close();
      }
      written += rows.length;
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        options.log?.(`   findings layer: ${written.toLocaleString('en-GB')} findings written`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.writers }, writer));
  return { findings: written, seconds: Math.round((performance.now() - started) / 100) / 10, reused: false };
}
