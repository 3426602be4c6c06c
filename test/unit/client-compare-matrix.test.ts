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

describe('the matrix drawn as SVG', () => {
  const fenmarsh = { id: 'fenmarsh-constabulary', name: 'Fenmarsh Constabulary' };
  const greywater = { id: 'greywater-police', name: 'Greywater Police' };
  const assessment = { id: 'fenmarsh-2024' };
  const small: Comparison = {
    by: 'theme',
    forces: [fenmarsh, greywater],
    themes: [
      { id: 'vetting', name: 'Vetting' },
      { id: 'custody', name: 'Custody & <cells>' },
    ],
    assessments: [],
    cells: [
      { force: fenmarsh, theme: { id: 'vetting' }, assessment, judgements: ['STRENGTH'], findingCount: 2 },
      { force: greywater, theme: { id: 'vetting' }, assessment, judgements: [], findingCount: 1 },
      { force: greywater, theme: { id: 'custody' }, assessment, judgements: ['IMPROVED'], findingCount: 1 },
    ],
    truncated: false,
  };

  it('lays out a 34-unit grid right of the force names and under the slanted theme names, a cell per force and theme', () => {
    expect(matrixSvg(small)).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" width="308" height="258" viewBox="0 0 308 258" font-family="sans-serif" font-size="12">',
        '<rect width="308" height="258" fill="#ffffff"/>',
        '<text class="theme" transform="translate(237 164) rotate(-55)">Vetting</text>',
        '<text class="theme" transform="translate(271 164) rotate(-55)">Custody &amp; &lt;cells&gt;</text>',
        '<text class="force" x="212" y="191" text-anchor="end">Fenmarsh Constabulary</text>',
        // Strengths are a pale grey, so their count is written dark.
        '<rect class="cell" x="221" y="171" width="32" height="32" fill="#8795a3" stroke="#d9dee4"><title>Fenmarsh Constabulary · Vetting: Strength 1; No judgement 1</title></rect>',
        '<text x="237" y="191" text-anchor="middle" fill="#1b1f24">2</text>',
        // Nothing said about the theme: a paler square with no title and no count.
        '<rect class="cell" x="255" y="171" width="32" height="32" fill="#f7f9fb" stroke="#d9dee4"></rect>',
        '<text class="force" x="212" y="225" text-anchor="end">Greywater Police</text>',
        // Findings with no judgement at all: grey, dark count.
        '<rect class="cell" x="221" y="205" width="32" height="32" fill="#e3e7eb" stroke="#d9dee4"><title>Greywater Police · Vetting: No judgement 1</title></rect>',
        '<text x="237" y="225" text-anchor="middle" fill="#1b1f24">1</text>',
        '<rect class="cell" x="255" y="205" width="32" height="32" fill="#009E73" stroke="#d9dee4"><title>Greywater Police · Custody &amp; &lt;cells&gt;: Improved 1</title></rect>',
        '<text x="271" y="225" text-anchor="middle" fill="#ffffff">1</text>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('keeps an empty matrix to its headers and margins', () => {
    expect(matrixSvg({ ...small, forces: [], themes: [], cells: [] })).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="190" viewBox="0 0 240 190" font-family="sans-serif" font-size="12">\n<rect width="240" height="190" fill="#ffffff"/>\n</svg>\n',
    );
  });
});

describe('matrix edge cases', () => {
  const assessment = { id: 'greywater-2024' };

  it('never mistakes one force and theme for another whose ids run together', () => {
    const tricky: Comparison = {
      by: 'theme',
      forces: [
        { id: 'a', name: 'A' },
        { id: 'ab', name: 'AB' },
      ],
      themes: [
        { id: 'bc', name: 'BC' },
        { id: 'c', name: 'C' },
      ],
      assessments: [],
      cells: [{ force: { id: 'a' }, theme: { id: 'bc' }, assessment, judgements: ['STRENGTH'], findingCount: 1 }],
      truncated: false,
    };
    expect(matrixRows(tricky).map((row) => row.cells.map((cell) => cell !== null))).toEqual([
      [true, false],
      [false, false],
    ]);
  });

  it('leaves the assessment columns blank for a force compared on none, and says false for a real one', () => {
    const withoutAssessment: Comparison = {
      by: 'theme',
      forces: [
        { id: 'greywater-police', name: 'Greywater Police' },
        { id: 'fenmarsh-constabulary', name: 'Fenmarsh Constabulary' },
      ],
      themes: [{ id: 'vetting', name: 'Vetting' }],
      assessments: [
        { id: 'fenmarsh-2024', title: 'Fenmarsh 2024', year: 2024, fictional: false, force: { id: 'fenmarsh-constabulary' } },
        // An assessment of no known force is compared on no row.
        { id: 'unattributed-2024', title: 'Unattributed 2024', year: 2024, fictional: true, force: null },
      ],
      cells: [],
      truncated: false,
    };
    expect(matrixCsv(withoutAssessment)).toBe(
      'force_id,force,assessment,fictional,Vetting\r\ngreywater-police,Greywater Police,,,\r\nfenmarsh-constabulary,Fenmarsh Constabulary,fenmarsh-2024,false,\r\n',
    );
  });

  it('counts no negative unjudged findings and says nothing of them when there are none', () => {
    const summary = summariseCell({ judgements: ['CAUSE_OF_CONCERN', 'IMPROVED'], findingCount: 1 });
    expect(summary).toEqual({
      worst: 'CAUSE_OF_CONCERN',
      mix: [
        { judgement: 'CAUSE_OF_CONCERN', count: 1 },
        { judgement: 'IMPROVED', count: 1 },
      ],
      unjudged: 0,
      total: 1,
    });
    expect(describeCell(summary)).toBe('Cause of concern 1; Improved 1');
    expect(describeCell(summariseCell({ judgements: [], findingCount: 0 }))).toBe('');
  });

  it('adds "(fictional)" unless the title already says fictional as a word of its own', () => {
    expect(assessmentLabel({ title: 'Greywater, a FICTIONAL force', fictional: true })).toBe('Greywater, a FICTIONAL force');
    expect(assessmentLabel({ title: 'Nonfictional Greywater', fictional: true })).toBe('Nonfictional Greywater (fictional)');
    expect(assessmentLabel({ title: 'Greywater fictionalised', fictional: true })).toBe('Greywater fictionalised (fictional)');
  });

  it('names every pillar, and knows no themes for a column it was not given', () => {
    const matrix = pillarComparison({
      forces: [],
      pillars: [
        { pillar: 'EFFECTIVENESS', themes: [] },
        { pillar: 'EFFICIENCY', themes: [] },
        { pillar: 'LEGITIMACY', themes: [] },
      ],
      assessments: [],
      cells: [],
    });
    expect(matrix.themes.map((theme) => theme.name)).toEqual(['Effectiveness', 'Efficiency', 'Legitimacy']);
    expect(matrix.truncated).toBe(false);
    expect(columnThemes(matrix, 'NO_PILLAR')).toEqual([]);
    expect(columnThemes({ by: 'pillar', themes: matrix.themes }, 'EFFICIENCY')).toEqual([]);
  });

  it("takes a theme column's findings from that theme's cell of the same force only, and none where there is none", () => {
    const forces = [
      { id: 'fenmarsh-constabulary', name: 'Fenmarsh Constabulary' },
      { id: 'greywater-police', name: 'Greywater Police' },
    ];
    const byTheme: Comparison = {
      by: 'theme',
      forces,
      themes: [
        { id: 'vetting', name: 'Vetting' },
        { id: 'custody', name: 'Custody' },
      ],
      assessments: [],
      cells: [
        { force: { id: 'fenmarsh-constabulary' }, theme: { id: 'vetting' }, assessment, judgements: [], findingCount: 1 },
        { force: { id: 'greywater-police' }, theme: { id: 'vetting' }, assessment, judgements: [], findingCount: 1 },
      ],
      truncated: false,
    };
    const finding = (id: string) => ({ id, judgement: null, evidence: { quote: id, sentence: 1 } });
    const found = {
      cells: [
        { force: { id: 'greywater-police' }, theme: { id: 'custody' }, assessment, judgements: [], findingCount: 1, findings: [finding('custody-1')] },
        { force: { id: 'fenmarsh-constabulary' }, theme: { id: 'vetting' }, assessment, judgements: [], findingCount: 1, findings: [finding('vetting-1')] },
      ],
    };
    expect(columnCells(byTheme, 'vetting', found).map((cell) => [cell.force.id, cell.findings.map((f) => f.id)])).toEqual([
      ['fenmarsh-constabulary', ['vetting-1']],
      ['greywater-police', []],
    ]);
  });

  it('orders a pillar cell by severity, worst first, with unjudged findings last', () => {
    const force = { id: 'greywater-police' };
    const matrix = pillarComparison({
      forces: [{ id: 'greywater-police', name: 'Greywater Police' }],
      pillars: [{ pillar: 'EFFECTIVENESS', themes: [{ id: 'custody', name: 'Custody' }] }],
      assessments: [],
      cells: [{ force, pillar: 'EFFECTIVENESS', assessment, judgements: [], findingCount: 5 }],
    });
    const finding = (id: string, judgement: 'STRENGTH' | 'IMPROVED' | 'AREA_FOR_IMPROVEMENT' | 'CAUSE_OF_CONCERN' | null) => ({ id, judgement, evidence: { quote: id, sentence: 1 } });
    const findings = [finding('none', null), finding('strength', 'STRENGTH'), finding('improved', 'IMPROVED'), finding('afi', 'AREA_FOR_IMPROVEMENT'), finding('concern', 'CAUSE_OF_CONCERN')];
    const [cell] = columnCells(matrix, 'EFFECTIVENESS', { cells: [{ force, theme: { id: 'custody' }, assessment, judgements: [], findingCount: 5, findings }] });
    expect(cell!.findings.map((f) => f.id)).toEqual(['concern', 'afi', 'improved', 'strength', 'none']);
  });
});
