// How graphql-jit's errors get the document positions Yoga rebuilds errors from: which errors need them, and what
// each keeps.
import { GraphQLError, parse, Source } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isUnlocated, located } from '../../server/plugins/compiled-execution.ts';

const source = new Source('{\n  forces {\n    name\n  }\n}');
const document = parse(source);

describe('errors without document positions', () => {
  it('are those with line and column locations but neither nodes nor positions', () => {
    const jitError = new GraphQLError('failed', {});
    Object.defineProperty(jitError, 'locations', { value: [{ line: 3, column: 5 }] });
    expect(isUnlocated(jitError)).toBe(true);
  });

  it('leave out errors that carry nodes, positions, or no locations at all', () => {
    expect(isUnlocated(new GraphQLError('from a node', { nodes: document.definitions[0] }))).toBe(false);
    expect(isUnlocated(new GraphQLError('at a position', { source, positions: [4] }))).toBe(false);
    expect(isUnlocated(new GraphQLError('nowhere'))).toBe(false);
    const empty = new GraphQLError('no locations', {});
    Object.defineProperty(empty, 'locations', { value: [] });
    expect(isUnlocated(empty)).toBe(false);
  });
});

describe('an error given its positions', () => {
  it('keeps its message, path, extensions and original error, and points at the same line and column', () => {
    const original = new Error('the database is unavailable');
    const jitError = new GraphQLError('failed', { path: ['forces', 0, 'name'], originalError: original, extensions: { code: 'DATABASE_UNAVAILABLE' } });
    Object.defineProperty(jitError, 'locations', { value: [{ line: 3, column: 5 }, { line: 2, column: 3 }] });
    const rebuilt = located(jitError, source);
    expect(rebuilt.message).toBe('failed');
    expect(rebuilt.path).toEqual(['forces', 0, 'name']);
    expect(rebuilt.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
    expect(rebuilt.originalError).toBe(original);
    expect(rebuilt.positions).toEqual([17, 4]);
    expect(rebuilt.locations).toEqual([{ line: 3, column: 5 }, { line: 2, column: 3 }]);
    expect(source.body.slice(17, 21)).toBe('name');
  });
});
