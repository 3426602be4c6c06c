// The reference: bare Cytoscape with its default style, given the same elements (data only), and the same layout
// as the explorer chooses for the graph's size, so only the explorer's own work differs.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutOptions } from '../../client/src/layouts.ts';
import { glRenderer, measureDrawing } from './measure-drawing.ts';
import { elementCount, type PageInput } from './page-input.ts';

cytoscape.use(fcose);
const container = document.getElementById('cy')!;

Object.assign(window, {
  glRenderer,
  draw: ({ graph, webgl, frames }: PageInput) =>
    measureDrawing(
      () =>
        cytoscape({
          container,
          elements: [
            ...graph.nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.id } })),
            ...graph.edges.map((edge) => ({ group: 'edges' as const, data: { id: edge.id, source: edge.source.id, target: edge.target.id } })),
          ],
          layout: { name: 'preset' },
          renderer: { name: 'canvas', webgl },
        } as never) as Core,
      layoutOptions('fcose', { elementCount: elementCount(graph) }),
      frames,
    ),
});
