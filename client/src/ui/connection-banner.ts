// The banner that says the API or its database is down, counts down to the next try, and offers Retry now.
import { h, replaceChildren } from './dom.ts';

export interface ConnectionBanner {
  show(options: { title: string; detail: string; retryInMs: number | null }): void;
  hide(): void;
}

export function mountConnectionBanner(root: HTMLElement, onRetry: () => void): ConnectionBanner {
  let timer: ReturnType<typeof setInterval> | undefined;
  const countdown = h('span', { class: 'countdown' });
  return {
    show({ title, detail, retryInMs }) {
      clearInterval(timer);
      const due = retryInMs === null ? null : Date.now() + retryInMs;
      const tick = () => {
        countdown.textContent = due === null ? '' : `Trying again in ${Math.max(0, Math.ceil((due - Date.now()) / 1000))} s.`;
      };
      tick();
      if (due !== null) timer = setInterval(tick, 500);
      replaceChildren(
        root,
        h('div', { class: 'banner-text' }, h('strong', {}, title), h('span', {}, detail), countdown),
        h('button', { type: 'button', class: 'primary', onclick: () => onRetry() }, 'Retry now'),
      );
      root.hidden = false;
    },
    hide() {
      clearInterval(timer);
      root.hidden = true;
      replaceChildren(root);
    },
  };
}
