// Reads RFC 4180 CSV back into rows, strictly, so the browser tests can check the explorer's CSV files field by field.

/** Rows of fields; quoted fields may hold commas, doubled quotes and line breaks. Throws on anything malformed. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const character = text[i] as string;
    if (character === '"' && field === '') {
      // A quoted field runs to the next quote that is not doubled, and must end there.
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) throw new Error(`unterminated quoted field at ${i}`);
        field += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    if (character === ',') {
      endField();
      i++;
    } else if (character === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`a bare CR at ${i}`);
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (character === '\n') {
      throw new Error(`a bare LF at ${i}: records end with CRLF`);
    } else if (character === '"') {
      throw new Error(`a quote inside an unquoted field at ${i}`);
    } else {
      field += character;
      i++;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last record does not end with CRLF');
  return rows;
}
