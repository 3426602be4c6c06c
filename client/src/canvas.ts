// The canvas controller: owns the Cytoscape instance (its lifecycle, renderer, filters as classes, layout, marks and
// selection) and knows nothing of the API or the URL.
import type { Collection, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { EdgeData, NodeData } from './elements.ts';
import { exportView, type ExportFormat } from './export.ts';
import { cytoscape } from './extensions.ts';
import { visibleUnder } from './filters.ts';
import { addElements, applyVisibility, bringIntoView, clearMarks, collectionOf, type MarkClass, markElements, placeAround, shownElements } from './graph.ts';
import { isLargeView } from './large-view.ts';
import { labelWhereReadable } from './large-view-labels.ts';
import { type LayoutName, layoutOptions, layoutSeed } from './layouts.ts';
import type { Filters } from './model.ts';
import { chooseRenderer, probeWebgl, type RendererChoice } from './renderer-choice.ts';
import { withSeededRandom } from './seeded-random.ts';
import { stylesheet } from './style.ts';

export interface CanvasEvents {
  /** The user selected or unselected on the canvas itself; `id` is what is selected now. */
  selectionChanged(id: string | null): void;
  doubleTapped(id: string): void;
}

export class Canvas {
  cy: Core | null = null;
  /** How the canvas is drawn and why; main.ts reports it, and #graph carries it as data-renderer. */
  renderer: RendererChoice = chooseRenderer(0, probeWebgl);
  /** Whether the Cytoscape instance was made with the large-view stylesheet (client/src/large-view.ts). */
  private largeView = false;
  private syncingSelection = false;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    private readonly container: HTMLElement,
    private readonly events: CanvasEvents,
  ) {
    // Cytoscape measures its container once; panels and banners that come and go change its size.
    this.resizeObserver = new ResizeObserver(() => this.cy?.resize());
    this.resizeObserver.observe(container);
  }

  /** A new Cytoscape instance holding these elements; nodes already drawn keep their positions. */
  create(elements: ElementDefinition[]): void {
    const positions = this.cy ? new Map(this.cy.nodes().map((node) => [node.id(), { ...node.position() }])) : new Map();
    this.cy?.destroy();
    this.renderer = chooseRenderer(elements.length, probeWebgl);
    this.largeView = isLargeView(elements.length);
    this.container.dataset.renderer = this.renderer.options.webgl ? 'webgl' : 'canvas';
    const cy = cytoscape({
      container: this.container,
      elements: elements.map((element) => (positions.has(element.data.id) ? { ...element, position: positions.get(element.data.id) } : element)),
      style: stylesheet({ large: this.largeView }),
      // Not fitted: a layout or the kept viewport follows, and fitting first would size every element twice.
      layout: { name: 'preset', fit: false },
      renderer: this.renderer.options,
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    } as never);
    this.cy = cy;
    if (this.largeView) labelWhereReadable(cy);
    cy.on('select unselect', () => {
      if (this.syncingSelection) return;
      queueMicrotask(() => this.events.selectionChanged(this.selectedId()));
    });
    cy.on('dbltap', 'node', (event) => this.events.doubleTapped((event.target as NodeSingular).id()));
  }

  /**
   * Past the WebGL threshold or the large-view size (or back under either) the renderer or the stylesheet changes,
   * which needs a new Cytoscape instance; true when it made one.
   */
  ensureRenderer(): boolean {
    const cy = this.cy;
    if (!cy) return false;
    const count = cy.elements().length;
    const sameRenderer = chooseRenderer(count, probeWebgl).options.webgl === this.renderer.options.webgl;
    if (sameRenderer && isLargeView(count) === this.largeView) return false;
    const elements = cy.elements().jsons() as unknown as ElementDefinition[];
    const viewport = { zoom: cy.zoom(), pan: cy.pan() };
    this.create(elements);
    this.cy?.viewport(viewport);
    return true;
  }

  applyFilters(filters: Filters): void {
    const cy = this.cy;
    if (!cy) return;
    const nodes = cy.nodes().map((node) => ({ id: node.id(), kind: node.data('kind') }));
    const edges = cy.edges().map((edge) => ({ id: edge.id(), source: edge.data('source'), target: edge.data('target'), type: edge.data('type'), judgement: edge.data('judgement'), basis: edge.data('basis'), review: edge.data('review') }));
    applyVisibility(cy, visibleUnder(filters, nodes, edges));
  }

  /** `roots` are where the tree layout starts. */
  runLayout(name: LayoutName, roots: string[], animate: boolean): void {
    const cy = this.cy;
    if (!cy) return;
    cy.resize();
    const shown = shownElements(cy);
    const layout = shown.layout(layoutOptions(name, { animate, roots, elementCount: shown.length }));
    if (shown.nonempty()) withSeededRandom(layoutSeed, () => layout.run());
  }

  fit(): void {
    const cy = this.cy;
    if (cy) cy.animate({ fit: { eles: shownElements(cy), padding: 40 }, duration: 250 } as never);
  }

  // Selection

  selectedId(): string | null {
    const selected = this.cy?.$(':selected').first();
    return selected && selected.nonempty() ? selected.id() : null;
  }

  /** Selects one element (or none) without telling the listener: the caller knows. */
  selectOnly(id: string | null): Collection | null {
    const cy = this.cy;
    if (!cy) return null;
    const element = id === null ? cy.collection() : cy.getElementById(id);
    this.syncingSelection = true;
    cy.batch(() => {
      cy.$(':selected').unselect();
      element.select();
    });
    this.syncingSelection = false;
    return element;
  }

  // What is drawn

  has(id: string): boolean {
    return this.cy?.getElementById(id).nonempty() ?? false;
  }

  nodeIds(): Set<string> {
    return new Set(this.cy?.nodes().map((node) => node.id()) ?? []);
  }

  /** The elements with these ids that are on the canvas. */
  collection(ids: Iterable<string>): Collection {
    return collectionOf(this.cy as Core, ids);
  }

  /** Adds the elements not drawn yet and returns them. */
  add(elements: readonly ElementDefinition[]): Collection {
    return this.cy ? addElements(this.cy, elements) : (null as never);
  }

  /** Puts nodes on a ring around the drawn node `centre`. */
  placeAround(centre: string, nodes: Collection): void {
    const node = this.cy?.getElementById(centre);
    if (node && node.nonempty()) placeAround(node as NodeSingular, nodes.nodes());
  }

  /** Each new node next to a neighbour that was drawn before it came. */
  placeNearAnchors(added: Collection, before: ReadonlySet<string>): void {
    added.nodes().forEach((node) => {
      const anchor = node.neighborhood('node').filter((n) => before.has(n.id())).first();
      if (anchor.nonempty()) placeAround(anchor as NodeSingular, node as NodeSingular);
    });
  }

  /** Whether the filters keep any of these elements, or the ends of these edges, off the canvas. */
  anyFiltered(ids: readonly string[]): boolean {
    if (!this.cy) return false;
    const wanted = this.collection(ids);
    return wanted.union(wanted.edges().connectedNodes()).filter('.filtered').nonempty();
  }

  /** The neighbours that hang on this node alone, with their edges. */
  leavesOf(id: string): Collection | null {
    const node = this.cy?.getElementById(id);
    if (!node || node.empty()) return null;
    const leaves = node.neighborhood('node').filter((n) => n.neighborhood('node').every((m) => (m as NodeSingular).id() === id));
    return leaves.union(leaves.connectedEdges());
  }

  /** A drawn node with the edges the filters leave shown, or a drawn edge alone; null when it is not drawn. */
  withShownEdges(id: string): Collection | null {
    const element = this.cy?.getElementById(id);
    if (!element || element.empty()) return null;
    return element.isNode() ? element.union(element.connectedEdges().not('.filtered')) : element;
  }

  /** A node with its edges; null for an id that is not a drawn node. */
  nodeWithEdges(id: string): Collection | null {
    const node = this.cy?.getElementById(id);
    if (!node || node.empty() || !node.isNode()) return null;
    return node.union(node.connectedEdges());
  }

  shownNodes(): NodeData[] {
    return this.cy ? shownElements(this.cy).nodes().map((node) => node.data() as NodeData) : [];
  }

  shownEdges(): EdgeData[] {
    return this.cy ? shownElements(this.cy).edges().map((edge) => edge.data() as EdgeData) : [];
  }

  /** Everything on the canvas, filtered out or not: what the legend counts. */
  drawnNodes(): NodeData[] {
    return this.cy ? this.cy.nodes().map((node) => node.data() as NodeData) : [];
  }

  drawnEdges(): EdgeData[] {
    return this.cy ? this.cy.edges().map((edge) => edge.data() as EdgeData) : [];
  }

  /** How many of a node's relationships the filters leave shown. */
  shownDegree(id: string): number {
    return this.cy?.getElementById(id).connectedEdges().not('.filtered').length ?? 0;
  }

  // Marks

  mark(elements: Collection | null, mark: MarkClass): void {
    const cy = this.cy;
    if (!cy) return;
    if (elements === null || elements.empty()) clearMarks(cy);
    else markElements(cy, elements, mark);
  }

  /** Brings these elements and the ends of their edges into view. */
  bringIntoView(elements: Collection, { withEnds = true } = {}): void {
    if (!this.cy || elements.empty()) return;
    bringIntoView(this.cy, withEnds ? elements.union(elements.edges().connectedNodes()) : elements, true);
  }

  export(format: ExportFormat, nameOf: (id: string) => string): string | null {
    const cy = this.cy;
    if (!cy) return null;
    return exportView(cy, format, { nodes: this.shownNodes(), edges: this.shownEdges(), nameOf });
  }
}
