// Linking what a sentence names to the graph's entities: ids from names, term patterns, and which mentions are kept.
import { describe, expect, it } from 'vitest';
import { entities as lexicon } from '../../server/ingest/lexicon.ts';
import { EntityLinker, forcePrefix, type KnownEntity, slug, termPattern } from '../../server/ingest/link-entities.ts';

const greywater: KnownEntity = { id: 'greywater-police', name: 'Greywater Police', kind: 'FORCE', aliases: ['the force'] };

/** Each mention as kind:id, a star for an entity the graph holds, and the words it covers. */
function mentionsIn(sentence: string, known: KnownEntity[] = [greywater], prefix = 'greywater'): string[] {
  return new EntityLinker(known, prefix).mentions(sentence, 0, sentence.length).map((m) => `${m.entity.kind}:${m.entity.id}${m.entity.existing ? '*' : ''} [${sentence.slice(m.start, m.end)}]`);
}

const lexiconEntry = (id: string) => lexicon.find((e) => e.id === id)!;

describe('slug', () => {
  it('makes a lower-case id of words joined by single hyphens', () => {
    expect(slug('Greywater Police')).toBe('greywater-police');
    expect(slug('  Youth Offending Team (YOT) / MASH  ')).toBe('youth-offending-team-yot-mash');
    expect(slug('2019 PEEL: Legitimacy')).toBe('2019-peel-legitimacy');
  });

  it('drops accents and apostrophes rather than splitting on them', () => {
    expect(slug('Ynys Môn Côte')).toBe('ynys-mon-cote');
    expect(slug("Children's services")).toBe('childrens-services');
    expect(slug('Children’s services')).toBe('childrens-services');
  });

  it('is empty for a name with no letters or digits', () => {
    expect(slug(' -- ')).toBe('');
  });
});

describe('forcePrefix', () => {
  it("takes the force's kind off the end of its id", () => {
    expect(forcePrefix('greywater-police')).toBe('greywater');
    expect(forcePrefix('fenmarsh-constabulary')).toBe('fenmarsh');
    expect(forcePrefix('north-fenmarsh-police-service')).toBe('north-fenmarsh');
  });

  it('keeps an id whose kind is not at its end, and one that would be left empty', () => {
    expect(forcePrefix('fenmarsh-constabulary-trust')).toBe('fenmarsh-constabulary-trust');
    expect(forcePrefix('-police')).toBe('-police');
  });
});

describe('termPattern', () => {
  const matches = (term: string, text: string) => [...text.matchAll(termPattern(term))].map((m) => m[0]);

  it('finds the term as whole words, in any case, with any run of space between them', () => {
    expect(matches('county lines', 'County  Lines and county\nlines, not countylines or county lines-related')).toEqual(['County  Lines', 'county\nlines']);
  });

  it('allows a plural on the last word only', () => {
    expect(matches('partner agency', 'partner agencys, partner agencyes, partners agency')).toEqual(['partner agencys', 'partner agencyes']);
  });

  it('reads a term written with a run of spaces as written with one', () => {
    expect(matches('county  lines', 'county lines')).toEqual(['county lines']);
  });

  it('takes the punctuation in a term literally', () => {
    expect(matches('St. Helens (Merseyside)', 'St. Helens (Merseyside); St Helens Merseyside; Stx Helens (Merseyside)')).toEqual(['St. Helens (Merseyside)']);
    expect(matches('a+b', 'aab a+b')).toEqual(['a+b']);
  });

  it('matches letters whose capital is more than one letter', () => {
    expect(matches('Straße', 'the Straße office')).toEqual(['Straße']);
  });
});

describe('EntityLinker.link and entity', () => {
  it('proposes a lexicon entity the graph lacks as new, with the id of the force for a partner of its own', () => {
    const linker = new EntityLinker([greywater], 'greywater');
    expect(linker.link(lexiconEntry('vetting'))).toEqual({ id: 'vetting', name: 'Vetting', kind: 'THEME', existing: false });
    expect(linker.link(lexiconEntry('{force}-probation'))).toEqual({ id: 'greywater-probation', name: 'Probation service', kind: 'PARTNER', existing: false });
  });

  it('links a lexicon entity to the one the graph holds under its id', () => {
    const linker = new EntityLinker([{ id: 'greywater-probation', name: 'Greywater probation team', kind: 'PARTNER' }], 'greywater');
    expect(linker.link(lexiconEntry('{force}-probation'))).toEqual({ id: 'greywater-probation', name: 'Greywater probation team', kind: 'PARTNER', existing: true });
  });

  it("links by the entry's name or any of its terms, in any case, to an entity of the same kind", () => {
    const byName = new EntityLinker([{ id: 'staff-vetting', name: 'VETTING', kind: 'THEME' }], 'greywater');
    expect(byName.link(lexiconEntry('vetting'))).toEqual({ id: 'staff-vetting', name: 'VETTING', kind: 'THEME', existing: true });
    const byTerm = new EntityLinker([{ id: 'crime-investigations', name: 'Crime work', kind: 'THEME', aliases: ['Investigations'] }], 'greywater');
    expect(byTerm.link(lexiconEntry('investigation'))).toEqual({ id: 'crime-investigations', name: 'Crime work', kind: 'THEME', existing: true });
  });

  it('does not link by name to an entity of another kind', () => {
    const linker = new EntityLinker([{ id: 'vetting-unit', name: 'Vetting', kind: 'PARTNER' }], 'greywater');
    expect(linker.link(lexiconEntry('vetting'))).toEqual({ id: 'vetting', name: 'Vetting', kind: 'THEME', existing: false });
  });

  it("does not link a force's own partner by name to another force's", () => {
    const linker = new EntityLinker([{ id: 'fenmarsh-probation', name: 'Probation service', kind: 'PARTNER' }], 'greywater');
    expect(linker.link(lexiconEntry('{force}-probation'))).toEqual({ id: 'greywater-probation', name: 'Probation service', kind: 'PARTNER', existing: false });
  });

  it('finds an entity by id: in the graph, else in the lexicon, else nowhere', () => {
    const linker = new EntityLinker([greywater, { id: 'staff-vetting', name: 'Vetting', kind: 'THEME' }], 'greywater');
    expect(linker.entity('greywater-police')).toEqual({ id: 'greywater-police', name: 'Greywater Police', kind: 'FORCE', existing: true });
    expect(linker.entity('wellbeing')).toEqual({ id: 'wellbeing', name: 'Workforce wellbeing', kind: 'THEME', existing: false });
    // The lexicon's vetting is the graph's, by name.
    expect(linker.entity('vetting')).toEqual({ id: 'staff-vetting', name: 'Vetting', kind: 'THEME', existing: true });
    expect(linker.entity('no-such-entity')).toBeUndefined();
  });

  it('finds a named entity by any of its names, or proposes it with an id made from the name', () => {
    const linker = new EntityLinker([greywater], 'greywater');
    expect(linker.byNameOrNew('THE FORCE', 'FORCE')).toEqual({ id: 'greywater-police', name: 'Greywater Police', kind: 'FORCE', existing: true });
    expect(linker.byNameOrNew('Fenmarsh Constabulary', 'FORCE')).toEqual({ id: 'fenmarsh-constabulary', name: 'Fenmarsh Constabulary', kind: 'FORCE', existing: false });
  });
});

describe('EntityLinker.mentions', () => {
  it('gives offsets in the sentence, within the stretch asked for', () => {
    const sentence = 'Vetting is good. The force is good at vetting.';
    const mentions = new EntityLinker([greywater], 'greywater').mentions(sentence, 17, sentence.length);
    expect(mentions.map((m) => [m.entity.id, m.start, m.end])).toEqual([['vetting', 38, 45]]);
    expect(mentions[0]!.lexicon).toBe(lexiconEntry('vetting'));
  });

  it('counts a term with a required word only when that word is in the stretch too', () => {
    expect(mentionsIn('It answers calls from the public.')).toEqual([]);
    expect(mentionsIn('It treats the public fairly.')).toEqual(['THEME:treating-the-public-fairly [the public]']);
    // The word must be in the stretch asked for, not elsewhere in the sentence.
    const sentence = 'It treats people fairly; the public agree.';
    expect(new EntityLinker([greywater], 'greywater').mentions(sentence, 24, sentence.length)).toEqual([]);
  });

  it('finds entities the graph knows by a name or alias of four letters or more, but not forces or inspectors', () => {
    const known: KnownEntity[] = [
      greywater,
      { id: 'hmi-ann-example', name: 'HMI Ann Example', kind: 'INSPECTOR' },
      { id: 'greywater-youth-hub', name: 'Greywater Youth Hub', kind: 'PARTNER', aliases: ['YOT', 'MASH'] },
    ];
    expect(mentionsIn('Greywater Police and HMI Ann Example praise the Greywater Youth Hub, its YOT and its MASH.', known)).toEqual([
      'PARTNER:greywater-youth-hub* [Greywater Youth Hub]',
      'PARTNER:greywater-youth-hub* [MASH]',
    ]);
  });

  it("finds the force's own unnamed partners by their aliases, and not another force's", () => {
    const known: KnownEntity[] = [
      greywater,
      { id: 'fenmarsh-other-agencies', name: 'Other agencies', kind: 'PARTNER', aliases: ['outside bodies'] },
      { id: 'greywater-other-agencies', name: 'Other agencies', kind: 'PARTNER', aliases: ['multi-agency bodies'] },
    ];
    expect(mentionsIn('It works with outside bodies, multi-agency bodies and other agencies.', known)).toEqual([
      'PARTNER:greywater-other-agencies* [multi-agency bodies]',
      'PARTNER:greywater-other-agencies* [other agencies]',
    ]);
    // With no force to own them, every force's unnamed partners are another's.
    expect(mentionsIn('It works with outside bodies and multi-agency bodies.', known, '')).toEqual([]);
  });

  it("reads a partner's name the graph holds in capitals as the unnamed partner it is", () => {
    const known: KnownEntity[] = [greywater, { id: 'fenmarsh-partner-organisations', name: 'PARTNER ORGANISATIONS', kind: 'PARTNER', aliases: ['the partnership'] }];
    expect(mentionsIn('It leads the partnership.', known)).toEqual([]);
  });

  it('keeps the longest of overlapping mentions of a kind, and the first of two as long', () => {
    const known: KnownEntity[] = [
      greywater,
      { id: 'rural-crime-prevention', name: 'Preventing crime in rural areas', kind: 'THEME' },
      // Listed before the name it overlaps, so the one kept is the sentence's first, not the graph's.
      { id: 'hub-teams', name: 'Hub teams', kind: 'THEME' },
      { id: 'youth-hub', name: 'Youth hub', kind: 'THEME' },
    ];
    expect(mentionsIn('It is good at preventing crime in rural areas.', known)).toEqual(['THEME:rural-crime-prevention* [preventing crime in rural areas]']);
    expect(mentionsIn('The youth hub teams work well.', known)).toEqual(['THEME:youth-hub* [youth hub]']);
  });

  it('lists the mentions kept in the order of the sentence', () => {
    expect(mentionsIn('Wellbeing, vetting and neighbourhood policing are good.')).toEqual([
      'THEME:wellbeing [Wellbeing]',
      'THEME:vetting [vetting]',
      'THEME:neighbourhood-policing [neighbourhood policing]',
    ]);
  });

  it('keeps a victim group inside a theme beside it', () => {
    expect(mentionsIn('The force is good at protecting vulnerable people.')).toEqual([
      'THEME:protecting-vulnerable-people [protecting vulnerable people]',
      'VICTIM_GROUP:vulnerable-people [vulnerable people]',
    ]);
  });

  it('keeps a victim group at the start of a theme the graph knows, by the kinds the lexicon gives', () => {
    const known: KnownEntity[] = [
      greywater,
      { id: 'vulnerable-people-services', name: 'Vulnerable people services', kind: 'THEME' },
      // The graph holds the lexicon's victim group under another kind: the lexicon's kind decides the nesting.
      { id: 'vulnerable-people', name: 'Vulnerable people', kind: 'COMMUNITY' },
    ];
    expect(mentionsIn('It runs vulnerable people services.', known)).toEqual([
      'THEME:vulnerable-people-services* [vulnerable people services]',
      'COMMUNITY:vulnerable-people* [vulnerable people]',
    ]);
  });

  it('does not keep a victim group that only overlaps a theme, or another kind inside a theme', () => {
    const known: KnownEntity[] = [
      greywater,
      { id: 'support-for-vulnerable', name: 'Support for vulnerable', kind: 'THEME' },
      { id: 'people-services', name: 'People services and support', kind: 'THEME' },
      { id: 'greywater-crime-hub', name: 'Crime prevention hub', kind: 'THEME' },
    ];
    expect(mentionsIn('It offers support for vulnerable people.', known)).toEqual(['THEME:support-for-vulnerable* [support for vulnerable]']);
    expect(mentionsIn('It has vulnerable people services and support.', known)).toEqual(['THEME:people-services* [people services and support]']);
    // "crime prevention" is a theme of the lexicon's inside a theme of the graph's: not a victim group.
    expect(mentionsIn('It has a crime prevention hub.', known)).toEqual(['THEME:greywater-crime-hub* [crime prevention hub]']);
  });

  it('does not keep a theme inside a victim group', () => {
    const known: KnownEntity[] = [greywater, { id: 'victims-of-anti-social-behaviour', name: 'Victims of anti-social behaviour', kind: 'VICTIM_GROUP' }];
    expect(mentionsIn('It supports victims of anti-social behaviour.', known)).toEqual(['VICTIM_GROUP:victims-of-anti-social-behaviour* [victims of anti-social behaviour]']);
  });

  it('lets a risk overlap anything, but not the same entity twice', () => {
    expect(mentionsIn('It tackles serious and organised crime.')).toEqual([
      'THEME:serious-and-organised-crime-response [serious and organised crime]',
      'RISK:serious-and-organised-crime [serious and organised crime]',
    ]);
    expect(mentionsIn('Managing the risk of officers and staff abusing their authority for sexual gain.')).toEqual([
      'THEME:managing-abuse-of-authority [Managing the risk of officers and staff abusing their authority]',
      'RISK:abuse-of-authority-for-sexual-gain [abusing their authority for sexual gain]',
    ]);
    // A risk kept first, being longer, lets a theme inside it be kept too.
    expect(mentionsIn('It disrupts organised crime groups.')).toEqual([
      'RISK:serious-and-organised-crime [organised crime groups]',
      'THEME:serious-and-organised-crime-response [organised crime]',
    ]);
    const known: KnownEntity[] = [greywater, { id: 'county-lines', name: 'County lines drug dealing', kind: 'RISK', aliases: ['county lines gangs'] }];
    expect(mentionsIn('It disrupts county lines gangs.', known)).toEqual(['RISK:county-lines* [county lines gangs]']);
  });

  it("drops a graph's one-word alias that a lexicon theme of its kind holds, and keeps a longer one", () => {
    const known: KnownEntity[] = [greywater, { id: 'reducing-demand', name: 'Reducing demand', kind: 'THEME', aliases: ['demand', 'future demand'] }];
    expect(mentionsIn('It understands current and future demand and works to manage demand.', known)).toEqual(['THEME:understanding-demand [current and future demand]']);
    expect(mentionsIn('It understands current and future demand, and plans for future demand.', known)).toEqual([
      'THEME:understanding-demand [current and future demand]',
      'THEME:reducing-demand* [future demand]',
    ]);
    // A lexicon theme without the word holds nothing.
    expect(mentionsIn('Its vetting is good and it manages demand.', known)).toEqual(['THEME:vetting [vetting]', 'THEME:reducing-demand* [demand]']);
  });
});
