// The client's documents reach the code generator's plugins in file order, whatever order their reads finished in.
import type { Types } from '@graphql-codegen/plugin-helpers';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.ts';
import { documentsInFileOrder } from '../../codegen/documents-in-file-order.ts';

const schema = parse('type Query { a: Int }');
const document = (location: string | undefined): Types.DocumentFile => ({
  location,
  document: parse('{ a }'),
});

describe('documents in file order', () => {
  it('sorts the documents by their file, leaving the list it was given alone', async () => {
    const loaded = ['client/src/ui/finding-history.ts', 'client/src/api.ts', 'client/src/review/api.ts'].map(document);
    const sorted = await documentsInFileOrder.transform({ documents: loaded, schema, config: {}, pluginContext: {} });
    expect(sorted.map((file) => file.location)).toEqual([
      'client/src/api.ts',
      'client/src/review/api.ts',
      'client/src/ui/finding-history.ts',
    ]);
    expect(loaded.map((file) => file.location)).toEqual([
      'client/src/ui/finding-history.ts',
      'client/src/api.ts',
      'client/src/review/api.ts',
    ]);
  });

  it('puts a document without a location first', async () => {
    const sorted = await documentsInFileOrder.transform({
      documents: [document('client/src/api.ts'), document(undefined)],
      schema,
      config: {},
      pluginContext: {},
    });
    expect(sorted.map((file) => file.location)).toEqual([undefined, 'client/src/api.ts']);
  });

  it('is applied to the client operations, the output that reads documents', () => {
    const operations = config.generates['client/src/generated/operations.ts'];
    expect(operations).toMatchObject({ documentTransforms: [documentsInFileOrder] });
  });
});
