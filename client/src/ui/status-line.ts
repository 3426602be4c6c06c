// The status line under the graph: what is shown and what just happened, read out by screen readers.

export interface Status {
  /** Polite news: counts, focus moves, results. */
  say(message: string): void;
  /** Failures a user must notice; read out at once. */
  alert(message: string): void;
}

export function mountStatus(politeRegion: HTMLElement, alertRegion: HTMLElement): Status {
  let alertTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    say(message) {
      politeRegion.textContent = message;
    },
    alert(message) {
      alertRegion.textContent = message;
      alertRegion.hidden = false;
      clearTimeout(alertTimer);
      alertTimer = setTimeout(() => {
        alertRegion.hidden = true;
        alertRegion.textContent = '';
      }, 12_000);
    },
  };
}
