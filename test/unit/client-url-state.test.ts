// The view state in the URL: written compactly, read back the same, and tolerant of links it half understands.
import { describe, expect, it } from 'vitest';
import { defaultViewState, readViewState, type ViewState, writeViewState } from '../../client/src/url-state.ts';

describe('url state', () => {
  it('writes nothing for the default view', () => {
    expect(writeViewState(defaultViewState)).toBe('');
    expect(readViewState('')).toEqual(defaultViewState);
  });

  it('round-trips a full view', () => {
    const view: ViewState = {
      selected: 'cheshire-peel-assessment/s8/cheshire-constabulary/works_with/cheshire-other-agencies',
      filters: { kinds: ['FORCE', 'PARTNER'], types: null, judgements: ['AREA_FOR_IMPROVEMENT'], bases: null },
      expanded: [{ id: 'cheshire-constabulary', limit: 40 }],
      hidden: ['vetting', 'reducing-demand'],
      layout: 'grid',
      panel: 'partners',
      path: { from: 'cheshire-other-agencies', to: 'vetting' },
      partner: 'all',
      sentence: 8,
    };
    const query = writeViewState(view);
    expect(query).toBe(
      '?select=cheshire-peel-assessment%2Fs8%2Fcheshire-constabulary%2Fworks_with%2Fcheshire-other-agencies&kinds=FORCE%2CPARTNER&judgements=AREA_FOR_IMPROVEMENT&expand=cheshire-constabulary%4040&hide=vetting&hide=reducing-demand&layout=grid&panel=partners&from=cheshire-other-agencies&to=vetting&partner=all&sentence=8',
    );
    expect(readViewState(query)).toEqual(view);
  });

  it('keeps an empty filter list apart from no filter', () => {
    expect(readViewState('?kinds=').filters.kinds).toEqual([]);
    expect(writeViewState({ ...defaultViewState, filters: { kinds: [], types: null, judgements: null, bases: null } })).toBe('?kinds=');
  });

  it('ignores what it does not understand instead of failing', () => {
    const view = readViewState('?kinds=force,SPACESHIP&layout=spiral&panel=nowhere&sentence=-3&expand=x@9999&expand=y&from=a');
    expect(view.filters.kinds).toEqual(['FORCE']);
    expect(view.layout).toBe('fcose');
    expect(view.panel).toBe('report');
    expect(view.sentence).toBeNull();
    expect(view.expanded).toEqual([{ id: 'y', limit: 20 }]);
    expect(view.path).toBeNull();
  });
});
