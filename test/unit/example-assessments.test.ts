// The fictional sample assessments: canonical files in step with their texts, every quote verbatim at its offsets,
// labelled fictional, sharing the seed's themes, and two years of one force that show every kind of change.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { assessmentsDirectory, buildAll } from '../../examples/build-assessment-files.ts';
import type { AssessmentFile } from '../../server/assessments/assessment-file.ts';
import { seedDirectory } from '../../server/config.ts';
import { checkAssessmentFile, readAssessmentFiles } from '../../server/graph/assessment-store.ts';
import { diffFindings, themeGroups } from '../../server/graph/finding-changes.ts';
import { themedFindings } from '../support/example-files.ts';

const files = await readAssessmentFiles(assessmentsDirectory);
const byId = new Map(files.map((file) => [file.assessment.id, file]));

describe('the sample assessment files', () => {
  it('are three or more, what building them from examples/texts/ writes (run examples/build-assessment-files.ts if not)', async () => {
    const built = await buildAll();
    expect(built.size).toBeGreaterThanOrEqual(3);
    for (const [name, json] of built) expect(await readFile(`${assessmentsDirectory}${name}`, 'utf8'), name).toBe(json);
  });

  it.each(files.map((file) => [file.assessment.id, file] as const))('%s is fictional in its metadata and its text', (_, file) => {
    expect(file.assessment.fictional).toBe(true);
    expect(file.assessment.sentences[0]).toMatch(/^This is a fictional assessment\b.*is not a real force/);
    expect(file.assessment.text).toContain(file.assessment.sentences[0]);
  });

  it.each(files.map((file) => [file.assessment.id, file] as const))('%s quotes every finding verbatim at its offsets', (_, file) => {
    expect(() => checkAssessmentFile(file)).not.toThrow();
    for (const finding of file.findings) {
      const sentence = file.assessment.sentences[finding.sentence - 1]!;
      expect(sentence.slice(finding.start, finding.end), finding.id).toBe(finding.quote);
      expect(file.assessment.text).toContain(sentence);
    }
    expect(file.assessment.sentences.length).toBeGreaterThanOrEqual(15);
    expect(file.assessment.sentences.length).toBeLessThanOrEqual(30);
  });

  it('has two years of one force and another force', () => {
    const forces = new Map<string, number[]>();
    for (const file of files) forces.set(file.assessment.force!, [...(forces.get(file.assessment.force!) ?? []), file.assessment.year!]);
    expect([...forces.values()].some((years) => new Set(years).size >= 2)).toBe(true);
    expect(forces.size).toBeGreaterThanOrEqual(2);
  });

  it("reuses the Cheshire seed's themes, so a theme links several forces' findings", async () => {
    const seedEntities = await readFile(`${seedDirectory}/20-cheshire-entities.cypher`, 'utf8');
    const seedIds = new Set([...seedEntities.matchAll(/MERGE \(n:Entity \{id: "([^"]+)"\}\)/g)].map((match) => match[1]));
    const themesOf = (file: AssessmentFile) => new Set(themedFindings(file).map((finding) => finding.themeId));
    const everyForce = files.map(themesOf);
    const shared = [...everyForce[0]!].filter((id) => everyForce.every((themes) => themes.has(id)) && seedIds.has(id));
    expect(shared).toEqual(expect.arrayContaining(['vetting', 'managing-abuse-of-authority', 'investigation', 'protecting-vulnerable-people']));
    // An entity the seed has is described as the seed describes it, so loading a sample never disagrees with it.
    for (const file of files) {
      for (const entity of file.entities.filter((e) => seedIds.has(e.id))) {
        const block = seedEntities.slice(seedEntities.indexOf(`{id: "${entity.id}"}`)).split('REMOVE')[0]!;
        expect(block, entity.id).toContain(`n.name = ${JSON.stringify(entity.name)}`);
        expect(block, entity.id).toContain(`n.summary = ${JSON.stringify(entity.summary)}`);
        expect(block, entity.id).toContain(`n.aliases = ${JSON.stringify(entity.aliases).replaceAll('","', '", "')}`);
      }
    }
  });

  it('changes between the two Harrowdale years in every way a diff tells apart', () => {
    const earlier = themedFindings(byId.get('harrowdale-peel-assessment-2021')!).filter((f) => f.judgement !== null);
    const later = themedFindings(byId.get('harrowdale-peel-assessment-2023')!).filter((f) => f.judgement !== null);
    const themes = files.flatMap((file) => file.entities.filter((e) => e.kind === 'THEME'));
    const changes = diffFindings(earlier, later, themeGroups(themes));
    const summary = Object.fromEntries(
      Object.entries(changes).map(([kind, list]) => [kind, list.map((c) => `${c.themeId}: ${c.before?.judgement ?? '-'} -> ${c.after?.judgement ?? '-'}`)]),
    );
    expect(summary).toEqual({
      new: ['responding-to-the-public: - -> AREA_FOR_IMPROVEMENT', 'serious-and-organised-crime-response: - -> STRENGTH', 'treating-the-workforce-fairly: - -> STRENGTH'],
      resolved: ['serious-and-organised-crime-response: AREA_FOR_IMPROVEMENT -> IMPROVED', 'understanding-demand: AREA_FOR_IMPROVEMENT -> IMPROVED', 'vetting: AREA_FOR_IMPROVEMENT -> IMPROVED'],
      persisting: expect.arrayContaining(['mobile-devices: AREA_FOR_IMPROVEMENT -> AREA_FOR_IMPROVEMENT', 'investigation: STRENGTH -> STRENGTH', 'overall-performance: STRENGTH -> IMPROVED']),
      worse: ['managing-abuse-of-authority: AREA_FOR_IMPROVEMENT -> CAUSE_OF_CONCERN', 'protecting-vulnerable-people: STRENGTH -> AREA_FOR_IMPROVEMENT'],
      disappeared: expect.arrayContaining(['priority-based-budgeting: STRENGTH -> -', 'reducing-reoffending: STRENGTH -> -']),
    });
  });
});
