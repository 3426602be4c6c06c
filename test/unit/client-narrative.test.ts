// Paths and partner traces as cited Markdown: each fact subject first, quoted verbatim, with its sentence.
import { describe, expect, it } from 'vitest';
import { citation, partnerStory, partnersMarkdown, pathFacts, pathMarkdown } from '../../client/src/narrative.ts';
import { force, needsVetting, offenders, otherAgencies, reoffending, supports, tackles, vetting, worksWith } from '../fixtures/client-graph.ts';

const path = { length: 2, nodes: [otherAgencies, force, vetting], edges: [worksWith, needsVetting] };

describe('narrative', () => {
  it('reads each hop subject first, whichever way the path walked it', () => {
    expect(pathFacts(path).map((fact) => fact.statement)).toEqual(['Cheshire Constabulary works with Other agencies', 'Cheshire Constabulary needs to improve on Vetting']);
  });

  it('writes a path as a numbered, cited Markdown list', () => {
    expect(pathMarkdown(path, "HMI Mike Cunningham's assessment of Cheshire Constabulary")).toBe(`### From Other agencies to Vetting: 2 steps

1. **Cheshire Constabulary** works with **Other agencies**: “The force also works well with other agencies” (sentence 8, strength)
2. **Cheshire Constabulary** needs to improve on **Vetting**: “the force needs to improve some areas of vetting” (sentence 18, area for improvement)

Source: HMI Mike Cunningham's assessment of Cheshire Constabulary.
`);
  });

  it('tells a partner trace once per fact, even when two paths share one', () => {
    const known = new Map([force, otherAgencies, reoffending, offenders].map((e) => [e.id, e]));
    const paths = [
      { length: 1, nodes: [otherAgencies, reoffending], edges: [supports] },
      { length: 1, nodes: [otherAgencies, offenders], edges: [tackles] },
      { length: 1, nodes: [otherAgencies, reoffending], edges: [supports] },
    ];
    const story = partnerStory(otherAgencies, [worksWith], paths, known);
    expect(story.workOn.map((fact) => fact.relationship.id)).toEqual([supports.id, tackles.id]);
    expect(partnersMarkdown([story], null)).toBe(`### Other agencies

- **Cheshire Constabulary** works with **Other agencies**: “The force also works well with other agencies” (sentence 8, strength)
- **Other agencies** works with the force on **Reducing reoffending**: “The force also works well with other agencies to reduce reoffending” (sentence 8, strength)
- **Other agencies** helps tackle **Repeat and dangerous offenders**: “The force also works well with other agencies to reduce reoffending and to identify, investigate and bring to justice repeat and dangerous offenders.” (sentence 8, strength)
`);
  });

  it('refuses a relationship whose ends it was not given, rather than print an id as a name', () => {
    expect(() => pathFacts({ length: 1, nodes: [vetting], edges: [needsVetting] })).toThrow(/did not include/);
  });

  it('writes one step in the singular, and no source line without a title', () => {
    const oneStep = { length: 1, nodes: [force, vetting], edges: [needsVetting] };
    expect(pathMarkdown(oneStep, null)).toBe(`### From Cheshire Constabulary to Vetting: 1 step

1. **Cheshire Constabulary** needs to improve on **Vetting**: “the force needs to improve some areas of vetting” (sentence 18, area for improvement)
`);
    expect(pathMarkdown(oneStep, '')).not.toContain('Source');
  });

  it('writes nothing for an empty path', () => {
    expect(pathMarkdown({ length: 0, nodes: [], edges: [] }, 'A report')).toBe('');
  });

  it('cites a fact without a judgement by its sentence, saying the inspector made none', () => {
    expect(citation({ ...worksWith, judgement: null })).toBe('sentence 8, no judgement');
  });

  it('says when the report states nothing more about a partner, and closes with the source', () => {
    const story = partnerStory(otherAgencies, [], [], new Map());
    expect(story).toEqual({ partner: otherAgencies, worksWith: [], workOn: [] });
    expect(partnersMarkdown([story, partnerStory(force, [], [], new Map())], 'A report')).toBe(`### Other agencies

- The report states nothing more about this partner.

### Cheshire Constabulary

- The report states nothing more about this partner.

Source: A report.
`);
  });
});
