// Generates fictional assessment files of any size for tests that write: an invented force, inspector and themes
// (ids fictional-…), every sentence written here, marked fictional.
import type { AssessmentFile, DraftEntry, EntityEntry, FindingEntry } from '../../server/assessments/assessment-file.ts';

export interface FictionalOptions {
  /** `fictional-<name>`: the assessment's id, and the prefix of the ids of its own entities. */
  name: string;
  sentences?: number;
  findingsPerSentence?: number;
  themes?: number;
  /** Entities (themes) shared with other generated assessments: their ids are used as they are. */
  sharedThemes?: string[];
}

const place = (name: string) => name.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');

export function fictionalAssessment(options: FictionalOptions): AssessmentFile {
  const id = `fictional-${options.name}`;
  const force = `${id}-constabulary`;
  const inspector = `${id}-inspector`;
  const sentenceCount = options.sentences ?? 6;
  const perSentence = options.findingsPerSentence ?? 2;
  const ownThemes = Array.from({ length: options.themes ?? 4 }, (_, k) => `${id}-theme-${k + 1}`);
  const themes = [...(options.sharedThemes ?? []), ...ownThemes];
  const forceName = `${place(options.name)} Constabulary`;

  const sentences = Array.from(
    { length: sentenceCount },
    (_, i) => `${forceName} is good at work on matter ${i + 1}, and it needs to improve its records of matter ${i + 1}.`,
  );
  const entities: EntityEntry[] = [
    { id: force, kind: 'FORCE', name: forceName, pillar: null, aliases: ['the force'], summary: `An invented police force (${id}).` },
    { id: inspector, kind: 'INSPECTOR', name: `HMI ${place(options.name)} Example`, pillar: null, aliases: [], summary: null },
    ...ownThemes.map((theme, k): EntityEntry => ({
      id: theme,
      kind: 'THEME',
      name: `Invented theme ${k + 1} of ${forceName}`,
      pillar: (['EFFECTIVENESS', 'EFFICIENCY', 'LEGITIMACY'] as const)[k % 3]!,
      aliases: k % 2 === 0 ? [`theme ${k + 1}`] : [],
      summary: k % 2 === 0 ? `An invented theme, number ${k + 1}.` : null,
    })),
  ];
  const findings: FindingEntry[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const strength = sentence.slice(0, sentence.indexOf(','));
    const improvement = sentence.slice(sentence.indexOf('it needs'), sentence.length - 1);
    for (let k = 1; k <= perSentence; k += 1) {
      const good = k % 2 === 1;
      const quote = good ? strength : improvement;
      const start = sentence.indexOf(quote);
      const theme = themes[(i * perSentence + k) % themes.length]!;
      const disputed = i === 1 && k === 2;
      findings.push({
        id: `${id}/s${i + 1}.${k}`,
        sentence: i + 1,
        start,
        end: start + quote.length,
        quote,
        judgement: good ? 'STRENGTH' : 'AREA_FOR_IMPROVEMENT',
        basis: i > 0 && k === 3 ? 'INFERRED' : 'STATED',
        status: 'ESTABLISHED',
        inferredFrom: i > 0 && k === 3 ? [i] : [],
        participants: [
          { entity: force, role: 'SUBJECT' },
          { entity: theme, role: 'THEME' },
        ],
        edges: [{ from: force, type: good ? 'HAS_STRENGTH' : 'NEEDS_IMPROVEMENT', to: theme }],
        review: disputed
          ? { status: 'DISPUTED', by: 'editor-example', at: '2026-11-30T10:15:00.250Z', reason: 'The records meant are not named.' }
          : { status: 'ACCEPTED', by: i === 0 ? null : 'editor-example', at: i === 0 ? null : '2026-11-30T09:00:00.000Z', reason: null },
      });
    }
  }
  // The inspector assesses the force: provenance, as the seed draws it.
  findings[0] = {
    ...findings[0]!,
    participants: [{ entity: inspector, role: 'SUBJECT' }, { entity: force, role: 'OBJECT' }],
    edges: [{ from: inspector, type: 'ASSESSES', to: force }],
    judgement: null,
  };
  const named = new Set([force, inspector, ...findings.flatMap((f) => [...f.participants.map((p) => p.entity), ...f.edges.map((e) => e.to)])]);
  return {
    format: 'peel-graph/assessment',
    version: 1,
    assessment: {
      id,
      title: `An invented assessment of ${forceName}`,
      force,
      inspector,
      kind: 'Fictional sample for tests',
      year: 2017,
      yearBasis: 'STATED',
      published: '2017-03-02',
      url: null,
      licence: null,
      fictional: true,
      file: `${id}.txt`,
      text: sentences.join(' '),
      sentences,
    },
    // Only the entities the findings name, as an export lists them.
    entities: entities.filter((e) => named.has(e.id)).sort((a, b) => (a.id < b.id ? -1 : 1)),
    findings,
  };
}

/** The two sentences of every fictional draft. */
export const fictionalDraftText = 'The force works well with the council. It needs to improve its records.';

/**
 * A draft of `fictional-<name>` as a whole-database export lists it: two sentences of its own, one finding (the
 * force works well with the council) accepted, nothing named that may be null, so each test sets what it needs.
 */
export function fictionalDraft(name: string, overrides: Partial<DraftEntry> = {}): DraftEntry {
  const force = { id: `fictional-${name}-constabulary`, name: `${place(name)} Constabulary`, kind: 'FORCE', existing: true } as const;
  return {
    id: 'draft-0a1b2c',
    assessment: `fictional-${name}`,
    title: 'A draft',
    force: { ...force },
    inspector: null,
    year: 2024,
    published: null,
    kind: 'PEEL',
    url: null,
    fictional: true,
    fromText: [],
    file: `${name}.txt`,
    format: 'text',
    text: fictionalDraftText,
    sentences: [
      { start: 0, end: 38 },
      { start: 39, end: fictionalDraftText.length },
    ],
    createdBy: 'alice',
    createdAt: '2026-12-01T09:00:00.000Z',
    publishedAt: null,
    findings: [
      {
        id: 'draft-0a1b2c/f1',
        number: 1,
        sentence: 1,
        start: 0,
        end: 37,
        quote: 'The force works well with the council',
        type: 'WORKS_WITH',
        judgement: 'STRENGTH',
        basis: 'STATED',
        status: 'ESTABLISHED',
        inferredFrom: [],
        participants: [
          { role: 'SUBJECT', entity: { ...force } },
          { role: 'PARTNER', entity: { id: 'the-council', name: 'The council', kind: 'PARTNER', existing: false } },
        ],
        review: { status: 'ACCEPTED', by: 'alice', at: '2026-12-01T09:05:00.000Z' },
        cue: 'works well with',
        confidence: 0.9,
        version: 2,
      },
    ],
    ...overrides,
  };
}
