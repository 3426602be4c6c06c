// The explorer's model: owns the Cytoscape instance, the known data and the view state, and performs every user step.
import type { Collection, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Api } from './api.ts';
import { type EdgeData, type NodeData, toElements } from './elements.ts';
import { cytoscape } from './extensions.ts';
import { visibleUnder } from './filters.ts';
import { addElements, applyVisibility, bringIntoView, clearMarks, collectionOf, type MarkClass, markElements, placeAround, shownElements } from './graph.ts';
import { History } from './history.ts';
import { isLargeView } from './large-view.ts';
import { labelWhereReadable } from './large-view-labels.ts';
import { type LayoutName, layoutOptions, layoutSeed } from './layouts.ts';
import { type Entity, type Filters, noFilters, type Path, type Relationship, type SourceDocument } from './model.ts';
import { type PartnerStory, partnerStory } from './narrative.ts';
import { chooseRenderer, probeWebgl, type RendererChoice } from './renderer-choice.ts';
import { withSeededRandom } from './seeded-random.ts';
import { stylesheet } from './style.ts';
import type { Expansion, PanelName, ViewState } from './url-state.ts';

/** Neighbours fetched per expansion; "show more" doubles it. Keeps one click from flooding the canvas. */
export const expansionLimit = 20;

export type Change = 'elements' | 'selection' | 'marks' | 'layout' | 'filters' | 'history' | 'panel' | 'data';

export type Marks =
  | { kind: 'none' }
  | { kind: 'path'; from: string; to: string; path: Path | null }
  | { kind: 'partners'; partner: string; stories: PartnerStory[] }
  | { kind: 'sentence'; index: number }
  | { kind: 'search'; id: string };

export class Explorer {
  cy: Core | null = null;
  state: ViewState;
  readonly history = new History();
  /** Everything the API has sent so far, on the canvas or not: panels read names and quotes from here. */
  readonly entities = new Map<string, Entity>();
  readonly relationships = new Map<string, Relationship>();
  source: SourceDocument | null = null;
  marks: Marks = { kind: 'none' };
  /** Entities whose last expansion was cut short by the limit, so "show more" has something to show. */
  readonly truncated = new Set<string>();
  /** How the canvas is drawn and why; main.ts reports it, and #graph carries it as data-renderer. */
  renderer: RendererChoice = chooseRenderer(0, probeWebgl);
  /** Whether the Cytoscape instance was made with the large-view stylesheet (client/src/large-view.ts). */
  private largeView = false;
  private readonly listeners = new Set<(changes: ReadonlySet<Change>) => void>();
  private syncingSelection = false;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    private readonly container: HTMLElement,
    private readonly api: Api,
    initial: ViewState,
  ) {
    this.state = structuredClone(initial);
    // Cytoscape measures its container once; panels and banners that come and go change its size.
    this.resizeObserver = new ResizeObserver(() => this.cy?.resize());
    this.resizeObserver.observe(container);
  }

  onChange(listener: (changes: ReadonlySet<Change>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(...changes: Change[]): void {
    const set = new Set(changes);
    for (const listener of this.listeners) listener(set);
  }

  private remember(graph: { nodes: readonly Entity[]; edges: readonly Relationship[] }): void {
    for (const node of graph.nodes) this.entities.set(node.id, node);
    for (const edge of graph.edges) this.relationships.set(edge.id, edge);
  }

  /** Loads the first report's graph and whatever the view state asks for (expansions, hidden entities, marks). */
  async load(signal?: AbortSignal): Promise<void> {
    // The explorer opens a report: with every force's assessments loaded, the whole graph is millions of facts,
    // one report's graph a few hundred at most.
    // A link may name the report to open (a just-published one, say); an unknown name opens the first instead.
    const named = this.state.source ? await this.api.source(this.state.source, signal) : null;
    if (named === null) this.state.source = null;
    this.source = named ?? (await this.api.sources(1, signal))[0] ?? null;
    const graph = await this.api.graph(noFilters, signal, this.source ? [this.source.id] : null);
    this.remember(graph);
    let elements = toElements(graph);
    const expansions = await Promise.all(this.state.expanded.map(({ id, limit }) => this.api.neighbourhood(id, limit, signal).catch(() => null)));
    const present = new Set(elements.map((element) => element.data.id as string));
    expansions.forEach((result, index) => {
      const expansion = this.state.expanded[index] as Expansion;
      if (result === null) return;
      this.remember(result);
      if (result.truncated) this.truncated.add(expansion.id);
      const more = toElements(result, present).filter((element) => !present.has(element.data.id as string));
      for (const element of more) present.add(element.data.id as string);
      elements = elements.concat(more);
    });
    // Expansions of entities that no longer exist are dropped rather than kept failing in the link.
    this.state.expanded = this.state.expanded.filter((_, index) => expansions[index] !== null);
    const hidden = new Set(this.state.hidden);
    this.createCy(elements.filter((element) => !hidden.has(element.data.id as string) && !hidden.has(element.data.source as string) && !hidden.has(element.data.target as string)));
    this.applyFilters();
    this.runLayout(this.state.layout, false);
    const selected = this.state.selected;
    if (selected && this.cy?.getElementById(selected).nonempty()) this.select(selected, { focus: false });
    else this.state.selected = null;
    this.emit('data', 'elements', 'filters', 'layout', 'selection', 'history', 'panel');
    if (this.state.path) await this.showPath(this.state.path.from, this.state.path.to);
    else if (this.state.partner) await this.tracePartners(this.state.partner);
    else if (this.state.sentence !== null) this.markSentence(this.state.sentence);
  }

  private createCy(elements: ElementDefinition[]): void {
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
      queueMicrotask(() => this.syncSelection());
    });
    cy.on('dbltap', 'node', (event) => void this.expand((event.target as NodeSingular).id()));
  }

  private syncSelection(): void {
    const selected = this.cy?.$(':selected').first();
    const id = selected && selected.nonempty() ? selected.id() : null;
    if (id === this.state.selected) return;
    this.state.selected = id;
    if (id !== null) this.state.panel = 'details';
    this.emit('selection', 'panel');
  }

  /**
   * Past the WebGL threshold or the large-view size (or back under either) the renderer or the stylesheet changes,
   * which needs a new Cytoscape instance.
   */
  private ensureRenderer(): void {
    const cy = this.cy;
    if (!cy) return;
    const count = cy.elements().length;
    const sameRenderer = chooseRenderer(count, probeWebgl).options.webgl === this.renderer.options.webgl;
    if (sameRenderer && isLargeView(count) === this.largeView) return;
    const elements = cy.elements().jsons() as unknown as ElementDefinition[];
    const viewport = { zoom: cy.zoom(), pan: cy.pan() };
    this.createCy(elements);
    this.cy?.viewport(viewport);
    // Undo steps hold elements of the old instance, which the new one cannot take back.
    this.history.clear();
    this.applyFilters();
  }

  get knownPartners(): Entity[] {
    return [...this.entities.values()].filter((entity) => entity.kind === 'PARTNER').sort((a, b) => a.name.localeCompare(b.name));
  }

  get forces(): Entity[] {
    return [...this.entities.values()].filter((entity) => entity.kind === 'FORCE');
  }

  nameOf(id: string): string {
    return this.entities.get(id)?.name ?? id;
  }

  shownNodes(): NodeData[] {
    return this.cy ? shownElements(this.cy).nodes().map((node) => node.data() as NodeData) : [];
  }

  shownEdges(): EdgeData[] {
    return this.cy ? shownElements(this.cy).edges().map((edge) => edge.data() as EdgeData) : [];
  }

  setPanel(panel: PanelName): void {
    if (this.state.panel === panel) return;
    this.state.panel = panel;
    this.emit('panel');
  }

  // Selection and search

  select(id: string | null, { focus = true } = {}): void {
    const cy = this.cy;
    if (!cy) return;
    if (id !== null) this.reveal([id]);
    const element = id === null ? cy.collection() : cy.getElementById(id);
    this.syncingSelection = true;
    cy.batch(() => {
      cy.$(':selected').unselect();
      element.select();
    });
    this.syncingSelection = false;
    this.syncSelection();
    if (focus && element.nonempty()) bringIntoView(cy, element.union(element.edges().connectedNodes()), true);
  }

  /** A search hit: select it, bring it into view and mark it with its relationships. */
  focusHit(id: string): void {
    const cy = this.cy;
    if (!cy) return;
    this.select(id, { focus: false });
    const element = cy.getElementById(id);
    if (element.empty()) return;
    const around: Collection = element.isNode() ? element.union(element.connectedEdges().not('.filtered')) : element;
    this.setMarks({ kind: 'search', id }, around, 'highlighted');
    bringIntoView(cy, around.union(around.edges().connectedNodes()), true);
  }

  /**
   * Makes sure these entities or relationships are on the canvas and not filtered out: hidden ones come back,
   * and filters that would hide them are lifted (the status line says so).
   */
  reveal(ids: readonly string[]): boolean {
    const cy = this.cy;
    if (!cy) return false;
    const nodes: Entity[] = [];
    const edges: Relationship[] = [];
    for (const id of ids) {
      const relationship = this.relationships.get(id);
      if (relationship) {
        edges.push(relationship);
        for (const end of [relationship.source.id, relationship.target.id]) {
          const entity = this.entities.get(end);
          if (entity) nodes.push(entity);
        }
      }
      const entity = this.entities.get(id);
      if (entity) nodes.push(entity);
    }
    const before = new Set(cy.nodes().map((node) => node.id()));
    const added = addElements(cy, toElements({ nodes, edges }, before));
    if (added.nonempty()) {
      const addedNodes = added.nodes();
      addedNodes.forEach((node) => {
        const anchor = node.neighborhood('node').filter((n) => before.has(n.id())).first();
        if (anchor.nonempty()) placeAround(anchor as NodeSingular, node as NodeSingular);
      });
      // Bring back the relationships between the revealed entities and those already drawn.
      const present = new Set(cy.nodes().map((node) => node.id()));
      const joining = [...this.relationships.values()].filter((r) => present.has(r.source.id) && present.has(r.target.id));
      addElements(cy, toElements({ nodes: [], edges: joining }, present));
      const revealed = new Set(addedNodes.map((node) => node.id()));
      this.state.hidden = this.state.hidden.filter((id) => !revealed.has(id));
    }
    let liftedFilters = false;
    const wanted = collectionOf(cy, ids);
    if (wanted.union(wanted.edges().connectedNodes()).filter('.filtered').nonempty()) {
      this.state.filters = noFilters;
      liftedFilters = true;
    }
    if (added.nonempty() || liftedFilters) {
      this.applyFilters();
      this.emit('elements', 'filters');
    }
    return liftedFilters;
  }

  // Filters and layout

  setFilters(filters: Filters): void {
    this.state.filters = filters;
    this.applyFilters();
    this.emit('filters', 'elements');
  }

  private applyFilters(): void {
    const cy = this.cy;
    if (!cy) return;
    const nodes = cy.nodes().map((node) => ({ id: node.id(), kind: node.data('kind') }));
    const edges = cy.edges().map((edge) => ({ id: edge.id(), source: edge.data('source'), target: edge.data('target'), type: edge.data('type'), judgement: edge.data('judgement'), basis: edge.data('basis') }));
    applyVisibility(cy, visibleUnder(this.state.filters, nodes, edges));
  }

  runLayout(name: LayoutName, animate = true): void {
    const cy = this.cy;
    if (!cy) return;
    this.state.layout = name;
    cy.resize();
    const shown = shownElements(cy);
    const layout = shown.layout(layoutOptions(name, { animate, roots: this.forces.map((force) => force.id), elementCount: shown.length }));
    if (shown.nonempty()) withSeededRandom(layoutSeed, () => layout.run());
    this.emit('layout');
  }

  fit(): void {
    const cy = this.cy;
    if (cy) cy.animate({ fit: { eles: shownElements(cy), padding: 40 }, duration: 250 } as never);
  }

  // Expand, collapse, hide: each one step of undo

  async expand(id: string, limit = expansionLimit): Promise<{ added: number; truncated: boolean }> {
    const cy = this.cy;
    if (!cy) return { added: 0, truncated: false };
    const result = await this.api.neighbourhood(id, limit);
    this.remember(result);
    if (result.truncated) this.truncated.add(id);
    else this.truncated.delete(id);
    const before = { hidden: [...this.state.hidden], expanded: [...this.state.expanded] };
    const present = new Set(cy.nodes().map((node) => node.id()));
    const added = addElements(cy, toElements(result, present));
    const centre = cy.getElementById(id);
    if (centre.nonempty()) placeAround(centre as NodeSingular, added.nodes());
    const addedIds = new Set(added.nodes().map((node) => node.id()));
    const after = {
      hidden: this.state.hidden.filter((hiddenId) => !addedIds.has(hiddenId)),
      expanded: [...this.state.expanded.filter((e) => e.id !== id), { id, limit }],
    };
    this.state.hidden = after.hidden;
    this.state.expanded = after.expanded;
    this.applyFilters();
    if (added.nonempty()) {
      this.history.push({
        label: `expand ${this.nameOf(id)}`,
        undo: () => {
          added.remove();
          Object.assign(this.state, structuredClone(before));
        },
        redo: () => {
          added.restore();
          Object.assign(this.state, structuredClone(after));
          this.applyFilters();
        },
      });
      bringIntoView(cy, added.union(centre), true);
    }
    this.ensureRenderer();
    this.emit('elements', 'history', 'filters');
    return { added: added.nodes().length, truncated: result.truncated };
  }

  /** Shows more of a node's neighbours than its last expansion did. */
  async showMore(id: string): Promise<{ added: number; truncated: boolean }> {
    const current = this.state.expanded.find((e) => e.id === id)?.limit ?? expansionLimit;
    return this.expand(id, Math.min(1000, current * 2));
  }

  /** Takes off the canvas the neighbours that hang on this node alone. */
  collapse(id: string): number {
    const cy = this.cy;
    const node = cy?.getElementById(id);
    if (!cy || !node || node.empty()) return 0;
    const leaves = node.neighborhood('node').filter((n) => n.neighborhood('node').every((m) => (m as NodeSingular).id() === id));
    if (leaves.empty()) return 0;
    this.removeStep(`collapse ${this.nameOf(id)}`, leaves.union(leaves.connectedEdges()), leaves.map((leaf) => leaf.id()));
    return leaves.length;
  }

  hide(id: string): void {
    const cy = this.cy;
    const node = cy?.getElementById(id);
    if (!cy || !node || node.empty() || !node.isNode()) return;
    this.removeStep(`hide ${this.nameOf(id)}`, node.union(node.connectedEdges()), [id]);
  }

  private removeStep(label: string, elements: Collection, hiddenIds: string[]): void {
    const before = [...this.state.hidden];
    const after = [...new Set([...before, ...hiddenIds])];
    const apply = () => {
      elements.remove();
      this.state.hidden = after;
      if (this.state.selected !== null && this.cy?.getElementById(this.state.selected).empty()) this.state.selected = null;
    };
    apply();
    this.history.push({
      label,
      undo: () => {
        elements.restore();
        this.state.hidden = before;
        this.applyFilters();
      },
      redo: apply,
    });
    this.emit('elements', 'history', 'selection');
  }

  undo(): string | null {
    const step = this.history.undo();
    if (step) this.emit('elements', 'history', 'selection');
    return step?.label ?? null;
  }

  redo(): string | null {
    const step = this.history.redo();
    if (step) this.emit('elements', 'history', 'selection');
    return step?.label ?? null;
  }

  // Marks: a path, a partner trace, a sentence's facts, a search hit

  private setMarks(marks: Marks, elements: Collection | null, mark: MarkClass): void {
    const cy = this.cy;
    if (!cy) return;
    this.marks = marks;
    if (elements === null || elements.empty()) clearMarks(cy);
    else markElements(cy, elements, mark);
    this.emit('marks');
  }

  clearMarks(): void {
    this.state.path = null;
    this.state.partner = null;
    this.state.sentence = null;
    this.setMarks({ kind: 'none' }, null, 'highlighted');
  }

  private collection(ids: Iterable<string>): Collection {
    return collectionOf(this.cy as Core, ids);
  }

  async showPath(from: string, to: string): Promise<Path | null> {
    const path = await this.api.shortestPath(from, to);
    Object.assign(this.state, { path: { from, to }, partner: null, sentence: null, panel: 'path' });
    if (path) {
      this.remember(path);
      this.reveal([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]);
    }
    const elements = path ? this.collection([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]) : null;
    this.setMarks({ kind: 'path', from, to, path }, elements, 'path');
    if (elements && this.cy) bringIntoView(this.cy, elements, true);
    this.emit('panel');
    return path;
  }

  /** Traces one partner, or every partner ("all"): what it works on with the force, and where the report says so. */
  async tracePartners(partner: string): Promise<PartnerStory[]> {
    const partners = partner === 'all' ? this.knownPartners : this.knownPartners.filter((p) => p.id === partner);
    const results = await Promise.all(partners.map((p) => this.api.partnerInvolvement(p.id)));
    const stories = results.map((result) => {
      for (const path of result.paths) this.remember(path);
      const worksWith = [...this.relationships.values()].filter((r) => r.type === 'WORKS_WITH' && r.target.id === result.partner.id);
      return partnerStory(result.partner, worksWith, result.paths, this.entities);
    });
    Object.assign(this.state, { partner, path: null, sentence: null, panel: 'partners' });
    const ids = stories.flatMap((story) => [story.partner.id, ...story.worksWith.map((f) => f.relationship.id), ...story.workOn.map((f) => f.relationship.id)]);
    this.reveal(ids);
    const elements = this.collection(ids);
    this.setMarks({ kind: 'partners', partner, stories }, elements, 'trace');
    if (this.cy && elements.nonempty()) bringIntoView(this.cy, elements.union(elements.edges().connectedNodes()), true);
    this.emit('panel');
    return stories;
  }

  /** Highlights the facts one sentence of the report states. */
  markSentence(index: number): number {
    const sentence = this.source?.sentences.find((s) => s.index === index);
    Object.assign(this.state, { sentence: index, path: null, partner: null });
    const ids = sentence?.relationships.map((r) => r.id) ?? [];
    this.reveal(ids);
    const elements = this.collection(ids);
    this.setMarks({ kind: 'sentence', index }, elements, 'highlighted');
    if (this.cy && elements.nonempty()) bringIntoView(this.cy, elements.union(elements.edges().connectedNodes()), true);
    return elements.length;
  }
}
