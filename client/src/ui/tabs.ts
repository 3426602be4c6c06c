// The side panel's tabs (Details, Report, Path, Partners, Table), following the WAI-ARIA tabs pattern.
import type { ExplorerPort } from './explorer-port.ts';
import type { PanelName } from '../url-state.ts';

export function mountTabs(tablist: HTMLElement, explorer: ExplorerPort): void {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const show = () => {
    for (const tab of tabs) {
      const active = tab.dataset.panel === explorer.state.panel;
      tab.setAttribute('aria-selected', String(active));
      tab.tabIndex = active ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !active;
    }
  };
  for (const tab of tabs) {
    tab.addEventListener('click', () => explorer.setPanel(tab.dataset.panel as PanelName));
  }
  tablist.addEventListener('keydown', (event) => {
    const index = tabs.findIndex((tab) => tab === document.activeElement);
    if (index === -1) return;
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length] as HTMLButtonElement;
    next.focus();
    explorer.setPanel(next.dataset.panel as PanelName);
  });
  explorer.onChange((changes) => {
    if (changes.has('panel')) show();
  });
  show();
}
