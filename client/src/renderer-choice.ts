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

export function chooseRenderer(elementCount: number, probe: () => WebglProbe): { name: 'canvas'; webgl: boolean } {
  if (elementCount < webglThreshold) return { name: 'canvas', webgl: false };
  const { available, renderer } = probe();
  return { name: 'canvas', webgl: available && renderer !== null && !isSoftwareRenderer(renderer) };
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
