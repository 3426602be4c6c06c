// The toolbar: layouts, fit, undo and redo, export, and sharing the view as a link or as its GraphQL query.
import type { ExportFormat } from '../export.ts';
import type { ExplorerPort } from './explorer-port.ts';
import { isLayoutName, layoutLabels, layoutNames } from '../layouts.ts';
import { formatViewQuery, maxCopiedExpansions, viewQuery } from '../view-query.ts';
import { copyText } from './clipboard.ts';
import { h, replaceChildren } from './dom.ts';

export function mountToolbar(root: HTMLElement, explorer: ExplorerPort, say: (message: string) => void): void {
  const layoutGroup = h(
    'div',
    { class: 'segmented', role: 'group', 'aria-label': 'Layout' },
    layoutNames.map((name) => h('button', { type: 'button', 'data-layout': name, 'aria-pressed': 'false', onclick: () => explorer.runLayout(name) }, layoutLabels[name])),
  );
  const undo = h('button', { type: 'button', id: 'undo', disabled: true, 'aria-keyshortcuts': 'Control+Z', onclick: () => announceStep('Undid', explorer.undo()) }, 'Undo');
  const redo = h('button', { type: 'button', id: 'redo', disabled: true, 'aria-keyshortcuts': 'Control+Shift+Z', onclick: () => announceStep('Redid', explorer.redo()) }, 'Redo');
  const exportMenu = h(
    'details',
    { class: 'menu', id: 'export-menu' },
    h('summary', {}, 'Export'),
    h(
      'div',
      { class: 'menu-items', role: 'group', 'aria-label': 'Export the view' },
      (
        [
          ['png', 'Image (PNG)'],
          ['svg', 'Vector image (SVG)'],
          ['json', 'Visible data (JSON)'],
          ['nodes-csv', 'Entities (CSV)'],
          ['edges-csv', 'Relationships with quotes (CSV)'],
        ] as [ExportFormat, string][]
      ).map(([format, label]) =>
        h(
          'button',
          {
            type: 'button',
            'data-export': format,
            onclick: () => {
              const file = explorer.exportView(format);
              if (file === null) return;
              say(`Saved ${file}.`);
              exportMenu.open = false;
            },
          },
          label,
        ),
      ),
    ),
  );

  const shareMenu = h(
    'details',
    { class: 'menu', id: 'share-menu' },
    h('summary', {}, 'Share'),
    h(
      'div',
      { class: 'menu-items', role: 'group', 'aria-label': 'Share the view' },
      h(
        'button',
        {
          type: 'button',
          id: 'copy-link',
          onclick: () => {
            shareMenu.open = false;
            void copyText(location.href).then(() => say('Link to this view copied.'), () => say('The browser would not copy the link; copy it from the address bar.'));
          },
        },
        'Copy link to this view',
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'copy-graphql',
          onclick: () => {
            shareMenu.open = false;
            const copied = viewQuery(explorer.state, explorer.reports.length > 0 ? explorer.reports.map((report) => report.assessment.id) : null);
            const done =
              copied.omitted.length === 0
                ? 'GraphQL query for this view copied.'
                : `GraphQL query for this view copied, with ${maxCopiedExpansions} of its ${maxCopiedExpansions + copied.omitted.length} expansions: the API takes no more in one query, and a comment names the rest.`;
            void copyText(formatViewQuery(copied)).then(() => say(done), () => say('The browser would not copy the query.'));
          },
        },
        'Copy GraphQL query (with variables)',
      ),
    ),
  );

  function announceStep(verb: string, label: string | null) {
    say(label ? `${verb} ${label}.` : `Nothing to ${verb === 'Undid' ? 'undo' : 'redo'}.`);
  }

  replaceChildren(
    root,
    layoutGroup,
    h('button', { type: 'button', onclick: () => explorer.fit(), title: 'Fit the graph to the window' }, 'Fit'),
    h('span', { class: 'divider', 'aria-hidden': 'true' }),
    undo,
    redo,
    h('span', { class: 'divider', 'aria-hidden': 'true' }),
    exportMenu,
    shareMenu,
  );

  const update = () => {
    for (const button of layoutGroup.querySelectorAll<HTMLButtonElement>('[data-layout]')) {
      const name = button.dataset.layout ?? null;
      button.setAttribute('aria-pressed', String(isLayoutName(name) && name === explorer.state.layout));
    }
    const nextUndo = explorer.nextUndo;
    const nextRedo = explorer.nextRedo;
    undo.disabled = nextUndo === null;
    redo.disabled = nextRedo === null;
    undo.title = nextUndo !== null ? `Undo ${nextUndo}` : 'Nothing to undo';
    redo.title = nextRedo !== null ? `Redo ${nextRedo}` : 'Nothing to redo';
  };
  explorer.onChange((changes) => {
    if (changes.has('layout') || changes.has('history')) update();
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return;
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' && event.key.toLowerCase() !== 'y') return;
    event.preventDefault();
    const isRedo = event.key.toLowerCase() === 'y' || event.shiftKey;
    announceStep(isRedo ? 'Redid' : 'Undid', isRedo ? explorer.redo() : explorer.undo());
  });
}
