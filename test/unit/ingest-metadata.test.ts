// Proposing an assessment's metadata: what the user gives wins, what the text states is marked as read from it.
import { describe, expect, it } from 'vitest';
import { proposeMetadata } from '../../server/ingest/metadata.ts';
import type { ExtractedText } from '../../server/ingest/text-blocks.ts';

const text = (body: string, extra: Partial<ExtractedText> = {}): ExtractedText => ({ format: 'text', text: body, blocks: [], ...extra });
const propose = (body: string, options = {}) => proposeMetadata('report.txt', text(body), options);

describe('proposeMetadata', () => {
  it('reads every field the text states and says which ones it read', () => {
    const body = 'PEEL 2017: Fenmarsh Constabulary. Published on 3 March 2018. HMI Alma Rowntree led the inspection of Fenmarsh Constabulary.';
    expect(proposeMetadata('fenmarsh.pdf', text(body, { format: 'pdf', title: 'Fenmarsh PEEL', pages: 12 }), {})).toEqual({
      file: 'fenmarsh.pdf',
      format: 'pdf',
      title: 'Fenmarsh PEEL',
      force: 'Fenmarsh Constabulary',
      inspector: 'HMI Alma Rowntree',
      year: 2017,
      published: '3 March 2018',
      kind: 'PEEL',
      url: null,
      fictional: false,
      pages: 12,
      fromText: ['force', 'inspector', 'year', 'published', 'kind'],
    });
  });

  it('keeps what the user gives over what the text states, and leaves unknown fields null', () => {
    const body = 'PEEL 2017: Fenmarsh Constabulary. HMI Alma Rowntree.';
    const options = { force: 'Greywater Police', inspector: 'HMI Corin Ashdown', year: 2016, url: 'https://example.org/greywater' };
    expect(propose(body, options)).toMatchObject({ ...options, title: null, pages: null, fromText: ['kind'] });
    expect(propose('The weather was mild.')).toEqual({
      file: 'report.txt',
      format: 'text',
      title: null,
      force: null,
      inspector: null,
      year: null,
      published: null,
      kind: null,
      url: null,
      fictional: false,
      pages: null,
      fromText: [],
    });
  });

  it('takes the force the text names most, and the first in alphabetical order of those named equally often', () => {
    expect(propose('Greywater Police and Fenmarsh Constabulary. Greywater Police again.').force).toBe('Greywater Police');
    expect(propose('Greywater Police worked with Fenmarsh Constabulary.').force).toBe('Fenmarsh Constabulary');
  });

  it('names the inspector however the report titles them', () => {
    expect(propose('HM Inspector of Constabulary Alma Jane Rowntree visited.').inspector).toBe('HMI Alma Jane Rowntree');
    expect(propose('No inspector is named here.').inspector).toBeNull();
  });

  it('reads the year of a PEEL assessment however the report writes it', () => {
    const year = (body: string) => propose(body).year;
    expect(year('PEEL 2016')).toBe(2016);
    expect(year('PEEL: 2015')).toBe(2015);
    expect(year('PEEL assessment 2018/19 for the force')).toBe(2018);
    expect(year('PEEL inspection: 2019.')).toBe(2019);
    expect(year('PEEL 1999')).toBeNull();
    expect(year('PEEL 20171')).toBeNull();
    expect(year('SUPEEL 2017')).toBeNull();
  });

  it('reads the publication date only where the text says it was published or dated', () => {
    const published = (body: string) => propose(body).published;
    expect(published('Published: 12 May 2016')).toBe('12 May 2016');
    expect(published('This report was published on 1 June 2018.')).toBe('1 June 2018');
    expect(published('Dated 30 November 2017')).toBe('30 November 2017');
    expect(published('It was date 9 July 2015')).toBe('9 July 2015');
    expect(published('Updated 4 April 2019')).toBeNull();
    expect(published('Published in 2016')).toBeNull();
    expect(published('Published 5 Smarch 2016')).toBeNull();
  });

  it('calls a report PEEL when it says so, asks a PEEL question, or calls itself an assessment of a force', () => {
    const kind = (body: string) => propose(body).kind;
    expect(kind('The PEEL programme.')).toBe('PEEL');
    expect(kind('How well does the force understand demand?')).toBe('PEEL');
    expect(kind('An Assessment of the force.')).toBe('PEEL');
    expect(kind('PEELED paint and a SUPEEL brand.')).toBeNull();
    expect(kind('A reassessment of the plan.')).toBeNull();
    expect(kind('A peel of bells.')).toBeNull();
    expect(kind('An assessment offers little.')).toBeNull();
  });

  it('marks a document that calls itself fictional', () => {
    expect(propose('A Fictional sample report.').fictional).toBe(true);
    expect(propose('A nonfictional report and fictionally named.').fictional).toBe(false);
  });
});
