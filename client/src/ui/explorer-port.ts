// What panels may read of the explorer and ask of it: the narrow interface between client/src/ui and the explorer's parts.
import type { CellWithFindings, CompareBy, Comparison } from '../compare-matrix.ts';
import type { AssessmentFilter, ShownReport } from '../data-store.ts';
import type { AssessmentDiff } from '../diff-lists.ts';
import type { ThemeTimeline } from '../theme-timeline.ts';
import type { EdgeData, NodeData } from '../elements.ts';
import type { ExportFormat } from '../export.ts';
import type { LayoutName } from '../layouts.ts';
import type { AssessmentSummary, Entity, Filters, Path, Relationship, SourceDocument } from '../model.ts';
import type { PartnerStory } from '../narrative.ts';
import type { RendererChoice } from '../renderer-choice.ts';
import type { PanelName, ViewState } from '../url-state.ts';
import type { ChangeListener, Marks } from '../view-state.ts';

export interface ExplorerPort {
  // Reading
  readonly state: Readonly<ViewState>;
  readonly marks: Marks;
  readonly source: SourceDocument | null;
  /** The reports the graph shows, in the order chosen. */
  readonly reports: readonly ShownReport[];
  readonly knownPartners: Entity[];
  readonly forces: Entity[];
  readonly renderer: RendererChoice;
  /** Whether the canvas exists yet: before the first load there is nothing to count or draw. */
  readonly drawing: boolean;
  /** The labels of the steps Undo and Redo would take, or null. */
  readonly nextUndo: string | null;
  readonly nextRedo: string | null;
  /** Every entity the API has sent, drawn or not. */
  readonly entities: ReadonlyMap<string, Entity>;
  relationship(id: string): Relationship | undefined;
  relationshipsOf(id: string): Relationship[];
  nameOf(id: string): string;
  /** Whether this entity's last expansion was cut short, so "show more" has more. */
  isTruncated(id: string): boolean;
  isDrawn(id: string): boolean;
  shownNodes(): NodeData[];
  shownEdges(): EdgeData[];
  drawnNodes(): NodeData[];
  drawnEdges(): EdgeData[];
  shownDegree(id: string): number;
  onChange(listener: ChangeListener): () => void;

  // Assessments: finding them, and comparing and diffing them (answers fetched for the panel that asks)
  listAssessments(filter: AssessmentFilter, after: string | null): Promise<{ nodes: AssessmentSummary[]; hasNextPage: boolean; endCursor: string | null; totalCount: number }>;
  listForces(): Promise<{ id: string; name: string }[]>;
  searchAssessments(text: string): Promise<{ assessments: Set<string>; forces: Set<string> }>;
  compare(forces: readonly string[], themes: readonly string[] | null, by?: CompareBy): Promise<Comparison>;
  diff(from: string, to: string): Promise<AssessmentDiff>;
  /** The cells of these themes with their findings' words, for a column's side by side. */
  compareFindings(forces: readonly string[], themes: readonly string[]): Promise<{ cells: CellWithFindings[] }>;
  timeline(force: string, theme: string): Promise<ThemeTimeline>;

  // Steps
  remember(graph: { nodes: readonly Entity[]; edges: readonly Relationship[] }): void;
  select(id: string | null, options?: { focus?: boolean }): void;
  focusHit(id: string): void;
  setPanel(panel: PanelName): void;
  setFilters(filters: Filters): void;
  runLayout(name: LayoutName, animate?: boolean): void;
  fit(): void;
  expand(id: string, limit?: number): Promise<{ added: number; truncated: boolean }>;
  showMore(id: string): Promise<{ added: number; truncated: boolean }>;
  collapse(id: string): number;
  hide(id: string): void;
  undo(): string | null;
  redo(): string | null;
  clearMarks(): void;
  showPath(from: string, to: string): Promise<Path | null>;
  tracePartners(partner: string): Promise<PartnerStory[]>;
  markSentence(index: number): number;
  /** Shows these assessments in the graph (none: the seed's), starting the view afresh. */
  chooseAssessments(ids: readonly string[]): void;
  /** Lists this shown report in the Report panel. */
  showReport(id: string): void;
  /** Forces by themes, or by PEEL pillars (`themes` then does not apply). */
  openCompare(forces: readonly string[], themes: readonly string[] | null, by?: CompareBy): void;
  openDiff(from: string, to: string): void;
  /** One theme of a force across its assessments. */
  openTimeline(force: string, theme: string): void;
  /** Back to the graph from a comparison, a diff or a timeline. */
  closeAnalysis(): void;
  /** Saves the shown view in this format; the file's name, or null with nothing drawn. */
  exportView(format: ExportFormat): string | null;
}
