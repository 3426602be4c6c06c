// The review's keyboard: which key does what, apart from the page, so the bindings read (and are tested) in one place.

export type ReviewCommand = 'next' | 'previous' | 'accept' | 'reject' | 'edit' | 'respan' | 'add' | 'close';

const bindings: Record<string, ReviewCommand> = {
  j: 'next',
  ArrowDown: 'next',
  ArrowRight: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  ArrowLeft: 'previous',
  a: 'accept',
  r: 'reject',
  e: 'edit',
  s: 'respan',
  n: 'add',
  Escape: 'close',
};

/** What one key press asks for; null for keys the review leaves alone, and for any key typed into a field. */
export function commandFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, typing: boolean): ReviewCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const command = bindings[event.key] ?? null;
  if (typing && command !== 'close') return null;
  return command;
}

/** The keys as the help line lists them. */
export const keyHelp = 'j / k next, previous · a accept · r reject · e edit · select text then s re-span, n new finding';
