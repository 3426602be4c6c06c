// Drafting findings: the seed meets its targets against the reviewed reading, and each rule of DOMAIN.md holds.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { type Draft, draftExtracted, draftFile, draftLookingUp, unnamedForce } from '../../server/ingest/draft.ts';
import type { EntityLookupRequest } from '../../server/ingest/entity-lookup.ts';
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
    expect(d.findings[1]).toMatchObject({ quote: 'This is a cause of concern', basis: 'STATED', inferredFrom: [] });
    expect(d.findings[1]!.cue).toMatch(/"This" refers to sentence 1$/);
  });

  it('reaches past a sentence that names nothing for what "This is a cause of concern." judges, but no further', () => {
    const d = draft('The force does not always assess the risk to a missing child quickly. In 11 of the 30 cases we reviewed, officers had waited for hours. This is a cause of concern.');
    expect(brief(d)).toEqual(['s1 AREA_FOR_IMPROVEMENT ESTABLISHED NEEDS_IMPROVEMENT children-at-risk', 's3 CAUSE_OF_CONCERN ESTABLISHED NEEDS_IMPROVEMENT children-at-risk']);
    expect(d.findings[1]!.cue).toMatch(/"This" refers to sentence 1$/);
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

describe('the stages up to the draft', () => {
  const fenmarsh = 'Fenmarsh Constabulary is good at vetting. HMI Ada Greywater inspected it.';

  it('refuses a document with no sentences, naming the file', () => {
    const refusal = expect.objectContaining({ name: 'IngestError', file: 'test.txt', message: 'test.txt: no sentences could be found in the document (only headings, lists of words or no text at all)' });
    expect(() => draft('Vetting\n\nWellbeing')).toThrow(refusal);
    expect(() => draft('')).toThrow(refusal);
  });

  it('makes the force and inspector the text names the subjects, linking those the graph knows', () => {
    const unknown = draft(fenmarsh, {}, []);
    expect(unknown.findings[0]!.participants[0]).toEqual({ role: 'SUBJECT', id: 'fenmarsh-constabulary', name: 'Fenmarsh Constabulary', kind: 'FORCE', existing: false });
    const verdict = draft('I am pleased with the performance of Fenmarsh Constabulary.', { inspector: 'HMI Ada Greywater' }, [{ id: 'ada-greywater', name: 'HMI Ada Greywater', kind: 'INSPECTOR' }]);
    expect(verdict.findings[0]!.participants[0]).toEqual({ role: 'SUBJECT', id: 'ada-greywater', name: 'HMI Ada Greywater', kind: 'INSPECTOR', existing: true });
    // The force's own partners take their ids from the force's.
    const partners = draft('Fenmarsh Constabulary works with partner organisations.', {}, []);
    expect(partners.findings[0]!.participants[1]!.id).toBe('fenmarsh-partner-organisations');
  });

  it('leaves out the inspector when none is named, and drafts for an unnamed force', () => {
    const d = draft('I am pleased with the performance of the force.', {}, []);
    expect(d.findings.map((f) => f.type)).toEqual(['HAS_STRENGTH']);
    expect(d.findings[0]!.participants[0]).toEqual({ ...unnamedForce, role: 'SUBJECT' });
    expect(unnamedForce).toEqual({ id: 'unnamed-force', name: 'The force (not named)', kind: 'FORCE', existing: false });
  });

  it("asks a lookup for what the text may name, then for the force's own entities, and drafts with both", async () => {
    const requests: EntityLookupRequest[] = [];
    const vetting = { id: 'vetting-and-checks', name: 'Vetting', kind: 'THEME' as const };
    const partners = { id: 'fenmarsh-partner-organisations', name: 'Fenmarsh partners', kind: 'PARTNER' as const };
    const { draft: d, known: found } = await draftLookingUp('test.txt', extractPlainText(`${fenmarsh} It works with partner organisations.`), {}, async (request) => {
      requests.push(request);
      return requests.length === 1 ? [vetting, vetting] : [partners, vetting];
    });
    expect(requests).toHaveLength(2);
    expect(requests[0]!.keys).toEqual(expect.arrayContaining(['fenmarsh constabulary', 'hmi ada greywater']));
    expect(requests[1]).toEqual({ keys: [], ids: expect.arrayContaining(['fenmarsh-partner-organisations', 'fenmarsh-other-agencies']) });
    expect(found).toEqual([vetting, partners]);
    expect(d.metadata).toMatchObject({ force: 'Fenmarsh Constabulary', inspector: 'HMI Ada Greywater' });
    expect(d.findings.map((f) => f.participants.map((p) => `${p.id}${p.existing ? '' : '*'}`))).toEqual([
      ['fenmarsh-constabulary*', 'vetting-and-checks'],
      ['fenmarsh-constabulary*', 'fenmarsh-partner-organisations'],
    ]);
  });

  it('drafts a file from disk, reporting each stage', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'draft-file-'));
    try {
      const file = path.join(dir, 'fenmarsh.txt');
      const text = `${fenmarsh}\n\n${'The force reviewed its records. '.repeat(40)}`;
      await writeFile(file, text);
      const lines: string[] = [];
      const d = await draftFile(file, {}, [], (line) => lines.push(line));
      // 73 characters, two line breaks and 40 of 32: the counts are grouped in thousands.
      expect(lines).toEqual([`read ${file}: text, 1,355 bytes`, 'extracted 1,355 characters in 2 blocks', '42 sentences, 1 draft findings']);
      expect(d).toEqual(draftExtracted(file, extractPlainText(text), {}, []));
      await expect(draftFile(file, {}, [])).resolves.toEqual(d);

      const pdfFile = path.join(dir, 'fenmarsh.pdf');
      const pdf = await PDFDocument.create();
      const font = await pdf.embedFont(StandardFonts.Helvetica);
      for (const sentence of ['Fenmarsh Constabulary is good at vetting.', 'It needs to improve its wellbeing work.']) pdf.addPage([300, 420]).drawText(sentence, { x: 20, y: 380, size: 10, font });
      await writeFile(pdfFile, await pdf.save());
      const pdfLines: string[] = [];
      await draftFile(pdfFile, {}, [], (line) => pdfLines.push(line));
      expect(pdfLines[1]).toMatch(/^extracted \d+ characters in 2 blocks from 2 pages$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
