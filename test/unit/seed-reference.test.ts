// The seed's reviewed findings read from its Cypher: the reference a draft of the seed is scored against without a graph.
import { describe, expect, it } from 'vitest';
import { parseSeedFindings, readSeedReference } from '../../bench/seed-reference.ts';

const cypher = new URL('../../cypher/', import.meta.url).pathname;

const script = (edgeFinding: string) => `
CREATE (f:Finding {id: "a/s1.1", assessment: "a", sentence: 1, start: 0, end: 4,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [], quote: "Good"})
WITH f
UNWIND [["force", "SUBJECT"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "force"}), (b:Entity {id: "theme"})
CREATE (a)-[:HAS_STRENGTH {id: "x", finding: "${edgeFinding}"}]->(b);
CREATE (f:Finding {id: "b/s1.1", assessment: "b", sentence: 1, start: 0, end: 4, judgement: null, quote: "Else"});
`;

describe("the seed's reference", () => {
  it("reads every finding of the seed with its sentence, judgement and the relationships drawn for it", async () => {
    const findings = await readSeedReference(cypher, 'cheshire-peel-assessment');
    expect(findings).toHaveLength(34);
    expect(findings[0]).toEqual({ id: 'cheshire-peel-assessment/s1.1', sentence: 1, judgement: null, edges: [{ from: 'hmi-mike-cunningham', type: 'ASSESSES', to: 'cheshire-constabulary' }] });
    // One finding drawn as three relationships, one of them the partner's and not the force's.
    expect(findings.find((f) => f.id === 'cheshire-peel-assessment/s8.1')?.edges).toEqual([
      { from: 'cheshire-constabulary', type: 'WORKS_WITH', to: 'cheshire-other-agencies' },
      { from: 'cheshire-constabulary', type: 'HAS_STRENGTH', to: 'reducing-reoffending' },
      { from: 'cheshire-other-agencies', type: 'SUPPORTS', to: 'reducing-reoffending' },
    ]);
    expect(new Set(findings.map((f) => f.sentence)).size).toBe(18);
  });

  it('keeps to the assessment asked for', () => {
    expect(parseSeedFindings(script('a/s1.1'), 'test.cypher', 'a')).toEqual([{ id: 'a/s1.1', sentence: 1, judgement: 'STRENGTH', edges: [{ from: 'force', type: 'HAS_STRENGTH', to: 'theme' }] }]);
  });

  it('names the script and the finding when a relationship cites a finding it lacks, or a finding draws nothing', async () => {
    expect(() => parseSeedFindings(script('a/s9.9'), 'test.cypher', 'a')).toThrow('test.cypher: a relationship cites a/s9.9, which the script does not create');
    expect(() => parseSeedFindings(script('b/s1.1'), 'test.cypher', 'a')).toThrow('test.cypher: finding a/s1.1 draws no relationship');
    await expect(readSeedReference(cypher, 'no-such-assessment')).rejects.toThrow(/no findings of no-such-assessment/);
  });
});
