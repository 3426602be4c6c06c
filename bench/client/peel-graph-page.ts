// The explorer's drawing path on a bare page: its element conversion, stylesheet, extensions, options and layout.
import type { Core } from 'cytoscape';
import { toElements } from '../../client/src/elements.ts';
import { cytoscape } from '../../client/src/extensions.ts';
import { layoutOptions } from '../../client/src/layouts.ts';
import { stylesheet } from '../../client/src/style.ts';
import { glRenderer, measureDrawing } from './measure-drawing.ts';
import type { PageInput } from './page-input.ts';

const container = document.getElementById('cy')!;

Object.assign(window, {
  glRenderer,
  draw: ({ graph, webgl, frames }: PageInput) =>
    measureDrawing(
      // The options client/src/explorer.ts gives Cytoscape.
      () =>
        cytoscape({
          container,
          elements: toElements(graph),
          style: stylesheet(),
          layout: { name: 'preset' },
          renderer: { name: 'canvas', webgl },
          minZoom: 0.1,
          maxZoom: 4,
          boxSelectionEnabled: false,
          selectionType: 'single',
        } as never) as Core,
      layoutOptions('fcose'),
      frames,
    ),
});
