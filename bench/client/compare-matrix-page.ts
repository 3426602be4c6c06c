// The explorer's comparison view on a bare page, with the explorer's stylesheet: times a `compare` answer, as the
// API's JSON text, until the matrix it becomes is laid out and painted. (A cell's findings are asked for on a click,
// which the drawing does not include.)
import '../../client/src/styles.css';
import type { Comparison } from '../../client/src/compare-matrix.ts';
import { renderComparison } from '../../client/src/ui/compare-view.ts';

const root = document.getElementById('analysis')!;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export interface MatrixDrawing {
  /** From the answer's text to the second animation frame after drawing: the first frame holding the matrix was painted. */
  ms: number;
  cells: number;
  themes: number;
}

Object.assign(window, {
  async drawComparison(answerText: string): Promise<MatrixDrawing> {
    root.replaceChildren();
    await nextFrame();
    const started = performance.now();
    // What the explorer's api.ts does with the answer, then what its analysis view does.
    const answer = (JSON.parse(answerText) as { data: { compare: Omit<Comparison, 'by'> } }).data.compare;
    renderComparison(root, { by: 'theme', ...answer }, () => {}, { switchBy: () => {}, openTimeline: () => {}, findings: async () => ({ cells: [] }) });
    // A frame callback runs before that frame's style, layout and paint; the next one runs after they are done.
    await nextFrame();
    await nextFrame();
    return { ms: performance.now() - started, cells: root.querySelectorAll('.matrix-cell').length, themes: answer.themes.length };
  },
});
