// What the bench hands a page: a graph in the API's shape, and how to draw it.
import type { Entity, Relationship } from '../../client/src/model.ts';

export interface PageInput {
  graph: { nodes: Entity[]; edges: Relationship[] };
  webgl: boolean;
  frames: number;
}

/** The size by which the explorer chooses its layout and stylesheet (client/src/large-view.ts). */
export const elementCount = (graph: PageInput['graph']) => graph.nodes.length + graph.edges.length;
