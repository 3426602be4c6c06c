// The visible nodes and edges as JSON and CSV, for spreadsheets and other tools; pure.
import type { EdgeData, NodeData } from './elements.ts';

export function toJson(nodes: readonly NodeData[], edges: readonly EdgeData[]): string {
  return `${JSON.stringify(
    {
      nodes: nodes.map(({ id, label, kind, summary, pillar }) => ({ id, name: label, kind, summary, pillar })),
      edges: edges.map(({ id, source, target, type, judgement, basis, status, finding, quote, sentence, sourceId }) => ({
        id,
        source,
        target,
        type,
        judgement,
        basis,
        status,
        finding,
        quote,
        sentence,
        sourceId,
      })),
    },
    null,
    2,
  )}\n`;
}

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function nodesCsv(nodes: readonly NodeData[]): string {
  return csv([['id', 'name', 'kind', 'pillar', 'summary'], ...nodes.map((n) => [n.id, n.label, n.kind, n.pillar, n.summary])]);
}

/** One row per relationship, with both names, so the sheet reads without a look-up, and whether it is only inferred. */
export function edgesCsv(edges: readonly EdgeData[], nameOf: (id: string) => string): string {
  return csv([
    ['id', 'source_id', 'source_name', 'type', 'target_id', 'target_name', 'judgement', 'basis', 'status', 'finding', 'sentence', 'quote', 'source_document'],
    ...edges.map((e) => [e.id, e.source, nameOf(e.source), e.type, e.target, nameOf(e.target), e.judgement, e.basis, e.status, e.finding, e.sentence, e.quote, e.sourceId]),
  ]);
}
