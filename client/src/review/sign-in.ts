// The header's "Sign in" control: paste a token, see who it signs you in as, sign out. A refused token shows the
// server's own message.
import { ApiError, type Api } from '../api.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import type { TokenKeeper } from './session-token.ts';
import { fetchViewer, type Viewer } from './viewer.ts';

export interface SignIn {
  readonly viewer: Viewer | null;
  onChange(listener: (viewer: Viewer | null) => void): void;
  /** Opens the sign-in form, for a step that needs someone signed in. */
  ask(reason: string): void;
}

export function mountSignIn(root: HTMLElement, api: Api, tokens: TokenKeeper, extra: () => Node[]): SignIn {
  let viewer: Viewer | null = null;
  const listeners = new Set<(viewer: Viewer | null) => void>();
  const message = h('p', { class: 'sign-in-message', role: 'alert', hidden: true });

  const setViewer = (next: Viewer | null) => {
    viewer = next;
    render();
    for (const listener of listeners) listener(viewer);
  };

  const signOut = () => {
    tokens.clear();
    setViewer(null);
  };

  // The API forgets a token the server refuses, whichever request met the refusal; the sign-in says why.
  let checking = false;
  let refusal: string | null = null;
  tokens.onChange((_token, reason) => {
    if (reason === undefined) return;
    refusal = reason;
    if (checking) return;
    setViewer(null);
    showForm(reason);
    refusal = null;
  });

  const check = async (): Promise<void> => {
    checking = true;
    refusal = null;
    try {
      const found = await fetchViewer(api);
      if (found === null) tokens.clear();
      setViewer(found);
      if (refusal !== null) showForm(refusal);
    } catch (error) {
      // Too many attempts, or a server that cannot say: nothing is sent with a token that did not sign in.
      if (error instanceof ApiError && ['UNAUTHENTICATED', 'FORBIDDEN', 'TOO_MANY_SIGN_IN_ATTEMPTS'].includes(error.code)) tokens.clear();
      setViewer(null);
      showForm(error instanceof Error ? error.message : String(error));
    } finally {
      checking = false;
      refusal = null;
    }
  };

  const showForm = (problem: string | null = null, hint: string | null = null) => {
    const input = h('input', { id: 'sign-in-token', type: 'password', autocomplete: 'off', spellcheck: 'false', placeholder: 'Paste your token' });
    const form = h(
      'form',
      { class: 'sign-in-form', 'aria-label': 'Sign in' },
      h('label', { for: 'sign-in-token' }, hint ?? 'Token'),
      input,
      h('button', { type: 'submit', class: 'primary' }, 'Sign in'),
      h('button', { type: 'button', onclick: () => render() }, 'Cancel'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const token = input.value.trim();
      if (token === '') {
        showForm('Paste the token you were given (it starts with pgt_).');
        return;
      }
      tokens.set(token);
      void check();
    });
    message.hidden = problem === null;
    message.textContent = problem ?? '';
    replaceChildren(root, form, message);
    input.focus();
  };

  const render = () => {
    message.hidden = true;
    if (viewer) {
      replaceChildren(
        root,
        ...extra(),
        h('span', { class: 'viewer', id: 'viewer-name' }, `${viewer.name} (${viewer.role.toLowerCase()})`),
        h('button', { type: 'button', id: 'sign-out', onclick: signOut }, 'Sign out'),
      );
    } else {
      replaceChildren(root, h('button', { type: 'button', id: 'sign-in', onclick: () => showForm() }, 'Sign in'));
    }
  };

  render();
  if (tokens.get()) void check();

  return {
    get viewer() {
      return viewer;
    },
    onChange(listener) {
      listeners.add(listener);
    },
    ask(reason) {
      showForm(null, reason);
    },
  };
}
