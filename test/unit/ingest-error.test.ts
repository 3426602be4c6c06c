// The one error ingest raises for bad input: a message naming the file and the problem, and both kept apart.
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../server/ingest/ingest-error.ts';

describe('IngestError', () => {
  it('names the file and the problem, in its message and apart', () => {
    const error = new IngestError('fenmarsh-2019.pdf', 'is encrypted');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('IngestError');
    expect(error.message).toBe('fenmarsh-2019.pdf: is encrypted');
    expect(error.file).toBe('fenmarsh-2019.pdf');
    expect(error.problem).toBe('is encrypted');
    expect(String(error)).toBe('IngestError: fenmarsh-2019.pdf: is encrypted');
  });
});
