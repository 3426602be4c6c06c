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
      filters: { kinds: ['FORCE', 'PARTNER'], types: null, judgements: ['AREA_FOR_IMPROVEMENT'], bases: null, reviews: null },
      expanded: [{ id: 'cheshire-constabulary', limit: 40 }],
      hidden: ['vetting', 'reducing-demand'],
      layout: 'grid',
      panel: 'partners',
      path: { from: 'cheshire-other-agencies', to: 'vetting' },
      partner: 'all',
      sentence: 8,
      assessments: ['harrowdale-peel-assessment-2021', 'harrowdale-peel-assessment-2023'],
      compare: { forces: ['harrowdale-constabulary', 'brackenfield-police'], themes: ['vetting'], by: 'theme' },
      diff: { from: 'harrowdale-peel-assessment-2021', to: 'harrowdale-peel-assessment-2023' },
      timeline: { force: 'harrowdale-constabulary', theme: 'vetting' },
      source: 'wessex-vale-peel-2017',
    };
    const query = writeViewState(view);
    expect(query).toBe(
      '?select=cheshire-peel-assessment%2Fs8%2Fcheshire-constabulary%2Fworks_with%2Fcheshire-other-agencies&kinds=FORCE%2CPARTNER&judgements=AREA_FOR_IMPROVEMENT&expand=cheshire-constabulary%4040&hide=vetting&hide=reducing-demand&layout=grid&panel=partners&from=cheshire-other-agencies&to=vetting&partner=all&sentence=8&source=wessex-vale-peel-2017&assessments=harrowdale-peel-assessment-2021%2Charrowdale-peel-assessment-2023&compare=harrowdale-constabulary%2Cbrackenfield-police&themes=vetting&diff-from=harrowdale-peel-assessment-2021&diff-to=harrowdale-peel-assessment-2023&timeline-force=harrowdale-constabulary&timeline-theme=vetting',
    );
    expect(readViewState(query)).toEqual(view);
  });

  it('keeps an empty filter list apart from no filter', () => {
    expect(readViewState('?kinds=').filters.kinds).toEqual([]);
    expect(writeViewState({ ...defaultViewState, filters: { kinds: [], types: null, judgements: null, bases: null, reviews: null } })).toBe('?kinds=');
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

  it('round-trips a relationship type filter and a judgement list, joined by commas', () => {
    const view: ViewState = {
      ...defaultViewState,
      filters: { kinds: null, types: ['WORKS_WITH', 'SAFEGUARDS'], judgements: ['STRENGTH', 'IMPROVED'], bases: null, reviews: null },
    };
    const query = writeViewState(view);
    expect(query).toBe('?types=WORKS_WITH%2CSAFEGUARDS&judgements=STRENGTH%2CIMPROVED');
    expect(readViewState(query)).toEqual(view);
  });

  it('round-trips stated findings only (inferred ones hidden)', () => {
    const view: ViewState = { ...defaultViewState, filters: { ...defaultViewState.filters, bases: ['STATED'] } };
    const query = writeViewState(view);
    expect(query).toBe('?bases=STATED');
    expect(readViewState(query)).toEqual(view);
    expect(readViewState('?bases=STATED,SOMETHING').filters.bases).toEqual(['STATED']);
    expect(readViewState('?types=works_with, spaceship , safeguards ').filters.types).toEqual(['WORKS_WITH', 'SAFEGUARDS']);
  });

  it('round-trips a review-status filter (disputed findings hidden, or shown alone), dropping unknown statuses', () => {
    const view: ViewState = { ...defaultViewState, filters: { ...defaultViewState.filters, reviews: ['ACCEPTED'] } };
    const query = writeViewState(view);
    expect(query).toBe('?reviews=ACCEPTED');
    expect(readViewState(query)).toEqual(view);
    expect(readViewState('?reviews=DISPUTED,UNHEARD_OF').filters.reviews).toEqual(['DISPUTED']);
    expect(readViewState('?reviews= disputed , accepted').filters.reviews).toEqual(['DISPUTED', 'ACCEPTED']);
    expect(readViewState('?bases=STATED').filters.reviews).toBeNull();
    expect(writeViewState({ ...defaultViewState, filters: { ...defaultViewState.filters, reviews: [] } })).toBe('?reviews=');
  });

  it.each([
    ['', 'an empty id'],
    ['x@2.5', 'a fractional limit'],
    ['x@ten', 'a limit that is not a number'],
    ['x@0', 'a limit below 1'],
    ['x@1001', 'a limit above 1000'],
  ])('drops an expansion %s (%s)', (raw) => {
    expect(readViewState(`?expand=${encodeURIComponent(raw)}`).expanded).toEqual([]);
  });

  it('keeps expansions at the limit bounds, and an @ that does not follow an id as part of the id', () => {
    expect(readViewState('?expand=x@1&expand=y@1000&expand=a@b@30&expand=@5').expanded).toEqual([
      { id: 'x', limit: 1 },
      { id: 'y', limit: 1000 },
      { id: 'a@b', limit: 30 },
      { id: '@5', limit: 20 },
    ]);
  });

  it('trims ids and drops blank ones, and an empty hide', () => {
    const view = readViewState('?select=%20vetting%20&partner=%20&from=%20a%20&to=b&hide=&hide=vetting');
    expect(view.selected).toBe('vetting');
    expect(view.partner).toBeNull();
    expect(view.path).toEqual({ from: 'a', to: 'b' });
    expect(view.hidden).toEqual(['vetting']);
  });

  it('reads a sentence only as a whole positive number', () => {
    expect(readViewState('?sentence=1').sentence).toBe(1);
    expect(readViewState('?sentence=0').sentence).toBeNull();
    expect(readViewState('?sentence=2.5').sentence).toBeNull();
    expect(readViewState('?sentence=').sentence).toBeNull();
  });

  it('reads the report to open by its id, and a blank one as none', () => {
    expect(readViewState('?source=%20harrowmere-police-peel-2019%20').source).toBe('harrowmere-police-peel-2019');
    expect(readViewState('?source=').source).toBeNull();
    expect(writeViewState({ ...defaultViewState, source: 'a b' })).toBe('?source=a+b');
  });

  it('reads every layout and panel it writes', () => {
    for (const layout of ['fcose', 'concentric', 'breadthfirst', 'grid'] as const) {
      expect(readViewState(writeViewState({ ...defaultViewState, layout })).layout).toBe(layout);
    }
    for (const panel of ['details', 'report', 'path', 'partners', 'table'] as const) {
      expect(readViewState(writeViewState({ ...defaultViewState, panel })).panel).toBe(panel);
    }
    expect(writeViewState({ ...defaultViewState, panel: 'table' })).toBe('?panel=table');
  });

  it('reads the chosen assessments, a comparison and a diff, dropping blanks and repeats', () => {
    const view = readViewState('?assessments=a,,b,a&compare=f1,%20f2&diff-from=a&diff-to=b&panel=assessments');
    expect(view.assessments).toEqual(['a', 'b']);
    expect(view.compare).toEqual({ forces: ['f1', 'f2'], themes: null, by: 'theme' });
    expect(view.diff).toEqual({ from: 'a', to: 'b' });
    expect(view.panel).toBe('assessments');
  });

  it('leaves out a comparison without forces and a diff without both ends', () => {
    const view = readViewState('?compare=,&themes=vetting&diff-from=a&assessments=');
    expect(view.compare).toBeNull();
    expect(view.diff).toBeNull();
    expect(view.assessments).toEqual([]);
    expect(writeViewState({ ...defaultViewState, compare: { forces: ['f1'], themes: null, by: 'theme' } })).toBe('?compare=f1');
  });

  it('keeps a matrix by pillar and a theme\'s timeline, and reads an unknown grouping as by theme', () => {
    const byPillar = { ...defaultViewState, compare: { forces: ['f1', 'f2'], themes: null, by: 'pillar' as const } };
    expect(writeViewState(byPillar)).toBe('?compare=f1%2Cf2&compare-by=pillar');
    expect(readViewState(writeViewState(byPillar))).toEqual(byPillar);
    // Named themes do not apply to a matrix by pillar.
    expect(readViewState('?compare=f1&themes=vetting&compare-by=pillar').compare).toEqual({ forces: ['f1'], themes: null, by: 'pillar' });
    expect(readViewState('?compare=f1&themes=vetting&compare-by=question').compare).toEqual({ forces: ['f1'], themes: ['vetting'], by: 'theme' });

    const timeline = { ...defaultViewState, timeline: { force: 'harrowdale-constabulary', theme: 'vetting' } };
    expect(writeViewState(timeline)).toBe('?timeline-force=harrowdale-constabulary&timeline-theme=vetting');
    expect(readViewState(writeViewState(timeline))).toEqual(timeline);
    expect(readViewState('?timeline-force=harrowdale-constabulary&timeline-theme=%20').timeline).toBeNull();
  });
});
