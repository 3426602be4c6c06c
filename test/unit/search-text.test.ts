import { describe, expect, it } from 'vitest';
import { markMatches, searchTerms, toLuceneQuery } from '../../server/graph/search-text.ts';

describe('searchTerms', () => {
  it('lower-cases words and drops Lucene syntax and operators', () => {
    expect(searchTerms('Domestic AND "abuse" OR (vetting)* NOT x:y')).toEqual(['domestic', 'abuse', 'vetting', 'x', 'y']);
  });

  it('keeps letters of any script and apostrophes', () => {
    expect(searchTerms("force's  Ünïcödé 警察")).toEqual(["force's", 'ünïcödé', '警察']);
  });

  it('leaves nothing of input that is only syntax', () => {
    expect(searchTerms('*?:(){}[]^~"\\/ && ||')).toEqual([]);
  });
});

describe('toLuceneQuery', () => {
  it('asks for every term, whole or as a prefix', () => {
    expect(toLuceneQuery(['domestic', 'abu'])).toBe('(domestic^2 OR domestic*) AND (abu^2 OR abu*)');
  });
});

describe('markMatches', () => {
  it('brackets every word that starts with a term, whatever its case', () => {
    expect(markMatches('The force supports victims of domestic abuse well', ['dom', 'abuse'])).toBe(
      'The force supports victims of [domestic] [abuse] well',
    );
  });

  it('treats terms as text, not patterns', () => {
    expect(markMatches('a.b a+b', ['a.b'])).toBe('[a.b] a+b');
  });
});
