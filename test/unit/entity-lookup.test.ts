// Drafting asks the graph for the entities a document may name, never for all of them: the runs of words it asks
// by must hold every name the linker would match, and drafting with what comes back must equal drafting with all.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftExtracted, draftLookingUp } from '../../server/ingest/draft.ts';
import { forceOwnRequest, lookupIn, namedInRequest } from '../../server/ingest/entity-lookup.ts';
import { extractPlainText } from '../../server/ingest/extract-plain.ts';
import { readSeedEntities } from '../../server/ingest/known-entities.ts';
import { type KnownEntity, termPattern } from '../../server/ingest/link-entities.ts';
import { maxNameWords, nameCandidates, nameKey } from '../../server/ingest/name-candidates.ts';
import { exactTermQueries } from '../../server/graph/search-text.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const seed = await readSeedEntities(new URL('../../cypher/', import.meta.url).pathname);
const examples = ['brackenfield-peel-assessment-2022', 'harrowdale-peel-assessment-2021', 'harrowdale-peel-assessment-2023'];
// The seed's entities and the fictional examples': more than any one text names, as a graph holds.
const known: KnownEntity[] = [
  ...seed,
  ...examples.flatMap((name) => (JSON.parse(read(`../../examples/assessments/${name}.json`)) as { entities: KnownEntity[] }).entities),
];

describe('the runs of words a text is asked by', () => {
  it('cut names out of the punctuation around them, in lower case, with a plural made singular', () => {
    const found = nameCandidates(['It works with the (Youth Offending Teams), and "Crewe/Nantwich" councils.']);
    for (const key of ['youth offending team', 'youth offending teams', 'crewe', 'nantwich', 'crewe/nantwich', 'the (youth offending teams)', 'council'])
      expect(found, key).toContain(key);
    expect(found).not.toContain('Youth offending teams');
    expect(found).not.toContain('outh offending team');
  });

  it('are exactly the runs, cut only where a name could start or end, and no empty one', () => {
    expect([...nameCandidates(['  Youth  teams. '])].sort()).toEqual(['team', 'teams', 'teams.', 'youth', 'youth team', 'youth teams', 'youth teams.']);
    expect([...nameCandidates(['(MARACs'])].sort()).toEqual(['(marac', '(maracs', 'marac', 'maracs']);
    expect([...nameCandidates(['buses'])].sort()).toEqual(['bus', 'buse', 'buses']);
    expect([...nameCandidates(['Leads, councils'])].sort()).toEqual(['council', 'councils', 'lead', 'leads', 'leads,', 'leads, council', 'leads, councils']);
    expect([...nameCandidates(['a,(b'])].sort()).toEqual(['(b', 'a', 'a,', 'a,(b', 'b']);
    expect(nameCandidates(['', ' '])).toEqual(new Set());
  });

  it(`run to ${maxNameWords} words and no further`, () => {
    const words = Array.from({ length: maxNameWords + 1 }, (_, k) => `w${k}`);
    const found = nameCandidates([words.join(' ')]);
    expect(found).toContain(words.slice(0, maxNameWords).join(' '));
    expect(found).not.toContain(words.join(' '));
  });

  it('hold every name a term pattern finds in the text', () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z'’.&()/-]{0,6}$/);
    const gap = fc.constantFrom(' ', '  ', '\n', ', ', ' (', ') ', ' "', '" ', '/', '. ');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(word, gap), { maxLength: 6 }), fc.array(fc.tuple(gap, word), { maxLength: 6 }), fc.constantFrom('', 's', 'es'), (nameWords, before, after, plural) => {
        const name = nameWords.join(' ');
        const text = `${before.map(([w, g]) => w + g).join('')}${nameWords.join(' ')}${plural}${after.map(([g, w]) => g + w).join('')}`;
        if (!termPattern(name).test(text)) return;
        expect(nameCandidates([text])).toContain(nameKey(name));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('the lookup', () => {
  it('asks by the force and inspector named and by the community a place makes, and then by the force’s own ids', () => {
    const request = namedInRequest(['The force works well for the communities of Crewe and Nantwich.'], ['Fictional Test Police', null]);
    expect(request.keys).toEqual(expect.arrayContaining(['fictional test police', 'people of crewe and nantwich', 'communities of crewe']));
    expect(request.ids).toContain('vetting');
    // Every lexicon name and term, whether or not the text uses it: a term in the text links by the entry's name too.
    expect(request.keys).toEqual(expect.arrayContaining(['tackling serious and organised crime', 'organised crime']));
    expect(request.ids.some((id) => id.includes('{force}'))).toBe(false);
    expect(forceOwnRequest('fictional-test')).toEqual({ keys: [], ids: expect.arrayContaining(['fictional-test-local-authorities', 'fictional-test-other-agencies']) });
  });

  it('in hand finds by any name or alias in lower case and by id, each entity once', async () => {
    const lookup = lookupIn(known);
    const found = await lookup({ keys: ['the constabulary', 'cheshire constabulary', 'nobody'], ids: ['cheshire-constabulary', 'vetting', 'no-such-id'] });
    expect(found.map((e) => e.id)).toEqual(['cheshire-constabulary', 'vetting']);
    expect((await lookup({ keys: ['the constabulary', 'michael cunningham'], ids: [] })).map((e) => e.id)).toEqual(['cheshire-constabulary', 'hmi-mike-cunningham']);
    expect(await lookup({ keys: [], ids: [] })).toEqual([]);
  });

  const texts: [string, string, string?][] = [
    ['the seed', '../../cypher/sources/cheshire-peel-assessment.txt'],
    ...examples.map((name): [string, string] => [name, `../../examples/texts/${name}.txt`]),
    ['Fenmarsh', '../fixtures/assessments/fenmarsh-2017.txt', 'Fenmarsh Police'],
    ['Greywater', '../fixtures/assessments/greywater-2017.txt'],
  ];
  it.each(texts)('drafts %s exactly as drafting with every entity does', async (_, path, force) => {
    const extracted = extractPlainText(read(path));
    const options = force ? { force } : {};
    const all = draftExtracted('text.txt', extracted, options, known);
    const asked: number[] = [];
    const lookup = lookupIn(known);
    const { draft, known: found } = await draftLookingUp('text.txt', extracted, options, async (request) => {
      asked.push(request.keys.length);
      return lookup(request);
    });
    expect(draft).toEqual(all);
    // It drafted with a part of what the graph holds, not the whole of it.
    expect(found.length).toBeLessThan(known.length);
    expect(asked).toHaveLength(2);
  });
});

describe('exact-term queries', () => {
  it('quote each term whole, escape quotes and backslashes, and stay under Lucene’s 1,024 clauses', () => {
    expect(exactTermQueries(['a "b"', 'c\\d'])).toEqual(['"a \\"b\\"" OR "c\\\\d"']);
    const queries = exactTermQueries(Array.from({ length: 2_001 }, (_, k) => `t${k}`));
    expect(queries.map((q) => q.split(' OR ').length)).toEqual([1_000, 1_000, 1]);
    expect(exactTermQueries([])).toEqual([]);
  });
});
