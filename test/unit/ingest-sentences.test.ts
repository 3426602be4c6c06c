// Sentences with exact offsets: the seed's 18, and the abbreviations, quotations, lists and headings real reports hold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../server/ingest/extract-plain.ts';
import { splitSentences } from '../../server/ingest/sentences.ts';

const seedText = readFileSync(new URL('../../cypher/sources/cheshire-peel-assessment.txt', import.meta.url), 'utf8');
const sentencesOf = (text: string) => splitSentences(extractPlainText(text));

describe('sentences', () => {
  it("finds exactly the seed's 18 sentences, skipping its strapline and heading", () => {
    const sentences = sentencesOf(seedText);
    expect(sentences).toHaveLength(18);
    expect(sentences[0]!.text).toBe('I am very pleased with all aspects of the performance of Cheshire Constabulary.');
    expect(sentences[17]!.text).toMatch(/^However, the force needs to improve some areas of vetting .* vulnerable victims of crime\)\.$/);
    for (const sentence of sentences) expect(seedText.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences.map((s) => s.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it('survives abbreviations and quotation marks', () => {
    const text = 'The force uses joint patrols, e.g. with the council, to tackle anti-social behaviour. Officers told us, "We do not always have time." Dr. Patel of the N.H.S. trust agreed.';
    expect(sentencesOf(text).map((s) => s.text)).toEqual([
      'The force uses joint patrols, e.g. with the council, to tackle anti-social behaviour.',
      'Officers told us, "We do not always have time."',
      'Dr. Patel of the N.H.S. trust agreed.',
    ]);
  });

  it('takes each list item as its own sentence, without its marker or closing semicolon, and skips verbless items', () => {
    const text = 'Areas for improvement\n\n• The force should improve its vetting procedures;\n• It should ensure officers use the risk tool; and\n• vetting\n';
    expect(sentencesOf(text).map((s) => s.text)).toEqual(['The force should improve its vetting procedures', 'It should ensure officers use the risk tool']);
  });

  it('keeps a full sentence whose verb the tagger reads as a noun, but not a verbless fragment', () => {
    // wink-nlp tags "sets" here as a noun; the sentence is still one a reader would cite.
    const text = 'This report sets out the findings of our inspection in the three pillars of effectiveness, efficiency and legitimacy. Figure 3.\n\n• Supervision of investigations in the volume crime teams.\n';
    expect(sentencesOf(text).map((s) => s.text)).toEqual(['This report sets out the findings of our inspection in the three pillars of effectiveness, efficiency and legitimacy.']);
  });

  it('does not take headings, titles or short unpunctuated lines for sentences', () => {
    const text = '## How effective is the force at keeping people safe?\n\nPreventing crime\n\nThe force is good at preventing crime.\n';
    expect(sentencesOf(text).map((s) => s.text)).toEqual(['The force is good at preventing crime.']);
  });

  it('takes an unpunctuated paragraph of up to 20 words for a heading, and a longer one for a sentence', () => {
    const twenty = 'The force works with its partners and the local councils to keep people in the county safe at night time';
    expect(twenty.split(' ')).toHaveLength(20);
    expect(sentencesOf(twenty)).toEqual([]);
    expect(sentencesOf(`${twenty} too`).map((s) => s.text)).toEqual([`${twenty} too`]);
    // Words are counted, not the spaces between them.
    expect(sentencesOf('The force works with its   partners   and   the   local   councils   to keep people safe')).toEqual([]);
  });

  it('needs three words for a sentence', () => {
    expect(sentencesOf('It works.')).toEqual([]);
    expect(sentencesOf('The force improved.')).toEqual([{ number: 1, start: 0, end: 19, text: 'The force improved.' }]);
  });

  it('judges each sentence of a paragraph by its own words', () => {
    // No verb in the first sentence: the verb of the second does not make it one.
    expect(sentencesOf('Strong local neighbourhood teams. The force works well.')).toEqual([{ number: 1, start: 34, end: 55, text: 'The force works well.' }]);
    // A verbless run of six words or more is kept only when it is itself capital to full stop.
    expect(sentencesOf('The force works well. the three pillars of effectiveness, efficiency and legitimacy.').map((s) => s.text)).toEqual(['The force works well.']);
  });

  it('keeps a verbless full sentence of six words, not of five, and not one starting in lower case', () => {
    expect(sentencesOf('Strong and local neighbourhood response teams.').map((s) => s.text)).toEqual(['Strong and local neighbourhood response teams.']);
    expect(sentencesOf('Strong local neighbourhood response teams.')).toEqual([]);
    expect(sentencesOf('strong local response teams in Greywater and Fenmarsh.')).toEqual([]);
  });

  it("cuts a list item's closing semicolon and any spaces before its \"and\", but only at the item's end", () => {
    expect(sentencesOf('- The force should improve vetting;  and\n').map((s) => s.text)).toEqual(['The force should improve vetting']);
    expect(sentencesOf('- The force should improve. It should ensure officers use the tool;\n').map((s) => s.text)).toEqual([
      'The force should improve.',
      'It should ensure officers use the tool',
    ]);
  });

  it("cuts a list item's closing comma, and a semicolon with \"or\" after it, but not a comma inside it", () => {
    const text = '- It works well with partners,\n- It works well with councils; or\n- It works well with charities;and\n- It works with the police, the council and schools\n';
    expect(sentencesOf(text).map((s) => s.text)).toEqual([
      'It works well with partners',
      'It works well with councils',
      'It works well with charities',
      'It works with the police, the council and schools',
    ]);
  });

  it("leaves a paragraph's closing semicolon or comma alone", () => {
    const long = 'The force works well with partners and councils in the county and it keeps people safe from harm in every town';
    expect(sentencesOf(`${long};`).map((s) => s.text)).toEqual([`${long};`]);
    expect(sentencesOf(`${long},`).map((s) => s.text)).toEqual([`${long},`]);
  });

  it('gives offsets into the whole text, across blocks', () => {
    const text = '# Greywater Police\n\nThe force improved. It works well with partners.\n\n- It should ensure officers use the tool;\n';
    const sentences = sentencesOf(text);
    expect(sentences.map(({ number, start, end }) => [number, start, end])).toEqual([
      [1, 20, 39],
      [2, 40, 68],
      [3, 72, 110],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
