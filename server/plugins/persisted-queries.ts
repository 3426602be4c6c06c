// Automatic persisted queries (Apollo's protocol): a client sends a document's SHA-256 alone, and the full text only
// when the server answers that it does not know the hash.
//
// @graphql-yoga/plugin-apq does the same, but its last release declares a peer dependency on an older
// @graphql-tools/utils than Yoga 5 brings, which npm refuses to install beside it.
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

export interface PersistedQueryOptions {
  /** Documents remembered at once; the least recently used is forgotten first and simply sent again. */
  max: number;
}

interface PersistedQueryExtension {
  version: 1;
  sha256Hash: string;
}

function persistedQueryOf(extensions: unknown): PersistedQueryExtension | null {
  const value = (extensions as { persistedQuery?: Partial<PersistedQueryExtension> } | null | undefined)?.persistedQuery;
  return value?.version === 1 && typeof value.sha256Hash === 'string' ? (value as PersistedQueryExtension) : null;
}

export function usePersistedQueries({ max }: PersistedQueryOptions): Plugin {
  const documents = new LRUCache<string, string>({ max });
  return {
    onParams({ params, setParams }) {
      const persisted = persistedQueryOf(params.extensions);
      if (persisted === null) return;
      if (params.query == null) {
        const query = documents.get(persisted.sha256Hash);
        // The exact message and code Apollo Client's persisted-query link (and urql's, and Relay's) look for before
        // sending the full text. Status 200 because Apollo's link stops using persisted queries for good on a 400.
        if (query === undefined) {
          throw new GraphQLError('PersistedQueryNotFound', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 200 } } });
        }
        setParams({ ...params, query });
        return;
      }
      if (typeof params.query !== 'string') return;
      if (createHash('sha256').update(params.query).digest('hex') !== persisted.sha256Hash) {
        throw new GraphQLError('PersistedQueryMismatch: sha256Hash is not the SHA-256 of the query sent with it.', {
          extensions: { code: 'PERSISTED_QUERY_MISMATCH', http: { status: 400 } },
        });
      }
      documents.set(persisted.sha256Hash, params.query);
    },
  };
}
