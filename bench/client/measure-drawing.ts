// Runs in the page: draws a graph as the explorer does (laid out before its first frame), then pans and zooms it with the mouse, timing each stage.
import type { Core, LayoutOptions } from 'cytoscape';
import { layoutSeed } from '../../client/src/layouts.ts';
import { withSeededRandom } from '../../client/src/seeded-random.ts';

export interface DrawingTimes {
  layoutEndMs: number;
  /** The first frame drawn, which shows the laid-out graph. */
  firstDrawMs: number;
  /** Time between animation frames while the user drags the background, then turns the wheel, a step each frame. */
  framesMs: number[];
  /** The end of the first of those frames: laid out, drawn and answering the mouse. */
  interactiveMs: number;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * The mouse as Cytoscape sees it. Cytoscape draws a user's drag or wheel differently from `cy.panBy` and `cy.zoom`
 * (its `textureOnViewport` and `hideEdgesOnViewport` act only on the former), so the frames are timed under the former.
 */
function mouseOn(cy: Core) {
  const canvas = cy.container()!.querySelector('canvas:last-of-type') ?? cy.container()!;
  const box = cy.container()!.getBoundingClientRect();
  // A corner: empty after the layout's fit with its padding, so pressing there grabs the background, not a node.
  let at = { x: box.left + 6, y: box.top + 6 };
  const centre = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  const mouse = (type: string, init: MouseEventInit = {}) =>
    canvas.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0, buttons: 1, clientX: at.x, clientY: at.y, view: window, ...init }));
  return {
    press: () => mouse('mousedown'),
    dragBy(dx: number, dy: number) {
      at = { x: at.x + dx, y: at.y + dy };
      mouse('mousemove');
    },
    release: () => mouse('mouseup', { buttons: 0 }),
    wheel: (deltaY: number) => canvas.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY, deltaMode: 0, ...centre })),
  };
}

/**
 * `create` builds the Cytoscape instance from the data (conversion included in the time). The layout runs in the same
 * task, with the explorer's seed, as client/src/explorer.ts does, so no frame shows the graph before it is laid out.
 */
export async function measureDrawing(create: () => Core, layout: LayoutOptions, frames: number): Promise<DrawingTimes> {
  const started = performance.now();
  const cy = create();
  // The canvas renderer says when it has drawn; the WebGL one does not, so the second frame after creation stands in.
  const firstDraw = Promise.race([
    new Promise<number>((resolve) => cy.one('render', () => resolve(performance.now() - started))),
    nextFrame().then(nextFrame).then(() => performance.now() - started),
  ]);
  const layoutDone = new Promise<number>((resolve) => cy.one('layoutstop', () => resolve(performance.now() - started)));
  withSeededRandom(layoutSeed, () => cy.layout(layout).run());
  const layoutEndMs = await layoutDone;
  const firstDrawMs = await firstDraw;
  await nextFrame();
  const mouse = mouseOn(cy);
  const framesMs: number[] = [];
  let last = await nextFrame();
  let interactiveMs = Number.NaN;
  const dragFrames = Math.ceil(frames / 2);
  mouse.press();
  for (let frame = 0; frame < frames; frame += 1) {
    if (frame < dragFrames) mouse.dragBy(7, 4);
    else mouse.wheel(frame % 2 === 0 ? -100 : 80);
    if (frame === dragFrames - 1) mouse.release();
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
