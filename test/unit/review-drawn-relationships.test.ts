// The relationships a reviewed finding draws as: for every finding of the hand-written seed, some type draws
// exactly the seed's relationships from the seed's participants.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relationshipTypes } from '../../server/graph/records.ts';
import { drawnRelationships, type RoleOf } from '../../server/review/drawn-relationships.ts';

const p = (role: RoleOf['role'], id: string): RoleOf => ({ role, entity: { id } });

interface SeedFinding {
  id: string;
  judgement: string | null;
  participants: RoleOf[];
  edges: string[];
}

function seedFindings(): SeedFinding[] {
  const script = readFileSync(new URL('../../cypher/30-cheshire-findings.cypher', import.meta.url), 'utf8');
  const findings = new Map<string, SeedFinding>();
  for (const block of script.split(/\n(?=CREATE \(f:Finding)/).slice(1)) {
    const id = /id: "([^"]+)"/.exec(block)![1]!;
    const judgement = /judgement: (null|"[A-Z_]+")/.exec(block)![1]!;
    const participants = [...block.matchAll(/\["([a-z0-9-]+)", "([A-Z]+)"\]/g)].map(([, entity, role]) => p(role as RoleOf['role'], entity!));
    const edges = [...block.matchAll(/MATCH \(a:Entity \{id: "([^"]+)"\}\), \(b:Entity \{id: "([^"]+)"\}\)\nCREATE \(a\)-\[:([A-Z_]+) /g)].map(([, from, to, type]) => `${from} ${type} ${to}`);
    findings.set(id, { id, judgement: judgement === 'null' ? null : judgement.slice(1, -1), participants, edges });
  }
  return [...findings.values()];
}

describe('drawn relationships', () => {
  const seed = seedFindings();

  it('reads the whole seed', () => {
    expect(seed).toHaveLength(34);
    expect(seed.reduce((n, f) => n + f.edges.length, 0)).toBe(43);
  });

  it.each(seed.map((f) => [f.id, f] as const))('draws %s as the seed does, for some type', (_, finding) => {
    const drawable = relationshipTypes.filter((type) => {
      const drawn = drawnRelationships(type, finding.judgement as never, finding.participants).map((d) => `${d.from} ${d.type} ${d.to}`);
      return drawn.length === finding.edges.length && drawn.every((d) => finding.edges.includes(d));
    });
    expect(drawable.length, finding.edges.join('; ')).toBeGreaterThan(0);
  });

  it('draws nothing without a subject, and never a loop or a duplicate', () => {
    expect(drawnRelationships('FACES', null, [p('OBJECT', 'risk')])).toEqual([]);
    expect(drawnRelationships('FACES', null, [p('SUBJECT', 'a'), p('OBJECT', 'a'), p('OBJECT', 'b'), p('OBJECT', 'b')])).toEqual([{ from: 'a', type: 'FACES', to: 'b' }]);
  });

  it('draws a judgement to its theme before its object, and other types to the object before the theme', () => {
    const participants = [p('SUBJECT', 'force'), p('OBJECT', 'risk'), p('THEME', 'theme')];
    expect(drawnRelationships('NEEDS_IMPROVEMENT', 'AREA_FOR_IMPROVEMENT', participants)).toEqual([{ from: 'force', type: 'NEEDS_IMPROVEMENT', to: 'theme' }]);
    expect(drawnRelationships('FACES', null, participants)).toEqual([{ from: 'force', type: 'FACES', to: 'risk' }]);
    expect(drawnRelationships('HAS_STRENGTH', 'STRENGTH', [p('SUBJECT', 'force'), p('OBJECT', 'x')])).toEqual([{ from: 'force', type: 'HAS_STRENGTH', to: 'x' }]);
  });

  it('in WORKS_WITH, a purpose is a strength of the subject only when the finding is one', () => {
    const participants = [p('SUBJECT', 'force'), p('PARTNER', 'agencies'), p('PURPOSE', 'aim')];
    expect(drawnRelationships('WORKS_WITH', 'STRENGTH', participants)).toEqual([
      { from: 'force', type: 'WORKS_WITH', to: 'agencies' },
      { from: 'force', type: 'HAS_STRENGTH', to: 'aim' },
      { from: 'agencies', type: 'SUPPORTS', to: 'aim' },
    ]);
    expect(drawnRelationships('WORKS_WITH', null, participants)[1]).toEqual({ from: 'force', type: 'SUPPORTS', to: 'aim' });
  });
});
