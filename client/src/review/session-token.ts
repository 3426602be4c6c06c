// Keeps the signed-in person's token for this browser tab only (sessionStorage), and tells listeners when it changes.

const storageKey = 'peel-graph.token';

export interface TokenKeeper {
  get(): string | null;
  set(token: string): void;
  clear(): void;
  /** Forgets a token the server refused, telling listeners the server's reason. */
  refuse(reason: string): void;
  onChange(listener: (token: string | null, refusal?: string) => void): () => void;
}

/**
 * sessionStorage, not localStorage: a pasted token lives as long as the tab, and is not handed to every tab the
 * browser opens later. A storage the browser refuses (private modes, disabled storage) keeps it in memory instead.
 */
export function createTokenKeeper(storage: Storage | null = globalThis.sessionStorage ?? null): TokenKeeper {
  let memory: string | null = null;
  const listeners = new Set<(token: string | null, refusal?: string) => void>();
  const read = (): string | null => {
    try {
      return storage ? storage.getItem(storageKey) : memory;
    } catch {
      return memory;
    }
  };
  const write = (token: string | null, refusal?: string): void => {
    memory = token;
    try {
      if (token === null) storage?.removeItem(storageKey);
      else storage?.setItem(storageKey, token);
    } catch {
      // Kept in memory above: signed in for as long as the page stays open.
    }
    for (const listener of listeners) listener(token, refusal);
  };
  return {
    get: read,
    set: (token) => write(token.trim()),
    clear: () => write(null),
    refuse: (reason) => write(null, reason),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
