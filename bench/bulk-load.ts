// Loads a synthetic graph into Neo4j in UNWIND batches, showing a progress bar with the rate, and removes it again.
import { SingleBar } from 'cli-progress';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { relationshipTypes, type RelationshipType } from '../server/graph/records.ts';
import type { SyntheticAssessment, SyntheticEntity, SyntheticGraph, SyntheticLabel, SyntheticSource } from './synthetic-graph.ts';

export interface LoadOptions {
  database?: string;
  /** Relationships per write transaction. */
  batchSize?: number;
  /** Write transactions in flight at once. */
  writers?: number;
  /** Draw a progress bar on stderr (a line every few seconds when stderr is not a terminal). */
  progress?: boolean;
  /**
   * Drop the relationship property indexes (full-text evidence, source ranges) for the load and build them
   * again after it, instead of updating them with every batch. Search over evidence is missing meanwhile,
   * so this is for loading a database nobody is reading from.
   */
  rebuildIndexes?: boolean;
  /** Reads the database process's CPU time so far in milliseconds, so the report can say what each relationship cost it. */
  databaseCpuMs?: () => Promise<number>;
}

export interface LoadReport {
  entities: number;
  sources: number;
  relationships: number;
  /** Time to create the relationships with their indexes: updated as they go, or dropped and built again. */
  relationshipSeconds: number;
  relationshipsPerSecond: number;
  /** Of relationshipSeconds, the time spent building the dropped indexes again (0 when they were kept). */
  indexRebuildSeconds: number;
  indexesRebuilt: string[];
  /** Everything: entities, sources and relationships. */
  totalSeconds: number;
  batchSize: number;
  writers: number;
  /**
   * The database process's CPU time per relationship written, index rebuild not included, and for the rebuild,
   * when `databaseCpuMs` was given: with every core busy, cores ÷ this is the most relationships a second it can write.
   */
  databaseCpu?: { msPerRelationship: number; indexRebuildSeconds: number };
}

const labels: readonly SyntheticLabel[] = ['Force', 'Inspector', 'Theme', 'Partner', 'VictimGroup', 'Risk', 'Power', 'Community'];

// Labels and types cannot be parameters, so each comes from the model's own allow-list into a constant text.
// Each returns the new nodes' element ids: relationships then find their ends by id seek, without the
// uniqueness index's locking seek, which cost a third of the time per relationship.
const createEntities = new Map(
  labels.map((label) => [
    label,
    `UNWIND $rows AS row CREATE (n:Entity:Synthetic:${label}) SET n = row, n.synthetic = true, n.nameKeys = [toLower(row.name)] RETURN row.id AS id, elementId(n) AS elementId`,
  ]),
);

const createSources = `
UNWIND $rows AS row
CREATE (s:Source:Synthetic)
SET s = row, s.year = toInteger(row.year), s.synthetic = true`;

const createRelationships = new Map(
  relationshipTypes.map((type) => [
    type,
    `UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.fromElement
MATCH (b) WHERE elementId(b) = row.toElement
CREATE (a)-[:${type} {id: row.id, source: row.source, sentence: toInteger(row.sentence), judgement: row.judgement,
                      evidence: row.evidence, synthetic: true}]->(b)`,
  ]),
);

/** Relationship property indexes with the statements that create them again; the type lookup index stays. */
const relationshipPropertyIndexes = `
SHOW INDEXES YIELD name, entityType, type, createStatement
WHERE entityType = 'RELATIONSHIP' AND type <> 'LOOKUP'
RETURN name, createStatement`;

/** Waits for indexes being built, up to an hour: a million relationships' evidence takes under a minute. */
const awaitIndexes = 'CALL db.awaitIndexes(3600)';

/** Deletes in small transactions so even a million relationships never need one huge transaction state. */
const deleteSynthetic = `
MATCH (n:Synthetic)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 500 ROWS`;

function progressBar(enabled: boolean, unit: string, total: number): { update(value: number): void; stop(): void } {
  if (!enabled) return { update() {}, stop() {} };
  const bar = new SingleBar({
    format: `  ${unit.padEnd(13)} [{bar}] {percentage}% | {value}/{total} | {rate}/s | {duration}s`,
    barsize: 30,
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5_000,
    stream: process.stderr,
  });
  const started = performance.now();
  bar.start(total, 0, { rate: '0' });
  return {
    update(value: number) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(value, { rate: seconds > 0 ? Math.round(value / seconds).toLocaleString('en-GB') : '0' });
    },
    stop() {
      bar.stop();
    },
  };
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Groups assessments until they hold `size` facts: one write transaction each. */
function* assessmentBatches(assessments: Iterable<SyntheticAssessment>, size: number): Generator<SyntheticAssessment[]> {
  let batch: SyntheticAssessment[] = [];
  let facts = 0;
  for (const assessment of assessments) {
    batch.push(assessment);
    facts += assessment.facts.length;
    if (facts >= size) {
      yield batch;
      batch = [];
      facts = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

/** Entity id to Neo4j element id, filled as entities are created. */
type ElementIds = Map<string, string>;

async function writeEntities(tx: ManagedTransaction, entities: SyntheticEntity[]): Promise<[string, string][]> {
  const byLabel = new Map<SyntheticLabel, Record<string, unknown>[]>();
  for (const { label, ...properties } of entities) {
    let rows = byLabel.get(label);
    if (!rows) byLabel.set(label, (rows = []));
    rows.push(properties);
  }
  const created: [string, string][] = [];
  for (const [label, rows] of byLabel) {
    const { records } = await tx.run(createEntities.get(label)!, { rows });
    for (const record of records) created.push([record.get('id') as string, record.get('elementId') as string]);
  }
  return created;
}

function relationshipRows(assessments: SyntheticAssessment[], elementIds: ElementIds): Map<RelationshipType, Record<string, unknown>[]> {
  const byType = new Map<RelationshipType, Record<string, unknown>[]>();
  for (const { facts } of assessments) {
    for (const { type, from, to, id, source, sentence, judgement, evidence } of facts) {
      const fromElement = elementIds.get(from);
      const toElement = elementIds.get(to);
      if (fromElement === undefined || toElement === undefined) throw new Error(`fact ${id} joins an entity that was not loaded`);
      let rows = byType.get(type);
      if (!rows) byType.set(type, (rows = []));
      rows.push({ fromElement, toElement, id, source, sentence, judgement, evidence });
    }
  }
  return byType;
}

async function writeAssessments(tx: ManagedTransaction, sources: SyntheticSource[], byType: Map<RelationshipType, Record<string, unknown>[]>) {
  await tx.run(createSources, { rows: sources });
  for (const [type, rows] of byType) await tx.run(createRelationships.get(type)!, { rows });
}

/**
 * Entities first (every relationship's ends must exist), then batches of assessments with their facts, a few
 * write transactions at a time: Neo4j commits one while it runs the next, and this process generates a third.
 */
export async function loadSyntheticGraph(driver: Driver, graph: SyntheticGraph, options: LoadOptions = {}): Promise<LoadReport> {
  const batchSize = options.batchSize ?? 20_000;
  const writers = options.writers ?? 2;
  const showProgress = options.progress ?? true;
  const write = async <T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
    const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
    try {
      // Two writers can deadlock on a shared entity; executeWrite retries such transient failures.
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  };
  const started = performance.now();

  const elementIds: ElementIds = new Map();
  const entityBar = progressBar(showProgress, 'entities', graph.entityCount);
  for (const batch of batches(graph.entities(), batchSize)) {
    for (const [id, elementId] of await write((tx) => writeEntities(tx, batch))) elementIds.set(id, elementId);
    entityBar.update(elementIds.size);
  }
  entityBar.stop();

  const relationshipsStarted = performance.now();
  const cpuAtStart = await options.databaseCpuMs?.();
  const dropped = options.rebuildIndexes ? await dropRelationshipIndexes(driver, options.database) : [];
  const relationshipBar = progressBar(showProgress, 'relationships', graph.factCount);
  let relationships = 0;
  let sources = 0;
  const pending = assessmentBatches(graph.assessments(), batchSize);
  const writer = async () => {
    for (let next = pending.next(); !next.done; next = pending.next()) {
      const batch = next.value;
      const rows = relationshipRows(batch, elementIds);
      await write((tx) => writeAssessments(tx, batch.map((a) => a.source), rows));
      sources += batch.length;
      relationships += batch.reduce((sum, a) => sum + a.facts.length, 0);
      relationshipBar.update(relationships);
    }
  };
  let rebuildStarted: number;
  let cpuAtRebuild: number | undefined;
  try {
    await Promise.all(Array.from({ length: writers }, writer));
  } finally {
    relationshipBar.stop();
    // Even when a batch failed, the database keeps the indexes it had.
    rebuildStarted = performance.now();
    cpuAtRebuild = await options.databaseCpuMs?.();
    await createIndexes(driver, dropped, options.database);
  }
  const finished = performance.now();
  const cpuAtEnd = await options.databaseCpuMs?.();
  const relationshipSeconds = (finished - relationshipsStarted) / 1000;
  return {
    entities: elementIds.size,
    sources,
    relationships,
    relationshipSeconds,
    relationshipsPerSecond: relationships / relationshipSeconds,
    indexRebuildSeconds: (finished - rebuildStarted) / 1000,
    indexesRebuilt: dropped.map((index) => index.name),
    totalSeconds: (finished - started) / 1000,
    batchSize,
    writers,
    ...(cpuAtStart !== undefined && cpuAtRebuild !== undefined && cpuAtEnd !== undefined && relationships > 0
      ? { databaseCpu: { msPerRelationship: (cpuAtRebuild - cpuAtStart) / relationships, indexRebuildSeconds: (cpuAtEnd - cpuAtRebuild) / 1000 } }
      : {}),
  };
}

interface IndexDefinition {
  name: string;
  createStatement: string;
}

async function dropRelationshipIndexes(driver: Driver, database?: string): Promise<IndexDefinition[]> {
  const { records } = await driver.executeQuery(relationshipPropertyIndexes, {}, { database });
  const indexes = records.map((record) => ({ name: record.get('name') as string, createStatement: record.get('createStatement') as string }));
  // Index names cannot be parameters; these come from Neo4j's own list, quoted as identifiers.
  for (const { name } of indexes) await driver.executeQuery(`DROP INDEX \`${name.replaceAll('`', '``')}\` IF EXISTS`, {}, { database });
  return indexes;
}

async function createIndexes(driver: Driver, indexes: IndexDefinition[], database?: string): Promise<void> {
  if (indexes.length === 0) return;
  for (const { createStatement } of indexes) await driver.executeQuery(createStatement, {}, { database });
  await driver.executeQuery(awaitIndexes, {}, { database });
}

/** Removes every :Synthetic node with its relationships; the real graph has no :Synthetic node, so it is untouched. */
export async function deleteSyntheticGraph(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    await session.run(deleteSynthetic);
  } finally {
    await session.close();
  }
}

export async function countSynthetic(driver: Driver, database?: string): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:Synthetic) RETURN count(n) AS nodes }
     CALL () { MATCH (:Synthetic)-[r]->() WHERE r.synthetic RETURN count(r) AS relationships }
     RETURN nodes, relationships`,
    {},
    { database },
  );
  return { nodes: Number(records[0]?.get('nodes') ?? 0), relationships: Number(records[0]?.get('relationships') ?? 0) };
}
