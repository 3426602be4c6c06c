// Scores a draft against a reviewed reading: judgements per sentence, whole findings, and verbatim quotes.
import type { DraftFinding } from '../server/ingest/draft-findings.ts';
import type { Sentence } from '../server/ingest/sentences.ts';

export interface ReferenceEdge {
  from: string;
  type: string;
  to: string;
}

/** A reviewed finding: its sentence, judgement, and the edge or edges it draws as. */
export interface ReferenceFinding {
  sentence: number;
  judgement: string | null;
  edges: ReferenceEdge[];
}

export interface Ratio {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface DraftScore {
  /** Over (sentence, judgement) pairs, judgements that are not null. */
  judgements: Ratio;
  /** One-to-one matches on sentence, judgement, type and participants (subject and object). */
  findings: Ratio;
  /** Share of draft quotes that are the verbatim text of their sentence at their offsets. */
  quotesVerbatim: number;
  /** Reference findings no draft finding matched, and draft findings that matched none: what to look at. */
  missed: string[];
  extra: string[];
}

function ratio(truePositives: number, falsePositives: number, falseNegatives: number): Ratio {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { precision: round(precision), recall: round(recall), f1: round(f1), truePositives, falsePositives, falseNegatives };
}

/** The edge a draft finding draws first: its subject, its type, its object. */
export function primaryEdge(finding: DraftFinding): ReferenceEdge {
  const subject = finding.participants.find((p) => p.role === 'SUBJECT');
  const object = finding.participants.find((p) => p.role === 'OBJECT');
  return { from: subject?.id ?? '?', type: finding.type, to: object?.id ?? '?' };
}

const show = (sentence: number, judgement: string | null, edge: ReferenceEdge) => `s${sentence} ${judgement ?? 'null'} ${edge.from} ${edge.type} ${edge.to}`;

export function scoreDraft(draft: readonly DraftFinding[], sentences: readonly Sentence[], reference: readonly ReferenceFinding[]): DraftScore {
  const pairs = (list: { sentence: number; judgement: string | null }[]) => new Set(list.filter((f) => f.judgement !== null).map((f) => `${f.sentence}:${f.judgement}`));
  const drafted = pairs([...draft]);
  const expected = pairs([...reference]);
  const judgementHits = [...drafted].filter((pair) => expected.has(pair)).length;

  const open = [...reference];
  const extra: string[] = [];
  let matched = 0;
  for (const finding of draft) {
    const edge = primaryEdge(finding);
    const at = open.findIndex(
      (ref) => ref.sentence === finding.sentence && ref.judgement === finding.judgement && ref.edges.some((e) => e.from === edge.from && e.type === edge.type && e.to === edge.to),
    );
    if (at >= 0) {
      open.splice(at, 1);
      matched += 1;
    } else extra.push(show(finding.sentence, finding.judgement, edge));
  }
  const verbatim = draft.filter((f) => sentences[f.sentence - 1]?.text.slice(f.start, f.end) === f.quote && f.quote.length > 0).length;
  return {
    judgements: ratio(judgementHits, drafted.size - judgementHits, expected.size - judgementHits),
    findings: ratio(matched, draft.length - matched, open.length),
    quotesVerbatim: draft.length === 0 ? 1 : Math.round((verbatim / draft.length) * 1000) / 1000,
    missed: open.map((ref) => show(ref.sentence, ref.judgement, ref.edges[0]!)),
    extra,
  };
}

/** Pools the counts of several scores, as if they were one document. */
export function poolScores(scores: readonly DraftScore[]): Pick<DraftScore, 'judgements' | 'findings' | 'quotesVerbatim'> {
  const sum = (pick: (s: DraftScore) => Ratio) => ratio(
    scores.reduce((n, s) => n + pick(s).truePositives, 0),
    scores.reduce((n, s) => n + pick(s).falsePositives, 0),
    scores.reduce((n, s) => n + pick(s).falseNegatives, 0),
  );
  return { judgements: sum((s) => s.judgements), findings: sum((s) => s.findings), quotesVerbatim: Math.min(...scores.map((s) => s.quotesVerbatim)) };
}
