// Cuts a sentence into runs of text, each with the findings whose spans cover it, so overlapping spans can be drawn.

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Run {
  start: number;
  end: number;
  /** The findings covering this run, in the order they were given. */
  findings: string[];
}

/**
 * Runs that together cover `length` characters exactly; a boundary wherever a span starts or ends. Spans are
 * clipped to the sentence, and empty ones cover nothing.
 */
export function runsOf(length: number, spans: readonly Span[]): Run[] {
  const clipped = spans.map((span) => ({ id: span.id, start: Math.max(0, Math.min(length, span.start)), end: Math.max(0, Math.min(length, span.end)) })).filter((span) => span.end > span.start);
  const cuts = new Set([0, length]);
  for (const span of clipped) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    runs.push({ start, end, findings: clipped.filter((span) => span.start <= start && span.end >= end).map((span) => span.id) });
  }
  return runs;
}

/** A selection inside a sentence, shrunk to leave out the spaces at its ends; null when nothing is left. */
export function trimmedSelection(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from] as string)) from++;
  while (to > from && /\s/.test(text[to - 1] as string)) to--;
  return to > from ? { start: from, end: to } : null;
}
