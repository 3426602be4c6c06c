// Splits a .cypher file into statements the way cypher-shell does, remembering where each one starts.

export interface CypherStatement {
  /** The statement without its terminating semicolon, leading comments or surrounding blank space. */
  text: string;
  /** 1-based line of the statement's first character in the file. */
  line: number;
  /** Schema commands must run outside data transactions, so the loader needs to tell them apart. */
  kind: 'schema' | 'data';
}

export class CypherScriptError extends Error {
  override name = 'CypherScriptError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
  }
}

const schemaCommand =
  /^(CREATE|DROP)\s+(OR\s+REPLACE\s+)?((UNIQUE|RANGE|TEXT|POINT|FULLTEXT|LOOKUP|VECTOR|BTREE)\s+)?(CONSTRAINT|INDEX)\b/i;

export function statementKind(text: string): CypherStatement['kind'] {
  return schemaCommand.test(text) ? 'schema' : 'data';
}

/**
 * Parses a script into statements. Semicolons inside strings, quoted names and comments do not end a
 * statement; an unterminated string or comment, or trailing text without a semicolon, is an error
 * naming the line where it starts.
 */
export function parseCypherScript(source: string, file: string): CypherStatement[] {
  const statements: CypherStatement[] = [];
  let line = 1;
  let current = '';
  let currentLine = 0;
  let i = 0;

  const append = (chunk: string, at: number) => {
    if (current === '' && chunk.trim() === '') return;
    if (current === '') currentLine = at;
    current += chunk;
  };

  while (i < source.length) {
    const char = source[i]!;
    const next = source[i + 1];

    if (char === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
      continue;
    }
    if (char === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end === -1) throw new CypherScriptError(file, line, 'unterminated /* comment');
      line += countNewlines(source.slice(i, end + 2));
      // A block comment separates tokens, so keep one space in its place.
      if (current !== '') current += ' ';
      i = end + 2;
      continue;
    }
    if (char === '"' || char === "'" || char === '`') {
      const end = closingQuote(source, i, char);
      if (end === -1) throw new CypherScriptError(file, line, `unterminated ${char === '`' ? 'quoted name' : 'string'}`);
      append(source.slice(i, end + 1), line);
      line += countNewlines(source.slice(i, end + 1));
      i = end + 1;
      continue;
    }
    if (char === ';') {
      const text = current.trim();
      if (text !== '') statements.push({ text, line: currentLine, kind: statementKind(text) });
      current = '';
      i += 1;
      continue;
    }
    append(char, line);
    if (char === '\n') line += 1;
    i += 1;
  }

  if (current.trim() !== '') {
    throw new CypherScriptError(file, currentLine, 'statement does not end with a semicolon');
  }
  return statements;
}

function closingQuote(source: string, start: number, quote: string): number {
  for (let i = start + 1; i < source.length; i += 1) {
    const char = source[i];
    // Backquoted names escape a backquote by doubling it; strings use backslash escapes.
    if (quote !== '`' && char === '\\') {
      i += 1;
    } else if (char === quote) {
      if (quote === '`' && source[i + 1] === '`') i += 1;
      else return i;
    }
  }
  return -1;
}

function countNewlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count += 1;
  return count;
}
