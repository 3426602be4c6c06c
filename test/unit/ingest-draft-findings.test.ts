// Drafting findings rule by rule: each cue, clause boundary and pairing of entities gives the exact finding a reviewer sees.
import { describe, expect, it } from 'vitest';
import { type DraftFinding, draftFindings, findCue, type Participant, splitClauses } from '../../server/ingest/draft-findings.ts';
import type { EntityKind } from '../../server/ingest/lexicon.ts';
import { EntityLinker, type KnownEntity, type LinkedEntity } from '../../server/ingest/link-entities.ts';
import { analyse } from '../../server/ingest/nlp.ts';

const force: LinkedEntity = { id: 'fenmarsh-constabulary', name: 'Fenmarsh Constabulary', kind: 'FORCE', existing: false };
const inspector: LinkedEntity = { id: 'hmi-ada-greywater', name: 'HMI Ada Greywater', kind: 'INSPECTOR', existing: false };

const draft = (texts: string[], { known = [], withInspector = false }: { known?: KnownEntity[]; withInspector?: boolean } = {}): DraftFinding[] =>
  draftFindings(
    texts.map((text, i) => ({ number: i + 1, start: 0, end: text.length, text })),
    { force, linker: new EntityLinker(known, 'fenmarsh'), ...(withInspector ? { inspector } : {}) },
  );

const part = (role: Participant['role'], kind: EntityKind, id: string, name: string, existing = false): Participant => ({ role, id, name, kind, existing });
const subject = part('SUBJECT', 'FORCE', force.id, force.name);
const theme = (id: string, name: string, role: Participant['role'] = 'OBJECT') => part(role, 'THEME', id, name);

/** A finding with what most findings share, so each test states what its rule decides. */
const finding = (fields: Partial<DraftFinding> & Pick<DraftFinding, 'type' | 'participants' | 'quote' | 'start' | 'end' | 'cue'>): DraftFinding => ({
  sentence: 1,
  judgement: null,
  basis: 'STATED',
  status: 'ESTABLISHED',
  confidence: 0.9,
  inferredFrom: [],
  ...fields,
});

const clauses = (text: string) => splitClauses(text, analyse(text).tokens);
const clauseTexts = (text: string) => clauses(text).map((c) => [text.slice(c.contentStart, c.end), c.connective]);

describe('splitClauses', () => {
  it('starts a clause at each joining word after a comma, and at a semicolon', () => {
    const text = 'It is good, and it is fair; it is open, but it is slow, although it tries, though it fails, while it waits, whereas it hurries, which is odd, when it rains.';
    expect(clauseTexts(text)).toEqual([
      ['It is good', undefined],
      ['it is fair', 'and'],
      ['it is open', ';'],
      ['it is slow', 'but'],
      ['it tries', 'although'],
      ['it fails', 'though'],
      ['it waits', 'while'],
      ['it hurries', 'whereas'],
      ['which is odd', 'which'],
      ['it rains.', 'when'],
    ]);
    expect(clauses(text).slice(0, 3)).toEqual([
      { start: 0, end: 10, contentStart: 0, connective: undefined },
      { start: 10, end: 26, contentStart: 16, connective: 'and' },
      { start: 26, end: 38, contentStart: 28, connective: ';' },
    ]);
  });

  it('starts a clause at a comma before "it", "they" or "the force", with no joining word', () => {
    expect(clauseTexts('Its plan is sound, it is costed, they agree, the force agrees, officers too.')).toEqual([
      ['Its plan is sound', undefined],
      ['it is costed', ';'],
      ['they agree', ';'],
      ['the force agrees, officers too.', ';'],
    ]);
  });

  it('starts a clause at "and" before a verb agreeing with the subject, not before an infinitive, a noun or after a comma', () => {
    expect(clauses('The force is good at it and is improving.')).toEqual([
      { start: 0, end: 23, contentStart: 0, connective: undefined },
      { start: 23, end: 41, contentStart: 28, connective: 'and' },
    ]);
    expect(clauseTexts('The force supports victims well and makes good use of powers.')).toEqual([
      ['The force supports victims well', undefined],
      ['makes good use of powers.', 'and'],
    ]);
    expect(clauseTexts('It aims to reduce demand, pool resources and improve outcomes.')).toEqual([['It aims to reduce demand, pool resources and improve outcomes.', undefined]]);
    expect(clauseTexts('Officers review and assess each case.')).toEqual([['Officers review and assess each case.', undefined]]);
    expect(clauseTexts('The force is good at this and victims say so.')).toEqual([['The force is good at this and victims say so.', undefined]]);
    expect(clauseTexts('It tackles serious and organised crime.')).toEqual([['It tackles serious and organised crime.', undefined]]);
    expect(clauses('The force plans well, and makes good use of powers.')).toEqual([
      { start: 0, end: 20, contentStart: 0, connective: undefined },
      { start: 20, end: 51, contentStart: 26, connective: 'and' },
    ]);
  });

  it('orders the cuts by where they fall, whichever rule found them', () => {
    expect(clauses('The force is good at it and is improving; it is fair.')).toEqual([
      { start: 0, end: 23, contentStart: 0, connective: undefined },
      { start: 23, end: 40, contentStart: 28, connective: 'and' },
      { start: 40, end: 53, contentStart: 42, connective: ';' },
    ]);
  });

  it('takes a leading contrast or joining word as the connective of a clause that has none', () => {
    expect(clauses('Nevertheless, officers need to improve.')).toEqual([{ start: 0, end: 39, contentStart: 14, connective: 'nevertheless' }]);
    expect(clauses('But officers need to improve.')).toEqual([{ start: 0, end: 29, contentStart: 4, connective: 'but' }]);
    expect(clauses('And also it improves.')).toEqual([{ start: 0, end: 21, contentStart: 4, connective: 'and' }]);
    expect(clauses('Also officers improve.')).toEqual([{ start: 0, end: 22, contentStart: 5, connective: 'also' }]);
  });

  it('keeps the connective a clause was cut at when its words also begin with one', () => {
    expect(clauseTexts('Officers are trained, and also staff are.')).toEqual([
      ['Officers are trained', undefined],
      ['staff are.', 'and'],
    ]);
    expect(clauseTexts('Officers are trained, and yet staff are not.')).toEqual([
      ['Officers are trained', undefined],
      ['staff are not.', 'and'],
    ]);
  });

  it('takes a contrast after a semicolon as the connective, the semicolon telling less', () => {
    expect(clauseTexts('Officers are trained; however, staff are not.')).toEqual([
      ['Officers are trained', undefined],
      ['staff are not.', 'however'],
    ]);
  });

  it('keeps a contrast with the clause it opens when a comma before the subject follows it', () => {
    expect(clauses('However, the force needs to improve.')).toEqual([{ start: 0, end: 36, contentStart: 9, connective: 'however' }]);
    expect(clauseTexts('It is good; nevertheless, the force is slow, it knows.')).toEqual([
      ['It is good', undefined],
      ['the force is slow', 'nevertheless'],
      ['it knows.', ';'],
    ]);
  });

  it('allows any run of space after the comma or semicolon', () => {
    expect(clauseTexts('It is good,  and it is fair;  it is open,  it is slow.')).toEqual([
      ['It is good', undefined],
      ['it is fair', 'and'],
      ['it is open', ';'],
      ['it is slow.', ';'],
    ]);
  });

  it('drops a stretch with no words in it', () => {
    expect(clauseTexts('Officers are trained; ; 42.')).toEqual([['Officers are trained', undefined]]);
  });
});

describe('findCue', () => {
  const whole = (text: string) => ({ start: 0, end: text.length, contentStart: 0 });
  const cueOf = (text: string, clause = whole(text), tokens = analyse(text).tokens) => findCue(text, clause, tokens);

  it('finds the strongest cue of the clause, with its place in the sentence', () => {
    expect(cueOf('It is good at this although I am concerned.')).toEqual({ judgement: 'CAUSE_OF_CONCERN', status: 'ESTABLISHED', confidence: 0.95, phrase: 'i am concerned', start: 28, end: 42, negated: false });
    expect(cueOf('It trains officers well.')).toEqual({ judgement: 'STRENGTH', status: 'ESTABLISHED', confidence: 0.9, phrase: 'well', start: 19, end: 23, negated: false });
    expect(cueOf('Its plan is thorough.')).toEqual({ judgement: 'STRENGTH', status: 'ESTABLISHED', confidence: 0.6, phrase: 'thorough', start: 12, end: 20, negated: false });
    expect(cueOf('It has no plan.')).toBeUndefined();
  });

  it('looks only at the words of the clause, placing the cue in the sentence', () => {
    const text = 'It is good at this; it has yet to improve.';
    expect(cueOf(text, { start: 18, end: text.length, contentStart: 20 })).toEqual({ judgement: 'AREA_FOR_IMPROVEMENT', status: 'NOT_YET', confidence: 0.85, phrase: 'has yet to', start: 23, end: 33, negated: false });
  });

  it('matches a phrase across any run of space, as whole words', () => {
    expect(cueOf('It  is\tgood  at this.')).toMatchObject({ phrase: 'is good at', start: 4, end: 15 });
    expect(cueOf('It is goodly.')).toBeUndefined();
    expect(cueOf('It is feel-good.')).toBeUndefined();
    expect(cueOf('It is good-natured.')).toBeUndefined();
  });

  it('ignores words in quotation marks, straight or curly', () => {
    expect(cueOf('Officers told us, "the force is good at this".')).toBeUndefined();
    expect(cueOf('Officers told us, “the force is good at this”.')).toBeUndefined();
    expect(cueOf('Officers told us, "the force works", and it is good at this.')).toMatchObject({ phrase: 'is good at', start: 44, end: 54 });
    // A cue only partly inside the marks is the inspector's own.
    expect(cueOf('It "is" good at this.')).toMatchObject({ phrase: 'good', start: 8, end: 12 });
    expect(cueOf('The "work is" good at this.')).toMatchObject({ phrase: 'good', start: 14, end: 18 });
  });

  it('reads "as well as" and "well as" as joining a list, not as praise', () => {
    expect(cueOf('It trains officers as well as staff.')).toBeUndefined();
    expect(cueOf('It trains officers well as a rule.')).toBeUndefined();
    expect(cueOf('Well as it trains officers.')).toBeUndefined();
    expect(cueOf('Officers as  well train.')).toMatchObject({ phrase: 'well' });
  });

  it('marks praise negated by the words wink-nlp flags or by "not", "never" or "no" just before it', () => {
    expect(cueOf('It is not good at this.')).toMatchObject({ phrase: 'good', start: 10, end: 14, negated: true });
    const negatedWords = (text: string) => analyse(text).tokens.map((t) => ({ ...t, negated: true }));
    const unflagged = (text: string) => analyse(text).tokens.map((t) => ({ ...t, negated: false }));
    expect(cueOf('It is good at this.', undefined, negatedWords('It is good at this.'))).toMatchObject({ phrase: 'is good at', negated: true });
    for (const text of ['It is not good at this.', 'It is never good at this.', 'It has no good plan.', 'It is not  good.', 'It is NOT good.']) {
      expect(cueOf(text, undefined, unflagged(text)), text).toMatchObject({ phrase: 'good', negated: true });
    }
    for (const text of ['It is cannot good.', 'It is knot good.', 'It is not so good.', 'It is nono good.', 'Its is yes good.']) {
      expect(cueOf(text, undefined, unflagged(text)), text).toMatchObject({ phrase: 'good', negated: false });
    }
    // Only the cue's own words count: a negation elsewhere in the sentence denies something else.
    const text = 'It is good at this; it does not plan.';
    const tokens = analyse(text).tokens.map((t) => ({ ...t, negated: t.start >= 20 }));
    expect(cueOf(text, undefined, tokens)).toMatchObject({ phrase: 'is good at', negated: false });
  });

  it('never marks a shortcoming negated: its words carry their own negation', () => {
    expect(cueOf('There are not too many delays.')).toMatchObject({ judgement: 'AREA_FOR_IMPROVEMENT', phrase: 'too many', negated: false });
    expect(cueOf('I am not concerned.')).toBeUndefined();
    expect(cueOf('It is not the cause of concern.')).toMatchObject({ judgement: 'CAUSE_OF_CONCERN', negated: false });
    expect(cueOf('It has not improved.')).toMatchObject({ judgement: 'AREA_FOR_IMPROVEMENT', phrase: 'has not improved', negated: false });
    expect(cueOf('It does not plan to do so.')).toMatchObject({ judgement: null, status: 'PLANNED', phrase: 'plan to', negated: false });
  });

  it('can deny an improvement', () => {
    expect(cueOf('It is not better at this.', undefined, analyse('It is not better at this.').tokens.map((t) => ({ ...t, negated: false })))).toBeUndefined();
    expect(cueOf('It now is not better at this, with significant improvements.')).toMatchObject({ judgement: 'IMPROVED', phrase: 'significant improvements', negated: false });
    expect(cueOf('There were no significant improvements.')).toMatchObject({ judgement: 'IMPROVED', phrase: 'significant improvements', negated: true });
  });

  it('does not read what the last inspection found, after "when", as a judgement today', () => {
    const text = 'It has improved, when we found it good at this.';
    const [, when] = clauses(text);
    expect(when).toMatchObject({ connective: 'when' });
    expect(findCue(text, when!, analyse(text).tokens)).toBeUndefined();
    const today = 'It has improved, when it is good at this.';
    expect(findCue(today, clauses(today)[1]!, analyse(today).tokens)).toMatchObject({ phrase: 'is good at' });
    // Only after "when": elsewhere, what "we found" is today's finding.
    expect(cueOf('We found it good at this.')).toMatchObject({ phrase: 'good' });
  });
});

describe('draftFindings: the overall verdict', () => {
  const verdict = 'I am very pleased with all aspects of the performance of Fenmarsh Constabulary.';
  const quote = 'I am very pleased with all aspects of the performance of Fenmarsh Constabulary';
  const cue = 'pleased with all aspects of the performance of';

  it('reads the verdict as the inspector assessing the force and a strength of the force as a whole', () => {
    expect(draft([verdict], { withInspector: true })).toEqual([
      finding({ type: 'ASSESSES', participants: [{ ...inspector, role: 'SUBJECT' }, { ...force, role: 'OBJECT' }], basis: 'INFERRED', quote, start: 0, end: 78, confidence: 0.8, cue: `"${cue}": overall verdict → inspector ASSESSES force` }),
      finding({ judgement: 'STRENGTH', type: 'HAS_STRENGTH', participants: [subject, theme('overall-performance', 'Overall performance')], quote, start: 0, end: 78, cue: `"${cue}": overall verdict → STRENGTH of the force as a whole` }),
    ]);
  });

  it('leaves out the assessment when no inspector is named, and links the overall theme the graph holds', () => {
    const known: KnownEntity[] = [{ id: 'overall-performance', name: 'Performance overall', kind: 'THEME' }];
    expect(draft(['We are satisfied with the overall performance of the force; it is good at vetting.'], { known })).toEqual([
      finding({ judgement: 'STRENGTH', type: 'HAS_STRENGTH', participants: [subject, { ...theme('overall-performance', 'Performance overall'), existing: true }], quote: 'We are satisfied with the overall performance of the force; it is good at vetting', start: 0, end: 81, cue: '"satisfied with the overall performance of": overall verdict → STRENGTH of the force as a whole' }),
    ]);
  });

  it('lets "This" in the next sentence refer to the force as a whole', () => {
    expect(draft([verdict, 'This is a cause of concern.']).slice(1)).toEqual([
      finding({ sentence: 2, judgement: 'CAUSE_OF_CONCERN', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('overall-performance', 'Overall performance')], quote: 'This is a cause of concern', start: 0, end: 26, confidence: 0.85, cue: '"cause of concern" → CAUSE_OF_CONCERN; "This" refers to sentence 1' }),
    ]);
  });
});

describe('draftFindings: judgements of themes', () => {
  it('makes one finding per clause, each quoting its own words, with the contrast that opens it', () => {
    const text = 'The force is good at investigating crime, and it has improved its vetting; it needs to improve its call handling, but the force is exploring body-worn video.';
    expect(draft([text])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'HAS_STRENGTH', participants: [subject, theme('investigation', 'Investigating crime')], quote: 'The force is good at investigating crime', start: 0, end: 40, cue: '"is good at" → STRENGTH; theme "investigating crime" → HAS_STRENGTH' }),
      finding({ judgement: 'IMPROVED', type: 'IMPROVED', participants: [subject, theme('vetting', 'Vetting')], quote: 'it has improved its vetting', start: 46, end: 73, cue: '"has improved" → IMPROVED; theme "vetting" → IMPROVED' }),
      finding({ judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('responding-to-the-public', 'Responding to the public')], quote: 'it needs to improve its call handling', start: 75, end: 112, cue: '"needs to improve" → AREA_FOR_IMPROVEMENT; theme "call handling" → NEEDS_IMPROVEMENT' }),
      finding({ type: 'SUPPORTS', status: 'EXPLORING', participants: [subject, theme('body-worn-video', 'Body-worn video')], quote: 'the force is exploring body-worn video', start: 118, end: 156, confidence: 0.8, cue: '"is exploring" → EXPLORING; theme "body-worn video" → SUPPORTS; contrast "but"' }),
    ]);
  });

  it('quotes up to each theme when a clause names several, and names each theme once', () => {
    expect(draft(['The force is good at vetting, wellbeing and vetting again.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'HAS_STRENGTH', participants: [subject, theme('vetting', 'Vetting')], quote: 'The force is good at vetting', start: 0, end: 28, cue: '"is good at" → STRENGTH; theme "vetting" → HAS_STRENGTH' }),
      finding({ judgement: 'STRENGTH', type: 'HAS_STRENGTH', participants: [subject, theme('wellbeing', 'Workforce wellbeing')], quote: 'The force is good at vetting, wellbeing', start: 0, end: 39, cue: '"is good at" → STRENGTH; theme "wellbeing" → HAS_STRENGTH' }),
    ]);
  });

  it('records a clause with no cue as nothing, and a cue of no judgement with its status', () => {
    expect(draft(['The force reviewed its vetting.'])).toEqual([]);
    expect(draft(['The force plans to replace its mobile devices.'])).toEqual([
      finding({ type: 'SUPPORTS', status: 'PLANNED', participants: [subject, theme('mobile-devices', 'Mobile devices')], quote: 'The force plans to replace its mobile devices', start: 0, end: 45, confidence: 0.8, cue: '"plans to" → PLANNED; theme "mobile devices" → SUPPORTS' }),
    ]);
  });

  it('turns denied praise into an established area for improvement, less sure, and never below 0.3', () => {
    expect(draft(['The force is not effective at vetting.', 'The force is not good at answering letters.'])).toEqual([
      finding({ judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('vetting', 'Vetting')], quote: 'The force is not effective at vetting', start: 0, end: 37, confidence: 0.7, cue: '"effective" (negated) → AREA_FOR_IMPROVEMENT; theme "vetting" → NEEDS_IMPROVEMENT' }),
      finding({ sentence: 2, judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('answering-letters', 'Answering letters')], quote: 'The force is not good at answering letters', start: 0, end: 42, confidence: 0.3, cue: '"good" (negated) → AREA_FOR_IMPROVEMENT; new theme "answering letters" (answering-letters) → NEEDS_IMPROVEMENT' }),
    ]);
  });

  it('keeps a closing bracket in the quote when the quote opens it, and trims other closing punctuation', () => {
    expect(draft(['The force needs to improve its vetting (of new recruits).'])[0]).toMatchObject({ quote: 'The force needs to improve its vetting (of new recruits)', end: 56 });
    expect(draft(['The force needs to improve (urgently) its crime recording;:, .'])[0]).toMatchObject({ quote: 'The force needs to improve (urgently) its crime recording', end: 57 });
    expect(draft(['The force (and its partners; it is good at vetting).'])[0]).toMatchObject({ quote: 'it is good at vetting', start: 29, end: 50 });
  });
});

describe('draftFindings: partners', () => {
  it('reads working with partners as a partnership for each, its purposes the themes named after the partner', () => {
    expect(draft(['On vetting the force works closely with local authorities and the probation service to reduce reoffending.'])).toEqual([
      finding({ type: 'WORKS_WITH', participants: [subject, part('OBJECT', 'PARTNER', 'fenmarsh-local-authorities', 'Local authorities'), theme('reducing-reoffending', 'Reducing reoffending', 'PURPOSE')], quote: 'On vetting the force works closely with local authorities and the probation service to reduce reoffending', start: 0, end: 105, confidence: 0.7, cue: 'no judgement cue; "local authorities" + "work with" → WORKS_WITH' }),
      finding({ type: 'WORKS_WITH', participants: [subject, part('OBJECT', 'PARTNER', 'fenmarsh-probation', 'Probation service'), theme('reducing-reoffending', 'Reducing reoffending', 'PURPOSE')], quote: 'On vetting the force works closely with local authorities and the probation service to reduce reoffending', start: 0, end: 105, confidence: 0.7, cue: 'no judgement cue; "probation service" + "work with" → WORKS_WITH' }),
    ]);
  });

  it('gives the partnership the judgement of the clause, and its contrast', () => {
    expect(draft(['Vetting is slow, but the force works well with partner organisations.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'WORKS_WITH', participants: [subject, part('OBJECT', 'PARTNER', 'fenmarsh-partner-organisations', 'Partner organisations')], quote: 'the force works well with partner organisations', start: 21, end: 68, cue: '"works well with" → STRENGTH; "partner organisations" + "work with" → WORKS_WITH; contrast "but"' }),
    ]);
  });

  it('quotes a partnership up to its cue when the cue comes last', () => {
    expect(draft(['Joint work with health partners is good.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'WORKS_WITH', participants: [subject, part('OBJECT', 'PARTNER', 'fenmarsh-health-services', 'Health services')], quote: 'Joint work with health partners is good', start: 0, end: 39, cue: '"is good" → STRENGTH; "health partners" + "work with" → WORKS_WITH' }),
    ]);
  });

  it("reads a partner's data as informing the theme of the clause, of the clause before or of the sentence before", () => {
    expect(draft(['Intelligence from health partners informs its work on vetting.'])).toEqual([
      finding({ type: 'INFORMS', participants: [part('SUBJECT', 'PARTNER', 'fenmarsh-health-services', 'Health services'), theme('vetting', 'Vetting')], quote: 'Intelligence from health partners', start: 0, end: 33, confidence: 0.6, cue: '"Intelligence from" + partner → INFORMS' }),
    ]);
    expect(draft(['The force is good at vetting, and data from the council informs it.'])[1]).toEqual(
      finding({ type: 'INFORMS', participants: [part('SUBJECT', 'PARTNER', 'fenmarsh-local-authorities', 'Local authorities'), theme('vetting', 'Vetting')], basis: 'INFERRED', quote: 'data from the council', start: 34, end: 55, confidence: 0.6, cue: '"data from" + partner → INFORMS' }),
    );
    expect(draft(['The force is good at vetting.', 'It is informed by the council and its partners.']).slice(1)).toEqual([
      finding({ sentence: 2, type: 'INFORMS', participants: [part('SUBJECT', 'PARTNER', 'fenmarsh-local-authorities', 'Local authorities'), theme('vetting', 'Vetting')], basis: 'INFERRED', quote: 'informed by the council', start: 6, end: 29, confidence: 0.6, cue: '"informed by" + partner → INFORMS', inferredFrom: [1] }),
      finding({ sentence: 2, type: 'INFORMS', participants: [part('SUBJECT', 'PARTNER', 'fenmarsh-partner-organisations', 'Partner organisations'), theme('vetting', 'Vetting')], basis: 'INFERRED', quote: 'informed by the council and its partners', start: 6, end: 46, confidence: 0.6, cue: '"informed by" + partner → INFORMS', inferredFrom: [1] }),
    ]);
  });

  it('drafts nothing from a partner whose data informs no theme it can find', () => {
    expect(draft(['Information from the council arrives daily.'])).toEqual([]);
  });

  it('does not count a partner already working with the force as informing it too', () => {
    expect(draft(['The force works with the council, using data from it on vetting.']).map((f) => f.type)).toEqual(['WORKS_WITH']);
  });
});

describe('draftFindings: powers, offenders and risks', () => {
  const restrictions = part('OBJECT', 'POWER', 'restrictions-on-perpetrators', 'Powers to restrict perpetrators');
  const perpetrators = part('OBJECT', 'RISK', 'domestic-abuse-perpetrators', 'Domestic abuse perpetrators');
  const cyberCrime = part('OBJECT', 'RISK', 'cyber-crime', 'Cyber crime');
  const countyLines = part('OBJECT', 'RISK', 'county-lines', 'County lines drug dealing');
  const otherAgencies = part('PARTNER', 'PARTNER', 'fenmarsh-other-agencies', 'Other agencies');

  it('reads a judged power as one the force uses, and a power over a group as restricting it', () => {
    expect(draft(['The force is good at using bail conditions and domestic violence protection orders against perpetrators.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'USES', participants: [subject, part('OBJECT', 'POWER', 'bail-conditions', 'Bail and release conditions')], quote: 'The force is good at using bail conditions', start: 0, end: 42, cue: '"is good at" → STRENGTH; power "bail conditions" → USES' }),
      finding({ judgement: 'STRENGTH', type: 'USES', participants: [subject, restrictions], quote: 'The force is good at using bail conditions and domestic violence protection orders', start: 0, end: 82, cue: '"is good at" → STRENGTH; power "domestic violence protection orders" → USES' }),
      finding({ type: 'RESTRICTS', participants: [{ ...restrictions, role: 'SUBJECT' }, perpetrators], quote: 'domestic violence protection orders', start: 47, end: 82, confidence: 0.8, cue: 'power "domestic violence protection orders" restricts Domestic abuse perpetrators' }),
    ]);
  });

  it('quotes a power up to the cue when the cue follows it', () => {
    expect(draft(['The force uses bail conditions well.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'USES', participants: [subject, part('OBJECT', 'POWER', 'bail-conditions', 'Bail and release conditions')], quote: 'The force uses bail conditions well', start: 0, end: 35, cue: '"well" → STRENGTH; power "bail conditions" → USES' }),
    ]);
  });

  it('still records what an unjudged power restricts, and proposes no theme beside a judged power', () => {
    expect(draft(['Domestic violence protection notices restrict perpetrators.'])).toEqual([
      finding({ type: 'RESTRICTS', participants: [{ ...restrictions, role: 'SUBJECT' }, perpetrators], quote: 'Domestic violence protection notices', start: 0, end: 36, confidence: 0.8, cue: 'power "Domestic violence protection notices" restricts Domestic abuse perpetrators' }),
    ]);
    expect(draft(['The force uses bail conditions.'])).toEqual([]);
  });

  it('reads a judged clause that tackles offenders as the force tackling them, with the partners it names', () => {
    expect(draft(['The force and the probation service are good at managing prolific offenders.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'TACKLES', participants: [subject, part('OBJECT', 'RISK', 'repeat-and-dangerous-offenders', 'Repeat and dangerous offenders'), part('PARTNER', 'PARTNER', 'fenmarsh-probation', 'Probation service')], quote: 'probation service are good at managing prolific offenders', start: 18, end: 75, confidence: 0.8, cue: '"are good at" → STRENGTH; "managing prolific " + offenders → TACKLES' }),
    ]);
    expect(draft(['The force manages the risk posed by perpetrators of domestic abuse well with the council.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'TACKLES', participants: [subject, perpetrators, part('PARTNER', 'PARTNER', 'fenmarsh-local-authorities', 'Local authorities')], quote: 'The force manages the risk posed by perpetrators of domestic abuse', start: 0, end: 66, confidence: 0.8, cue: '"well" → STRENGTH; "manages the risk posed by" + offenders → TACKLES' }),
    ]);
    expect(draft(['The force is good at it, tackling perpetrators.'])[0]).toMatchObject({ type: 'TACKLES', start: 0, quote: 'The force is good at it, tackling perpetrators' });
    expect(draft(['The force is good at tackling, with the council, prolific offenders.'])[0]).toMatchObject({ type: 'TACKLES', start: 10, quote: 'is good at tackling, with the council, prolific offenders' });
  });

  it('needs both a judgement and a verb of tackling for offenders', () => {
    expect(draft(['The force targets prolific offenders.'])).toEqual([]);
    expect(draft(['The force is good at counting prolific offenders.']).map((f) => f.type)).not.toContain('TACKLES');
  });

  it('reads a judged partnership against a risk as the force and its partners tackling it together', () => {
    expect(draft(['The force works well with other agencies to disrupt county lines and cyber crime.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'WORKS_WITH', participants: [subject, { ...otherAgencies, role: 'OBJECT' }], quote: 'The force works well with other agencies', start: 0, end: 40, cue: '"works well with" → STRENGTH; "other agencies" + "work with" → WORKS_WITH' }),
      finding({ judgement: 'STRENGTH', type: 'TACKLES', participants: [subject, countyLines, otherAgencies], quote: 'The force works well with other agencies to disrupt county lines', start: 0, end: 64, confidence: 0.8, cue: '"works well with" → STRENGTH; "disrupt" + risk + partner → TACKLES' }),
      finding({ judgement: 'STRENGTH', type: 'TACKLES', participants: [subject, cyberCrime, otherAgencies], quote: 'The force works well with other agencies to disrupt county lines and cyber crime', start: 0, end: 80, confidence: 0.8, cue: '"works well with" → STRENGTH; "disrupt" + risk + partner → TACKLES' }),
    ]);
    expect(draft(['The force works with the council against cyber crime.']).map((f) => f.type)).toEqual(['WORKS_WITH']);
    expect(draft(['The force works with the council to disrupt cyber crime.']).map((f) => f.type)).toEqual(['WORKS_WITH']);
  });

  it('reads a risk with a word of threat as one the force faces, quoting from whichever comes first', () => {
    expect(draft(['The force faces the risk of cyber crime.', 'Cyber crime (online fraud) is a threat to the force.'])).toEqual([
      finding({ type: 'FACES', participants: [subject, cyberCrime], quote: 'faces the risk of cyber crime', start: 10, end: 39, confidence: 0.75, cue: '"faces" + risk → FACES' }),
      finding({ sentence: 2, type: 'FACES', participants: [subject, cyberCrime], quote: 'Cyber crime', start: 0, end: 11, confidence: 0.75, cue: '"threat" + risk → FACES' }),
      finding({ sentence: 2, type: 'FACES', participants: [subject, cyberCrime], quote: 'online fraud', start: 13, end: 25, confidence: 0.75, cue: '"threat" + risk → FACES' }),
    ]);
    expect(draft(['Cyber crime is rising.'])).toEqual([]);
  });

  it('reads a risk that harms victims as threatening them, quoting from the last comma or bracket before the verb', () => {
    const vulnerable = part('OBJECT', 'VICTIM_GROUP', 'vulnerable-people', 'Vulnerable people');
    expect(draft(['Organised crime groups harm vulnerable adults and victims of domestic abuse.'])).toEqual([
      finding({ type: 'THREATENS', participants: [part('SUBJECT', 'RISK', 'serious-and-organised-crime', 'Serious and organised crime'), vulnerable], quote: 'Organised crime groups harm vulnerable adults', start: 0, end: 45, confidence: 0.7, cue: '"harm" + risk + victims → THREATENS' }),
      finding({ type: 'THREATENS', participants: [part('SUBJECT', 'RISK', 'serious-and-organised-crime', 'Serious and organised crime'), part('OBJECT', 'VICTIM_GROUP', 'victims-of-domestic-abuse', 'Victims of domestic abuse')], quote: 'Organised crime groups harm vulnerable adults and victims of domestic abuse', start: 0, end: 75, confidence: 0.7, cue: '"harm" + risk + victims → THREATENS' }),
    ]);
    expect(draft(['The force faces online fraud (which harms vulnerable adults).'])[1]).toEqual(
      finding({ type: 'THREATENS', participants: [{ ...cyberCrime, role: 'SUBJECT' }, vulnerable], quote: 'which harms vulnerable adults', start: 30, end: 59, confidence: 0.7, cue: '"harms" + risk + victims → THREATENS' }),
    );
    expect(draft(['In Fenmarsh, online fraud often exploits vulnerable adults.'])).toEqual([
      finding({ type: 'THREATENS', participants: [{ ...cyberCrime, role: 'SUBJECT' }, vulnerable], quote: 'online fraud often exploits vulnerable adults', start: 13, end: 58, confidence: 0.7, cue: '"exploits" + risk + victims → THREATENS' }),
    ]);
  });

  it('reads "the threat it is facing" as the risk the sentence before named', () => {
    expect(draft(['Online fraud is rising.', 'The force understands the threat it is facing.'])).toEqual([
      finding({ sentence: 2, type: 'FACES', participants: [subject, cyberCrime], basis: 'INFERRED', quote: 'the threat it is facing', start: 22, end: 45, confidence: 0.6, cue: '"the threat it is facing" refers to the risk of sentence 1 → FACES', inferredFrom: [1] }),
    ]);
    expect(draft(['Online fraud is rising.', 'They manage the threats they face.'])[0]).toMatchObject({ type: 'FACES', quote: 'the threats they face', inferredFrom: [1] });
    expect(draft(['Vetting is slow.', 'The force understands the threat it is facing.'])).toEqual([]);
  });

  it('lets a later sentence refer to the risk that "the threat it is facing" pointed back to', () => {
    const d = draft(['Online fraud is rising.', 'The force understands the threat it is facing.', 'It knows the threat it is facing.']);
    expect(d.map((f) => [f.sentence, f.type, f.participants[1]!.id, f.inferredFrom])).toEqual([
      [2, 'FACES', 'cyber-crime', [1]],
      [3, 'FACES', 'cyber-crime', [2]],
    ]);
  });
});

describe('draftFindings: victims and communities', () => {
  it('reads praise of protecting a group as safeguarding the group, and criticism as of the theme', () => {
    expect(draft(['The force is good at protecting vulnerable people.', 'The force is inadequate at protecting vulnerable people.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'SAFEGUARDS', participants: [subject, part('OBJECT', 'VICTIM_GROUP', 'vulnerable-people', 'Vulnerable people')], quote: 'The force is good at protecting vulnerable people', start: 0, end: 49, cue: '"is good at" → STRENGTH; victims "vulnerable people" → SAFEGUARDS' }),
      finding({ sentence: 2, judgement: 'CAUSE_OF_CONCERN', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('protecting-vulnerable-people', 'Protecting vulnerable people')], quote: 'The force is inadequate at protecting vulnerable people', start: 0, end: 55, confidence: 0.95, cue: '"is inadequate" → CAUSE_OF_CONCERN; theme "protecting vulnerable people" → NEEDS_IMPROVEMENT' }),
    ]);
  });

  it('reads an improvement for a group as safeguarding it, and a shortcoming for a group as a judgement of it', () => {
    expect(draft(['The force has improved how it protects vulnerable people.'])[0]).toMatchObject({ judgement: 'IMPROVED', type: 'SAFEGUARDS' });
    expect(draft(['The force supports victims of domestic abuse too often late.'])).toEqual([
      finding({ judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', participants: [subject, part('OBJECT', 'VICTIM_GROUP', 'victims-of-domestic-abuse', 'Victims of domestic abuse')], quote: 'The force supports victims of domestic abuse too often', start: 0, end: 54, cue: '"too often" → AREA_FOR_IMPROVEMENT; victims "victims of domestic abuse" → SAFEGUARDS' }),
    ]);
  });

  it('quotes up to the group or the cue, whichever comes last, and takes a group named apart from any theme', () => {
    expect(draft(['The force is good at keeping victims informed and supports victims of domestic abuse well.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'SAFEGUARDS', participants: [subject, part('OBJECT', 'VICTIM_GROUP', 'victims-of-crime', 'Victims of crime')], quote: 'The force is good at keeping victims', start: 0, end: 36, cue: '"is good at" → STRENGTH; victims "victims" → SAFEGUARDS' }),
      finding({ judgement: 'STRENGTH', type: 'SAFEGUARDS', participants: [subject, part('OBJECT', 'VICTIM_GROUP', 'victims-of-domestic-abuse', 'Victims of domestic abuse')], quote: 'supports victims of domestic abuse well', start: 50, end: 89, cue: '"well" → STRENGTH; victims "victims of domestic abuse" → SAFEGUARDS' }),
    ]);
  });

  it('names the service overall only when the clause judges nothing more particular', () => {
    expect(draft(['Victims receive a good service.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'SAFEGUARDS', participants: [subject, part('OBJECT', 'VICTIM_GROUP', 'victims-of-crime', 'Victims of crime')], quote: 'Victims receive a good', start: 0, end: 22, confidence: 0.6, cue: '"good" → STRENGTH; victims "Victims" → SAFEGUARDS' }),
    ]);
    expect(draft(['The public receive a good service.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'HAS_STRENGTH', participants: [subject, theme('overall-service', 'Service to the public')], quote: 'The public receive a good service', start: 0, end: 33, confidence: 0.6, cue: '"good" → STRENGTH; theme "good service" → HAS_STRENGTH' }),
    ]);
  });

  it('reads a judged clause naming a community as engaging it, and names the people of a place as a community', () => {
    expect(draft(['The force engages well with seldom-heard groups and the people of Fenmarsh and Marsh Vale.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'ENGAGES', participants: [subject, part('OBJECT', 'COMMUNITY', 'people-with-less-trust-and-confidence', 'People with less trust and confidence in the police')], quote: 'The force engages well with seldom-heard groups', start: 0, end: 47, cue: '"well" → STRENGTH; community "seldom-heard groups" → ENGAGES' }),
    ]);
    expect(draft(['The force is good at engaging with the residents of Fenmarsh and Marsh Vale.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'ENGAGES', participants: [subject, part('OBJECT', 'COMMUNITY', 'people-of-fenmarsh-and-marsh-vale', 'People of Fenmarsh and Marsh Vale')], quote: 'The force is good at engaging with the residents of Fenmarsh and Marsh Vale', start: 0, end: 75, cue: '"is good at" → STRENGTH; community "the residents of Fenmarsh and Marsh Vale" → ENGAGES' }),
    ]);
    const known: KnownEntity[] = [{ id: 'fenmarsh-residents', name: 'People of Fenmarsh', kind: 'COMMUNITY' }];
    expect(draft(['The force engages well with the communities of Fenmarsh.'], { known })[0]!.participants[1]).toEqual(part('OBJECT', 'COMMUNITY', 'fenmarsh-residents', 'People of Fenmarsh', true));
  });

  it('records a community or a group without a judgement as nothing', () => {
    expect(draft(['The force met the people of Fenmarsh and victims of crime.'])).toEqual([]);
  });
});

describe('draftFindings: a judgement with no theme named', () => {
  it('judges the work against a risk the clause names', () => {
    expect(draft(['The force has a good understanding of county lines and cyber crime.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'HAS_STRENGTH', participants: [subject, theme('serious-and-organised-crime-response', 'Tackling serious and organised crime')], quote: 'The force has a good understanding of county lines and cyber crime', start: 0, end: 66, confidence: 0.75, cue: '"good understanding" → STRENGTH; the work against the risk named → HAS_STRENGTH' }),
    ]);
  });

  it('judges the themes of the clause before, each quoted up to the cue when there are several', () => {
    expect(draft(['The force is good at vetting and wellbeing, but it needs to improve there.']).slice(2)).toEqual([
      finding({ judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('vetting', 'Vetting')], quote: 'it needs to improve', start: 48, end: 67, confidence: 0.75, cue: '"needs to improve" → AREA_FOR_IMPROVEMENT; theme of the clause before → NEEDS_IMPROVEMENT; contrast "but"' }),
      finding({ judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('wellbeing', 'Workforce wellbeing')], quote: 'it needs to improve', start: 48, end: 67, confidence: 0.75, cue: '"needs to improve" → AREA_FOR_IMPROVEMENT; theme of the clause before → NEEDS_IMPROVEMENT; contrast "but"' }),
    ]);
    // A clause with no cue hands on the themes it names; one theme: the clause is the quote.
    expect(draft(['The force reviewed vetting, and it needs to improve there.'])).toEqual([
      finding({ judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('vetting', 'Vetting')], quote: 'it needs to improve there', start: 32, end: 57, confidence: 0.75, cue: '"needs to improve" → AREA_FOR_IMPROVEMENT; theme of the clause before → NEEDS_IMPROVEMENT' }),
    ]);
  });

  it('judges the themes of the sentence before when the clause names nothing or points back', () => {
    expect(draft(['The force is good at vetting and wellbeing.', 'The force needs to improve there.']).slice(2)).toEqual([
      finding({ sentence: 2, judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('vetting', 'Vetting')], quote: 'The force needs to improve', start: 0, end: 26, confidence: 0.7, cue: '"needs to improve" → AREA_FOR_IMPROVEMENT; theme of sentence 1 → NEEDS_IMPROVEMENT' }),
      finding({ sentence: 2, judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('wellbeing', 'Workforce wellbeing')], quote: 'The force needs to improve', start: 0, end: 26, confidence: 0.7, cue: '"needs to improve" → AREA_FOR_IMPROVEMENT; theme of sentence 1 → NEEDS_IMPROVEMENT' }),
    ]);
    expect(draft(['The force is good at vetting.', 'The force has yet to make full use of its new risk assessment tool.']).slice(1)).toEqual([
      finding({ sentence: 2, judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', status: 'NOT_YET', participants: [subject, theme('vetting', 'Vetting')], quote: 'The force has yet to make full use of its new risk assessment tool', start: 0, end: 66, confidence: 0.65, cue: '"has yet to" → AREA_FOR_IMPROVEMENT; theme of sentence 1 → NEEDS_IMPROVEMENT' }),
    ]);
    for (const [text, target] of [['The force has made progress on work like this.', 'vetting'], ['The force has made progress on these.', 'vetting'], ['The force has made progress on its threat work.', 'vetting'], ['The force has made progress on this plan.', 'plan'], ['The force has made progress on its work.', 'work']] as const) {
      expect(draft(['The force is good at vetting.', text])[1]!.participants[1]!.id, text).toBe(target);
    }
  });

  it('proposes the noun phrase after the cue as a new theme, without its leading adjectives or trailing words', () => {
    expect(draft(['The force has yet to make full use of its new case tracking tool.'])).toEqual([
      finding({ judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', status: 'NOT_YET', participants: [subject, theme('case-tracking-tool', 'Case tracking tool')], quote: 'The force has yet to make full use of its new case tracking tool', start: 0, end: 64, confidence: 0.55, cue: '"has yet to" → AREA_FOR_IMPROVEMENT; new theme "case tracking tool" (case-tracking-tool) → NEEDS_IMPROVEMENT' }),
    ]);
    expect(draft(['Officers make good use of the new case file system at court.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'HAS_STRENGTH', participants: [subject, theme('case-file-system', 'Case file system')], quote: 'Officers make good use of the new case file system at court', start: 0, end: 59, confidence: 0.6, cue: '"good use of" → STRENGTH; new theme "case file system" (case-file-system) → HAS_STRENGTH' }),
    ]);
    expect(draft(['The force has improved the quality of its new case files for court.'])[0]!.participants[1]).toEqual(theme('quality-of-its-new-case-files', 'Quality of its new case files'));
    expect(draft(['The force is good at this work.'])[0]!.participants[1]).toEqual(theme('work', 'Work'));
  });

  it('links a proposed theme the graph already knows by name', () => {
    const known: KnownEntity[] = [{ id: 'case-files', name: 'Case files', kind: 'THEME' }];
    expect(draft(['The force has yet to make better use of its case files.'], { known })[0]!.participants[1]).toEqual({ ...theme('case-files', 'Case files'), existing: true });
  });

  it('proposes no theme for a cue of no judgement', () => {
    expect(draft(['The force is developing a new case tracking tool.'])).toEqual([]);
  });

  it('falls back to the first run of nouns after the cue, or else before it, never the force itself', () => {
    expect(draft(['The force needs to improve: crime files.'])).toEqual([
      finding({ judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('crime-files', 'Crime files')], quote: 'The force needs to improve: crime files', start: 0, end: 39, confidence: 0.55, cue: '"needs to improve" → AREA_FOR_IMPROVEMENT; new theme "crime files" (crime-files) → NEEDS_IMPROVEMENT' }),
    ]);
    expect(draft(['Local police leaders are visible.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'HAS_STRENGTH', participants: [subject, theme('local-police-leaders', 'Local police leaders')], quote: 'Local police leaders are visible', start: 0, end: 32, confidence: 0.3, cue: '"are visible" → STRENGTH; new theme "Local police leaders" (local-police-leaders) → HAS_STRENGTH' }),
    ]);
    expect(draft(['It is robust with clear and bold new plans.'])[0]!.participants[1]).toEqual(theme('bold-new-plans', 'Bold new plans'));
    expect(draft(['The force is good.'])).toEqual([]);
    expect(draft(['Fenmarsh Constabulary is good.'])).toEqual([]);
    expect(draft(['The police force and its staff are visible.'])[0]!.participants[1]).toEqual(theme('staff', 'Staff'));
    expect(draft(['The force must improve, quickly.'])).toEqual([]);
  });
});

describe('draftFindings: "This" and recommendations', () => {
  it('reads a judgement of "This", "It" or "These" as of every object the sentence before named', () => {
    expect(draft(['The force is good at vetting and wellbeing.', 'It needs to improve its approach to this.']).slice(2)).toEqual([
      finding({ sentence: 2, judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('vetting', 'Vetting')], quote: 'It needs to improve', start: 0, end: 19, confidence: 0.8, cue: '"needs to improve" → AREA_FOR_IMPROVEMENT; "It" refers to sentence 1' }),
      finding({ sentence: 2, judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('wellbeing', 'Workforce wellbeing')], quote: 'It needs to improve', start: 0, end: 19, confidence: 0.8, cue: '"needs to improve" → AREA_FOR_IMPROVEMENT; "It" refers to sentence 1' }),
    ]);
    const partners = draft(['The force works with the council.', 'These are strong links.']);
    expect(partners[1]).toEqual(
      finding({ sentence: 2, judgement: 'STRENGTH', type: 'HAS_STRENGTH', participants: [subject, part('OBJECT', 'PARTNER', 'fenmarsh-local-authorities', 'Local authorities')], quote: 'These are strong links', start: 0, end: 22, confidence: 0.8, cue: '"strong links" → STRENGTH; "These" refers to sentence 1' }),
    );
  });

  it('names each object once when the sentence before named it twice', () => {
    const d = draft(['The force works with the council, and the council works with the force.', 'This is a cause of concern.']);
    expect(d.filter((f) => f.sentence === 2).map((f) => f.participants[1]!.id)).toEqual(['fenmarsh-local-authorities']);
  });

  it('takes a judgement that names something of its own, or no judgement, as not pointing back', () => {
    expect(draft(['The force is good at vetting.', 'This is a cause of concern for wellbeing.']).slice(1).map((f) => f.participants[1]!.id)).toEqual(['wellbeing']);
    expect(draft(['The force is good at vetting.', 'This is due to change.']).slice(1)).toEqual([
      finding({ sentence: 2, type: 'SUPPORTS', status: 'PLANNED', participants: [subject, theme('vetting', 'Vetting')], quote: 'This is due to change', start: 0, end: 21, confidence: 0.6, cue: '"is due to" → PLANNED; theme of sentence 1 → SUPPORTS' }),
    ]);
    expect(draft(['This is a cause of concern.'])).toEqual([]);
  });

  it('reaches back past one sentence that names nothing, but not two', () => {
    expect(draft(['The force is good at vetting.', 'Officers waited for hours.', 'This is a cause of concern.']).slice(1)).toEqual([
      finding({ sentence: 3, judgement: 'CAUSE_OF_CONCERN', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('vetting', 'Vetting')], quote: 'This is a cause of concern', start: 0, end: 26, confidence: 0.85, cue: '"cause of concern" → CAUSE_OF_CONCERN; "This" refers to sentence 1' }),
    ]);
    expect(draft(['The force is good at vetting.', 'Officers waited for hours.', 'Some waited for days.', 'This is a cause of concern.'])).toHaveLength(1);
  });

  it('gives a recommendation the judgement of the concern just before it, else of an area for improvement', () => {
    expect(draft(['I am concerned about vetting.', 'We recommend that the force reviews its vetting.']).slice(1)).toEqual([
      finding({ sentence: 2, judgement: 'CAUSE_OF_CONCERN', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('vetting', 'Vetting')], quote: 'We recommend that the force reviews its vetting', start: 0, end: 47, confidence: 0.7, cue: '"We recommend" → CAUSE_OF_CONCERN; theme "vetting" → NEEDS_IMPROVEMENT' }),
    ]);
    expect(draft(['The force is good at wellbeing.', 'We further recommend that the force reviews its vetting.']).slice(1)).toEqual([
      finding({ sentence: 2, judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('vetting', 'Vetting')], quote: 'We further recommend that the force reviews its vetting', start: 0, end: 55, confidence: 0.7, cue: '"We further recommend" → AREA_FOR_IMPROVEMENT; theme "vetting" → NEEDS_IMPROVEMENT' }),
    ]);
    expect(draft(['I am concerned about vetting.', 'Officers agree.', 'We recommend that the force reviews its vetting.'])[1]).toMatchObject({ judgement: 'AREA_FOR_IMPROVEMENT' });
    expect(draft(['In Fenmarsh, we recommend that the force reviews its vetting.'])[0]).toMatchObject({ start: 0, quote: 'In Fenmarsh, we recommend that the force reviews its vetting', cue: '"we recommend" → AREA_FOR_IMPROVEMENT; theme "vetting" → NEEDS_IMPROVEMENT' });
  });

  it('prefers a cue of the lexicon to a recommendation in the same clause', () => {
    expect(draft(['I am concerned about vetting.', 'We recommend that the force makes its inconsistent vetting faster.'])[1]).toMatchObject({ judgement: 'AREA_FOR_IMPROVEMENT', cue: '"inconsistent" → AREA_FOR_IMPROVEMENT; theme "vetting" → NEEDS_IMPROVEMENT' });
  });
});

describe('draftFindings: what one rule takes, the next does not take again', () => {
  it('takes the purposes of a judged partnership as its own, not as themes judged besides', () => {
    expect(draft(['Fenmarsh Constabulary works well with partner organisations to reduce demand.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'WORKS_WITH', participants: [subject, part('OBJECT', 'PARTNER', 'fenmarsh-partner-organisations', 'Partner organisations'), theme('reducing-demand', 'Reducing demand', 'PURPOSE')], quote: 'Fenmarsh Constabulary works well with partner organisations to reduce demand', start: 0, end: 76, cue: '"works well with" → STRENGTH; "partner organisations" + "work with" → WORKS_WITH' }),
    ]);
  });

  it('looks for no other object once a partnership, a power, offenders, a group or a community has taken the judgement', () => {
    const after = (text: string) => draft(['The force is good at vetting.', text]).slice(1).map((f) => f.type);
    expect(after('The force works well with the council.')).toEqual(['WORKS_WITH']);
    expect(after('The force uses bail conditions well.')).toEqual(['USES']);
    expect(after('The force is good at tackling repeat offenders.')).toEqual(['TACKLES']);
    expect(after('The force supports victims of crime well.')).toEqual(['SAFEGUARDS']);
    expect(after('The force engages well with seldom-heard groups.')).toEqual(['ENGAGES']);
    expect(after('The force is good there.')).toEqual(['HAS_STRENGTH']);
  });

  it('does not read offenders a power restricts as offenders the force tackles', () => {
    expect(draft(['The force is good at using domestic violence protection orders to tackle perpetrators.']).map((f) => f.type)).toEqual(['USES', 'RESTRICTS']);
  });

  it('does not read a risk the force tackles with partners as one it faces, nor tackles one with no partner named', () => {
    expect(draft(['The force works well with other agencies to disrupt the threat from county lines.']).map((f) => f.type)).toEqual(['WORKS_WITH', 'TACKLES']);
    expect(draft(['The force works well with others to disrupt cyber crime.']).map((f) => f.type)).toEqual(['HAS_STRENGTH']);
  });

  it('does not read a group a risk threatens as a group the force safeguards', () => {
    expect(draft(['The force is good at tackling online fraud that harms vulnerable adults.']).map((f) => f.type)).toEqual(['THREATENS', 'HAS_STRENGTH']);
  });

  it('reads "the threat it is facing" back only when the clause names no risk of its own, and never offenders', () => {
    expect(draft(['Online fraud is rising.', 'The force understands the threat it is facing from county lines.']).map((f) => [f.type, f.participants[1]!.id, f.basis])).toEqual([['FACES', 'county-lines', 'STATED']]);
    expect(draft(['Perpetrators are rising.', 'The force understands the threat it is facing.'])).toEqual([]);
  });

  it('hands the themes of a judged clause that judged something else to the next clause', () => {
    expect(draft(['The force is good at protecting vulnerable people, and it must improve there.']).map((f) => [f.type, f.participants[1]!.id, f.quote])).toEqual([
      ['SAFEGUARDS', 'vulnerable-people', 'The force is good at protecting vulnerable people'],
      ['NEEDS_IMPROVEMENT', 'protecting-vulnerable-people', 'it must improve there'],
    ]);
  });

  it('hands the force as a whole on from the verdict, and no risk', () => {
    const verdict = 'I am very pleased with all aspects of the performance of Fenmarsh Constabulary.';
    expect(draft([verdict, 'The force must improve there.']).slice(1).map((f) => [f.type, f.participants[1]!.id, f.cue])).toEqual([['NEEDS_IMPROVEMENT', 'overall-performance', '"must improve" → AREA_FOR_IMPROVEMENT; theme of sentence 1 → NEEDS_IMPROVEMENT']]);
    expect(draft([verdict, 'The force understands the threat it is facing.'])).toHaveLength(1);
  });

  it('turns a denied improvement into an area for improvement', () => {
    expect(draft(['There were no significant improvements in vetting.'])).toEqual([
      finding({ judgement: 'AREA_FOR_IMPROVEMENT', type: 'NEEDS_IMPROVEMENT', participants: [subject, theme('vetting', 'Vetting')], quote: 'There were no significant improvements in vetting', start: 0, end: 49, confidence: 0.7, cue: '"significant improvements" (negated) → AREA_FOR_IMPROVEMENT; theme "vetting" → NEEDS_IMPROVEMENT' }),
    ]);
  });
});

describe('draftFindings: entities the graph holds', () => {
  it('takes the rule from the words, whatever label the graph gives the entity', () => {
    const known: KnownEntity[] = [{ id: 'vetting', name: 'Vetting', kind: 'RISK' }];
    expect(draft(['The force is good at vetting.'], { known })).toEqual([
      finding({ judgement: 'STRENGTH', type: 'HAS_STRENGTH', participants: [subject, part('OBJECT', 'RISK', 'vetting', 'Vetting', true)], quote: 'The force is good at vetting', start: 0, end: 28, cue: '"is good at" → STRENGTH; theme "vetting" → HAS_STRENGTH' }),
    ]);
  });

  it('takes the rule from the label of an entity the lexicon does not know', () => {
    const known: KnownEntity[] = [{ id: 'fenmarsh-youth-trust', name: 'Fenmarsh Youth Trust', kind: 'PARTNER' }];
    expect(draft(['The force works well with the Fenmarsh Youth Trust.'], { known })).toEqual([
      finding({ judgement: 'STRENGTH', type: 'WORKS_WITH', participants: [subject, part('OBJECT', 'PARTNER', 'fenmarsh-youth-trust', 'Fenmarsh Youth Trust', true)], quote: 'The force works well with the Fenmarsh Youth Trust', start: 0, end: 50, cue: '"works well with" → STRENGTH; "Fenmarsh Youth Trust" + "work with" → WORKS_WITH' }),
    ]);
  });

  it('places the people of a place where the clause names them', () => {
    expect(draft(['Vetting is slow, but the force engages well with the people of Fenmarsh.'])).toEqual([
      finding({ judgement: 'STRENGTH', type: 'ENGAGES', participants: [subject, part('OBJECT', 'COMMUNITY', 'people-of-fenmarsh', 'People of Fenmarsh')], quote: 'the force engages well with the people of Fenmarsh', start: 21, end: 71, cue: '"well" → STRENGTH; community "the people of Fenmarsh" → ENGAGES' }),
    ]);
  });
});

describe('draftFindings: the noun phrase proposed as a theme', () => {
  const proposed = (text: string) => draft([text]).map((f) => f.participants[1]!.name);

  it('skips the words that open a phrase, and keeps at most seven', () => {
    expect(proposed('The force needs to improve how it handles crime reports.')).toEqual(['Handles crime reports']);
    expect(proposed('The force needs to improve to meet demand.')).toEqual(['Meet demand']);
    expect(proposed('The force has yet to be given new radios.')).toEqual(['Given new radios']);
    expect(proposed('The force should improve rapidly the crime files.')).toEqual(['Crime files']);
    expect(proposed('The force has yet to build its crime file quality review process team plan work.')).toEqual(['Build its crime file quality review process']);
  });

  it('never proposes the force itself', () => {
    expect(draft(['Greywater Police is sound.'])).toEqual([]);
  });
});
