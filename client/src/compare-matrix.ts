// Forces by themes (or by PEEL pillars) as a matrix: each cell's judgements (worst first, and the mix), the findings of
// one column side by side, and the matrix as CSV and SVG; pure.
import { csvField } from './export-data.ts';
import { type Judgement, judgements, type Pillar } from './model.ts';
import { judgementLooks } from './palette.ts';
import { escapeXml } from './svg-export.ts';
import { judgementLabels } from './vocabulary.ts';

export interface ComparedFinding {
  id: string;
  /** In a matrix by pillar, the theme under the pillar that the finding is about. */
  theme?: { id: string; name: string };
  judgement: Judgement | null;
  evidence: { quote: string; sentence: number };
}

export interface ComparisonCell {
  force: { id: string };
  theme: { id: string };
  assessment: { id: string };
  /** One per judged finding, worst first. */
  judgements: Judgement[];
  findingCount: number;
}

/**
 * A cell with its findings' words: what a column's side by side shows. The matrix is drawn without them (reading
 * every cell's findings costs the API a second, much longer round trip); a click asks for one column's.
 */
export interface CellWithFindings extends ComparisonCell {
  /** Worst first, at most 20. */
  findings: ComparedFinding[];
}

export interface ComparedAssessment {
  id: string;
  title: string;
  year: number | null;
  fictional: boolean;
  force: { id: string } | null;
}

/** What the matrix's columns are: themes, or the PEEL pillars the themes state. */
export const compareByValues = ['theme', 'pillar'] as const;
export type CompareBy = (typeof compareByValues)[number];

export interface Comparison {
  by: CompareBy;
  forces: { id: string; name: string }[];
  /** The columns: themes, or in a matrix by pillar, the pillars (ids as pillarColumnId gives them). */
  themes: { id: string; name: string }[];
  assessments: ComparedAssessment[];
  cells: ComparisonCell[];
  truncated: boolean;
  /** In a matrix by pillar, the themes under each column (by its id): what a column's findings are about. */
  columnThemes?: Record<string, { id: string; name: string }[]>;
}

/** Worst first, the order the API lists a cell's judgements in. */
export const severity: readonly Judgement[] = [...judgements].reverse();

/** The API's answer for a matrix by pillar (compareByPillar). */
export interface PillarComparison {
  forces: { id: string; name: string }[];
  pillars: { pillar: Pillar | null; themes: { id: string; name: string }[] }[];
  assessments: ComparedAssessment[];
  cells: {
    force: { id: string };
    pillar: Pillar | null;
    assessment: { id: string };
    judgements: Judgement[];
    findingCount: number;
  }[];
}

const pillarNames: Record<Pillar, string> = { EFFECTIVENESS: 'Effectiveness', EFFICIENCY: 'Efficiency', LEGITIMACY: 'Legitimacy' };

/** A pillar as a column of the matrix; themes that state no pillar are a column of their own. */
export function pillarColumnId(pillar: Pillar | null): string {
  return pillar ?? 'NO_PILLAR';
}

/** The matrix by pillar in the shape of the matrix by theme, so one view, CSV and SVG serve both: a column per pillar. */
export function pillarComparison(answer: PillarComparison): Comparison {
  return {
    by: 'pillar',
    forces: answer.forces,
    themes: answer.pillars.map(({ pillar }) => ({ id: pillarColumnId(pillar), name: pillar ? pillarNames[pillar] : 'No pillar stated' })),
    assessments: answer.assessments,
    cells: answer.cells.map((cell) => ({
      force: cell.force,
      theme: { id: pillarColumnId(cell.pillar) },
      assessment: cell.assessment,
      judgements: cell.judgements,
      findingCount: cell.findingCount,
    })),
    truncated: false,
    columnThemes: Object.fromEntries(answer.pillars.map(({ pillar, themes }) => [pillarColumnId(pillar), themes])),
  };
}

/** The themes whose findings make up a column: the column's theme, or in a matrix by pillar, the pillar's themes. */
export function columnThemes(comparison: Pick<Comparison, 'by' | 'columnThemes' | 'themes'>, column: string): { id: string; name: string }[] {
  if (comparison.by === 'pillar') return comparison.columnThemes?.[column] ?? [];
  return comparison.themes.filter((theme) => theme.id === column);
}

/**
 * A column's cells with their findings, force by force, from a matrix by theme of the column's themes with their words
 * (`found`). By pillar, each force's findings under the pillar once, worst first across its themes, each labelled with
 * its theme; the count is the matrix's (a finding about two of the pillar's themes counted once).
 */
export function columnCells(comparison: Comparison, column: string, found: { cells: CellWithFindings[] }): CellWithFindings[] {
  const themes = new Map(columnThemes(comparison, column).map((theme) => [theme.id, theme]));
  const rank = (finding: ComparedFinding) => (finding.judgement ? severity.indexOf(finding.judgement) : severity.length);
  return comparison.cells
    .filter((cell) => cell.theme.id === column)
    .map((cell) => {
      const parts = found.cells.filter((part) => part.force.id === cell.force.id && themes.has(part.theme.id));
      if (comparison.by === 'theme') return { ...cell, findings: parts[0]?.findings ?? [] };
      const findings = new Map<string, ComparedFinding>();
      for (const part of parts) for (const finding of part.findings) if (!findings.has(finding.id)) findings.set(finding.id, { ...finding, theme: themes.get(part.theme.id)! });
      // The sort is stable: within a judgement, the themes' order, and each theme's report order.
      return { ...cell, findings: [...findings.values()].sort((a, b) => rank(a) - rank(b)) };
    });
}

export interface CellSummary {
  worst: Judgement | null;
  /** How many findings of each judgement, worst first; judgements absent from the cell are left out. */
  mix: { judgement: Judgement; count: number }[];
  /** Findings with no judgement (context, plans). */
  unjudged: number;
  total: number;
}

export function summariseCell(cell: Pick<ComparisonCell, 'judgements' | 'findingCount'>): CellSummary {
  const mix = severity.map((judgement) => ({ judgement, count: cell.judgements.filter((j) => j === judgement).length })).filter(({ count }) => count > 0);
  return { worst: mix[0]?.judgement ?? null, mix, unjudged: Math.max(0, cell.findingCount - cell.judgements.length), total: cell.findingCount };
}

/** The cell's judgements in words, as the CSV and the cell's tooltip give them: "Area for improvement 2; Strength 1". */
export function describeCell(summary: CellSummary): string {
  const parts = summary.mix.map(({ judgement, count }) => `${judgementLabels[judgement]} ${count}`);
  if (summary.unjudged > 0) parts.push(`No judgement ${summary.unjudged}`);
  return parts.join('; ');
}

/** Rows of forces, one cell per theme (null where the force's assessment says nothing about it). */
export function matrixRows(comparison: Comparison): { force: { id: string; name: string }; cells: (ComparisonCell | null)[] }[] {
  const byKey = new Map(comparison.cells.map((cell) => [`${cell.force.id}\u0000${cell.theme.id}`, cell]));
  return comparison.forces.map((force) => ({ force, cells: comparison.themes.map((theme) => byKey.get(`${force.id}\u0000${theme.id}`) ?? null) }));
}

/** The assessment a force is compared on, named, with "(fictional)" where it is one of the samples. */
export function assessmentLabel(assessment: Pick<ComparedAssessment, 'title' | 'fictional'>): string {
  return assessment.fictional && !/\bfictional\b/i.test(assessment.title) ? `${assessment.title} (fictional)` : assessment.title;
}

/** The matrix as RFC 4180 CSV: a row per force, a column per theme (or pillar), each cell its judgements in words. */
export function matrixCsv(comparison: Comparison): string {
  const assessmentOf = new Map(comparison.assessments.map((a) => [a.force?.id, a]));
  const header = ['force_id', 'force', 'assessment', 'fictional', ...comparison.themes.map((theme) => theme.name)];
  const rows = matrixRows(comparison).map(({ force, cells }) => {
    const assessment = assessmentOf.get(force.id);
    return [force.id, force.name, assessment?.id ?? '', assessment ? String(assessment.fictional) : '', ...cells.map((cell) => (cell ? describeCell(summariseCell(cell)) : ''))];
  });
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const cellSize = 34;
const rowHeader = 220;
const columnHeader = 170;

/** The matrix as a standalone SVG: cells coloured by their worst judgement and labelled with their count. */
export function matrixSvg(comparison: Comparison): string {
  const rows = matrixRows(comparison);
  const width = rowHeader + comparison.themes.length * cellSize + 20;
  const height = columnHeader + rows.length * cellSize + 20;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  comparison.themes.forEach((theme, column) => {
    const x = rowHeader + column * cellSize + cellSize / 2;
    parts.push(`<text class="theme" transform="translate(${x} ${columnHeader - 6}) rotate(-55)">${escapeXml(theme.name)}</text>`);
  });
  rows.forEach(({ force, cells }, row) => {
    const y = columnHeader + row * cellSize;
    parts.push(`<text class="force" x="${rowHeader - 8}" y="${y + cellSize / 2 + 4}" text-anchor="end">${escapeXml(force.name)}</text>`);
    cells.forEach((cell, column) => {
      const x = rowHeader + column * cellSize;
      const summary = cell ? summariseCell(cell) : null;
      const fill = summary?.worst ? judgementLooks[summary.worst].colour : summary ? '#e3e7eb' : '#f7f9fb';
      const title = summary ? `<title>${escapeXml(`${force.name} · ${comparison.themes[column]?.name ?? ''}: ${describeCell(summary)}`)}</title>` : '';
      parts.push(`<rect class="cell" x="${x + 1}" y="${y + 1}" width="${cellSize - 2}" height="${cellSize - 2}" fill="${fill}" stroke="#d9dee4">${title}</rect>`);
      if (summary) parts.push(`<text x="${x + cellSize / 2}" y="${y + cellSize / 2 + 4}" text-anchor="middle" fill="${summary.worst && summary.worst !== 'STRENGTH' ? '#ffffff' : '#1b1f24'}">${summary.total}</text>`);
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
