// The report picker: find assessments by force, year, inspector, kind or words in their text, then show them in the
// graph, compare their forces, or see what changed between two of one force.
import type { AssessmentFilter } from '../data-store.ts';
import type { AssessmentSummary } from '../model.ts';
import { assessmentMeta, assessmentName } from './assessment-label.ts';
import { h, replaceChildren } from './dom.ts';
import type { ExplorerPort } from './explorer-port.ts';

/** The chosen assessments, earlier first, when they are two of one force: what "What changed" compares. */
export function diffPair(chosen: readonly AssessmentSummary[]): { from: string; to: string } | null {
  if (chosen.length !== 2) return null;
  const [a, b] = chosen as [AssessmentSummary, AssessmentSummary];
  if (!a.force || a.force.id !== b.force?.id) return null;
  const earlierFirst = (a.year ?? 0) < (b.year ?? 0) || ((a.year ?? 0) === (b.year ?? 0) && a.id < b.id);
  return earlierFirst ? { from: a.id, to: b.id } : { from: b.id, to: a.id };
}

/** Narrows a page of assessments to an inspector and to what a text search found. */
export function narrowed(
  assessments: readonly AssessmentSummary[],
  inspector: string | null,
  found: { text: string; assessments: ReadonlySet<string>; forces: ReadonlySet<string> } | null,
): AssessmentSummary[] {
  return assessments.filter((a) => {
    if (inspector !== null && a.inspector?.id !== inspector) return false;
    if (found === null) return true;
    return found.assessments.has(a.id) || (a.force !== null && found.forces.has(a.force.id)) || a.title.toLowerCase().includes(found.text.toLowerCase());
  });
}

export function mountAssessmentPicker(root: HTMLElement, explorer: ExplorerPort, run: (task: Promise<unknown>) => void, say: (message: string) => void): void {
  const force = h('select', { id: 'picker-force', name: 'force' }, h('option', { value: '' }, 'All forces'));
  const year = h('input', { id: 'picker-year', name: 'year', type: 'number', min: 2000, max: 2100, placeholder: 'Any' });
  const kind = h('input', { id: 'picker-kind', name: 'kind', type: 'text', placeholder: 'Any kind' });
  const inspector = h('select', { id: 'picker-inspector', name: 'inspector' }, h('option', { value: '' }, 'Any inspector'));
  const text = h('input', { id: 'picker-text', name: 'text', type: 'search', placeholder: 'Words in the report, e.g. vetting' });
  const shown = h('div', { class: 'picker-shown' });
  const list = h('ul', { class: 'picker-list', id: 'picker-results', 'aria-live': 'polite' });
  const actions = h('div', { class: 'row wrap picker-actions' });
  const more = h('button', { type: 'button', hidden: true, onclick: () => run(fetchPage(false)) }, 'More');

  let page: AssessmentSummary[] = [];
  let cursor: string | null = null;
  let found: { text: string; assessments: Set<string>; forces: Set<string> } | null = null;
  const chosen = new Map<string, AssessmentSummary>();
  let forcesLoaded = false;

  const filter = (): AssessmentFilter => {
    const y = Number(year.value);
    return { force: force.value || null, year: year.value !== '' && Number.isInteger(y) ? y : null, kind: kind.value.trim() || null };
  };

  const renderShown = () => {
    const reports = explorer.reports;
    replaceChildren(
      shown,
      h('h3', {}, reports.length === 1 ? 'The graph shows' : `The graph shows ${reports.length} assessments`),
      h('ul', { class: 'picker-shown-list' }, reports.map((report) => h('li', {}, ...assessmentName(report.assessment)))),
    );
  };

  const renderActions = () => {
    const picked = [...chosen.values()];
    const forces = [...new Set(picked.map((a) => a.force?.id).filter((id): id is string => Boolean(id)))];
    const pair = diffPair(picked);
    const forceId = force.value;
    const ofForce = forceId ? page.filter((a) => a.force?.id === forceId) : [];
    replaceChildren(
      actions,
      h(
        'button',
        { type: 'button', class: 'primary', id: 'picker-show', disabled: picked.length === 0, onclick: () => explorer.chooseAssessments(picked.map((a) => a.id)) },
        picked.length > 1 ? `Show these ${picked.length} in the graph` : 'Show in the graph',
      ),
      forceId && ofForce.length > 1
        ? h('button', { type: 'button', id: 'picker-all-years', onclick: () => explorer.chooseAssessments(ofForce.map((a) => a.id)) }, `All ${ofForce.length} years of this force`)
        : null,
      h(
        'button',
        {
          type: 'button',
          id: 'picker-compare',
          disabled: forces.length === 0,
          title: 'Forces by themes: each force on its latest assessment',
          onclick: () => explorer.openCompare(forces, null),
        },
        forces.length > 1 ? `Compare these ${forces.length} forces` : 'Compare by theme',
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'picker-diff',
          disabled: pair === null,
          title: 'Choose two assessments of one force',
          onclick: () => pair && explorer.openDiff(pair.from, pair.to),
        },
        'What changed',
      ),
    );
  };

  const renderList = () => {
    const rows = narrowed(page, inspector.value || null, found);
    replaceChildren(
      list,
      rows.length === 0
        ? h('li', { class: 'empty' }, 'No assessment matches.')
        : rows.map((a) => {
            const box = h('input', {
              type: 'checkbox',
              id: `pick-${a.id}`,
              value: a.id,
              checked: chosen.has(a.id),
              onchange: (event: Event) => {
                if ((event.target as HTMLInputElement).checked) chosen.set(a.id, a);
                else chosen.delete(a.id);
                renderActions();
              },
            });
            return h(
              'li',
              { class: 'picker-item', 'data-assessment': a.id },
              box,
              h('label', { for: `pick-${a.id}` }, h('span', { class: 'picker-title' }, ...assessmentName(a)), h('span', { class: 'picker-meta' }, assessmentMeta(a))),
            );
          }),
    );
    more.hidden = cursor === null;
    renderActions();
  };

  const fillInspectors = () => {
    const keep = inspector.value;
    const known = new Map<string, string>();
    for (const a of page) if (a.inspector) known.set(a.inspector.id, a.inspector.name);
    replaceChildren(
      inspector,
      h('option', { value: '' }, 'Any inspector'),
      [...known].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => h('option', { value: id }, name)),
    );
    inspector.value = known.has(keep) ? keep : '';
  };

  /** The latest request: an answer to an earlier one that comes late is not listed over it. */
  let latest = 0;

  async function fetchPage(fresh: boolean): Promise<void> {
    const ticket = ++latest;
    const searchText = text.value.trim();
    const [answer, hits] = await Promise.all([
      explorer.listAssessments(filter(), fresh ? null : cursor),
      fresh && searchText.length >= 2 ? explorer.searchAssessments(searchText) : Promise.resolve(null),
    ]);
    if (ticket !== latest) return;
    if (fresh) {
      page = answer.nodes;
      found = hits ? { text: searchText, ...hits } : null;
    } else {
      page = page.concat(answer.nodes);
    }
    cursor = answer.hasNextPage ? answer.endCursor : null;
    fillInspectors();
    renderList();
    say(`${narrowed(page, inspector.value || null, found).length} of ${answer.totalCount} assessments listed.`);
  }

  async function fillForces(): Promise<void> {
    if (forcesLoaded) return;
    forcesLoaded = true;
    const forces = (await explorer.listForces()).sort((a, b) => a.name.localeCompare(b.name));
    const keep = force.value;
    replaceChildren(force, h('option', { value: '' }, 'All forces'), forces.map((f) => h('option', { value: f.id }, f.name)));
    force.value = keep;
  }

  const form = h(
    'form',
    {
      class: 'picker-form',
      role: 'search',
      'aria-label': 'Find assessments',
      onsubmit: (event: Event) => {
        event.preventDefault();
        run(fetchPage(true));
      },
    },
    h('label', { for: 'picker-force' }, 'Force'),
    force,
    h('label', { for: 'picker-year' }, 'Year'),
    year,
    h('label', { for: 'picker-inspector' }, 'Inspector'),
    inspector,
    h('label', { for: 'picker-kind' }, 'Kind'),
    kind,
    h('label', { for: 'picker-text' }, 'Text'),
    text,
    h('button', { type: 'submit', class: 'primary', id: 'picker-find' }, 'Find assessments'),
  );
  force.addEventListener('change', () => run(fetchPage(true)));
  inspector.addEventListener('change', () => renderList());

  replaceChildren(
    root,
    h('h2', {}, 'Assessments'),
    h('p', { class: 'hint' }, 'Choose one or several to show in the graph, compare their forces by theme, or see what changed between two years of a force.'),
    shown,
    form,
    actions,
    list,
    more,
  );

  let opened = false;
  explorer.onChange((changes) => {
    if (changes.has('data')) renderShown();
    // The lists are fetched the first time the panel is opened, not on every page load.
    if (changes.has('panel') && explorer.state.panel === 'assessments' && !opened) {
      opened = true;
      run(Promise.all([fillForces(), fetchPage(true)]));
    }
  });
}
