// How the rows Neo4j returns become the repository's plain records: defaults for what older data lacks, and refusals.
import { Record as Neo4jRecord } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { type EntityRow, isoInstant, toAssessment, toEntity, toFinding, toFragment, toRelationship, toSource, toThemedFinding } from '../../server/graph/mappers.ts';

const fenmarsh: EntityRow = ['fenmarsh-constabulary', 'Fenmarsh Constabulary', 'A fictional force.', 'EFFECTIVENESS', ['Entity', 'Force'], 12, ['Fenmarsh Police']];

describe('toEntity', () => {
  it('reads every column of an entity row', () => {
    expect(toEntity(fenmarsh)).toEqual({
      id: 'fenmarsh-constabulary',
      name: 'Fenmarsh Constabulary',
      kind: 'FORCE',
      summary: 'A fictional force.',
      pillar: 'EFFECTIVENESS',
      degree: 12,
      aliases: ['Fenmarsh Police'],
    });
  });

  it('takes the kind from the first label that names one, whatever comes before it', () => {
    expect(toEntity(['vetting', 'Vetting', null, null, ['Entity', 'Searchable', 'Theme', 'Force'], 0]).kind).toBe('THEME');
  });

  it('fills what an entity lacks: no summary, pillar, degree or aliases', () => {
    expect(toEntity(['fenmarsh-victims', 'Victims', null, null, ['VictimGroup'], undefined])).toEqual({
      id: 'fenmarsh-victims',
      name: 'Victims',
      kind: 'VICTIM_GROUP',
      summary: null,
      pillar: null,
      degree: 0,
      aliases: [],
    });
    expect(toEntity(['greywater-police', 'Greywater Police', null, null, ['Force'], null]).degree).toBe(0);
  });

  it('drops a summary or pillar that is not what the model allows, and writes ids and aliases as strings', () => {
    const entity = toEntity([42, null, 7, 'COURAGE', ['Partner'], '3', ['Greywater', 5]]);
    expect(entity).toEqual({ id: '42', name: '', kind: 'PARTNER', summary: null, pillar: null, degree: 3, aliases: ['Greywater', '5'] });
    expect(toEntity(['x', 'X', null, 5, ['Risk'], 1, 'not a list']).aliases).toEqual([]);
  });

  it('refuses an entity with no kind label, naming it and its labels', () => {
    expect(() => toEntity(['stray', 'Stray', null, null, ['Entity', 'Searchable'], 0])).toThrow(
      new Error('entity stray has no known kind label (labels: Entity, Searchable)'),
    );
    expect(() => toEntity(['bare', 'Bare', null, null, null, 0])).toThrow(new Error('entity bare has no known kind label (labels: )'));
  });
});

describe('toRelationship', () => {
  it('reads every column of a relationship row', () => {
    expect(
      toRelationship([
        'r1',
        'NEEDS_IMPROVEMENT',
        'fenmarsh-constabulary',
        'vetting',
        'AREA_FOR_IMPROVEMENT',
        'The force should improve its vetting.',
        4,
        'fenmarsh-2026',
        'fenmarsh-2026/s4.1',
        'INFERRED',
        'PLANNED',
        3,
        40,
        'DISPUTED',
      ]),
    ).toEqual({
      id: 'r1',
      type: 'NEEDS_IMPROVEMENT',
      from: 'fenmarsh-constabulary',
      to: 'vetting',
      judgement: 'AREA_FOR_IMPROVEMENT',
      quote: 'The force should improve its vetting.',
      sentence: 4,
      sourceId: 'fenmarsh-2026',
      findingId: 'fenmarsh-2026/s4.1',
      basis: 'INFERRED',
      status: 'PLANNED',
      start: 3,
      end: 40,
      review: 'DISPUTED',
    });
  });

  it('gives a relationship drawn before findings had them a stated, established, accepted citation without offsets', () => {
    expect(toRelationship(['r2', 'WORKS_WITH', 'greywater-police', 'greywater-council', null, 'They work together.', '2', 'greywater-2025'])).toEqual({
      id: 'r2',
      type: 'WORKS_WITH',
      from: 'greywater-police',
      to: 'greywater-council',
      judgement: null,
      quote: 'They work together.',
      sentence: 2,
      sourceId: 'greywater-2025',
      findingId: null,
      basis: 'STATED',
      status: 'ESTABLISHED',
      start: null,
      end: null,
      review: 'ACCEPTED',
    });
  });

  it('reads null offsets as none, and a zero offset as zero', () => {
    const row = ['r3', 'SAFEGUARDS', 'a', 'b', 'STRENGTH', 'q', 1, 's', null, null, null, null, null, null] as const;
    expect(toRelationship([...row])).toMatchObject({ start: null, end: null, basis: 'STATED', status: 'ESTABLISHED', review: 'ACCEPTED' });
    expect(toRelationship(['r3', 'SAFEGUARDS', 'a', 'b', 'STRENGTH', 'q', 1, 's', null, null, null, 0, '9', null])).toMatchObject({ start: 0, end: 9 });
  });

  it('drops values outside the model instead of passing them on', () => {
    expect(toRelationship(['r4', 'TACKLES', 'a', 'b', 'SPLENDID', 'q', 1, 's', 17, 'GUESSED', 'DONE', 1, 2, 'MAYBE'])).toMatchObject({
      judgement: null,
      findingId: null,
      basis: 'STATED',
      status: 'ESTABLISHED',
      review: 'ACCEPTED',
    });
  });

  it('refuses a relationship of a type the model does not have', () => {
    expect(() => toRelationship(['r5', 'LIKES', 'a', 'b', null, 'q', 1, 's'])).toThrow(new Error('relationship r5 has unknown type LIKES'));
    expect(() => toRelationship(['r6', null, 'a', 'b', null, 'q', 1, 's'])).toThrow(new Error('relationship r6 has unknown type '));
  });
});

describe('toFinding', () => {
  it('reads every column of a finding row, participants by entity id and relationship ids in order', () => {
    const reviewedAt = Date.UTC(2026, 10, 3, 9, 30, 15, 250);
    expect(
      toFinding([
        'fenmarsh-2026/s4.1',
        'fenmarsh-2026',
        4,
        'CAUSE_OF_CONCERN',
        'INFERRED',
        'NOT_YET',
        'It has yet to act.',
        5,
        23,
        [2, '3'],
        [
          ['vetting', 'OBJECT'],
          ['fenmarsh-constabulary', 'SUBJECT'],
          ['greywater-council', 'PARTNER'],
        ],
        ['r9', 'r10', 'r1'],
        'DISPUTED',
        'reviewer@fenmarsh.example',
        reviewedAt,
        'the sentence says otherwise',
      ]),
    ).toEqual({
      id: 'fenmarsh-2026/s4.1',
      assessmentId: 'fenmarsh-2026',
      sentence: 4,
      judgement: 'CAUSE_OF_CONCERN',
      basis: 'INFERRED',
      status: 'NOT_YET',
      quote: 'It has yet to act.',
      start: 5,
      end: 23,
      inferredFrom: [2, 3],
      participants: [
        { entityId: 'fenmarsh-constabulary', role: 'SUBJECT' },
        { entityId: 'greywater-council', role: 'PARTNER' },
        { entityId: 'vetting', role: 'OBJECT' },
      ],
      relationshipIds: ['r1', 'r10', 'r9'],
      review: { status: 'DISPUTED', by: 'reviewer@fenmarsh.example', at: '2026-11-03T09:30:15.250Z', reason: 'the sentence says otherwise' },
    });
  });

  it('gives a finding stored before reviews were recorded an accepted review by nobody, and empty lists for missing ones', () => {
    expect(toFinding(['seed/s1.1', 'seed', '1', null, null, null, 'q', '0', '1', null, null, null, null, null, null, null])).toEqual({
      id: 'seed/s1.1',
      assessmentId: 'seed',
      sentence: 1,
      judgement: null,
      basis: 'STATED',
      status: 'ESTABLISHED',
      quote: 'q',
      start: 0,
      end: 1,
      inferredFrom: [],
      participants: [],
      relationshipIds: [],
      review: { status: 'ACCEPTED', by: null, at: null, reason: null },
    });
  });

  it('reads a review time only from milliseconds, and review fields only from strings', () => {
    const finding = toFinding(['f', 'a', 1, 'STRENGTH', 'STATED', 'EXPLORING', 'q', 0, 1, [], [[7, null]], [3], 'REJECTED', 12, '2026-01-01', 0]);
    expect(finding.review).toEqual({ status: 'REJECTED', by: null, at: null, reason: null });
    expect(finding.participants).toEqual([{ entityId: '7', role: '' }]);
    expect(finding.relationshipIds).toEqual(['3']);
    expect(finding.status).toBe('EXPLORING');
    expect(toFinding(['f', 'a', 1, null, null, null, 'q', 0, 1, [], [], [], null, null, 0, null]).review.at).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('toAssessment', () => {
  it('reads every field of an assessment', () => {
    const stored = {
      id: 'fenmarsh-2026',
      title: 'Fenmarsh Constabulary inspection 2026',
      forceId: 'fenmarsh-constabulary',
      inspectorId: 'hm-inspector-ashdown',
      year: 2026,
      yearBasis: 'INFERRED',
      published: '2026-11-01',
      kind: 'thematic',
      url: 'https://example.org/fenmarsh-2026',
      licence: 'OGL-3.0',
      fictional: true,
    };
    // Every field is read as stored: the record is the row, field for field.
    expect(toAssessment({ ...stored })).toEqual(stored);
  });

  it('reads what an assessment does not state as unknown, an absent kind as an assessment, and only true as fictional', () => {
    expect(toAssessment({ id: 'greywater-2025', title: 'Greywater Police', fictional: 'true' })).toEqual({
      id: 'greywater-2025',
      title: 'Greywater Police',
      forceId: null,
      inspectorId: null,
      year: null,
      yearBasis: null,
      published: null,
      kind: 'assessment',
      url: null,
      licence: null,
      fictional: false,
    });
    expect(toAssessment({ id: 'a', title: 't', year: null, yearBasis: 'SOMETIME' })).toMatchObject({ year: null, yearBasis: null });
    expect(toAssessment({ id: 'a', title: 't', year: '2024', yearBasis: 'STATED' })).toMatchObject({ year: 2024, yearBasis: 'STATED' });
  });
});

describe('toSource', () => {
  it('reads a source and its sentences as strings, or none when the list is missing', () => {
    expect(toSource({ id: 'fenmarsh-2026', title: 'Fenmarsh', text: 'One. Two.', sentences: ['One.', 'Two.', 3] })).toEqual({
      id: 'fenmarsh-2026',
      title: 'Fenmarsh',
      text: 'One. Two.',
      sentences: ['One.', 'Two.', '3'],
    });
    expect(toSource({ id: 's' })).toEqual({ id: 's', title: '', text: '', sentences: [] });
  });
});

describe('toFragment', () => {
  const relationship = ['r1', 'WORKS_WITH', 'fenmarsh-constabulary', 'greywater-council', null, 'q', 1, 'fenmarsh-2026'];
  const source = { id: 'fenmarsh-2026', title: 'Fenmarsh', text: 'q', sentences: ['q'] };

  it('reads the columns of a graph query, each entity, relationship, source and id once', () => {
    const record = new Neo4jRecord(
      ['nodeIds', 'relationshipIds', 'entities', 'relationships', 'sources', 'complete'],
      [
        ['fenmarsh-constabulary', 'greywater-council', 'fenmarsh-constabulary'],
        ['r1', 'r1'],
        [fenmarsh, fenmarsh, ['greywater-council', 'Greywater Council', null, null, ['Partner'], 1]],
        [relationship, relationship],
        [source, source],
        ['greywater-council'],
      ],
    );
    const fragment = toFragment(record);
    expect(fragment).toEqual({
      nodeIds: ['fenmarsh-constabulary', 'greywater-council'],
      relationshipIds: ['r1'],
      entities: [toEntity(fenmarsh), toEntity(['greywater-council', 'Greywater Council', null, null, ['Partner'], 1])],
      relationships: [toRelationship(relationship as Parameters<typeof toRelationship>[0])],
      sources: [source],
      complete: ['greywater-council'],
    });
    expect('findings' in fragment).toBe(false);
    expect('assessments' in fragment).toBe(false);
  });

  it('reads null columns as empty lists', () => {
    const record = new Neo4jRecord(['nodeIds', 'relationshipIds', 'entities', 'relationships', 'sources', 'complete'], [null, null, null, null, null, null]);
    expect(toFragment(record)).toEqual({ nodeIds: [], relationshipIds: [], entities: [], relationships: [], sources: [], complete: [] });
  });

  it('reads findings and assessments when the query returns them, each once', () => {
    const finding = ['fenmarsh-2026/s1.1', 'fenmarsh-2026', 1, 'STRENGTH', 'STATED', 'ESTABLISHED', 'q', 0, 1, [], [], ['r1'], 'ACCEPTED', null, null, null];
    const assessment = { id: 'fenmarsh-2026', title: 'Fenmarsh', fictional: true };
    const record = new Neo4jRecord(
      ['nodeIds', 'relationshipIds', 'entities', 'relationships', 'sources', 'complete', 'findings', 'assessments'],
      [[], [], [], [], [], [], [finding, finding], [assessment, assessment]],
    );
    const fragment = toFragment(record);
    expect(fragment.findings).toEqual([toFinding(finding as Parameters<typeof toFinding>[0])]);
    expect(fragment.assessments).toEqual([toAssessment(assessment)]);
    const empty = toFragment(
      new Neo4jRecord(['nodeIds', 'relationshipIds', 'entities', 'relationships', 'sources', 'complete', 'findings', 'assessments'], [[], [], [], [], [], [], null, null]),
    );
    expect(empty.findings).toEqual([]);
    expect(empty.assessments).toEqual([]);
  });
});

describe('toThemedFinding', () => {
  const row = ['fenmarsh-2026/s4.1', 'fenmarsh-2026', 'fenmarsh-constabulary', '4', 'The force safeguards victims well.', 'safeguards victims', 'STRENGTH', 'victims'];

  it('reads a themed finding with the types it draws from its force', () => {
    const drawn = new Map([
      [
        'fenmarsh-2026/s4.1',
        [
          ['WORKS_WITH', 'greywater-council'],
          ['SAFEGUARDS', 'fenmarsh-constabulary'],
          ['HAS_STRENGTH', 'fenmarsh-constabulary'],
        ] as [string, string][],
      ],
      ['other', [['TACKLES', 'fenmarsh-constabulary']] as [string, string][]],
    ]);
    expect(toThemedFinding(row, drawn)).toEqual({
      id: 'fenmarsh-2026/s4.1',
      assessmentId: 'fenmarsh-2026',
      forceId: 'fenmarsh-constabulary',
      sentence: 4,
      sentenceText: 'The force safeguards victims well.',
      quote: 'safeguards victims',
      judgement: 'STRENGTH',
      themeId: 'victims',
      types: ['SAFEGUARDS', 'HAS_STRENGTH'],
    });
  });

  it('takes all the types it draws when none starts at its force, leaving out types the model does not have', () => {
    const drawn = new Map([
      [
        'fenmarsh-2026/s4.1',
        [
          ['WORKS_WITH', 'greywater-council'],
          ['LIKES', 'greywater-council'],
          ['INFORMS', 'greywater-panel'],
        ] as [string, string][],
      ],
    ]);
    expect(toThemedFinding(row, drawn).types).toEqual(['WORKS_WITH', 'INFORMS']);
  });

  it('draws no types when the finding draws nothing, and drops a judgement outside the model', () => {
    expect(toThemedFinding(row).types).toEqual([]);
    const themed = toThemedFinding(['f', 'a', 'force', 1, 's', 'q', 'GOOD', 't'], new Map());
    expect(themed.judgement).toBeNull();
    expect(themed.types).toEqual([]);
  });
});

describe('isoInstant', () => {
  it('spells an instant with milliseconds whether Neo4j printed it short or gave epoch milliseconds, and nothing as null', () => {
    expect([isoInstant('2026-11-02T10:00:00.5Z'), isoInstant('2026-11-02T10:00:00Z'), isoInstant(1_700_000_000_250), isoInstant(null), isoInstant(undefined)]).toEqual([
      '2026-11-02T10:00:00.500Z',
      '2026-11-02T10:00:00.000Z',
      '2023-11-14T22:13:20.250Z',
      null,
      null,
    ]);
  });
});
