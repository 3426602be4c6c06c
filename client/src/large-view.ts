// When a view counts as large: from there the layout and the labels trade finish for speed.

/**
 * fcose with its force-directed refinement takes about 1.5 s at 1,000 elements in headless Chromium on 2 cores and
 * grows with the square of the size; its spectral `draft` takes a quarter of a second there and about 1.5 s at 5,000.
 */
export const largeViewElements = 1000;

/**
 * In a large view a label is drawn only when it would stand at least this tall on screen. At the overview zoom a
 * large view's labels overlap into an unreadable mass that costs seconds a frame; they come back as the user zooms in.
 */
export const largeViewLabelPx = 12;

/**
 * The class that gives an element of a large view its label (client/src/large-view-labels.ts adds it where the user
 * zooms in). Cytoscape sizes and places every label it holds, drawn or not: at 5,000 elements that is about a second
 * before the first frame, for labels the overview zoom never draws.
 */
export const labelledClass = 'labelled';

export function isLargeView(elementCount: number): boolean {
  return elementCount >= largeViewElements;
}
