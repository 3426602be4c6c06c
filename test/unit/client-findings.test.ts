// The explorer cites findings, not lines: a finding drawn as several relationships counts once, an inferred one is
// never counted as the inspector's, and a citation says when there is no judgement or only a beginning.
import { describe, expect, it } from 'vitest';
import type { Relationship, Sentence } from '../../client/src/model.ts';
import { citation } from '../../client/src/narrative.ts';
import { sentenceFindings } from '../../client/src/ui/source-panel.ts';
import { worksWith } from '../fixtures/client-graph.ts';

const drawn = (id: string, finding: string, judgement: Relationship['judgement'], basis: Relationship['basis'] = 'STATED') => ({
  id,
  judgement,
  basis,
  finding: { id: finding },
});

describe('a sentence of the report', () => {
  it('counts each finding once, however many relationships draw it, and inferred ones apart', () => {
    const sentence: Sentence = {
      index: 8,
      text: 'The force also works well with other agencies to reduce reoffending.',
      relationships: [
        drawn('a', 's8.1', 'STRENGTH'),
        drawn('b', 's8.1', 'STRENGTH'),
        drawn('c', 's8.1', 'STRENGTH'),
        drawn('d', 's8.2', 'STRENGTH'),
        drawn('e', 's8.3', null),
        drawn('f', 's8.4', null, 'INFERRED'),
        drawn('g', 's8.5', 'AREA_FOR_IMPROVEMENT', 'INFERRED'),
      ],
    };
    expect(sentenceFindings(sentence)).toEqual({ judged: [{ judgement: 'STRENGTH', count: 2 }], unjudged: 1, inferred: 2, total: 5 });
  });

  it('counts a relationship without a finding as its own', () => {
    const sentence: Sentence = { index: 1, text: 'x', relationships: [{ id: 'r1', judgement: 'IMPROVED', basis: 'STATED', finding: null }, { id: 'r2', judgement: 'IMPROVED', basis: 'STATED', finding: null }] };
    expect(sentenceFindings(sentence).judged).toEqual([{ judgement: 'IMPROVED', count: 2 }]);
  });

  it('has no findings when nothing cites it', () => {
    expect(sentenceFindings({ index: 2, text: 'y', relationships: [] })).toEqual({ judged: [], unjudged: 0, inferred: 0, total: 0 });
  });
});

describe('a citation', () => {
  it('names the sentence and the judgement', () => {
    expect(citation(worksWith)).toBe('sentence 8, strength');
  });

  it('says when the inspector made no judgement, when it is inferred and how far it has got', () => {
    expect(citation({ ...worksWith, judgement: null, status: 'EXPLORING' })).toBe('sentence 8, no judgement, only being explored');
    expect(citation({ ...worksWith, judgement: null, basis: 'INFERRED' })).toBe('sentence 8, no judgement, inferred from context');
    expect(citation({ ...worksWith, judgement: 'AREA_FOR_IMPROVEMENT', status: 'NOT_YET' })).toBe('sentence 8, area for improvement, not yet done');
  });
});
