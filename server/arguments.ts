// Checks of GraphQL arguments beyond their types; each failure names the argument.
import { badUserInput } from './errors.ts';

/** No list argument needs more entries than this (the enums are far shorter). */
export const maxListLength = 50;
export const maxIdLength = 200;
export const maxSearchLength = 200;

export function integerIn(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badUserInput(argument, `must be from ${min} to ${max}, got ${value}`);
  return value;
}

export function identifier(argument: string, value: string): string {
  if (value.trim() === '') throw badUserInput(argument, 'must not be empty');
  if (value.length > maxIdLength) throw badUserInput(argument, `must be at most ${maxIdLength} characters`);
  return value;
}

export function searchText(argument: string, value: string): string {
  const text = value.trim();
  if (text === '') throw badUserInput(argument, 'must not be empty');
  if (text.length > maxSearchLength) throw badUserInput(argument, `must be at most ${maxSearchLength} characters`);
  return text;
}

export function shortList<T>(argument: string, values: readonly T[] | null | undefined): T[] | null {
  if (values === null || values === undefined) return null;
  if (values.length > maxListLength) throw badUserInput(argument, `must have at most ${maxListLength} entries`);
  return [...new Set(values)];
}

/** Cursors are opaque to clients: the base64url of the last id of a page. */
export function encodeCursor(id: string): string {
  return Buffer.from(`entity:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(argument: string, cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = /^[A-Za-z0-9_-]*$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith('entity:')) throw badUserInput(argument, 'is not a cursor this API gave out');
  return decoded.slice('entity:'.length);
}

/** A findings cursor carries the sort key of its finding: assessment, sentence, id. */
export function encodeFindingCursor(key: { assessment: string; sentence: number; id: string }): string {
  return Buffer.from(`finding:${JSON.stringify([key.assessment, key.sentence, key.id])}`, 'utf8').toString('base64url');
}

export function decodeFindingCursor(argument: string, cursor: string | null | undefined): { assessment: string; sentence: number; id: string } | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = /^[A-Za-z0-9_-]*$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const key = decoded.startsWith('finding:') ? parseJson(decoded.slice('finding:'.length)) : null;
  if (!Array.isArray(key) || key.length !== 3 || typeof key[0] !== 'string' || !Number.isInteger(key[1]) || typeof key[2] !== 'string') {
    throw badUserInput(argument, 'is not a cursor this API gave out');
  }
  return { assessment: key[0], sentence: key[1] as number, id: key[2] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
