// WebGL only for large views and only on real graphics hardware; software rasterisers stay on the canvas.
import { describe, expect, it } from 'vitest';
import { chooseRenderer, isSoftwareRenderer, webglThreshold } from '../../client/src/renderer-choice.ts';

const gpu = () => ({ available: true, renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)' });

describe('renderer choice', () => {
  it('keeps small views on the canvas without even probing WebGL', () => {
    expect(chooseRenderer(webglThreshold - 1, () => {
      throw new Error('probed a small view');
    })).toEqual({ name: 'canvas', webgl: false });
  });

  it('uses WebGL for large views on a GPU', () => {
    expect(chooseRenderer(2000, gpu)).toEqual({ name: 'canvas', webgl: true });
  });

  it.each([
    'Google SwiftShader',
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'Microsoft Basic Render Driver',
  ])('stays on the canvas with the software renderer %s', (renderer) => {
    expect(isSoftwareRenderer(renderer)).toBe(true);
    expect(chooseRenderer(2000, () => ({ available: true, renderer }))).toEqual({ name: 'canvas', webgl: false });
  });

  it('stays on the canvas when WebGL is missing or will not name its renderer', () => {
    expect(chooseRenderer(2000, () => ({ available: false, renderer: null })).webgl).toBe(false);
    expect(chooseRenderer(2000, () => ({ available: true, renderer: null })).webgl).toBe(false);
  });
});
