// The refusal a reviewer gets for changing a version of a draft or finding that someone else has changed since.
import { describe, expect, it } from 'vitest';
import { conflict } from '../../server/review/errors.ts';

describe('conflict', () => {
  it('says which item, the version changed and the version now, coded CONFLICT with status 409', () => {
    const error = conflict('fenmarsh-draft/f3', 2, 5);
    expect(error.toJSON()).toEqual({
      message: 'fenmarsh-draft/f3 was changed by someone else: you changed version 2, it is now at version 5. Reload it and change it again.',
      extensions: { code: 'CONFLICT', id: 'fenmarsh-draft/f3', version: 5, http: { status: 409 } },
    });
  });
});
