// The small form that edits a draft finding, or describes a new one on selected text: type, judgement, status
// and participants (an entity the draft knows, or a new one by name and kind).
import type { DraftParticipantInput, EntityKind, FindingStatus, Judgement, ParticipantRole, RelationshipType } from '../generated/operations.ts';
import { entityKinds, findingStatuses, judgements, relationshipTypes } from '../model.ts';
import { participantRoles } from '../../../shared/vocabulary.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { judgementLabels, kindLabels, typeLabels } from '../vocabulary.ts';
import type { DraftEntity } from './review-api.ts';

export interface FindingFormValue {
  type: RelationshipType;
  judgement: Judgement | null;
  status: FindingStatus;
  participants: DraftParticipantInput[];
}

export interface FindingFormOptions {
  title: string;
  /** The words the finding cites, shown as they are. */
  quote: string;
  initial: FindingFormValue;
  /** Entities to choose from: those the draft names. */
  entities: readonly DraftEntity[];
  submitLabel: string;
  onSubmit(value: FindingFormValue): void;
  onCancel(): void;
}

const newEntity = '__new__';

function select<T extends string>(name: string, values: readonly T[], label: (value: T) => string, chosen: string, extra: [string, string][] = []): HTMLSelectElement {
  const element = h('select', { name }, [...extra, ...values.map((value): [string, string] => [value, label(value)])].map(([value, text]) => h('option', { value }, text)));
  element.value = chosen;
  return element;
}

function participantRow(entities: readonly DraftEntity[], participant: DraftParticipantInput | null, remove: (row: HTMLElement) => void): HTMLElement {
  const role = select('role', participantRoles, (value) => value.toLowerCase(), participant?.role ?? 'OBJECT');
  const entity = select('entity', [newEntity, ...entities.map((e) => e.id)], (id) => (id === newEntity ? 'New entity…' : `${entities.find((e) => e.id === id)?.name} (${kindLabels[entities.find((e) => e.id === id)?.kind as EntityKind].one.toLowerCase()})`), participant?.entity ?? (participant?.name ? newEntity : (entities[0]?.id ?? newEntity)));
  const name = h('input', { name: 'name', type: 'text', placeholder: 'Name', 'aria-label': 'New entity name', value: participant?.name ?? '' });
  const kind = select('kind', entityKinds, (value) => kindLabels[value].one, participant?.kind ?? 'PARTNER');
  kind.setAttribute('aria-label', 'New entity kind');
  const fresh = h('span', { class: 'new-entity' }, name, kind);
  const showFresh = () => {
    fresh.hidden = entity.value !== newEntity;
  };
  entity.addEventListener('change', showFresh);
  showFresh();
  const row = h('li', { class: 'participant' }, h('label', {}, 'Role ', role), h('label', {}, 'Entity ', entity), fresh, h('button', { type: 'button', class: 'link', onclick: () => remove(row) }, 'Remove'));
  return row;
}

function readParticipant(row: HTMLElement): DraftParticipantInput | null {
  const field = (name: string) => row.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value ?? '';
  const role = field('role') as ParticipantRole;
  if (field('entity') !== newEntity) return { role, entity: field('entity'), name: null, kind: null };
  const name = field('name').trim();
  return name === '' ? null : { role, entity: null, name, kind: field('kind') as EntityKind };
}

/** Fills `root` with the form; Escape or Cancel calls onCancel. */
export function showFindingForm(root: HTMLElement, options: FindingFormOptions): void {
  const { initial, entities } = options;
  const type = select('type', relationshipTypes, (value) => `${typeLabels[value]} (${value})`, initial.type);
  const judgement = select('judgement', judgements, (value) => judgementLabels[value], initial.judgement ?? '', [['', 'No judgement']]);
  const status = select('status', findingStatuses, (value) => value.toLowerCase().replace('_', ' '), initial.status);
  const list = h('ul', { class: 'participants' });
  const remove = (row: HTMLElement) => row.remove();
  for (const participant of initial.participants) list.append(participantRow(entities, participant, remove));
  const problem = h('p', { class: 'form-problem', role: 'alert', hidden: true });
  const form = h(
    'form',
    { class: 'finding-form', 'aria-label': options.title },
    h('h3', {}, options.title),
    h('p', { class: 'quote-line' }, h('q', {}, options.quote)),
    h('label', {}, 'Type ', type),
    h('label', {}, 'Judgement ', judgement),
    h('label', {}, 'Status ', status),
    h('fieldset', {}, h('legend', {}, 'Participants'), list, h('button', { type: 'button', class: 'link', onclick: () => list.append(participantRow(entities, null, remove)) }, 'Add a participant')),
    problem,
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary' }, options.submitLabel), h('button', { type: 'button', onclick: () => options.onCancel() }, 'Cancel')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const participants = [...list.querySelectorAll<HTMLElement>('li.participant')].map(readParticipant);
    if (participants.some((p) => p === null) || participants.length === 0) {
      problem.hidden = false;
      problem.textContent = participants.length === 0 ? 'A finding needs at least one participant.' : 'Name each new entity.';
      return;
    }
    options.onSubmit({
      type: type.value as RelationshipType,
      judgement: judgement.value === '' ? null : (judgement.value as Judgement),
      status: status.value as FindingStatus,
      participants: participants as DraftParticipantInput[],
    });
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      options.onCancel();
    }
  });
  replaceChildren(root, form);
  type.focus();
}
