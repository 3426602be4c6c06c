// What changed between two assessments of a force, and the matrix of forces by themes: pure functions over the
// findings one query brings back, so the rules (which findings are the same across years, which change is worse,
// how lists are ordered) are stated once and tested without a database.
import type { Judgement, RelationshipType } from './records.ts';

/** A stated, judged finding about a theme, as compare and diff read it. */
export interface ThemedFinding {
  id: string;
  assessmentId: string;
  forceId: string;
  sentence: number;
  /** The cited sentence's words. */
  sentenceText: string;
  quote: string;
  judgement: Judgement | null;
  themeId: string;
  /** The types of the relationships it draws from its force, or, when it draws none from it, of all it draws. */
  types: RelationshipType[];
}

export interface ThemeNames {
  id: string;
  name: string;
  aliases: string[];
}

/** Worst first: the order of every list by judgement. Findings with no judgement come last. */
export const severityOrder: readonly (Judgement | null)[] = ['CAUSE_OF_CONCERN', 'AREA_FOR_IMPROVEMENT', 'IMPROVED', 'STRENGTH', null];

export function severity(judgement: Judgement | null): number {
  return severityOrder.indexOf(judgement);
}

/** Areas for improvement and causes of concern: what a force must put right. */
export function isAdverse(judgement: Judgement | null): boolean {
  return judgement === 'CAUSE_OF_CONCERN' || judgement === 'AREA_FOR_IMPROVEMENT';
}

/** Strengths and improvements. */
export function isFavourable(judgement: Judgement | null): boolean {
  return judgement === 'STRENGTH' || judgement === 'IMPROVED';
}

/**
 * A finding's type: the relationship type it draws (from its force; the first by name when it draws several).
 * HAS_STRENGTH, IMPROVED and NEEDS_IMPROVEMENT spell the judgement itself, so for matching they are one type: the
 * force's judgement of the theme, whatever that judgement is this year.
 */
export function findingType(finding: Pick<ThemedFinding, 'types'>): RelationshipType | null {
  return [...finding.types].sort()[0] ?? null;
}

const judgementTypes = new Set<RelationshipType>(['HAS_STRENGTH', 'IMPROVED', 'NEEDS_IMPROVEMENT']);

export function matchingType(type: RelationshipType): string {
  return judgementTypes.has(type) ? 'JUDGED' : type;
}

/**
 * Which themes are one: the same id, or one's name among the other's name and aliases (case aside), taken
 * transitively. Returns each theme id's representative (the smallest id of its group).
 */
export function themeGroups(themes: readonly ThemeNames[]): Map<string, string> {
  const parent = new Map<string, string>(themes.map((theme) => [theme.id, theme.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const byName = new Map<string, string>();
  for (const theme of themes) {
    for (const name of [theme.name, ...theme.aliases]) {
      const key = name.trim().toLowerCase();
      const other = byName.get(key);
      if (other === undefined) byName.set(key, theme.id);
      else union(other, theme.id);
    }
  }
  return new Map(themes.map((theme) => [theme.id, find(theme.id)]));
}

export type ChangeKind = 'new' | 'resolved' | 'persisting' | 'worse' | 'disappeared';

export interface FindingChange {
  /** The later finding's theme, or the earlier's when it disappeared. */
  themeId: string;
  type: RelationshipType;
  before: ThemedFinding | null;
  after: ThemedFinding | null;
}

export type FindingChanges = Record<ChangeKind, FindingChange[]>;

/**
 * How a finding's judgement moved between two years. Resolved: adverse then, favourable now. Worse: favourable
 * then and adverse now, or an area for improvement become a cause of concern. Persisting: everything else, on
 * the same side both years (a strength that is still one, or now an improvement; an area for improvement still
 * one, or a cause of concern eased to an area for improvement: its judgements show the step).
 */
export function changeOf(before: Judgement | null, after: Judgement | null): 'resolved' | 'worse' | 'persisting' {
  if (isAdverse(before) && isFavourable(after)) return 'resolved';
  if (isFavourable(before) && isAdverse(after)) return 'worse';
  if (before === 'AREA_FOR_IMPROVEMENT' && after === 'CAUSE_OF_CONCERN') return 'worse';
  return 'persisting';
}

const byReportOrder = (a: ThemedFinding, b: ThemedFinding) => a.sentence - b.sentence || a.id.localeCompare(b.id);
const worstFirst = (a: ThemedFinding, b: ThemedFinding) => severity(a.judgement) - severity(b.judgement) || byReportOrder(a, b);

/**
 * Pairs the findings of two assessments of one force: the same finding across years has the same force, theme
 * (one of a group of themeGroups) and matching type. Where one side has several with the same key, they pair
 * worst first, in report order; the rest are new (after only) or disappeared (before only). Only judged findings
 * take part: the caller passes stated findings with a judgement.
 */
export function diffFindings(before: readonly ThemedFinding[], after: readonly ThemedFinding[], themeOf: ReadonlyMap<string, string>): FindingChanges {
  const keyOf = (finding: ThemedFinding): string | null => {
    const type = findingType(finding);
    return type === null ? null : `${themeOf.get(finding.themeId) ?? finding.themeId}\u0000${matchingType(type)}`;
  };
  const group = (findings: readonly ThemedFinding[]) => {
    const groups = new Map<string, ThemedFinding[]>();
    for (const finding of findings) {
      const key = keyOf(finding);
      if (key === null) continue;
      const list = groups.get(key) ?? [];
      groups.set(key, list);
      list.push(finding);
    }
    for (const list of groups.values()) list.sort(worstFirst);
    return groups;
  };
  const earlier = group(before);
  const later = group(after);
  const changes: FindingChanges = { new: [], resolved: [], persisting: [], worse: [], disappeared: [] };
  for (const key of new Set([...earlier.keys(), ...later.keys()])) {
    const was = earlier.get(key) ?? [];
    const is = later.get(key) ?? [];
    for (let i = 0; i < Math.max(was.length, is.length); i += 1) {
      const b = was[i] ?? null;
      const a = is[i] ?? null;
      const shown = (a ?? b)!;
      const change: FindingChange = { themeId: shown.themeId, type: findingType(shown)!, before: b, after: a };
      if (b === null) changes.new.push(change);
      else if (a === null) changes.disappeared.push(change);
      else changes[changeOf(b.judgement, a.judgement)].push(change);
    }
  }
  const on = (side: 'before' | 'after') => (x: FindingChange, y: FindingChange) => worstFirst(x[side]!, y[side]!);
  changes.new.sort(on('after'));
  changes.disappeared.sort(on('before'));
  // Resolved: the gravest problem put right first. Worse and persisting: the gravest judgement now first. Each side
  // alone orders fully: two findings never tie in report order.
  changes.resolved.sort(on('before'));
  changes.worse.sort(on('after'));
  changes.persisting.sort(on('after'));
  return changes;
}

export interface CompareCell {
  forceId: string;
  themeId: string;
  /** The judgement of each finding that has one, worst first: its length counts them, its first is the worst. */
  judgements: Judgement[];
  /** Worst first, then in report order; at most `findingLimit`. */
  findings: ThemedFinding[];
  findingCount: number;
}

/**
 * The non-empty cells of a matrix of forces by themes, in the order of `forces`, then of `themes`. A finding about
 * several themes is in each of their cells.
 */
export function compareCells(findings: readonly ThemedFinding[], forces: readonly string[], themes: readonly string[], findingLimit: number): CompareCell[] {
  const cells = new Map<string, ThemedFinding[]>();
  for (const finding of findings) {
    const key = `${finding.forceId}\u0000${finding.themeId}`;
    const list = cells.get(key) ?? [];
    cells.set(key, list);
    list.push(finding);
  }
  const result: CompareCell[] = [];
  for (const forceId of forces) {
    for (const themeId of themes) {
      const list = cells.get(`${forceId}\u0000${themeId}`);
      if (!list) continue;
      list.sort(worstFirst);
      result.push({
        forceId,
        themeId,
        judgements: list.flatMap((finding) => (finding.judgement === null ? [] : [finding.judgement])),
        findings: list.slice(0, findingLimit),
        findingCount: list.length,
      });
    }
  }
  return result;
}

export interface PillarCell<P> {
  forceId: string;
  pillar: P;
  /** The judgement of each finding under the pillar that has one, once per finding, worst first. */
  judgements: Judgement[];
  /** Findings under the pillar, a finding about two of its themes once. */
  findingCount: number;
}

/**
 * The non-empty cells of a matrix of forces by pillars, in the order of `forces`, then of `pillars`: a finding falls
 * under the pillar of its theme (`pillarOf`), and once under a pillar however many of its themes are there.
 */
export function pillarCells<P>(findings: readonly ThemedFinding[], forces: readonly string[], pillars: readonly P[], pillarOf: ReadonlyMap<string, P>): PillarCell<P>[] {
  const cells = new Map<string, Map<string, ThemedFinding>>();
  for (const finding of findings) {
    if (!pillarOf.has(finding.themeId)) continue;
    const key = `${finding.forceId}\u0000${pillars.indexOf(pillarOf.get(finding.themeId)!)}`;
    const byId = cells.get(key) ?? new Map<string, ThemedFinding>();
    cells.set(key, byId);
    byId.set(finding.id, finding);
  }
  return forces.flatMap((forceId) =>
    pillars.flatMap((pillar, index) => {
      const byId = cells.get(`${forceId}\u0000${index}`);
      if (!byId) return [];
      const list = [...byId.values()].sort(worstFirst);
      return [{ forceId, pillar, judgements: list.flatMap((finding) => (finding.judgement === null ? [] : [finding.judgement])), findingCount: list.length }];
    }),
  );
}

/** A theme's findings in one assessment, each once, worst first, then in report order. */
export function worstFirstOnce(findings: readonly ThemedFinding[]): ThemedFinding[] {
  return [...new Map(findings.map((finding) => [finding.id, finding])).values()].sort(worstFirst);
}
