// Drafting findings: the seed meets its targets against the reviewed reading, and each rule of DOMAIN.md holds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Draft, draftExtracted } from '../../server/ingest/draft.ts';
import { extractPlainText } from '../../server/ingest/extract-plain.ts';
import { parseSeedEntities, readSeedEntities } from '../../server/ingest/known-entities.ts';
import type { KnownEntity } from '../../server/ingest/link-entities.ts';
import { scoreDraft } from '../../bench/draft-score.ts';
import { readSeedReference } from '../../bench/seed-reference.ts';

const seedText = readFileSync(new URL('../../cypher/sources/cheshire-peel-assessment.txt', import.meta.url), 'utf8');
const known = await readSeedEntities(new URL('../../cypher/', import.meta.url).pathname);
// The reviewed reading is the seed's own findings, read from its Cypher.
const reference = await readSeedReference(new URL('../../cypher/', import.meta.url).pathname, 'cheshire-peel-assessment');

const draft = (text: string, options = {}, entities: readonly KnownEntity[] = known): Draft => draftExtracted('test.txt', extractPlainText(text), options, entities);
const brief = (d: Draft) => d.findings.map((f) => `s${f.sentence} ${f.judgement ?? 'null'} ${f.status} ${f.type} ${f.participants.filter((p) => p.role !== 'SUBJECT').map((p) => p.id).join(',')}`);

describe("the seed's draft", () => {
  const seed = draft(seedText);

  it('meets the targets against the reviewed reading: judgements, whole findings and verbatim quotes', () => {
    const score = scoreDraft(seed.findings, seed.sentences, reference);
    expect(score.judgements.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.judgements.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.findings.f1, `missed ${score.missed.join('; ')}\nextra ${score.extra.join('; ')}`).toBeGreaterThanOrEqual(0.8);
    expect(score.quotesVerbatim).toBe(1);
  });

  it('proposes the metadata the text states and links the force and inspector it names', () => {
    expect(seed.metadata).toMatchObject({ force: 'Cheshire Constabulary', inspector: 'HMI Mike Cunningham', year: null, fromText: ['force', 'inspector', 'kind'] });
    const verdict = seed.findings.find((f) => f.type === 'ASSESSES');
    expect(verdict?.participants.map((p) => [p.role, p.id, p.existing])).toEqual([['SUBJECT', 'hmi-mike-cunningham', true], ['OBJECT', 'cheshire-constabulary', true]]);
  });

  it('is the same draft every time', () => {
    expect(draft(seedText)).toEqual(seed);
  });

  it('explains every finding with its cue and cites it verbatim', () => {
    for (const finding of seed.findings) {
      expect(finding.cue.length).toBeGreaterThan(0);
      expect(seed.sentences[finding.sentence - 1]!.text.slice(finding.start, finding.end)).toBe(finding.quote);
      expect(finding.confidence).toBeGreaterThan(0);
      expect(finding.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('the judgement rules', () => {
  it('makes a contrast its own finding', () => {
    const d = draft('Wessex Vale Police has an ambitious plan for digital technology, although it has yet to make full use of mobile devices.');
    expect(brief(d)).toEqual(['s1 null PLANNED SUPPORTS digital-technology', 's1 AREA_FOR_IMPROVEMENT NOT_YET NEEDS_IMPROVEMENT mobile-devices']);
    expect(d.findings[1]!.quote).toBe('it has yet to make full use of mobile devices');
    expect(d.findings[1]!.cue).toMatch(/contrast "although"/);
  });

  it('reads "This is a cause of concern." as a finding about the sentence before it', () => {
    const d = draft('Wessex Vale Police needs to improve its vetting procedures. This is a cause of concern.');
    expect(brief(d)).toEqual(['s1 AREA_FOR_IMPROVEMENT ESTABLISHED NEEDS_IMPROVEMENT vetting', 's2 CAUSE_OF_CONCERN ESTABLISHED NEEDS_IMPROVEMENT vetting']);
    expect(d.findings[1]).toMatchObject({ quote: 'This is a cause of concern', inferredFrom: [1] });
  });

  it('reaches past a sentence that names nothing for what "This is a cause of concern." judges, but no further', () => {
    const d = draft('The force does not always assess the risk to a missing child quickly. In 11 of the 30 cases we reviewed, officers had waited for hours. This is a cause of concern.');
    expect(brief(d)).toEqual(['s1 AREA_FOR_IMPROVEMENT ESTABLISHED NEEDS_IMPROVEMENT children-at-risk', 's3 CAUSE_OF_CONCERN ESTABLISHED NEEDS_IMPROVEMENT children-at-risk']);
    expect(d.findings[1]).toMatchObject({ inferredFrom: [1] });
    const far = draft('The force needs to improve its vetting. Officers waited for hours. Some waited for days. This is a cause of concern.');
    expect(brief(far)).toEqual(['s1 AREA_FOR_IMPROVEMENT ESTABLISHED NEEDS_IMPROVEMENT vetting']);
  });

  it('gives a recommendation the judgement of the cause of concern it answers, else reads it as an area for improvement', () => {
    const d = draft('I am concerned that the force does not manage its vetting well. We also recommend that the force reviews its vetting within three months.');
    expect(brief(d)).toEqual(['s1 CAUSE_OF_CONCERN ESTABLISHED NEEDS_IMPROVEMENT vetting', 's2 CAUSE_OF_CONCERN ESTABLISHED NEEDS_IMPROVEMENT vetting']);
    expect(d.findings[1]!.cue).toMatch(/^"We also recommend"/);
    expect(brief(draft('We recommend that the force reviews its vetting.'))).toEqual(['s1 AREA_FOR_IMPROVEMENT ESTABLISHED NEEDS_IMPROVEMENT vetting']);
  });

  it('does not read what the last inspection found as a judgement today', () => {
    const d = draft('The force has improved its supervision of investigations since our last inspection, when we found that too many cases lacked a plan.');
    expect(brief(d)).toEqual(['s1 IMPROVED ESTABLISHED IMPROVED investigation']);
  });

  it('never drops a judgement for want of a known theme: the noun phrase after the cue, or else before it, is proposed', () => {
    expect(brief(draft('The force has yet to work out how it will pay for new control room systems.'))).toEqual(['s1 AREA_FOR_IMPROVEMENT NOT_YET NEEDS_IMPROVEMENT new-control-room-systems']);
    const d = draft('Senior leaders are visible.');
    expect(brief(d)).toEqual(['s1 STRENGTH ESTABLISHED HAS_STRENGTH senior-leaders']);
    expect(d.findings[0]!.participants[1]).toMatchObject({ name: 'Senior leaders', existing: false });
  });

  it("prefers the lexicon's theme to a graph's one-word alias inside it", () => {
    // The seed gives Reducing demand the alias "demand"; "current and future demand" is Understanding demand.
    const d = draft('The force has a good understanding of current and future demand, including demand that is less obvious.');
    expect(brief(d)).toEqual(['s1 STRENGTH ESTABLISHED HAS_STRENGTH understanding-demand']);
  });

  it('records approval of something only begun as exploring, without a judgement', () => {
    const d = draft('I am pleased that Wessex Vale Police is exploring new ways of working with partner organisations to reduce demand.');
    expect(brief(d)).toEqual(['s1 null EXPLORING WORKS_WITH wessex-vale-partner-organisations,reducing-demand']);
  });

  it('turns praise denied into an area for improvement, through the negation wink-nlp marks', () => {
    const d = draft('Wessex Vale Police is not effective at protecting vulnerable people.');
    expect(d.findings.map((f) => [f.judgement, f.cue])).toEqual([['AREA_FOR_IMPROVEMENT', expect.stringMatching(/"effective" \(negated\) → AREA_FOR_IMPROVEMENT/)]]);
  });

  it('grades concern and inadequacy as causes of concern', () => {
    const d = draft('I have serious concerns about how Fenmarsh Police investigates crime. The force is inadequate at protecting vulnerable people.');
    expect(d.findings.map((f) => f.judgement)).toEqual(['CAUSE_OF_CONCERN', 'CAUSE_OF_CONCERN']);
  });

  it('proposes an unknown force and an unknown theme as new entities instead of failing', () => {
    const d = draft('Wessex Vale Police is good at answering letters from residents.');
    expect(d.findings[0]!.participants).toEqual([
      { role: 'SUBJECT', id: 'wessex-vale-police', name: 'Wessex Vale Police', kind: 'FORCE', existing: false },
      { role: 'OBJECT', id: 'answering-letters-from-residents', name: 'Answering letters from residents', kind: 'THEME', existing: false },
    ]);
  });

  it('drafts without any force named, with a subject for the reviewer to name', () => {
    expect(draft('The force is good at preventing crime.').findings[0]!.participants[0]).toMatchObject({ id: 'unnamed-force', existing: false });
  });

  it('links to known entities by alias, across changes of wording', () => {
    const entities = parseSeedEntities(
      'MERGE (n:Entity {id: "abuse-of-authority-for-sexual-gain"})\nSET n:Risk, n.name = "Abuse of authority for sexual gain", n.aliases = ["abuse of position for a sexual purpose"];\n' +
        'MERGE (n:Entity {id: "wessex-vale-police"})\nSET n:Force, n.name = "Wessex Vale Police", n.aliases = ["Wessex Vale Constabulary"];\n',
      'test.cypher',
    );
    expect(entities[0]).toEqual({ id: 'abuse-of-authority-for-sexual-gain', name: 'Abuse of authority for sexual gain', kind: 'RISK', aliases: ['abuse of position for a sexual purpose'] });
    const d = draft('Wessex Vale Constabulary faces the risk of abuse of position for a sexual purpose.', {}, entities);
    expect(d.findings.map((f) => f.participants.map((p) => [p.id, p.existing]))).toEqual([[['wessex-vale-police', true], ['abuse-of-authority-for-sexual-gain', true]]]);
  });

  it('keeps another force\'s unnamed partners apart from this force\'s', () => {
    const d = draft('Fenmarsh Police works well with partner organisations to reduce reoffending.');
    expect(d.findings[0]!.participants.map((p) => p.id)).toEqual(['fenmarsh-police', 'fenmarsh-partner-organisations', 'reducing-reoffending']);
  });
});
