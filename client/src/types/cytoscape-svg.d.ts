// Types for cytoscape-svg, which ships none: the extension object that cytoscape.use() takes.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';

  const extension: Ext;
  export default extension;
}
