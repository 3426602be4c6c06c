// The explorer's data store: every entity, relationship and report the API has sent, on the canvas or not, and the calls that fetch them.
import type { Api } from './api.ts';
import type { CellWithFindings, CompareBy, Comparison } from './compare-matrix.ts';
import type { AssessmentDiff } from './diff-lists.ts';
import type { ThemeTimeline } from './theme-timeline.ts';
import {
  type AssessmentSummary,
  type Entity,
  noFilters,
  type PartnerInvolvement,
  type Path,
  type Relationship,
  type SourceDocument,
  type Subgraph,
} from './model.ts';

export interface AssessmentFilter {
  force: string | null;
  year: number | null;
  kind: string | null;
}

/** A report the view shows: what is known of the assessment, and its sentences. */
export interface ShownReport {
  assessment: AssessmentSummary;
  source: SourceDocument;
}

export class DataStore {
  /** Panels read names and quotes from here, whether or not the entity is drawn. */
  readonly entities = new Map<string, Entity>();
  readonly relationships = new Map<string, Relationship>();
  /** The reports the view shows, in the order chosen. */
  reports: ShownReport[] = [];
  /** The report the Report panel lists, sentence by sentence: the first shown, unless the user picks another. */
  source: SourceDocument | null = null;
  /** Entities whose last expansion was cut short by the limit, so "show more" has something to show. */
  readonly truncated = new Set<string>();

  constructor(private readonly api: Api) {}

  remember(graph: { nodes: readonly Entity[]; edges: readonly Relationship[] }): void {
    for (const node of graph.nodes) this.entities.set(node.id, node);
    for (const edge of graph.edges) this.relationships.set(edge.id, edge);
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

  /** Every relationship known that touches this entity, drawn or not. */
  relationshipsOf(id: string): Relationship[] {
    return [...this.relationships.values()].filter((r) => r.source.id === id || r.target.id === id);
  }

  /** Forgets everything fetched, for a view of other assessments. */
  clear(): void {
    this.entities.clear();
    this.relationships.clear();
    this.truncated.clear();
    this.reports = [];
    this.source = null;
  }

  /**
   * Opens the chosen assessments' graph, or with none chosen the first that is not a fictional sample (the seed's):
   * with every force's assessments loaded, the whole graph is millions of facts, a few reports' graph a few hundred.
   * Ids that name no assessment are left out.
   */
  async loadReports(ids: readonly string[], signal?: AbortSignal): Promise<Subgraph> {
    const chosen = ids.length > 0 ? ids : await this.defaultAssessment(signal);
    const reports = await Promise.all(chosen.map((id) => this.api.assessmentReport(id, signal)));
    this.reports = reports.filter((report): report is ShownReport => report !== null);
    if (this.reports.length === 0 && ids.length > 0) return this.loadReports([], signal);
    this.source = this.reports[0]?.source ?? null;
    const graph = await this.api.graph(noFilters, signal, this.reports.length > 0 ? this.reports.map((report) => report.assessment.id) : null);
    this.remember(graph);
    return graph;
  }

  private async defaultAssessment(signal?: AbortSignal): Promise<string[]> {
    const { nodes } = await this.api.assessments({ force: null, year: null, kind: null }, 50, null, signal);
    const first = nodes.find((assessment) => !assessment.fictional) ?? nodes[0];
    return first ? [first.id] : [];
  }

  /** The Report panel lists this shown report. */
  showReport(id: string): boolean {
    const report = this.reports.find((r) => r.assessment.id === id);
    if (!report) return false;
    this.source = report.source;
    return true;
  }

  listAssessments(filter: AssessmentFilter, after: string | null) {
    return this.api.assessments(filter, 100, after);
  }

  listForces(): Promise<{ id: string; name: string }[]> {
    return this.api.forces();
  }

  /** The assessments whose quotes match the text, and the forces whose names or aliases do. */
  async searchAssessments(text: string): Promise<{ assessments: Set<string>; forces: Set<string> }> {
    const hits = await this.api.search(text, 100);
    const assessments = new Set<string>();
    const forces = new Set<string>();
    for (const hit of hits) {
      if (hit.relationship) assessments.add(hit.relationship.evidence.source.id);
      if (hit.entity?.kind === 'FORCE') forces.add(hit.entity.id);
    }
    return { assessments, forces };
  }

  compare(forces: readonly string[], themes: readonly string[] | null, by: CompareBy): Promise<Comparison> {
    return this.api.compare(forces, themes, by);
  }

  compareFindings(forces: readonly string[], themes: readonly string[]): Promise<{ cells: CellWithFindings[] }> {
    return this.api.compareFindings(forces, themes);
  }

  timeline(force: string, theme: string): Promise<ThemeTimeline> {
    return this.api.timeline(force, theme);
  }

  diff(from: string, to: string): Promise<AssessmentDiff> {
    return this.api.diff(from, to);
  }

  /** A neighbourhood, remembered, with whether the limit cut it short; null where the entity is gone. */
  async neighbourhood(id: string, limit: number, signal?: AbortSignal): Promise<Subgraph> {
    const result = await this.api.neighbourhood(id, limit, signal);
    this.remember(result);
    if (result.truncated) this.truncated.add(id);
    else this.truncated.delete(id);
    return result;
  }

  async shortestPath(from: string, to: string): Promise<Path | null> {
    const path = await this.api.shortestPath(from, to);
    if (path) this.remember(path);
    return path;
  }

  async partnerInvolvement(partnerId: string): Promise<PartnerInvolvement> {
    const result = await this.api.partnerInvolvement(partnerId);
    for (const path of result.paths) this.remember(path);
    return result;
  }
}
