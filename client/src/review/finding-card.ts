// The finding under review, in words: what it claims, who takes part, where it stands, and the buttons for each key.
import { h, quoted, replaceChildren } from '../ui/dom.ts';
import { judgementLabels, kindLabels, statusLabels, typeLabels } from '../vocabulary.ts';
import type { DraftFinding } from './review-api.ts';

export interface CardActions {
  accept(): void;
  reject(): void;
  edit(): void;
  respan(): void;
  add(): void;
}

const reviewWords = { DRAFT: 'To review', ACCEPTED: 'Accepted', REJECTED: 'Rejected', DISPUTED: 'Disputed' } as const;

export function showFindingCard(root: HTMLElement, finding: DraftFinding | null, position: string, actions: CardActions, busy: boolean): void {
  if (!finding) {
    replaceChildren(root, h('p', { class: 'muted' }, 'The draft has no findings yet: select words in the text and press n to add one.'), h('button', { type: 'button', onclick: actions.add }, 'New finding from selection (n)'));
    return;
  }
  const status = statusLabels[finding.status];
  replaceChildren(
    root,
    h('p', { class: 'card-position' }, position, ' · sentence ', String(finding.sentence), ' · ', h('span', { class: `review-state review-${finding.review.status.toLowerCase()}`, id: 'review-state' }, reviewWords[finding.review.status])),
    quoted(finding.quote),
    h(
      'p',
      { class: 'card-claim' },
      h('strong', {}, typeLabels[finding.type]),
      ' · ',
      finding.judgement ? judgementLabels[finding.judgement] : 'No judgement',
      finding.basis === 'INFERRED' ? ' · inferred from context' : '',
      status ? ` · ${status}` : '',
    ),
    h(
      'ul',
      { class: 'card-participants' },
      finding.participants.map((participant) =>
        h('li', {}, `${participant.role.toLowerCase()}: `, participant.entity.name, h('span', { class: 'muted' }, ` (${kindLabels[participant.entity.kind].one.toLowerCase()}${participant.entity.existing ? '' : ', new'})`)),
      ),
    ),
    finding.cue ? h('p', { class: 'muted card-cue' }, `Drafted from: ${finding.cue}`) : null,
    h(
      'div',
      { class: 'card-buttons' },
      h('button', { type: 'button', class: 'primary', id: 'review-accept', disabled: busy, onclick: actions.accept }, 'Accept (a)'),
      h('button', { type: 'button', id: 'review-reject', disabled: busy, onclick: actions.reject }, 'Reject (r)'),
      h('button', { type: 'button', id: 'review-edit', disabled: busy, onclick: actions.edit }, 'Edit (e)'),
      // mousedown would take the text selection away before the click: keep it.
      h('button', { type: 'button', id: 'review-respan', disabled: busy, onmousedown: (event: Event) => event.preventDefault(), onclick: actions.respan }, 'Span from selection (s)'),
      h('button', { type: 'button', id: 'review-add', disabled: busy, onmousedown: (event: Event) => event.preventDefault(), onclick: actions.add }, 'New finding from selection (n)'),
    ),
  );
}
