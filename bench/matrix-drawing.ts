// How long the explorer takes to draw a comparison: a real `compare` answer handed, as its JSON text, to the explorer's
// comparison view in headless Chromium, timed until the matrix is painted, several times in fresh page loads.
import { chromium } from 'playwright-core';
import type { MatrixDrawing } from './client/compare-matrix-page.ts';
import { chromiumArgs, servePages } from './steps/client-render.ts';

export interface MatrixDrawingResult {
  /** Every timed drawing, in order, in ms. */
  samplesMs: number[];
  p50Ms: number;
  /** Drawings before the timed ones, so the browser has compiled the page's code. */
  warmups: number;
  /** Cells drawn on the page, and cells in the answer: the same when the whole matrix was drawn. */
  cells: number;
  answerCells: number;
  themes: number;
  answerBytes: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function measureMatrixDrawing(answerText: string, options: { repeats: number; warmups: number }): Promise<MatrixDrawingResult> {
  const served = await servePages(['compare-matrix']);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs, headless: true });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    const samples: MatrixDrawing[] = [];
    for (let i = 0; i < options.warmups + options.repeats; i += 1) {
      // A fresh page each time, as opening the view from a link would be; in front, or it gets no animation frames.
      await tab.goto(`${served.origin}/compare-matrix.html`);
      await tab.bringToFront();
      await tab.waitForFunction(() => 'drawComparison' in window);
      const drawing = await tab.evaluate((text) => (window as unknown as { drawComparison(t: string): Promise<MatrixDrawing> }).drawComparison(text), answerText);
      if (problems.length > 0) throw new Error(`the comparison page failed: ${problems.join('; ')}`);
      if (i >= options.warmups) samples.push(drawing);
    }
    const last = samples.at(-1)!;
    const samplesMs = samples.map((sample) => Math.round(sample.ms * 10) / 10);
    const answerCells = (JSON.parse(answerText) as { data: { compare: { cells: unknown[] } } }).data.compare.cells.length;
    return { samplesMs, p50Ms: median(samplesMs), warmups: options.warmups, cells: last.cells, answerCells, themes: last.themes, answerBytes: answerText.length };
  } finally {
    await browser.close();
    await served.close();
  }
}
