// The comparison of forces by theme or by PEEL pillar: a matrix coloured by each cell's worst judgement, with counts; a
// click sets the column's cited findings of every force side by side, each theme a step from its timeline. Exports as
// CSV and SVG.
import {
  assessmentLabel,
  type CellWithFindings,
  type CompareBy,
  type Comparison,
  type ComparisonCell,
  columnCells,
  columnThemes,
  describeCell,
  matrixCsv,
  matrixRows,
  matrixSvg,
  summariseCell,
} from '../compare-matrix.ts';
import { download } from '../export.ts';
import { classToken } from '../vocabulary.ts';
import { fictionalBadge } from './assessment-label.ts';
import { h, quoted, replaceChildren } from './dom.ts';
import { judgementBadge } from './fact-parts.ts';

/** What the view asks of the explorer: another grouping, a theme's timeline for a force, or the words of some themes' cells. */
export interface CompareActions {
  switchBy(by: CompareBy): void;
  findings(themes: readonly string[]): Promise<{ cells: CellWithFindings[] }>;
  openTimeline(force: string, theme: string): void;
}

const byWords: Record<CompareBy, string> = { theme: 'theme', pillar: 'PEEL pillar' };

function timelineButton(actions: CompareActions, force: { id: string; name: string }, theme: { id: string; name: string }): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', class: 'link small timeline-link', 'data-force': force.id, 'data-theme': theme.id, onclick: () => actions.openTimeline(force.id, theme.id) },
    `${theme.name} at ${force.name} across years`,
  );
}

function cellButton(comparison: Comparison, cell: ComparisonCell, forceName: string, themeName: string, onOpen: () => void): HTMLButtonElement {
  const summary = summariseCell(cell);
  const words = describeCell(summary);
  return h(
    'button',
    {
      type: 'button',
      class: `matrix-cell${summary.worst ? ` judgement-${classToken(summary.worst)}` : ' no-judgement'}`,
      'data-force': cell.force.id,
      'data-theme': cell.theme.id,
      title: `${forceName} · ${themeName}: ${words}`,
      'aria-label': `${forceName}, ${themeName}: ${words}. Show the findings side by side.`,
      onclick: onOpen,
    },
    // The mix as small bars under the count, so a cell of praise and concern does not read as concern alone.
    h('span', { class: 'cell-count' }, String(summary.total)),
    h('span', { class: 'cell-mix', 'aria-hidden': 'true' }, summary.mix.map(({ judgement, count }) => h('span', { class: `mix judgement-${classToken(judgement)}`, style: `flex-grow: ${count}` }))),
  );
}

/** The column's findings of each force that has any, in columns; in a matrix by pillar, each under its theme. */
function sideBySide(comparison: Comparison, themeId: string, cells: CellWithFindings[], actions: CompareActions): HTMLElement {
  const theme = comparison.themes.find((t) => t.id === themeId);
  const names = new Map(comparison.forces.map((f) => [f.id, f.name]));
  const assessments = new Map(comparison.assessments.map((a) => [a.id, a]));
  return h(
    'section',
    { class: 'side-by-side', id: 'compare-findings', 'aria-label': `Findings on ${theme?.name ?? themeId}` },
    h('h3', {}, `${theme?.name ?? themeId}: what each force's assessment says`),
    h(
      'div',
      { class: 'columns' },
      cells.map((cell) => {
        const assessment = assessments.get(cell.assessment.id);
        const force = { id: cell.force.id, name: names.get(cell.force.id) ?? cell.force.id };
        return h(
          'article',
          { class: 'column', 'data-force': cell.force.id },
          h('h4', {}, names.get(cell.force.id) ?? cell.force.id),
          assessment ? h('p', { class: 'hint' }, assessment.title, assessment.fictional ? [' ', fictionalBadge()] : null) : null,
          comparison.by === 'theme' && theme ? h('p', {}, timelineButton(actions, force, theme)) : null,
          h(
            'ul',
            { class: 'facts' },
            cell.findings.map((finding) =>
              h(
                'li',
                { class: 'fact', 'data-finding': finding.id },
                h(
                  'p',
                  { class: 'fact-line' },
                  judgementBadge(finding.judgement) ?? h('span', { class: 'badge no-judgement' }, 'No judgement'),
                  finding.theme ? [' ', h('strong', { class: 'fact-theme' }, finding.theme.name)] : null,
                ),
                h('p', { class: 'fact-quote' }, quoted(finding.evidence.quote), ' ', h('span', { class: 'cite' }, `(sentence ${finding.evidence.sentence})`)),
                finding.theme ? h('p', {}, timelineButton(actions, force, finding.theme)) : null,
              ),
            ),
          ),
          cell.findingCount > cell.findings.length ? h('p', { class: 'hint' }, `and ${cell.findingCount - cell.findings.length} more`) : null,
        );
      }),
    ),
  );
}

export function renderComparison(root: HTMLElement, comparison: Comparison, say: (message: string) => void, actions: CompareActions): void {
  const detail = h('div', { class: 'compare-detail' });
  const rows = matrixRows(comparison);
  /** The column asked for last: words that come late for another are not shown. */
  let opened = '';
  const openColumn = async (column: string) => {
    opened = column;
    replaceChildren(detail, h('p', { class: 'hint' }, 'Loading the findings…'));
    try {
      const found = await actions.findings(columnThemes(comparison, column).map((theme) => theme.id));
      if (opened === column) replaceChildren(detail, sideBySide(comparison, column, columnCells(comparison, column, found), actions));
    } catch {
      if (opened === column) replaceChildren(detail, h('p', { class: 'empty' }, 'The findings could not be loaded.'));
    }
  };
  const stamp = new Date().toISOString().slice(0, 10);
  const table = h(
    'table',
    { class: 'matrix', id: 'compare-matrix' },
    h('caption', { class: 'visually-hidden' }, `Forces by ${byWords[comparison.by]}: the number of findings in each cell, coloured by the worst judgement`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Force'), comparison.themes.map((theme) => h('th', { scope: 'col', class: 'theme-head', 'data-theme': theme.id }, h('span', {}, theme.name))))),
    h(
      'tbody',
      {},
      rows.map(({ force, cells }) =>
        h(
          'tr',
          { 'data-force': force.id },
          h('th', { scope: 'row' }, force.name),
          cells.map((cell, column) => {
            const theme = comparison.themes[column] as { id: string; name: string };
            return h('td', {}, cell ? cellButton(comparison, cell, force.name, theme.name, () => void openColumn(theme.id)) : null);
          }),
        ),
      ),
    ),
  );
  replaceChildren(
    root,
    h(
      'header',
      { class: 'analysis-head' },
      h('h2', {}, `${comparison.forces.length} ${comparison.forces.length === 1 ? 'force' : 'forces'} by ${byWords[comparison.by]}`),
      h(
        'div',
        { class: 'segmented', role: 'group', 'aria-label': 'Columns' },
        (['theme', 'pillar'] as const).map((by) =>
          h(
            'button',
            { type: 'button', id: `compare-by-${by}`, 'aria-pressed': String(comparison.by === by), onclick: () => comparison.by !== by && actions.switchBy(by) },
            `By ${byWords[by]}`,
          ),
        ),
      ),
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          { type: 'button', id: 'compare-csv', onclick: () => { download(new Blob([matrixCsv(comparison)], { type: 'text/csv' }), `peel-graph-compare-by-${comparison.by}-${stamp}.csv`); say('Saved the comparison as CSV.'); } },
          'Export CSV',
        ),
        h(
          'button',
          { type: 'button', id: 'compare-svg', onclick: () => { download(new Blob([matrixSvg(comparison)], { type: 'image/svg+xml' }), `peel-graph-compare-by-${comparison.by}-${stamp}.svg`); say('Saved the comparison as SVG.'); } },
          'Export SVG',
        ),
      ),
    ),
    h(
      'ul',
      { class: 'compared-assessments' },
      comparison.assessments.map((a) => h('li', { 'data-assessment': a.id }, a.fictional ? [a.title, ' ', fictionalBadge()] : assessmentLabel(a))),
    ),
    comparison.truncated ? h('p', { class: 'hint' }, 'Only the first 500 themes are shown.') : null,
    rows.length === 0 || comparison.themes.length === 0 ? h('p', { class: 'empty' }, 'These forces have no findings about themes to compare.') : h('div', { class: 'matrix-scroll' }, table),
    detail,
  );
}
