import { describe, expect, it } from 'vitest';
import { ApiError, involvementFromAnswer } from '../../client/src/api.ts';
import type { Entity, Relationship } from '../../client/src/model.ts';

const entity = (id: string, kind: Entity['kind']) => ({ id, name: id, kind, summary: null, degree: 1 }) as unknown as Entity;
const relationship = (id: string, from: string, to: string) =>
  ({ id, type: 'SUPPORTS', judgement: 'STRENGTH', source: { id: from }, target: { id: to }, evidence: { quote: 'q', sentence: 1, source: { id: 's' } } }) as unknown as Relationship;

describe('partner involvement as the explorer reads it', () => {
  const partner = entity('partner', 'PARTNER');
  const theme = entity('theme', 'THEME');
  const risk = entity('risk', 'RISK');
  const answer = {
    partner,
    reached: [{ id: 'theme' }, { id: 'risk' }],
    paths: [
      { length: 1, nodes: [{ id: 'partner' }, { id: 'theme' }], edges: [{ id: 'p-t' }] },
      { length: 2, nodes: [{ id: 'partner' }, { id: 'theme' }, { id: 'risk' }], edges: [{ id: 'p-t' }, { id: 't-r' }] },
    ],
    subgraph: { nodes: [partner, theme, risk], edges: [relationship('p-t', 'partner', 'theme'), relationship('t-r', 'theme', 'risk')] },
  };

  it('puts each entity and relationship, given once, back on every path that names it', () => {
    const involvement = involvementFromAnswer(answer);
    expect(involvement.reached).toEqual([theme, risk]);
    expect(involvement.paths[1]!.nodes).toEqual([partner, theme, risk]);
    expect(involvement.paths[1]!.edges.map((e) => e.id)).toEqual(['p-t', 't-r']);
    // The same object, not a copy: the explorer remembers each once.
    expect(involvement.paths[0]!.edges[0]).toBe(involvement.paths[1]!.edges[0]);
  });

  it('says which id a path names without the answer giving it', () => {
    const broken = { ...answer, subgraph: { ...answer.subgraph, edges: answer.subgraph.edges.slice(0, 1) } };
    expect(() => involvementFromAnswer(broken)).toThrowError(ApiError);
    expect(() => involvementFromAnswer(broken)).toThrowError('relationship t-r');
  });
});
