// The comparison matrix: each cell's worst judgement and mix, rows in the order asked, and the CSV and SVG exports.
import { describe, expect, it } from 'vitest';
import {
  assessmentLabel,
  columnCells,
  columnThemes,
  type Comparison,
  describeCell,
  matrixCsv,
  matrixRows,
  matrixSvg,
  pillarComparison,
  summariseCell,
} from '../../client/src/compare-matrix.ts';

const comparison: Comparison = {
  by: 'theme',
  forces: [
    { id: 'harrowdale-constabulary', name: 'Harrowdale Constabulary' },
    { id: 'brackenfield-police', name: 'Brackenfield Police' },
  ],
  themes: [
    { id: 'vetting', name: 'Vetting' },
    { id: 'investigation', name: 'Investigation, "the basics"' },
  ],
  assessments: [
    { id: 'harrowdale-peel-assessment-2023', title: 'Harrowdale 2023', year: 2023, fictional: true, force: { id: 'harrowdale-constabulary' } },
    { id: 'brackenfield-peel-assessment-2022', title: 'Brackenfield 2022 (fictional)', year: 2022, fictional: true, force: { id: 'brackenfield-police' } },
  ],
  cells: [
    {
      force: { id: 'harrowdale-constabulary' },
      theme: { id: 'vetting' },
      assessment: { id: 'harrowdale-peel-assessment-2023' },
      judgements: ['AREA_FOR_IMPROVEMENT', 'STRENGTH', 'STRENGTH'],
      findingCount: 4,
    },
    {
      force: { id: 'brackenfield-police' },
      theme: { id: 'investigation' },
      assessment: { id: 'brackenfield-peel-assessment-2022' },
      judgements: ['CAUSE_OF_CONCERN'],
      findingCount: 1,
    },
  ],
  truncated: false,
};

describe('a comparison cell', () => {
  it('is coloured by its worst judgement, shows the mix worst first, and counts findings without a judgement', () => {
    const summary = summariseCell(comparison.cells[0]!);
    expect(summary).toEqual({
      worst: 'AREA_FOR_IMPROVEMENT',
      mix: [
        { judgement: 'AREA_FOR_IMPROVEMENT', count: 1 },
        { judgement: 'STRENGTH', count: 2 },
      ],
      unjudged: 1,
      total: 4,
    });
    expect(describeCell(summary)).toBe('Area for improvement 1; Strength 2; No judgement 1');
    expect(summariseCell({ judgements: [], findingCount: 2 })).toEqual({ worst: null, mix: [], unjudged: 2, total: 2 });
  });
});

describe('the matrix', () => {
  it('puts each cell under its force and theme, and leaves the rest empty', () => {
    const rows = matrixRows(comparison);
    expect(rows.map((row) => [row.force.id, row.cells.map((cell) => cell?.judgements[0] ?? null)])).toEqual([
      ['harrowdale-constabulary', ['AREA_FOR_IMPROVEMENT', null]],
      ['brackenfield-police', [null, 'CAUSE_OF_CONCERN']],
    ]);
  });

  it('exports as CSV with the assessment each force is compared on, quoting what needs it', () => {
    expect(matrixCsv(comparison)).toBe(
      [
        'force_id,force,assessment,fictional,Vetting,"Investigation, ""the basics"""',
        'harrowdale-constabulary,Harrowdale Constabulary,harrowdale-peel-assessment-2023,true,Area for improvement 1; Strength 2; No judgement 1,',
        'brackenfield-police,Brackenfield Police,brackenfield-peel-assessment-2022,true,,Cause of concern 1',
        '',
      ].join('\r\n'),
    );
  });

  it('exports as SVG with every name escaped and a coloured square per cell', () => {
    const svg = matrixSvg(comparison);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Investigation, &quot;the basics&quot;');
    expect(svg.match(/<rect class="cell"/g)).toHaveLength(4);
    expect(svg).toContain('fill="#D55E00"');
    expect(svg).toContain('fill="#a3001b"');
    expect(svg).toContain('<title>Harrowdale Constabulary · Vetting: Area for improvement 1; Strength 2; No judgement 1</title>');
  });

  it('labels a fictional assessment once', () => {
    expect(assessmentLabel(comparison.assessments[0]!)).toBe('Harrowdale 2023 (fictional)');
    expect(assessmentLabel(comparison.assessments[1]!)).toBe('Brackenfield 2022 (fictional)');
    expect(assessmentLabel({ title: 'Cheshire 2016', fictional: false })).toBe('Cheshire 2016');
  });
});

describe('the matrix by pillar', () => {
  const finding = (id: string, judgement: 'STRENGTH' | 'AREA_FOR_IMPROVEMENT' | 'CAUSE_OF_CONCERN' | null) => ({ id, judgement, evidence: { quote: id, sentence: 1 } });
  const force = { id: 'harrowdale-constabulary' };
  const assessment = { id: 'harrowdale-peel-assessment-2023' };
  const matrix = pillarComparison({
    forces: [{ id: 'harrowdale-constabulary', name: 'Harrowdale Constabulary' }],
    pillars: [
      { pillar: 'LEGITIMACY', themes: [{ id: 'vetting', name: 'Vetting' }, { id: 'abuse', name: 'Abuse of position' }] },
      { pillar: null, themes: [{ id: 'overall', name: 'Overall performance' }] },
    ],
    assessments: [comparison.assessments[0]!],
    cells: [
      { force, pillar: 'LEGITIMACY', assessment, judgements: ['CAUSE_OF_CONCERN', 'STRENGTH'], findingCount: 3 },
      { force, pillar: null, assessment, judgements: ['STRENGTH'], findingCount: 1 },
    ],
  });

  it('has a column per pillar, the themes stating none last, each column knowing its themes', () => {
    expect(matrix.by).toBe('pillar');
    expect(matrix.themes).toEqual([
      { id: 'LEGITIMACY', name: 'Legitimacy' },
      { id: 'NO_PILLAR', name: 'No pillar stated' },
    ]);
    expect(matrix.cells.map((cell) => cell.theme.id)).toEqual(['LEGITIMACY', 'NO_PILLAR']);
    expect(columnThemes(matrix, 'LEGITIMACY').map((theme) => theme.id)).toEqual(['vetting', 'abuse']);
    expect(columnThemes(comparison, 'vetting')).toEqual([{ id: 'vetting', name: 'Vetting' }]);
    expect(summariseCell(matrix.cells[0]!)).toMatchObject({ worst: 'CAUSE_OF_CONCERN', unjudged: 1, total: 3 });
  });

  it("sets a pillar's findings side by side once each, worst first, under their themes, from its themes' cells", () => {
    const found = {
      cells: [
        { force, theme: { id: 'vetting' }, assessment, judgements: ['STRENGTH' as const], findingCount: 2, findings: [finding('s2', 'STRENGTH'), finding('s9', null)] },
        // s2 is about both themes: once in the pillar's cell.
        { force, theme: { id: 'abuse' }, assessment, judgements: ['CAUSE_OF_CONCERN' as const, 'STRENGTH' as const], findingCount: 2, findings: [finding('s5', 'CAUSE_OF_CONCERN'), finding('s2', 'STRENGTH')] },
        { force, theme: { id: 'overall' }, assessment, judgements: ['STRENGTH' as const], findingCount: 1, findings: [finding('s1', 'STRENGTH')] },
      ],
    };
    const [legitimacy] = columnCells(matrix, 'LEGITIMACY', found);
    expect(legitimacy!.findings.map((f) => [f.id, f.theme?.name])).toEqual([
      ['s5', 'Abuse of position'],
      ['s2', 'Vetting'],
      ['s9', 'Vetting'],
    ]);
    expect(legitimacy!.findingCount).toBe(3);
    // By theme, a column's cells are the theme's, findings as given and unlabelled.
    const byTheme = columnCells(comparison, 'vetting', { cells: [{ ...comparison.cells[0]!, findings: [finding('v1', 'AREA_FOR_IMPROVEMENT')] }] });
    expect(byTheme.map((cell) => [cell.force.id, cell.findings.map((f) => [f.id, f.theme])])).toEqual([['harrowdale-constabulary', [['v1', undefined]]]]);
  });

  it('exports with the pillars as columns', () => {
    expect(matrixCsv(matrix).split('\r\n')[0]).toBe('force_id,force,assessment,fictional,Legitimacy,No pillar stated');
    expect(matrixCsv(matrix).split('\r\n')[1]).toBe('harrowdale-constabulary,Harrowdale Constabulary,harrowdale-peel-assessment-2023,true,Cause of concern 1; Strength 1; No judgement 1,Strength 1');
    expect(matrixSvg(matrix)).toContain('<title>Harrowdale Constabulary · Legitimacy: Cause of concern 1; Strength 1; No judgement 1</title>');
  });
});
