// The review's calls send the operation and variables each one names, and hand back the part of the answer it promises.
import { describe, expect, it } from 'vitest';
import { createApi } from '../../client/src/api.ts';
import {
  acceptDraftFindingMutation,
  addDraftFindingMutation,
  createReviewApi,
  type DraftFinding,
  editDraftFindingMutation,
  publishDraftMutation,
  rejectDraftFindingMutation,
  reviewDraftQuery,
  reviewDraftsQuery,
  reviewProgressQuery,
  startDraftMutation,
} from '../../client/src/review/review-api.ts';

interface Sent {
  body: string | FormData;
  headers: Record<string, string>;
}

/** A server that answers every call with `data` and keeps what each call sent. */
function serverAnswering(data: unknown) {
  const sent: Sent[] = [];
  const fetch = async (_url: string, init: RequestInit) => {
    sent.push({ body: init.body as string | FormData, headers: init.headers as Record<string, string> });
    return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const review = createReviewApi(createApi({ endpoint: 'http://local/graphql', fetch: fetch as unknown as typeof globalThis.fetch }));
  const json = () => sent.map((call) => JSON.parse(call.body as string) as { query: string; variables: Record<string, unknown> });
  return { review, sent, json };
}

const finding = {
  id: 'draft-fenmarsh/f3',
  sentence: 2,
  start: 4,
  end: 30,
  quote: 'Fenmarsh Constabulary is good at it',
  type: 'HAS_STRENGTH',
  judgement: 'STRENGTH',
  basis: 'STATED',
  status: 'ESTABLISHED',
  participants: [],
  relationships: [],
  review: { status: 'DRAFT', by: null, at: null },
  cue: null,
  version: 7,
} as DraftFinding;

describe('the review API', () => {
  it('asks for a draft by its id and gives the draft, or null when there is none', async () => {
    const draft = { id: 'draft-fenmarsh', title: 'Fenmarsh Constabulary PEEL 2024' };
    const found = serverAnswering({ draft });
    expect(await found.review.draft('draft-fenmarsh')).toEqual(draft);
    expect(found.json()).toEqual([{ query: reviewDraftQuery, variables: { id: 'draft-fenmarsh' } }]);
    expect(await serverAnswering({ draft: null }).review.draft('gone')).toBeNull();
  });

  it('gives a draft’s progress, or null when the draft has gone', async () => {
    const progress = { total: 12, reviewed: 5, accepted: 4, rejected: 1 };
    const found = serverAnswering({ draft: { id: 'draft-fenmarsh', progress } });
    expect(await found.review.progress('draft-fenmarsh')).toEqual(progress);
    expect(found.json()).toEqual([{ query: reviewProgressQuery, variables: { id: 'draft-fenmarsh' } }]);
    expect(await serverAnswering({ draft: null }).review.progress('gone')).toBeNull();
  });

  it('lists the drafts', async () => {
    const nodes = [{ id: 'draft-greywater', title: 'Greywater Police', createdBy: 'alice', createdAt: '2026-11-30T09:00:00Z', progress: { total: 3, reviewed: 0 } }];
    const server = serverAnswering({ drafts: { nodes } });
    expect(await server.review.drafts()).toEqual(nodes);
    expect(server.json()).toEqual([{ query: reviewDraftsQuery, variables: {} }]);
  });

  it('starts a draft from pasted text as JSON, with the metadata given', async () => {
    const server = serverAnswering({ startDraft: { id: 'draft-new' } });
    expect(await server.review.start({ text: 'Greywater Police is good at it.' }, { force: 'Greywater Police', year: 2024 })).toBe('draft-new');
    expect(server.json()).toEqual([
      { query: startDraftMutation, variables: { input: { force: 'Greywater Police', year: 2024, text: 'Greywater Police is good at it.' } } },
    ]);
    expect(server.sent[0]!.headers['content-type']).toBe('application/json');
  });

  it('starts a draft from a file as a multipart upload, the file in the place of input.file', async () => {
    const server = serverAnswering({ startDraft: { id: 'draft-upload' } });
    const file = new File(['Fenmarsh Constabulary needs to improve.'], 'fenmarsh.txt', { type: 'text/plain' });
    expect(await server.review.start({ file }, { kind: 'PEEL' })).toBe('draft-upload');
    const form = server.sent[0]!.body as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect(JSON.parse(form.get('operations') as string)).toEqual({ query: startDraftMutation, variables: { input: { kind: 'PEEL', file: null } } });
    expect(JSON.parse(form.get('map') as string)).toEqual({ 0: ['variables.input.file'] });
    expect(await (form.get('0') as File).text()).toBe('Fenmarsh Constabulary needs to improve.');
    expect(server.sent[0]!.headers['x-graphql-csrf']).toBe('1');
  });

  it('edits, accepts and rejects a finding at the version it was read at, giving the finding back', async () => {
    const changed = { ...finding, judgement: 'AREA_FOR_IMPROVEMENT', version: 8 };
    const edit = serverAnswering({ editDraftFinding: changed });
    expect(await edit.review.edit(finding, { judgement: 'AREA_FOR_IMPROVEMENT' })).toEqual(changed);
    expect(edit.json()).toEqual([{ query: editDraftFindingMutation, variables: { id: finding.id, version: 7, input: { judgement: 'AREA_FOR_IMPROVEMENT' } } }]);

    const accepted = { ...finding, review: { status: 'ACCEPTED', by: 'alice', at: '2026-12-01T10:00:00Z' }, version: 8 };
    const accept = serverAnswering({ acceptDraftFinding: accepted });
    expect(await accept.review.accept(finding)).toEqual(accepted);
    expect(accept.json()).toEqual([{ query: acceptDraftFindingMutation, variables: { id: finding.id, version: 7 } }]);

    const rejected = { ...finding, review: { status: 'REJECTED', by: 'alice', at: '2026-12-01T10:01:00Z' }, version: 8 };
    const reject = serverAnswering({ rejectDraftFinding: rejected });
    expect(await reject.review.reject(finding)).toEqual(rejected);
    expect(reject.json()).toEqual([{ query: rejectDraftFindingMutation, variables: { id: finding.id, version: 7 } }]);
  });

  it('adds a finding to a draft', async () => {
    const input = { sentence: 2, start: 0, end: 8, type: 'HAS_STRENGTH', judgement: 'STRENGTH', participants: [] };
    const server = serverAnswering({ addDraftFinding: finding });
    expect(await server.review.add('draft-fenmarsh', input as never)).toEqual(finding);
    expect(server.json()).toEqual([{ query: addDraftFindingMutation, variables: { draft: 'draft-fenmarsh', input } }]);
  });

  it('publishes a draft and gives the id of the assessment it became', async () => {
    const server = serverAnswering({ publishDraft: { id: 'fenmarsh-constabulary-peel-2024' } });
    expect(await server.review.publish('draft-fenmarsh')).toBe('fenmarsh-constabulary-peel-2024');
    expect(server.json()).toEqual([{ query: publishDraftMutation, variables: { id: 'draft-fenmarsh' } }]);
  });
});
