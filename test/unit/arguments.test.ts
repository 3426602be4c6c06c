// The argument checks the resolvers run: every bound, the trimming, and the error naming the argument.
import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  decodeFindingCursor,
  encodeCursor,
  encodeFindingCursor,
  identifier,
  integerIn,
  maxIdLength,
  maxListLength,
  maxSearchLength,
  searchText,
  shortList,
} from '../../server/arguments.ts';

/** The message and extensions a refused argument gives the client. */
function refusal(check: () => unknown): { message: string; extensions: unknown } {
  try {
    check();
  } catch (error) {
    const { message, extensions } = error as GraphQLError;
    return { message, extensions };
  }
  throw new Error('expected the argument to be refused');
}

const refused = (argument: string, message: string) => ({ message, extensions: { code: 'BAD_USER_INPUT', argument } });

describe('integerIn', () => {
  it('takes the bounds themselves and what lies between', () => {
    expect(integerIn('depth', 1, 1, 3)).toBe(1);
    expect(integerIn('depth', 2, 1, 3)).toBe(2);
    expect(integerIn('depth', 3, 1, 3)).toBe(3);
  });

  it.each([0, 4, 1.5, Number.NaN])('refuses %s, naming the argument and the range', (value) => {
    expect(refusal(() => integerIn('depth', value, 1, 3))).toEqual(refused('depth', `Argument depth must be from 1 to 3, got ${value}.`));
  });
});

describe('identifier', () => {
  it('takes an id as given, up to its longest', () => {
    expect(identifier('id', ' vetting')).toBe(' vetting');
    expect(identifier('id', 'x'.repeat(maxIdLength))).toBe('x'.repeat(maxIdLength));
  });

  it('refuses an empty or blank id and one too long', () => {
    expect(refusal(() => identifier('id', ''))).toEqual(refused('id', 'Argument id must not be empty.'));
    expect(refusal(() => identifier('from', ' \t'))).toEqual(refused('from', 'Argument from must not be empty.'));
    expect(refusal(() => identifier('id', 'x'.repeat(maxIdLength + 1)))).toEqual(refused('id', 'Argument id must be at most 200 characters.'));
  });
});

describe('searchText', () => {
  it('trims the text and measures it trimmed', () => {
    expect(searchText('text', '  vetting ')).toBe('vetting');
    expect(searchText('text', ` ${'x'.repeat(maxSearchLength)} `)).toBe('x'.repeat(maxSearchLength));
  });

  it('refuses blank text and text too long', () => {
    expect(refusal(() => searchText('text', '   '))).toEqual(refused('text', 'Argument text must not be empty.'));
    expect(refusal(() => searchText('text', 'x'.repeat(maxSearchLength + 1)))).toEqual(
      refused('text', 'Argument text must be at most 200 characters.'),
    );
  });
});

describe('shortList', () => {
  it('passes no list on as null, and a list without repeats, up to its longest', () => {
    expect(shortList('kinds', null)).toBeNull();
    expect(shortList('kinds', undefined)).toBeNull();
    expect(shortList('kinds', [])).toEqual([]);
    expect(shortList('kinds', ['FORCE', 'PARTNER', 'FORCE'])).toEqual(['FORCE', 'PARTNER']);
    expect(shortList('kinds', Array.from({ length: maxListLength }, (_, i) => i))).toHaveLength(maxListLength);
  });

  it('refuses a list too long', () => {
    expect(refusal(() => shortList('types', Array.from({ length: maxListLength + 1 }, () => 'WORKS_WITH')))).toEqual(
      refused('types', 'Argument types must have at most 50 entries.'),
    );
  });
});

describe('cursors', () => {
  it('are the base64url of the id, and read back', () => {
    expect(encodeCursor('vetting')).toBe('ZW50aXR5OnZldHRpbmc');
    expect(decodeCursor('after', encodeCursor('vetting'))).toBe('vetting');
    expect(decodeCursor('after', encodeCursor('a/b?c ü'))).toBe('a/b?c ü');
    expect(decodeCursor('after', null)).toBeNull();
    expect(decodeCursor('after', undefined)).toBeNull();
  });

  it.each([
    ['', 'empty'],
    ['dmV0dGluZw', 'the base64url of an id without its prefix'],
    ['ZW50aXR5OnZldHRpbmc=', 'padded base64'],
    ['ZW50aXR5On ZldHRpbmc', 'with a space'],
    ['!ZW50aXR5OnZldHRpbmc', 'starting with a character outside base64url'],
    ['ZW50aXR5OnZldHRpbmc!', 'ending with a character outside base64url'],
  ])('refuses %j (%s)', (cursor) => {
    expect(refusal(() => decodeCursor('after', cursor))).toEqual(refused('after', 'Argument after is not a cursor this API gave out.'));
  });
});

describe('findings cursors', () => {
  const key = { assessment: 'cheshire-peel-assessment', sentence: 10, id: 'cheshire-peel-assessment/s10.2' };
  const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

  it('carry the sort key of their finding, and read back', () => {
    expect(encodeFindingCursor(key)).toBe(encode('finding:["cheshire-peel-assessment",10,"cheshire-peel-assessment/s10.2"]'));
    expect(decodeFindingCursor('after', encodeFindingCursor(key))).toEqual(key);
    expect(decodeFindingCursor('after', null)).toBeNull();
    expect(decodeFindingCursor('after', undefined)).toBeNull();
  });

  it.each([
    ['', 'empty'],
    [encodeCursor('vetting'), "an entity's cursor"],
    [encode('finding:not json'), 'not JSON'],
    [encode('finding:{"assessment":"a"}'), 'not a list'],
    [encode('finding:["a",1]'), 'too short'],
    [encode('finding:["a",1,"b","c"]'), 'too long'],
    [encode('finding:[1,1,"b"]'), 'an assessment that is not a string'],
    [encode('finding:["a",1.5,"b"]'), 'a sentence that is not an integer'],
    [encode('finding:["a","1","b"]'), 'a sentence that is a string'],
    [encode('finding:["a",1,2]'), 'an id that is not a string'],
    [`!${encodeFindingCursor(key)}`, 'a character outside base64url'],
  ])('refuses %j (%s)', (cursor) => {
    expect(refusal(() => decodeFindingCursor('after', cursor))).toEqual(refused('after', 'Argument after is not a cursor this API gave out.'));
  });
});
