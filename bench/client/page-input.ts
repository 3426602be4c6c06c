// What the bench hands a page: a graph in the API's shape, and how to draw it.
import type { Entity, Relationship } from '../../client/src/model.ts';

export interface PageInput {
  graph: { nodes: Entity[]; edges: Relationship[] };
  webgl: boolean;
  frames: number;
}
