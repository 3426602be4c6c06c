// The explorer: performs each user step by coordinating the data store, the canvas controller and the view state.
import type { Collection, Core } from 'cytoscape';
import type { Api } from './api.ts';
import { Canvas } from './canvas.ts';
import type { CellWithFindings, CompareBy, Comparison } from './compare-matrix.ts';
import { type AssessmentFilter, DataStore, type ShownReport } from './data-store.ts';
import type { AssessmentDiff } from './diff-lists.ts';
import type { EdgeData, NodeData } from './elements.ts';
import { toElements } from './elements.ts';
import type { ExportFormat } from './export.ts';
import { History } from './history.ts';
import type { LayoutName } from './layouts.ts';
import { type AssessmentSummary, type Entity, type Filters, noFilters, type Path, type Relationship, type SourceDocument } from './model.ts';
import { type PartnerStory, partnerStory } from './narrative.ts';
import type { RendererChoice } from './renderer-choice.ts';
import type { ThemeTimeline } from './theme-timeline.ts';
import type { ExplorerPort } from './ui/explorer-port.ts';
import type { Expansion, PanelName, ViewState } from './url-state.ts';
import { type Change, type ChangeListener, type Marks, ViewStore } from './view-state.ts';

export type { Change, Marks } from './view-state.ts';

/** Neighbours fetched per expansion; "show more" doubles it. Keeps one click from flooding the canvas. */
export const expansionLimit = 20;

export class Explorer implements ExplorerPort {
  readonly data: DataStore;
  readonly view: ViewStore;
  readonly canvas: Canvas;
  readonly history = new History();

  constructor(container: HTMLElement, api: Api, initial: ViewState) {
    this.data = new DataStore(api);
    this.view = new ViewStore(initial);
    this.canvas = new Canvas(container, {
      selectionChanged: (id) => this.syncSelection(id),
      doubleTapped: (id) => void this.expand(id),
    });
  }

  // Reading: what panels and the browser tests see

  /** The live Cytoscape instance, for the browser console and tests. */
  get cy(): Core | null {
    return this.canvas.cy;
  }

  get state(): ViewState {
    return this.view.state;
  }

  get marks(): Marks {
    return this.view.marks;
  }

  get source(): SourceDocument | null {
    return this.data.source;
  }

  get reports(): readonly ShownReport[] {
    return this.data.reports;
  }

  get renderer(): RendererChoice {
    return this.canvas.renderer;
  }

  get drawing(): boolean {
    return this.canvas.cy !== null;
  }

  get knownPartners(): Entity[] {
    return this.data.knownPartners;
  }

  get forces(): Entity[] {
    return this.data.forces;
  }

  get nextUndo(): string | null {
    return this.history.nextUndo?.label ?? null;
  }

  get nextRedo(): string | null {
    return this.history.nextRedo?.label ?? null;
  }

  get entities(): ReadonlyMap<string, Entity> {
    return this.data.entities;
  }

  relationship(id: string): Relationship | undefined {
    return this.data.relationships.get(id);
  }

  relationshipsOf(id: string): Relationship[] {
    return this.data.relationshipsOf(id);
  }

  nameOf(id: string): string {
    return this.data.nameOf(id);
  }

  isTruncated(id: string): boolean {
    return this.data.truncated.has(id);
  }

  isDrawn(id: string): boolean {
    return this.canvas.has(id);
  }

  shownNodes(): NodeData[] {
    return this.canvas.shownNodes();
  }

  shownEdges(): EdgeData[] {
    return this.canvas.shownEdges();
  }

  drawnNodes(): NodeData[] {
    return this.canvas.drawnNodes();
  }

  drawnEdges(): EdgeData[] {
    return this.canvas.drawnEdges();
  }

  shownDegree(id: string): number {
    return this.canvas.shownDegree(id);
  }

  onChange(listener: ChangeListener): () => void {
    return this.view.onChange(listener);
  }

  private emit(...changes: Change[]): void {
    this.view.emit(...changes);
  }

  listAssessments(filter: AssessmentFilter, after: string | null): Promise<{ nodes: AssessmentSummary[]; hasNextPage: boolean; endCursor: string | null; totalCount: number }> {
    return this.data.listAssessments(filter, after);
  }

  listForces(): Promise<{ id: string; name: string }[]> {
    return this.data.listForces();
  }

  searchAssessments(text: string): Promise<{ assessments: Set<string>; forces: Set<string> }> {
    return this.data.searchAssessments(text);
  }

  compare(forces: readonly string[], themes: readonly string[] | null, by: CompareBy = 'theme'): Promise<Comparison> {
    return this.data.compare(forces, themes, by);
  }

  compareFindings(forces: readonly string[], themes: readonly string[]): Promise<{ cells: CellWithFindings[] }> {
    return this.data.compareFindings(forces, themes);
  }

  timeline(force: string, theme: string): Promise<ThemeTimeline> {
    return this.data.timeline(force, theme);
  }

  diff(from: string, to: string): Promise<AssessmentDiff> {
    return this.data.diff(from, to);
  }

  // Choosing assessments, comparing and diffing them

  chooseAssessments(ids: readonly string[]): void {
    Object.assign(this.state, {
      assessments: [...new Set(ids)],
      selected: null,
      expanded: [],
      hidden: [],
      path: null,
      partner: null,
      sentence: null,
      compare: null,
      diff: null,
      timeline: null,
    });
    this.view.marks = { kind: 'none' };
    this.data.clear();
    this.history.clear();
    this.emit('assessments', 'analysis');
  }

  showReport(id: string): void {
    if (!this.data.showReport(id)) return;
    this.state.sentence = null;
    this.emit('data');
  }

  openCompare(forces: readonly string[], themes: readonly string[] | null, by: CompareBy = 'theme'): void {
    // A matrix by pillar has a column per pillar, so named themes do not apply to it.
    this.openAnalysis({ compare: { forces: [...new Set(forces)], themes: by === 'theme' && themes ? [...themes] : null, by } });
  }

  openDiff(from: string, to: string): void {
    this.openAnalysis({ diff: { from, to } });
  }

  openTimeline(force: string, theme: string): void {
    this.openAnalysis({ timeline: { force, theme } });
  }

  closeAnalysis(): void {
    this.openAnalysis({});
  }

  /** One analysis view at a time, over the graph: the one given, or none. */
  private openAnalysis(view: Partial<Pick<ViewState, 'compare' | 'diff' | 'timeline'>>): void {
    Object.assign(this.state, { compare: null, diff: null, timeline: null, ...view });
    this.emit('analysis');
  }

  remember(graph: { nodes: readonly Entity[]; edges: readonly Relationship[] }): void {
    this.data.remember(graph);
  }

  exportView(format: ExportFormat): string | null {
    return this.canvas.export(format, (id) => this.nameOf(id));
  }

  /** Loads the chosen reports' graph (or the seed's) and whatever the view state asks for (expansions, hidden entities, marks). */
  async load(signal?: AbortSignal): Promise<void> {
    const state = this.state;
    // A link may name the report to open (a just-published one, say); one it names that is not there is dropped.
    const graph = await this.data.loadReports(state.assessments.length > 0 ? state.assessments : state.source ? [state.source] : [], signal);
    // Assessments that no longer exist are dropped from the link, as expansions are.
    if (state.assessments.length > 0) state.assessments = this.data.reports.map((report) => report.assessment.id);
    if (state.source && !this.data.reports.some((report) => report.assessment.id === state.source)) state.source = null;
    let elements = toElements(graph);
    const expansions = await Promise.all(state.expanded.map(({ id, limit }) => this.data.neighbourhood(id, limit, signal).catch(() => null)));
    const present = new Set(elements.map((element) => element.data.id as string));
    expansions.forEach((result) => {
      if (result === null) return;
      const more = toElements(result, present).filter((element) => !present.has(element.data.id as string));
      for (const element of more) present.add(element.data.id as string);
      elements = elements.concat(more);
    });
    // Expansions of entities that no longer exist are dropped rather than kept failing in the link.
    state.expanded = state.expanded.filter((_, index) => expansions[index] !== null);
    const hidden = new Set(state.hidden);
    this.canvas.create(elements.filter((element) => !hidden.has(element.data.id as string) && !hidden.has(element.data.source as string) && !hidden.has(element.data.target as string)));
    this.applyFilters();
    this.runLayout(state.layout, false);
    const selected = state.selected;
    if (selected && this.canvas.has(selected)) this.select(selected, { focus: false });
    else state.selected = null;
    this.emit('data', 'elements', 'filters', 'layout', 'selection', 'history', 'panel', 'analysis');
    if (state.path) await this.showPath(state.path.from, state.path.to);
    else if (state.partner) await this.tracePartners(state.partner);
    else if (state.sentence !== null) this.markSentence(state.sentence);
  }

  private syncSelection(id: string | null): void {
    if (id === this.state.selected) return;
    this.state.selected = id;
    if (id !== null) this.state.panel = 'details';
    this.emit('selection', 'panel');
  }

  /** A new renderer needs a new Cytoscape instance, whose elements undo steps of the old one cannot take back. */
  private ensureRenderer(): void {
    if (!this.canvas.ensureRenderer()) return;
    this.history.clear();
    this.applyFilters();
  }

  setPanel(panel: PanelName): void {
    this.view.setPanel(panel);
  }

  // Selection and search

  select(id: string | null, { focus = true } = {}): void {
    if (!this.canvas.cy) return;
    if (id !== null) this.reveal([id]);
    const element = this.canvas.selectOnly(id);
    this.syncSelection(this.canvas.selectedId());
    if (focus && element && element.nonempty()) this.canvas.bringIntoView(element);
  }

  /** A search hit: select it, bring it into view and mark it with its relationships. */
  focusHit(id: string): void {
    if (!this.canvas.cy) return;
    this.select(id, { focus: false });
    const around = this.canvas.withShownEdges(id);
    if (!around) return;
    this.setMarks({ kind: 'search', id }, around, 'highlighted');
    this.canvas.bringIntoView(around);
  }

  /**
   * Makes sure these entities or relationships are on the canvas and not filtered out: hidden ones come back,
   * and filters that would hide them are lifted (the status line says so).
   */
  reveal(ids: readonly string[]): boolean {
    if (!this.canvas.cy) return false;
    const nodes: Entity[] = [];
    const edges: Relationship[] = [];
    for (const id of ids) {
      const relationship = this.data.relationships.get(id);
      if (relationship) {
        edges.push(relationship);
        for (const end of [relationship.source.id, relationship.target.id]) {
          const entity = this.data.entities.get(end);
          if (entity) nodes.push(entity);
        }
      }
      const entity = this.data.entities.get(id);
      if (entity) nodes.push(entity);
    }
    const before = this.canvas.nodeIds();
    const added = this.canvas.add(toElements({ nodes, edges }, before));
    if (added.nonempty()) {
      this.canvas.placeNearAnchors(added, before);
      // Bring back the relationships between the revealed entities and those already drawn.
      const present = this.canvas.nodeIds();
      const joining = [...this.data.relationships.values()].filter((r) => present.has(r.source.id) && present.has(r.target.id));
      this.canvas.add(toElements({ nodes: [], edges: joining }, present));
      const revealed = new Set(added.nodes().map((node) => node.id()));
      this.state.hidden = this.state.hidden.filter((id) => !revealed.has(id));
    }
    let liftedFilters = false;
    if (this.canvas.anyFiltered(ids)) {
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
    this.canvas.applyFilters(this.state.filters);
  }

  runLayout(name: LayoutName, animate = true): void {
    if (!this.canvas.cy) return;
    this.state.layout = name;
    this.canvas.runLayout(name, this.forces.map((force) => force.id), animate);
    this.emit('layout');
  }

  fit(): void {
    this.canvas.fit();
  }

  // Expand, collapse, hide: each one step of undo

  async expand(id: string, limit = expansionLimit): Promise<{ added: number; truncated: boolean }> {
    if (!this.canvas.cy) return { added: 0, truncated: false };
    const result = await this.data.neighbourhood(id, limit);
    const before = { hidden: [...this.state.hidden], expanded: [...this.state.expanded] };
    const added = this.canvas.add(toElements(result, this.canvas.nodeIds()));
    this.canvas.placeAround(id, added);
    const addedIds = new Set(added.nodes().map((node) => node.id()));
    const after: { hidden: string[]; expanded: Expansion[] } = {
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
      this.canvas.bringIntoView(added.union(this.canvas.collection([id])), { withEnds: false });
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
    const leaves = this.canvas.leavesOf(id);
    if (!leaves || leaves.empty()) return 0;
    const leafNodes = leaves.nodes();
    this.removeStep(`collapse ${this.nameOf(id)}`, leaves, leafNodes.map((leaf) => leaf.id()));
    return leafNodes.length;
  }

  hide(id: string): void {
    const elements = this.canvas.nodeWithEdges(id);
    if (!elements) return;
    this.removeStep(`hide ${this.nameOf(id)}`, elements, [id]);
  }

  private removeStep(label: string, elements: Collection, hiddenIds: string[]): void {
    const before = [...this.state.hidden];
    const after = [...new Set([...before, ...hiddenIds])];
    const apply = () => {
      elements.remove();
      this.state.hidden = after;
      if (this.state.selected !== null && !this.canvas.has(this.state.selected)) this.state.selected = null;
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

  private setMarks(marks: Marks, elements: Collection | null, mark: 'highlighted' | 'path' | 'trace'): void {
    if (!this.canvas.cy) return;
    this.view.marks = marks;
    this.canvas.mark(elements, mark);
    this.emit('marks');
  }

  clearMarks(): void {
    this.state.path = null;
    this.state.partner = null;
    this.state.sentence = null;
    this.setMarks({ kind: 'none' }, null, 'highlighted');
  }

  async showPath(from: string, to: string): Promise<Path | null> {
    const path = await this.data.shortestPath(from, to);
    Object.assign(this.state, { path: { from, to }, partner: null, sentence: null, panel: 'path' });
    const ids = path ? [...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)] : [];
    if (path) this.reveal(ids);
    const elements = path && this.canvas.cy ? this.canvas.collection(ids) : null;
    this.setMarks({ kind: 'path', from, to, path }, elements, 'path');
    if (elements) this.canvas.bringIntoView(elements, { withEnds: false });
    this.emit('panel');
    return path;
  }

  /** Traces one partner, or every partner ("all"): what it works on with the force, and where the report says so. */
  async tracePartners(partner: string): Promise<PartnerStory[]> {
    const partners = partner === 'all' ? this.knownPartners : this.knownPartners.filter((p) => p.id === partner);
    const results = await Promise.all(partners.map((p) => this.data.partnerInvolvement(p.id)));
    const stories = results.map((result) => {
      const worksWith = [...this.data.relationships.values()].filter((r) => r.type === 'WORKS_WITH' && r.target.id === result.partner.id);
      return partnerStory(result.partner, worksWith, result.paths, this.data.entities);
    });
    Object.assign(this.state, { partner, path: null, sentence: null, panel: 'partners' });
    const ids = stories.flatMap((story) => [story.partner.id, ...story.worksWith.map((f) => f.relationship.id), ...story.workOn.map((f) => f.relationship.id)]);
    this.reveal(ids);
    const elements = this.canvas.cy ? this.canvas.collection(ids) : null;
    this.setMarks({ kind: 'partners', partner, stories }, elements, 'trace');
    if (elements) this.canvas.bringIntoView(elements);
    this.emit('panel');
    return stories;
  }

  /** Highlights the facts one sentence of the report states. */
  markSentence(index: number): number {
    const sentence = this.source?.sentences.find((s) => s.index === index);
    Object.assign(this.state, { sentence: index, path: null, partner: null });
    const ids = sentence?.relationships.map((r) => r.id) ?? [];
    this.reveal(ids);
    const elements = this.canvas.cy ? this.canvas.collection(ids) : null;
    this.setMarks({ kind: 'sentence', index }, elements, 'highlighted');
    if (elements) this.canvas.bringIntoView(elements);
    return elements?.length ?? 0;
  }
}
