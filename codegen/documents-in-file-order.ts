// GraphQL Code Generator document transform: hands the plugins the client's documents in the order of their files.
import type { Types } from '@graphql-codegen/plugin-helpers';

/**
 * The loader reads files concurrently and sorts what it read only when `sort` is on; the config turns `sort` off so
 * the schema keeps the SDL's order, which leaves the documents in whatever order their reads finished. Sorting them
 * here keeps the generated file the same on every run.
 */
export const documentsInFileOrder: Types.DocumentTransformObject = {
  transform: ({ documents }) =>
    [...documents].sort((left, right) => (left.location ?? '').localeCompare(right.location ?? '', 'en')),
};
