// The explorer's data store: every entity, relationship and report the API has sent, on the canvas or not, and the calls that fetch them.
import type { Api } from './api.ts';
import { type Entity, noFilters, type PartnerInvolvement, type Path, type Relationship, type SourceDocument, type Subgraph } from './model.ts';

export class DataStore {
  /** Panels read names and quotes from here, whether or not the entity is drawn. */
  readonly entities = new Map<string, Entity>();
  readonly relationships = new Map<string, Relationship>();
  /** The report the view opened; its sentences are what the Report panel lists. */
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

  /**
   * Opens a report: with every force's assessments loaded, the whole graph is millions of facts, one report's graph
   * a few hundred at most.
   */
  async loadReport(signal?: AbortSignal): Promise<Subgraph> {
    const [source] = await this.api.sources(1, signal);
    this.source = source ?? null;
    const graph = await this.api.graph(noFilters, signal, this.source ? [this.source.id] : null);
    this.remember(graph);
    return graph;
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
