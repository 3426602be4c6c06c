// Who the pasted token signs in as: the one query that says so, and whether that person may review drafts.
import type { Api } from '../api.ts';
import type { ViewerQuery } from '../generated/operations.ts';

export const viewerQuery = /* GraphQL */ `
  query Viewer {
    viewer { name role }
  }
`;

export type Viewer = NonNullable<ViewerQuery['viewer']>;

/** The signed-in person, or null when the request carries no identity. A refused token throws the server's error. */
export async function fetchViewer(api: Api): Promise<Viewer | null> {
  return (await api.request<ViewerQuery>(viewerQuery)).viewer;
}

/** Editors and admins draft, review and publish; readers only read. */
export function mayReview(viewer: Viewer | null): boolean {
  return viewer !== null && (viewer.role === 'EDITOR' || viewer.role === 'ADMIN');
}
