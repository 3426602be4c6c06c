// The part of dumpGraph that belongs to one assessment: its Source, its findings, the entities it names and the
// relationships it draws. Tests that write compare these, since other test files write beside them.
import type { Driver } from 'neo4j-driver';
import { dumpGraph } from './database.ts';

interface DumpedNode {
  labels: string[];
  properties: Record<string, unknown>;
}

interface DumpedRelationship {
  from: string;
  type: string;
  to: string;
  properties: Record<string, unknown>;
}

export async function dumpAssessment(driver: Driver, assessment: string, entityIds: string[]): Promise<{ nodes: DumpedNode[]; relationships: DumpedRelationship[] }> {
  const { nodes, relationships } = (await dumpGraph(driver)) as { nodes: DumpedNode[]; relationships: DumpedRelationship[] };
  const entities = new Set(entityIds);
  return {
    nodes: nodes.filter(
      ({ labels, properties }) =>
        (labels.includes('Source') && properties.id === assessment) ||
        (labels.includes('Finding') && properties.assessment === assessment) ||
        (labels.includes('Entity') && entities.has(properties.id as string)),
    ),
    relationships: relationships.filter(
      ({ from, type, properties }) => properties.source === assessment || (type === 'INVOLVES' && from.startsWith(`${assessment}/`)),
    ),
  };
}
