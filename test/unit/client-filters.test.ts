// Legend filters mean what the API's graph(kinds, types, judgements) means, so "Copy GraphQL" matches the canvas.
import { describe, expect, it } from 'vitest';
import { isFiltering, toggleValue, visibleUnder } from '../../client/src/filters.ts';
import { entityKinds, noFilters } from '../../client/src/model.ts';
import { needsVetting, slice, supports, tackles, worksWith } from '../fixtures/client-graph.ts';

const nodes = slice.nodes.map(({ id, kind }) => ({ id, kind }));
const edges = slice.edges.map((r) => ({ id: r.id, source: r.source.id, target: r.target.id, type: r.type, judgement: r.judgement, basis: r.basis, review: r.review }));

describe('filters', () => {
  it('keeps everything without filters', () => {
    const visible = visibleUnder(noFilters, nodes, edges);
    expect(visible.nodes.size).toBe(5);
    expect(visible.edges.size).toBe(4);
  });

  it('keeps entities of the kinds asked and only the edges between them', () => {
    const visible = visibleUnder({ ...noFilters, kinds: ['FORCE', 'PARTNER', 'RISK'] }, nodes, edges);
    expect([...visible.nodes].sort()).toEqual(['cheshire-constabulary', 'cheshire-other-agencies', 'repeat-and-dangerous-offenders']);
    expect([...visible.edges].sort()).toEqual([tackles.id, worksWith.id].sort());
  });

  it('on a judgement, keeps its edges and only the entities they join', () => {
    const visible = visibleUnder({ ...noFilters, judgements: ['AREA_FOR_IMPROVEMENT'] }, nodes, edges);
    expect([...visible.edges]).toEqual([needsVetting.id]);
    expect([...visible.nodes].sort()).toEqual(['cheshire-constabulary', 'vetting']);
  });

  it('on a type, does the same', () => {
    const visible = visibleUnder({ ...noFilters, types: ['SUPPORTS'] }, nodes, edges);
    expect([...visible.edges]).toEqual([supports.id]);
    expect([...visible.nodes].sort()).toEqual(['cheshire-other-agencies', 'reducing-reoffending']);
  });

  it('on stated findings only, hides what is inferred and the entities only it joins', () => {
    const inferred = edges.map((edge) => (edge.id === supports.id ? { ...edge, basis: 'INFERRED' as const } : edge));
    const visible = visibleUnder({ ...noFilters, bases: ['STATED'] }, nodes, inferred);
    expect([...visible.edges].sort()).toEqual([needsVetting.id, tackles.id, worksWith.id].sort());
    expect(visible.nodes.has('reducing-reoffending')).toBe(false);
    expect(visibleUnder({ ...noFilters, bases: ['INFERRED'] }, nodes, inferred).edges).toEqual(new Set([supports.id]));
  });

  it('on a review status, hides disputed findings or shows them alone, with the entities only they join', () => {
    const disputed = edges.map((edge) => (edge.id === supports.id ? { ...edge, review: 'DISPUTED' as const } : edge));
    const accepted = visibleUnder({ ...noFilters, reviews: ['ACCEPTED'] }, nodes, disputed);
    expect([...accepted.edges].sort()).toEqual([needsVetting.id, tackles.id, worksWith.id].sort());
    expect(accepted.nodes.has('reducing-reoffending')).toBe(false);
    const onlyDisputed = visibleUnder({ ...noFilters, reviews: ['DISPUTED'] }, nodes, disputed);
    expect(onlyDisputed.edges).toEqual(new Set([supports.id]));
    expect([...onlyDisputed.nodes].sort()).toEqual(['cheshire-other-agencies', 'reducing-reoffending']);
    expect(isFiltering({ ...noFilters, reviews: ['DISPUTED'] })).toBe(true);
  });

  it('keeps an entity without relationships unless a relationship filter is on, and no edge to an entity it does not have', () => {
    const alone = [...nodes, { id: 'fenmarsh-constabulary', kind: 'FORCE' as const }];
    const dangling = [...edges, { ...edges[0]!, id: 'to-nowhere', target: 'not-loaded' }];
    const all = visibleUnder(noFilters, alone, dangling);
    expect(all.nodes.has('fenmarsh-constabulary')).toBe(true);
    expect(all.edges.has('to-nowhere')).toBe(false);
    expect(visibleUnder({ ...noFilters, kinds: ['FORCE'] }, alone, dangling).nodes).toEqual(new Set(['cheshire-constabulary', 'fenmarsh-constabulary']));
  });

  it('counts as filtering when any one filter is set, and not with none', () => {
    expect(isFiltering(noFilters)).toBe(false);
    expect([
      isFiltering({ ...noFilters, kinds: ['FORCE'] }),
      isFiltering({ ...noFilters, types: ['SUPPORTS'] }),
      isFiltering({ ...noFilters, judgements: ['STRENGTH'] }),
      isFiltering({ ...noFilters, bases: ['STATED'] }),
      isFiltering({ ...noFilters, reviews: ['ACCEPTED'] }),
    ]).toEqual([true, true, true, true, true]);
  });

  it('toggles a value off and back on, returning to "all" as null', () => {
    const off = toggleValue(null, 'RISK', entityKinds);
    expect(off).toEqual(entityKinds.filter((k) => k !== 'RISK'));
    expect(toggleValue(off, 'RISK', entityKinds)).toBeNull();
  });
});
