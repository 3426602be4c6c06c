// WebGL only for large views and only on real graphics hardware; software rasterisers stay on the canvas, and the explorer can say why.
import { describe, expect, it } from 'vitest';
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
  });
});
