// Picks Cytoscape's renderer: WebGL for large views on real graphics hardware, the canvas otherwise.

/** Below this many elements the canvas renderer is fast enough and draws every style exactly. */
export const webglThreshold = 1000;

export interface WebglProbe {
  available: boolean;
  /** The GPU as the browser names it (e.g. "ANGLE (Intel…)", "SwiftShader"), when it says. */
  renderer: string | null;
}

/**
 * Software rasterisers implement WebGL on the CPU and are far slower than Cytoscape's canvas renderer
 * (about 260 ms against 17 ms a pan frame at 2,000 elements), so they count as no WebGL at all.
 */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen|lavapipe/i.test(renderer);
}

/** Why the renderer is what it is, so the explorer can say so for the views where the choice matters. */
export type RendererReason = 'small-view' | 'gpu' | 'no-webgl' | 'unnamed-renderer' | 'software-renderer';

export interface RendererChoice {
  /** The Cytoscape renderer options: WebGL is a mode of the canvas renderer. */
  options: { name: 'canvas'; webgl: boolean };
  reason: RendererReason;
  /** What the probe said backs WebGL, when it was asked. */
  gpu: string | null;
}

export function chooseRenderer(elementCount: number, probe: () => WebglProbe): RendererChoice {
  if (elementCount < webglThreshold) return { options: { name: 'canvas', webgl: false }, reason: 'small-view', gpu: null };
  const { available, renderer } = probe();
  const reason: RendererReason = !available ? 'no-webgl' : renderer === null ? 'unnamed-renderer' : isSoftwareRenderer(renderer) ? 'software-renderer' : 'gpu';
  return { options: { name: 'canvas', webgl: reason === 'gpu' }, reason, gpu: renderer };
}

/** A few words for the status line on how a large view is drawn; nothing for small views, where it never varies. */
export function describeRenderer({ reason, gpu }: RendererChoice): string | null {
  switch (reason) {
    case 'small-view':
      return null;
    case 'gpu':
      return 'drawn with WebGL';
    case 'no-webgl':
      return 'drawn on the canvas, as this browser has no WebGL';
    case 'unnamed-renderer':
      return 'drawn on the canvas, as this browser does not say what runs its WebGL';
    case 'software-renderer':
      return `drawn on the canvas, as WebGL here runs in software (${gpu}) and would be slower`;
  }
}

let probed: WebglProbe | undefined;

/** Asks the browser once which GPU backs WebGL; a browser that will not say is treated as software. */
export function probeWebgl(): WebglProbe {
  if (probed) return probed;
  const canvas = document.createElement('canvas');
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return (probed = { available: false, renderer: null });
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return (probed = { available: true, renderer });
}
