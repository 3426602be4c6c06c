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
});
