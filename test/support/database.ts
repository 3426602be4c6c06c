// The tests' way to the Neo4j that the global setup started and seeded.
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../server/graph/database.ts';
import { GraphRepository } from '../../server/graph/repository.ts';

export function testDriver(uri: string = inject('neo4jUri')): Driver {
  return createDriver(uri, { ...testCredentials(), queryTimeoutMs: 30_000 });
}

/** User and password of the test run's Neo4j. */
export function testCredentials(): { username: string; password: string } {
  return { username: 'neo4j', password: inject('neo4jPassword') };
}

export function testRepository(driver: Driver, onRoundTrip?: (milliseconds: number) => void): GraphRepository {
  return new GraphRepository(driver, { queryTimeoutMs: 30_000, onRoundTrip });
}

/**
 * Matches the nodes of the graph proper, leaving out tokens, audit entries and drafts: the project's own records,
 * which tests of sign-in, the audit trail and review add while other test files look at the whole graph.
 */
export const inGraph = (variable: string) => `NOT ${variable}:Token AND NOT ${variable}:AuditEntry AND NOT ${variable}:Draft AND NOT ${variable}:DraftFinding`;

/** Every node and relationship of the graph with all properties, in a stable order: two equal dumps mean equal graphs. */
export async function dumpGraph(driver: Driver): Promise<{ nodes: unknown[]; relationships: unknown[] }> {
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE ${inGraph('n')} RETURN labels(n) AS labels, properties(n) AS properties ORDER BY coalesce(n.id, "") , elementId(n)`,
  );
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE ${inGraph('a')} AND ${inGraph('b')} RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties ORDER BY r.id, from, to`,
  );
  return {
    nodes: nodes.records.map((r) => ({ labels: [...(r.get('labels') as string[])].sort(), properties: r.get('properties') })),
    relationships: relationships.records.map((r) => r.toObject()),
  };
}
