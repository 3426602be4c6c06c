// WebGL only for large views and only on real graphics hardware; software rasterisers stay on the canvas, and the explorer can say why.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseRenderer, describeRenderer, isSoftwareRenderer, webglThreshold } from '../../client/src/renderer-choice.ts';

const nvidia = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)';
const gpu = () => ({ available: true, renderer: nvidia });

describe('renderer choice', () => {
  it('keeps small views on the canvas without even probing WebGL, and says nothing of it', () => {
    const choice = chooseRenderer(webglThreshold - 1, () => {
      throw new Error('probed a small view');
    });
    expect(choice).toEqual({ options: { name: 'canvas', webgl: false }, reason: 'small-view', gpu: null });
    expect(describeRenderer(choice)).toBeNull();
  });

  it('uses WebGL for large views on a GPU', () => {
    const choice = chooseRenderer(2000, gpu);
    expect(choice).toEqual({ options: { name: 'canvas', webgl: true }, reason: 'gpu', gpu: nvidia });
    expect(describeRenderer(choice)).toBe('drawn with WebGL');
  });

  it.each([
    'Google SwiftShader',
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'Microsoft Basic Render Driver',
  ])('stays on the canvas with the software renderer %s', (renderer) => {
    expect(isSoftwareRenderer(renderer)).toBe(true);
    const choice = chooseRenderer(2000, () => ({ available: true, renderer }));
    expect(choice).toEqual({ options: { name: 'canvas', webgl: false }, reason: 'software-renderer', gpu: renderer });
    expect(describeRenderer(choice)).toBe(`drawn on the canvas, as WebGL here runs in software (${renderer}) and would be slower`);
  });

  it('stays on the canvas when WebGL is missing or will not name its renderer', () => {
    const missing = chooseRenderer(2000, () => ({ available: false, renderer: null }));
    const unnamed = chooseRenderer(2000, () => ({ available: true, renderer: null }));
    expect([missing.options.webgl, missing.reason]).toEqual([false, 'no-webgl']);
    expect([unnamed.options.webgl, unnamed.reason]).toEqual([false, 'unnamed-renderer']);
    expect(describeRenderer(missing)).toBe('drawn on the canvas, as this browser has no WebGL');
    expect(describeRenderer(unnamed)).toBe('drawn on the canvas, as this browser does not say what runs its WebGL');
  });

  it('probes WebGL from the threshold on', () => {
    expect(chooseRenderer(webglThreshold, gpu)).toEqual({ options: { name: 'canvas', webgl: true }, reason: 'gpu', gpu: nvidia });
  });
});

describe('probing WebGL', () => {
  const unmaskedRenderer = 0x9246;

  /** A browser whose canvases offer these contexts; `made` counts the canvases and `lost` the contexts let go. */
  function browser(contexts: { webgl2?: boolean; webgl?: boolean; renderer?: string; loseContext?: boolean }) {
    const counts = { made: 0, lost: 0, kinds: [] as string[] };
    const gl = {
      getExtension(name: string) {
        if (name === 'WEBGL_debug_renderer_info') return contexts.renderer === undefined ? null : { UNMASKED_RENDERER_WEBGL: unmaskedRenderer };
        if (name === 'WEBGL_lose_context') return contexts.loseContext ? { loseContext: () => (counts.lost += 1) } : null;
        return null;
      },
      getParameter: (parameter: number) => (parameter === unmaskedRenderer ? contexts.renderer : undefined),
    };
    const document = {
      createElement(tag: string) {
        counts.kinds.push(tag);
        counts.made += 1;
        return { getContext: (kind: 'webgl2' | 'webgl') => (contexts[kind] ? gl : null) };
      },
    };
    Object.defineProperty(globalThis, 'document', { value: document, configurable: true, writable: true });
    return counts;
  }

  /** The module afresh: it remembers its first probe for the page's life. */
  async function freshProbe() {
    vi.resetModules();
    return (await import('../../client/src/renderer-choice.ts')).probeWebgl;
  }

  const pageDocument = Object.getOwnPropertyDescriptor(globalThis, 'document');
  afterEach(() => {
    if (pageDocument) Object.defineProperty(globalThis, 'document', pageDocument);
    else delete (globalThis as { document?: unknown }).document;
  });

  it('names the GPU behind WebGL 2, lets the context go, and asks only once', async () => {
    const probeWebgl = await freshProbe();
    const counts = browser({ webgl2: true, renderer: nvidia, loseContext: true });
    const first = probeWebgl();
    expect(first).toEqual({ available: true, renderer: nvidia });
    expect(probeWebgl()).toBe(first);
    expect(counts).toEqual({ made: 1, lost: 1, kinds: ['canvas'] });
  });

  it('falls back to WebGL 1, and takes a browser that will not name its GPU, or cannot let the context go, as it is', async () => {
    const probeWebgl = await freshProbe();
    browser({ webgl: true });
    expect(probeWebgl()).toEqual({ available: true, renderer: null });
    const again = await freshProbe();
    browser({ webgl: true, renderer: 'Mesa Intel(R) UHD Graphics 620' });
    expect(again()).toEqual({ available: true, renderer: 'Mesa Intel(R) UHD Graphics 620' });
  });

  it('says there is no WebGL when a canvas offers neither context, and remembers that too', async () => {
    const probeWebgl = await freshProbe();
    const counts = browser({});
    expect(probeWebgl()).toEqual({ available: false, renderer: null });
    expect(probeWebgl()).toEqual({ available: false, renderer: null });
    expect(counts.made).toBe(1);
  });
});
