// The details of the selected entity or relationship: its summary and every fact about it, each with its quote.
import type { ExplorerPort } from './explorer-port.ts';
import { type Entity, type Relationship, relationshipTypes } from '../model.ts';
import { kindLabels, typeDescriptions, typeLabels, typePhrases } from '../vocabulary.ts';
import { h, quoted, replaceChildren } from './dom.ts';
import { entityButton, findingBadges, sentenceButton, sentenceInContext } from './fact-parts.ts';
import { kindSwatch } from './swatches.ts';

export interface DetailsActions {
  run(task: Promise<unknown>): void;
  say(message: string): void;
  /** Opens the path tool with this entity as the start. */
  pathFrom(id: string): void;
  /** The history section of a finding (filled in as it loads). */
  history(findingId: string): HTMLElement;
}

function entityDetails(explorer: ExplorerPort, entity: Entity, actions: DetailsActions): HTMLElement {
  const facts = explorer.relationshipsOf(entity.id);
  const expansion = explorer.state.expanded.find((e) => e.id === entity.id);
  const canShowMore = expansion !== undefined && explorer.isTruncated(entity.id);
  const onCanvas = explorer.isDrawn(entity.id);
  const groups = relationshipTypes
    .map((type) => ({ type, facts: facts.filter((r) => r.type === type).sort((a, b) => a.evidence.sentence - b.evidence.sentence) }))
    .filter((group) => group.facts.length > 0);

  return h(
    'article',
    { class: 'details', 'aria-labelledby': 'details-title' },
    h('p', { class: 'kind-line' }, kindSwatch(entity.kind), kindLabels[entity.kind].one, entity.pillar ? ` · ${entity.pillar.toLowerCase()}` : ''),
    h('h2', { id: 'details-title' }, entity.name),
    entity.summary ? h('p', { class: 'summary' }, entity.summary) : null,
    h(
      'div',
      { class: 'actions', role: 'group', 'aria-label': 'Canvas actions' },
      h(
        'button',
        {
          type: 'button',
          title: 'Add its neighbours to the canvas (or double-click it)',
          onclick: () =>
            actions.run(
              explorer.expand(entity.id).then(({ added, truncated }) =>
                actions.say(added === 0 ? `Every neighbour of ${entity.name} is already shown.` : `Added ${added} neighbours of ${entity.name}${truncated ? '; more are available' : ''}.`),
              ),
            ),
        },
        'Expand',
      ),
      canShowMore
        ? h(
            'button',
            {
              type: 'button',
              onclick: () => actions.run(explorer.showMore(entity.id).then(({ added }) => actions.say(`Added ${added} more neighbours of ${entity.name}.`))),
            },
            'Show more',
          )
        : null,
      h(
        'button',
        {
          type: 'button',
          disabled: !onCanvas,
          title: 'Take off the canvas the neighbours that hang on this entity alone',
          onclick: () => {
            const removed = explorer.collapse(entity.id);
            actions.say(removed === 0 ? `Nothing hangs on ${entity.name} alone.` : `Collapsed ${removed} entities into ${entity.name}. Undo brings them back.`);
          },
        },
        'Collapse',
      ),
      h(
        'button',
        {
          type: 'button',
          disabled: !onCanvas,
          onclick: () => {
            explorer.hide(entity.id);
            actions.say(`Hid ${entity.name}. Undo brings it back.`);
          },
        },
        'Hide',
      ),
      h(
        'button',
        {
          type: 'button',
          title: 'Find how this entity connects to another',
          onclick: () => actions.pathFrom(entity.id),
        },
        'Path from here',
      ),
    ),
    h('h3', { class: 'facts-heading' }, `What the report says (${facts.length} ${facts.length === 1 ? 'fact' : 'facts'})`),
    groups.map((group) =>
      h(
        'section',
        { class: 'fact-group' },
        h('h4', { title: typeDescriptions[group.type] }, `${typeLabels[group.type]} (${group.facts.length})`),
        h(
          'ul',
          { class: 'facts' },
          group.facts.map((r) => {
            const outgoing = r.source.id === entity.id;
            const other = outgoing ? r.target.id : r.source.id;
            return h(
              'li',
              { class: 'fact', 'data-relationship': r.id },
              h(
                'p',
                { class: 'fact-line' },
                outgoing ? `${entity.name} ${typePhrases[r.type]} ` : '',
                entityButton(explorer, other),
                outgoing ? '' : ` ${typePhrases[r.type]} ${entity.name}`,
                ' ',
                ...findingBadges(r),
              ),
              h('p', { class: 'fact-quote' }, quoted(r.evidence.quote), ' ', h('span', { class: 'cite' }, '(', sentenceButton(explorer, r.evidence.sentence), ')')),
              h('button', { type: 'button', class: 'link small', onclick: () => explorer.select(r.id) }, 'Select this relationship'),
            );
          }),
        ),
      ),
    ),
  );
}

function relationshipDetails(explorer: ExplorerPort, r: Relationship, actions: DetailsActions): HTMLElement {
  return h(
    'article',
    { class: 'details', 'aria-labelledby': 'details-title' },
    h('p', { class: 'kind-line' }, 'Relationship · ', typeLabels[r.type], ' ', ...findingBadges(r)),
    h('h2', { id: 'details-title' }, entityButton(explorer, r.source.id), ` ${typePhrases[r.type]} `, entityButton(explorer, r.target.id)),
    h('p', { class: 'summary' }, typeDescriptions[r.type]),
    h('h3', {}, 'The report says'),
    h('p', { class: 'fact-quote big' }, quoted(r.evidence.quote), ' ', h('span', { class: 'cite' }, '(', sentenceButton(explorer, r.evidence.sentence), ')')),
    sentenceInContext(explorer, r),
    r.finding ? actions.history(r.finding.id) : null,
  );
}

/** Mounts the panel; `render` draws it again (after signing in or out, which changes what the history shows). */
export function mountDetails(root: HTMLElement, explorer: ExplorerPort, actions: DetailsActions): { render(): void } {
  const render = () => {
    const id = explorer.state.selected;
    const entity = id ? explorer.entities.get(id) : undefined;
    const relationship = id ? explorer.relationship(id) : undefined;
    if (entity) replaceChildren(root, entityDetails(explorer, entity, actions));
    else if (relationship) replaceChildren(root, relationshipDetails(explorer, relationship, actions));
    else
      replaceChildren(
        root,
        h(
          'div',
          { class: 'empty' },
          h('h2', {}, 'Nothing selected'),
          h('p', {}, 'Select an entity or a relationship on the graph, in the Table, or through search to read what the report says about it, sentence by sentence.'),
        ),
      );
  };
  explorer.onChange((changes) => {
    if (changes.has('selection') || changes.has('data') || changes.has('elements')) render();
  });
  render();
  return { render };
}
