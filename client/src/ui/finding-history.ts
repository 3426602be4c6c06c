// A finding's history in the details panel: its audit entries (who, when, what, the values before and after), as
// `Finding.history` gives them to a signed-in editor or admin. Readers are told why they see none.
import type { Api } from '../api.ts';
import { ApiError } from '../api.ts';
import type { FindingHistoryQuery, FindingHistoryQueryVariables } from '../generated/operations.ts';
import { h, replaceChildren } from './dom.ts';

export const findingHistoryQuery = /* GraphQL */ `
  query FindingHistory($id: ID!, $first: Int!) {
    node(id: $id) {
      ... on Finding {
        id
        review { status by at reason }
        history(first: $first) {
          totalCount
          nodes { id at actor action target before after }
        }
      }
    }
  }
`;

type HistoryEntry = Extract<NonNullable<FindingHistoryQuery['node']>, { history: unknown }>['history']['nodes'][number];

/** The newest entries shown; the audit log (`auditLog`) has the rest. */
const shownEntries = 20;

const actionLabels: Record<HistoryEntry['action'], string> = {
  TOKEN_CREATED: 'Token created',
  TOKEN_REVOKED: 'Token revoked',
  DRAFT_STARTED: 'Draft started',
  DRAFT_FINDING_EDITED: 'Edited in the draft',
  DRAFT_FINDING_ACCEPTED: 'Accepted in the draft',
  DRAFT_FINDING_REJECTED: 'Rejected in the draft',
  DRAFT_FINDING_ADDED: 'Added in the draft',
  DRAFT_DISCARDED: 'Draft discarded',
  ASSESSMENT_PUBLISHED: 'Assessment published',
  ASSESSMENT_IMPORTED: 'Assessment imported',
  ASSESSMENT_WITHDRAWN: 'Assessment withdrawn',
  FINDING_DISPUTED: 'Disputed',
  ENTITY_MERGED: 'Entities merged',
  ENTITY_SPLIT: 'Entity split',
};

/** A recorded value as a reader takes it in: text as it is, anything else as compact JSON. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function parsed(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: json };
  }
}

/** Each changed field on its own row: its value before, and after. */
function changes(entry: HistoryEntry): HTMLElement {
  const before = parsed(entry.before ?? null);
  const after = parsed(entry.after ?? null);
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return h(
    'table',
    { class: 'history-changes' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'))),
    h(
      'tbody',
      {},
      fields.map((field) =>
        h('tr', {}, h('th', { scope: 'row' }, field), h('td', { class: 'history-before' }, shown(before?.[field])), h('td', { class: 'history-after' }, shown(after?.[field]))),
      ),
    ),
  );
}

function entryItem(entry: HistoryEntry): HTMLElement {
  const when = new Date(entry.at);
  return h(
    'li',
    { class: 'history-entry', 'data-action': entry.action },
    h(
      'p',
      { class: 'history-line' },
      h('strong', { class: 'history-action' }, actionLabels[entry.action]),
      ' by ',
      h('span', { class: 'history-actor' }, entry.actor),
      ' on ',
      h('time', { datetime: entry.at, title: entry.at }, when.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }), ' UTC'),
    ),
    changes(entry),
  );
}

/**
 * The history section of finding `id`, filled in when the API answers. Without a token it only says that signing in
 * as an editor shows it: the API refuses the history to readers, and asking would only earn a refusal.
 */
export function findingHistory(api: Api, signedIn: boolean, id: string): HTMLElement {
  const body = h('div', { class: 'history-body' }, h('p', { class: 'hint' }, signedIn ? 'Loading its history…' : 'Sign in as an editor to see who changed this finding, when, and what.'));
  const section = h('section', { class: 'finding-history', 'aria-label': 'History', 'aria-busy': String(signedIn) }, h('h3', {}, 'History'), body);
  if (!signedIn) return section;
  api
    .request<FindingHistoryQuery, FindingHistoryQueryVariables>(findingHistoryQuery, { id, first: shownEntries })
    .then(({ node }) => {
      if (node === null || !('history' in node)) {
        replaceChildren(body, h('p', { class: 'hint' }, 'This relationship has no finding on record.'));
        return;
      }
      const { totalCount, nodes } = node.history;
      replaceChildren(
        body,
        nodes.length === 0
          ? h('p', { class: 'hint' }, 'No change is recorded for it.')
          : h('ol', { class: 'history-entries' }, nodes.map(entryItem)),
        totalCount > nodes.length ? h('p', { class: 'hint' }, `The newest ${nodes.length} of ${totalCount} changes; the audit log has them all.`) : null,
      );
    })
    .catch((error: unknown) => {
      const refused = error instanceof ApiError && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED');
      replaceChildren(body, h('p', { class: 'hint' }, refused ? 'Its history is for editors and admins.' : `Its history could not be loaded: ${error instanceof Error ? error.message : String(error)}`));
    })
    .finally(() => section.setAttribute('aria-busy', 'false'));
  return section;
}
