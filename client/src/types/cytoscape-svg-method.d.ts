// Adds to Cytoscape's Core type the svg() method that the cytoscape-svg extension installs.
import 'cytoscape';

declare module 'cytoscape' {
  interface SvgExportOptions {
    full?: boolean;
    scale?: number;
    bg?: string;
  }

  interface Core {
    svg(options?: SvgExportOptions): string;
  }
}
