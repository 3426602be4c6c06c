// The explorer's drawing path on a bare page: its element conversion, stylesheet, extensions, options, large-view labelling and layout, chosen for the graph's size.
import type { Core } from 'cytoscape';
import { toElements } from '../../client/src/elements.ts';
import { cytoscape } from '../../client/src/extensions.ts';
import { isLargeView } from '../../client/src/large-view.ts';
import { labelWhereReadable } from '../../client/src/large-view-labels.ts';
import { layoutOptions } from '../../client/src/layouts.ts';
import { stylesheet } from '../../client/src/style.ts';
import { glRenderer, measureDrawing } from './measure-drawing.ts';
import { elementCount, type PageInput } from './page-input.ts';

const container = document.getElementById('cy')!;

Object.assign(window, {
  glRenderer,
  draw: ({ graph, webgl, frames }: PageInput) =>
    measureDrawing(
      // The options client/src/explorer.ts gives Cytoscape.
      () => {
        const large = isLargeView(elementCount(graph));
        const cy = cytoscape({
          container,
          elements: toElements(graph),
          style: stylesheet({ large }),
          layout: { name: 'preset', fit: false },
          renderer: { name: 'canvas', webgl },
          minZoom: 0.1,
          maxZoom: 4,
          boxSelectionEnabled: false,
          selectionType: 'single',
        } as never) as Core;
        if (large) labelWhereReadable(cy);
        return cy;
      },
      layoutOptions('fcose', { elementCount: elementCount(graph) }),
      frames,
    ),
});
