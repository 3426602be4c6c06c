// The path tool: pick two entities, see the shortest path between them on the graph and as a cited narrative.
import type { ExplorerPort } from './explorer-port.ts';
import { entityKinds } from '../model.ts';
import { citation, pathFacts, pathMarkdown } from '../narrative.ts';
import { kindLabels, typePhrases } from '../vocabulary.ts';
import { copyText } from './clipboard.ts';
import { entityButton, findingBadges, sentenceButton } from './fact-parts.ts';
import { h, quoted, replaceChildren } from './dom.ts';

export interface PathPanel {
  setFrom(id: string): void;
}

export function mountPath(root: HTMLElement, explorer: ExplorerPort, run: (task: Promise<unknown>) => void, say: (message: string) => void): PathPanel {
  const from = h('select', { id: 'path-from', name: 'from' });
  const to = h('select', { id: 'path-to', name: 'to' });
  const result = h('div', { class: 'path-result', 'aria-live': 'polite' });

  const fillOptions = () => {
    const entities = [...explorer.entities.values()];
    for (const select of [from, to]) {
      const keep = select.value;
      replaceChildren(
        select,
        h('option', { value: '' }, 'Choose an entity…'),
        entityKinds
          .map((kind) => ({ kind, members: entities.filter((e) => e.kind === kind).sort((a, b) => a.name.localeCompare(b.name)) }))
          .filter((group) => group.members.length > 0)
          .map((group) => h('optgroup', { label: kindLabels[group.kind].many }, group.members.map((e) => h('option', { value: e.id }, e.name)))),
      );
      select.value = keep;
    }
    const wanted = explorer.state.path;
    if (wanted) {
      from.value = wanted.from;
      to.value = wanted.to;
    }
  };

  const useSelection = (select: HTMLSelectElement) => {
    const id = explorer.state.selected;
    if (id && explorer.entities.has(id)) select.value = id;
    else say('Select an entity on the graph first.');
  };

  const form = h(
    'form',
    {
      class: 'path-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (!from.value || !to.value) {
          say('Choose both ends of the path.');
          return;
        }
        run(explorer.showPath(from.value, to.value));
      },
    },
    h('label', { for: 'path-from' }, 'From'),
    h('div', { class: 'row' }, from, h('button', { type: 'button', class: 'small', onclick: () => useSelection(from) }, 'Use selection')),
    h('label', { for: 'path-to' }, 'To'),
    h('div', { class: 'row' }, to, h('button', { type: 'button', class: 'small', onclick: () => useSelection(to) }, 'Use selection')),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'submit', class: 'primary' }, 'Find path'),
      h('button', { type: 'button', onclick: () => { explorer.clearMarks(); replaceChildren(result); } }, 'Clear'),
    ),
  );

  const renderResult = () => {
    if (explorer.marks.kind !== 'path') return;
    const { path, from: fromId, to: toId } = explorer.marks;
    if (!path) {
      replaceChildren(result, h('p', { class: 'empty' }, `The report links ${explorer.nameOf(fromId)} and ${explorer.nameOf(toId)} by no chain of facts.`));
      say('No path found.');
      return;
    }
    const facts = pathFacts(path, explorer.entities);
    const markdown = pathMarkdown(path, explorer.source?.title ?? null, explorer.entities);
    replaceChildren(
      result,
      h('h3', {}, `${path.length} ${path.length === 1 ? 'step' : 'steps'} from ${explorer.nameOf(fromId)} to ${explorer.nameOf(toId)}`),
      h(
        'ol',
        { class: 'narrative' },
        facts.map((fact) =>
          h(
            'li',
            {},
            h('p', { class: 'fact-line' }, entityButton(explorer, fact.subject.id), ` ${typePhrases[fact.relationship.type]} `, entityButton(explorer, fact.object.id), ' ', ...findingBadges(fact.relationship)),
            h('p', { class: 'fact-quote' }, quoted(fact.relationship.evidence.quote), ' ', h('span', { class: 'cite', title: citation(fact.relationship) }, '(', sentenceButton(explorer, fact.relationship.evidence.sentence), ')')),
          ),
        ),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'copy-path-markdown',
          onclick: () =>
            void copyText(markdown).then(
              () => say('Path copied as Markdown.'),
              () => say('The browser would not copy; select the text instead.'),
            ),
        },
        'Copy as Markdown',
      ),
    );
    say(`Path of ${path.length} steps from ${explorer.nameOf(fromId)} to ${explorer.nameOf(toId)}.`);
  };

  replaceChildren(root, h('h2', {}, 'Path between two entities'), h('p', { class: 'hint' }, 'How are two things connected in the report? Every step is a cited fact.'), form, result);

  explorer.onChange((changes) => {
    if (changes.has('data') || changes.has('elements')) fillOptions();
    if (changes.has('marks')) renderResult();
  });
  return {
    setFrom(id) {
      fillOptions();
      from.value = id;
      explorer.setPanel('path');
      to.focus();
    },
  };
}
