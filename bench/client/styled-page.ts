// The middle reference: bare Cytoscape given the explorer's elements (converted before the clock starts) and its
// stylesheet, with the same layout. What it costs over bare Cytoscape is the explorer's look (labels, shapes, a layout
// that makes room for labels); what peel-graph costs over it is the explorer's own code.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toElements } from '../../client/src/elements.ts';
import { isLargeView } from '../../client/src/large-view.ts';
import { layoutOptions } from '../../client/src/layouts.ts';
import { stylesheet } from '../../client/src/style.ts';
import { glRenderer, measureDrawing } from './measure-drawing.ts';
import { elementCount, type PageInput } from './page-input.ts';

cytoscape.use(fcose);
const container = document.getElementById('cy')!;

Object.assign(window, {
  glRenderer,
  draw: ({ graph, webgl, frames }: PageInput) => {
    const elements = toElements(graph);
    return measureDrawing(
      () =>
        cytoscape({
          container,
          elements,
          style: stylesheet({ large: isLargeView(elementCount(graph)) }),
          layout: { name: 'preset' },
          renderer: { name: 'canvas', webgl },
        } as never) as Core,
      layoutOptions('fcose', { elementCount: elementCount(graph) }),
      frames,
    );
  },
});
