// Puts reviewing into the explorer: the sign-in control, the "New assessment" dialog, and the review of a draft
// (opened at #review=<draft id>, so a reload keeps it), all behind one call from main.ts.
import type { Api } from '../api.ts';
import { h } from '../ui/dom.ts';
import { defaultViewState, writeViewState } from '../url-state.ts';
import { mountNewAssessment } from './new-assessment.ts';
import { createReviewApi } from './review-api.ts';
import { mountReview } from './review-view.ts';
import type { TokenKeeper } from './session-token.ts';
import { mountSignIn } from './sign-in.ts';
import { mayReview } from './viewer.ts';

export interface ReviewingElements {
  /** Where the header's sign-in control goes. */
  account: HTMLElement;
  /** Covers the explorer while a draft is reviewed. */
  review: HTMLElement;
  dialog: HTMLDialogElement;
}

const hashPrefix = '#review=';

/** The draft the address asks to review, if any. */
export function draftInHash(hash: string): string | null {
  if (!hash.startsWith(hashPrefix)) return null;
  const id = decodeURIComponent(hash.slice(hashPrefix.length)).trim();
  return id === '' ? null : id;
}

/** The explorer's address that opens a published assessment's graph and report. */
export function assessmentAddress(assessment: string): string {
  return writeViewState({ ...defaultViewState, source: assessment });
}

export function mountReviewing(elements: ReviewingElements, api: Api, tokens: TokenKeeper): void {
  const review = createReviewApi(api);
  const goTo = (id: string | null) => {
    history.pushState(history.state, '', id === null ? `${location.pathname}${location.search}` : `${hashPrefix}${encodeURIComponent(id)}`);
    route();
  };
  const view = mountReview(elements.review, review, {
    onClose: () => goTo(null),
    onPublished: (assessment) => location.assign(`${location.pathname}${assessmentAddress(assessment)}`),
  });
  const dialog = mountNewAssessment(elements.dialog, review, (id) => goTo(id));
  const signIn = mountSignIn(elements.account, api, tokens, () => (mayReview(signIn.viewer) ? [h('button', { type: 'button', id: 'new-assessment', class: 'primary', onclick: () => dialog.open() }, 'New assessment')] : []));

  let shown: string | null = null;
  let checked = tokens.get() === null;
  function route(): void {
    const id = draftInHash(location.hash);
    if (id === null || !checked) {
      if (shown !== null) view.close();
      shown = null;
      return;
    }
    if (!mayReview(signIn.viewer)) {
      if (shown !== null) view.close();
      shown = null;
      signIn.ask(signIn.viewer ? 'Reviewing needs an editor’s token' : 'Sign in as an editor to review drafts');
      return;
    }
    if (shown === id) return;
    shown = id;
    void view.open(id);
  }

  signIn.onChange(() => {
    checked = true;
    route();
  });
  window.addEventListener('hashchange', route);
  route();
  // For the browser console and the browser tests, as main.ts exposes the explorer.
  Object.assign(window, { peelReview: view });
}
