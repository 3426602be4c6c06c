// Typed calls for signing in and reviewing drafts: every operation the review sends is written out here.
import type { Api } from '../api.ts';
import type {
  AcceptDraftFindingMutation,
  AddDraftFindingMutation,
  AddDraftFindingMutationVariables,
  DraftFindingInput,
  EditDraftFindingMutation,
  PublishDraftMutation,
  RejectDraftFindingMutation,
  ReviewDraftQuery,
  ReviewDraftsQuery,
  ReviewProgressQuery,
  StartDraftInput,
  StartDraftMutation,
} from '../generated/operations.ts';
import { multipartRequest } from './multipart.ts';

export const draftFindingFields = /* GraphQL */ `
  fragment DraftFindingFields on DraftFinding {
    id
    sentence
    start
    end
    quote
    type
    judgement
    basis
    status
    participants { role entity { id name kind existing } }
    relationships { from type to }
    review { status by at }
    cue
    version
  }
`;

export const reviewDraftQuery = /* GraphQL */ `
  query ReviewDraft($id: ID!) {
    draft(id: $id) {
      id
      title
      assessment
      fictional
      text
      year
      kind
      url
      force { id name kind existing }
      inspector { id name kind existing }
      sentences { number text start end }
      findings { nodes { ...DraftFindingFields } }
      progress { total reviewed accepted rejected }
      publishedAt
    }
  }
  ${draftFindingFields}
`;

export const reviewProgressQuery = /* GraphQL */ `
  query ReviewProgress($id: ID!) {
    draft(id: $id) { id progress { total reviewed accepted rejected } }
  }
`;

export const reviewDraftsQuery = /* GraphQL */ `
  query ReviewDrafts {
    drafts(first: 50) { nodes { id title createdBy createdAt progress { total reviewed } } }
  }
`;

export const startDraftMutation = /* GraphQL */ `
  mutation StartDraft($input: StartDraftInput!) {
    startDraft(input: $input) { id }
  }
`;

export const editDraftFindingMutation = /* GraphQL */ `
  mutation EditDraftFinding($id: ID!, $version: Int!, $input: DraftFindingInput!) {
    editDraftFinding(id: $id, version: $version, input: $input) { ...DraftFindingFields }
  }
  ${draftFindingFields}
`;

export const acceptDraftFindingMutation = /* GraphQL */ `
  mutation AcceptDraftFinding($id: ID!, $version: Int!) {
    acceptDraftFinding(id: $id, version: $version) { ...DraftFindingFields }
  }
  ${draftFindingFields}
`;

export const rejectDraftFindingMutation = /* GraphQL */ `
  mutation RejectDraftFinding($id: ID!, $version: Int!) {
    rejectDraftFinding(id: $id, version: $version) { ...DraftFindingFields }
  }
  ${draftFindingFields}
`;

export const addDraftFindingMutation = /* GraphQL */ `
  mutation AddDraftFinding($draft: ID!, $input: NewDraftFindingInput!) {
    addDraftFinding(draft: $draft, input: $input) { ...DraftFindingFields }
  }
  ${draftFindingFields}
`;

export const publishDraftMutation = /* GraphQL */ `
  mutation PublishDraft($id: ID!) {
    publishDraft(id: $id) { id }
  }
`;

export type Draft = NonNullable<ReviewDraftQuery['draft']>;
export type DraftFinding = Draft['findings']['nodes'][number];
export type Progress = Draft['progress'];
export type DraftSummary = ReviewDraftsQuery['drafts']['nodes'][number];
export type DraftEntity = DraftFinding['participants'][number]['entity'];
export type NewFinding = AddDraftFindingMutationVariables['input'];

/** Metadata a reviewer gives with a new document; what is not given is proposed from the text. */
export type DocumentMetadata = Partial<Pick<StartDraftInput, 'force' | 'year' | 'kind' | 'url'>>;

/** What a change sets; a field left out stays as it is (a null judgement would clear it). */
export type FindingChange = Partial<DraftFindingInput>;

export function createReviewApi(api: Api) {
  return {
    async draft(id: string): Promise<Draft | null> {
      return (await api.request<ReviewDraftQuery>(reviewDraftQuery, { id })).draft;
    },

    async progress(id: string): Promise<Progress | null> {
      return (await api.request<ReviewProgressQuery>(reviewProgressQuery, { id })).draft?.progress ?? null;
    },

    async drafts(): Promise<DraftSummary[]> {
      return (await api.request<ReviewDraftsQuery>(reviewDraftsQuery)).drafts.nodes;
    },

    /** Starts a draft from pasted text (sent as JSON) or a file (sent as a multipart upload). */
    async start(document: { text: string } | { file: File }, metadata: DocumentMetadata): Promise<string> {
      if ('file' in document) {
        const form = multipartRequest(startDraftMutation, { input: { ...metadata, file: null } }, { 'input.file': document.file });
        return (await api.requestForm<StartDraftMutation>(form)).startDraft.id;
      }
      return (await api.request<StartDraftMutation>(startDraftMutation, { input: { ...metadata, text: document.text } })).startDraft.id;
    },

    async edit(finding: DraftFinding, input: FindingChange): Promise<DraftFinding> {
      return (await api.request<EditDraftFindingMutation>(editDraftFindingMutation, { id: finding.id, version: finding.version, input })).editDraftFinding;
    },

    async accept(finding: DraftFinding): Promise<DraftFinding> {
      return (await api.request<AcceptDraftFindingMutation>(acceptDraftFindingMutation, { id: finding.id, version: finding.version })).acceptDraftFinding;
    },

    async reject(finding: DraftFinding): Promise<DraftFinding> {
      return (await api.request<RejectDraftFindingMutation>(rejectDraftFindingMutation, { id: finding.id, version: finding.version })).rejectDraftFinding;
    },

    async add(draft: string, input: NewFinding): Promise<DraftFinding> {
      return (await api.request<AddDraftFindingMutation>(addDraftFindingMutation, { draft, input })).addDraftFinding;
    },

    /** Publishes the draft; the id of the assessment it became. */
    async publish(id: string): Promise<string> {
      return (await api.request<PublishDraftMutation>(publishDraftMutation, { id })).publishDraft.id;
    },
  };
}

export type ReviewApi = ReturnType<typeof createReviewApi>;
