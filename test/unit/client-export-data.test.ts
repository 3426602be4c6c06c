// JSON and CSV exports of the visible graph: every quote intact, CSV quoted as spreadsheets expect.
import { describe, expect, it } from 'vitest';
import { edgeElement, type EdgeData, nodeElement, type NodeData } from '../../client/src/elements.ts';
import { csvField, edgesCsv, nodesCsv, toJson } from '../../client/src/export-data.ts';
import { force, slice, tackles } from '../fixtures/client-graph.ts';

const nodes = slice.nodes.map((e) => nodeElement(e).data as NodeData);
const edges = [edgeElement(tackles).data as EdgeData];
const names = new Map(slice.nodes.map((e) => [e.id, e.name]));

describe('export data', () => {
  it('quotes CSV fields with commas, quotes or line breaks, and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "so"')).toBe('"say ""so"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(18)).toBe('18');
  });

  it('writes relationships with both names and the verbatim quote', () => {
    expect(edgesCsv(edges, (id) => names.get(id) ?? id)).toBe(
      'id,source_id,source_name,type,target_id,target_name,judgement,basis,status,finding,sentence,quote,source_document\r\n' +
        'cheshire-peel-assessment/s8/cheshire-other-agencies/tackles/repeat-and-dangerous-offenders,cheshire-other-agencies,Other agencies,TACKLES,repeat-and-dangerous-offenders,Repeat and dangerous offenders,STRENGTH,STATED,ESTABLISHED,cheshire-peel-assessment/s8.1,8,' +
        '"The force also works well with other agencies to reduce reoffending and to identify, investigate and bring to justice repeat and dangerous offenders.",cheshire-peel-assessment\r\n',
    );
  });

  it('writes entities one a row', () => {
    expect(nodesCsv(nodes).split('\r\n')[0]).toBe('id,name,kind,pillar,summary');
    expect(nodesCsv(nodes).split('\r\n')[1]).toBe(`cheshire-constabulary,Cheshire Constabulary,FORCE,,${force.summary}`);
  });

  it('writes JSON that parses back to the same nodes and edges', () => {
    const parsed = JSON.parse(toJson(nodes, edges));
    expect(parsed.nodes).toHaveLength(5);
    expect(parsed.nodes[0]).toEqual({ id: 'cheshire-constabulary', name: 'Cheshire Constabulary', kind: 'FORCE', summary: force.summary, pillar: null });
    expect(parsed.edges).toEqual([
      {
        id: tackles.id,
        source: 'cheshire-other-agencies',
        target: 'repeat-and-dangerous-offenders',
        type: 'TACKLES',
        judgement: 'STRENGTH',
        basis: 'STATED',
        status: 'ESTABLISHED',
        finding: 'cheshire-peel-assessment/s8.1',
        quote: tackles.evidence.quote,
        sentence: 8,
        sourceId: 'cheshire-peel-assessment',
      },
    ]);
  });
});
