// Safe full-text (Lucene) queries: from what a person types, and from exact names; and marks matches in the text found.

const luceneSpecial = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The words of the input, lower-cased, with Lucene's operators and syntax characters taken out. */
export function searchTerms(input: string): string[] {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(luceneSpecial, ' ')
    .split(/\s+/)
    .filter((term) => term !== '' && !['and', 'or', 'not', 'to'].includes(term));
}

/**
 * Every term must match, as a whole word (ranked higher) or as the start of one, so the search box
 * can suggest while the person is still typing.
 */
export function toLuceneQuery(terms: string[]): string {
  return terms.map((term) => `(${term}^2 OR ${term}*)`).join(' AND ');
}

/** The text with every word that starts with a search term wrapped in [brackets]. */
export function markMatches(text: string, terms: string[]): string {
  if (terms.length === 0) return text;
  const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(`\\b(${escaped.join('|')})[\\p{L}\\p{N}'-]*`, 'giu'), (word) => `[${word}]`);
}

/** Lucene refuses a query of more than 1,024 clauses. */
const clausesPerQuery = 1_000;

/**
 * Exact terms of a keyword-analysed index, as few queries as may be: each an OR of quoted terms, a term's
 * quotes and backslashes escaped so that the whole of it, and nothing else, is the term.
 */
export function exactTermQueries(terms: readonly string[]): string[] {
  const quoted = terms.map((term) => `"${term.replace(/["\\]/g, (c) => `\\${c}`)}"`);
  const queries: string[] = [];
  for (let k = 0; k < quoted.length; k += clausesPerQuery) queries.push(quoted.slice(k, k + clausesPerQuery).join(' OR '));
  return queries;
}
