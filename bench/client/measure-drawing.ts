// Runs in the page: draws a graph, lays it out, then pans and zooms frame by frame, timing each stage.
import type { Core, LayoutOptions } from 'cytoscape';

export interface DrawingTimes {
  firstDrawMs: number;
  layoutEndMs: number;
  /** Time between animation frames while the view pans and zooms every frame. */
  framesMs: number[];
  /** From the start until the graph is laid out and the first pan frame is done. */
  interactiveMs: number;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** `create` builds the Cytoscape instance from the data (conversion included in the time). */
export async function measureDrawing(create: () => Core, layout: LayoutOptions, frames: number): Promise<DrawingTimes> {
  const started = performance.now();
  const cy = create();
  // The canvas renderer says when it has drawn; the WebGL one does not, so the second frame after creation stands in.
  const firstDraw = Promise.race([
    new Promise<number>((resolve) => cy.one('render', () => resolve(performance.now() - started))),
    nextFrame().then(nextFrame).then(() => performance.now() - started),
  ]);
  const layoutDone = new Promise<number>((resolve) => cy.one('layoutstop', () => resolve(performance.now() - started)));
  // The first drawing, before the layout: a synchronous layout would hold up every frame until it ends.
  const firstDrawMs = await firstDraw;
  cy.layout(layout).run();
  const layoutEndMs = await layoutDone;
  await nextFrame();
  const framesMs: number[] = [];
  let last = await nextFrame();
  let interactiveMs = Number.NaN;
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  for (let frame = 0; frame < frames; frame += 1) {
    if (frame % 2 === 0) cy.panBy({ x: 7, y: 4 });
    else cy.zoom({ level: cy.zoom() * (frame % 4 === 1 ? 1.04 : 0.97), renderedPosition: centre });
    const now = await nextFrame();
    framesMs.push(now - last);
    if (frame === 0) interactiveMs = now - started;
    last = now;
  }
  cy.destroy();
  return { firstDrawMs, layoutEndMs, framesMs, interactiveMs };
}

/** The GPU behind WebGL as the browser names it, or why there is none. */
export function glRenderer(): string {
  const gl = (document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return 'no WebGL';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
}
