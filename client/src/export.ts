// Saves the view as PNG or SVG and the visible nodes and edges as JSON or CSV, as browser downloads.
import type { Core } from 'cytoscape';
import type { EdgeData, NodeData } from './elements.ts';
import { edgesCsv, nodesCsv, toJson } from './export-data.ts';
import { withEveryLabel } from './large-view-labels.ts';
import { cssFont, estimateTextWidth, type MeasureText, svgDocument } from './svg-export.ts';

export type ExportFormat = 'png' | 'svg' | 'json' | 'nodes-csv' | 'edges-csv';

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL can go after the current task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Measures labels with the canvas text metrics the graph itself is drawn with, so wrapped lines break where they do on screen. */
function canvasTextWidth(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth;
  return (text, font) => {
    context.font = cssFont(font);
    return context.measureText(text).width;
  };
}

export function exportView(cy: Core, format: ExportFormat, data: { nodes: NodeData[]; edges: EdgeData[]; nameOf(id: string): string }): string {
  const stamp = new Date().toISOString().slice(0, 10);
  const base = `peel-graph-${stamp}`;
  switch (format) {
    case 'png': {
      const blob = withEveryLabel(cy, () => cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob);
      download(blob, `${base}.png`);
      return `${base}.png`;
    }
    case 'svg':
      download(new Blob([withEveryLabel(cy, () => svgDocument(cy, { measure: canvasTextWidth() }))], { type: 'image/svg+xml' }), `${base}.svg`);
      return `${base}.svg`;
    case 'json':
      download(new Blob([toJson(data.nodes, data.edges)], { type: 'application/json' }), `${base}.json`);
      return `${base}.json`;
    case 'nodes-csv':
      download(new Blob([nodesCsv(data.nodes)], { type: 'text/csv' }), `${base}-entities.csv`);
      return `${base}-entities.csv`;
    case 'edges-csv':
      download(new Blob([edgesCsv(data.edges, data.nameOf)], { type: 'text/csv' }), `${base}-relationships.csv`);
      return `${base}-relationships.csv`;
  }
}
