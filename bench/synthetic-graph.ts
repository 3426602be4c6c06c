// Generates a synthetic peel-graph at any scale: N forces × M yearly assessments, each a :Source with cited facts.
import type { Judgement, Pillar, RelationshipType } from '../server/graph/records.ts';
import { mixSeed, pick, seededRandom, skewedIndex, uniformIndex } from './random.ts';
import { communityKinds, partnerKinds, powers, risks, themeSettings, themeTopics, verdicts, victimGroups } from './synthetic-vocabulary.ts';

export interface SyntheticSize {
  forces: number;
  assessmentsPerForce: number;
  factsPerAssessment: number;
  /** The same seed and sizes give the same graph, byte for byte. */
  seed: number;
}

/** Kind labels as in the real model; the loader adds :Entity and :Synthetic. */
export type SyntheticLabel = 'Force' | 'Inspector' | 'Theme' | 'Partner' | 'VictimGroup' | 'Risk' | 'Power' | 'Community';

export interface SyntheticEntity {
  id: string;
  label: SyntheticLabel;
  name: string;
  summary: string;
  pillar: Pillar | null;
}

export interface SyntheticSource {
  id: string;
  title: string;
  forceId: string;
  inspectorId: string;
  year: number;
  sentences: string[];
  text: string;
}

export interface SyntheticFact {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  source: string;
  sentence: number;
  judgement: Judgement;
  evidence: string;
}

export interface SyntheticAssessment {
  source: SyntheticSource;
  facts: SyntheticFact[];
}

/** How many of each shared entity, and of each force's own, a size implies. */
export interface SyntheticPools {
  themes: number;
  victimGroups: number;
  risks: number;
  powers: number;
  inspectors: number;
  namedPartners: number;
  partnersPerForce: number;
  communitiesPerForce: number;
}

/** Every synthetic id starts with this, so no synthetic id can equal one of the real graph's. */
export const syntheticPrefix = 'syn-';
export const firstYear = 2014;

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

export function poolsFor(size: SyntheticSize): SyntheticPools {
  const partnersPerForce = clamp(Math.ceil((size.assessmentsPerForce * size.factsPerAssessment) / 20), 2, 100);
  return {
    themes: Math.max(8, size.forces * 2),
    victimGroups: Math.max(4, Math.round(size.forces * 1.6)),
    risks: Math.max(4, Math.round(size.forces * 1.6)),
    powers: Math.max(2, Math.round(size.forces * 0.4)),
    inspectors: Math.max(1, Math.round(size.forces / 5)),
    namedPartners: Math.max(2, size.forces * 5),
    partnersPerForce,
    communitiesPerForce: clamp(Math.ceil(partnersPerForce * 0.6), 1, 60),
  };
}

/** The ids of the synthetic graph, by formula, so a bench can name entities without generating the graph. */
export const syntheticIds = {
  place: (force: number) => `${syntheticPrefix}f${pad(force, 4)}`,
  force: (force: number) => `${syntheticIds.place(force)}-police`,
  forcePartner: (force: number, k: number) => `${syntheticIds.place(force)}-partner-${pad(k, 3)}`,
  community: (force: number, k: number) => `${syntheticIds.place(force)}-community-${pad(k, 3)}`,
  theme: (i: number) => `${syntheticPrefix}theme-${pad(i, 5)}`,
  victimGroup: (i: number) => `${syntheticPrefix}victims-${pad(i, 5)}`,
  risk: (i: number) => `${syntheticPrefix}risk-${pad(i, 5)}`,
  power: (i: number) => `${syntheticPrefix}power-${pad(i, 5)}`,
  inspector: (i: number) => `${syntheticPrefix}hmi-${pad(i, 4)}`,
  namedPartner: (i: number) => `${syntheticPrefix}partner-${pad(i, 5)}`,
  source: (force: number, year: number) =>
    year === 0 ? `${syntheticIds.place(force)}-peel-assessment` : `${syntheticIds.place(force)}-peel-assessment-${firstYear + year}`,
};

const forceName = (force: number) => `Synthetic Force ${pad(force, 4)} Police`;
const themePhrase = (i: number) => `${themeTopics[i % themeTopics.length]!.phrase} ${themeSettings[Math.floor(i / themeTopics.length) % themeSettings.length]}`;
const partnerPhrase = (i: number) => partnerKinds[i % partnerKinds.length]!;

/** One clause of a sentence and the facts whose evidence it is (the whole sentence when `clause` is absent). */
interface Statement {
  text: string;
  facts: { type: RelationshipType; from: string; to: string; judgement: SyntheticFact['judgement']; clause?: string }[];
}

export class SyntheticGraph {
  readonly pools: SyntheticPools;

  constructor(readonly size: SyntheticSize) {
    this.pools = poolsFor(size);
  }

  get entityCount(): number {
    const p = this.pools;
    const shared = p.themes + p.victimGroups + p.risks + p.powers + p.inspectors + p.namedPartners;
    return shared + this.size.forces * (1 + p.partnersPerForce + p.communitiesPerForce);
  }

  get sourceCount(): number {
    return this.size.forces * this.size.assessmentsPerForce;
  }

  get factCount(): number {
    return this.sourceCount * this.size.factsPerAssessment;
  }

  *entities(): Generator<SyntheticEntity> {
    const p = this.pools;
    const summary = (what: string) => `Synthetic ${what}, generated for benchmarks; not from any report.`;
    for (let i = 0; i < p.inspectors; i += 1) {
      yield { id: syntheticIds.inspector(i), label: 'Inspector', name: `Synthetic HMI ${pad(i, 4)}`, summary: summary('inspector'), pillar: null };
    }
    for (let i = 0; i < p.themes; i += 1) {
      const topic = themeTopics[i % themeTopics.length]!;
      yield { id: syntheticIds.theme(i), label: 'Theme', name: `${capitalise(themePhrase(i))} (synthetic ${i})`, summary: summary(`theme: ${themePhrase(i)}`), pillar: topic.pillar };
    }
    for (let i = 0; i < p.victimGroups; i += 1) {
      const phrase = victimGroups[i % victimGroups.length]!;
      yield { id: syntheticIds.victimGroup(i), label: 'VictimGroup', name: `${capitalise(phrase)} (synthetic ${i})`, summary: summary(`group: ${phrase}`), pillar: null };
    }
    for (let i = 0; i < p.risks; i += 1) {
      const phrase = risks[i % risks.length]!;
      yield { id: syntheticIds.risk(i), label: 'Risk', name: `${capitalise(phrase)} (synthetic ${i})`, summary: summary(`risk: ${phrase}`), pillar: null };
    }
    for (let i = 0; i < p.powers; i += 1) {
      const phrase = powers[i % powers.length]!;
      yield { id: syntheticIds.power(i), label: 'Power', name: `${capitalise(phrase)} (synthetic ${i})`, summary: summary(`power: ${phrase}`), pillar: null };
    }
    for (let i = 0; i < p.namedPartners; i += 1) {
      yield { id: syntheticIds.namedPartner(i), label: 'Partner', name: `Synthetic ${partnerPhrase(i)} ${i}`, summary: summary(`partner: ${partnerPhrase(i)}`), pillar: null };
    }
    for (let f = 0; f < this.size.forces; f += 1) {
      yield { id: syntheticIds.force(f), label: 'Force', name: forceName(f), summary: summary('police force'), pillar: null };
      for (let k = 0; k < p.partnersPerForce; k += 1) {
        yield { id: syntheticIds.forcePartner(f, k), label: 'Partner', name: `${capitalise(partnerPhrase(k))} of ${forceName(f)} (${k})`, summary: summary('partner of one force'), pillar: null };
      }
      for (let k = 0; k < p.communitiesPerForce; k += 1) {
        const kind = communityKinds[k % communityKinds.length]!;
        yield { id: syntheticIds.community(f, k), label: 'Community', name: `${capitalise(kind)} of ${forceName(f)} area ${k}`, summary: summary('community of one force'), pillar: null };
      }
    }
  }

  *assessments(): Generator<SyntheticAssessment> {
    for (let f = 0; f < this.size.forces; f += 1) {
      for (let y = 0; y < this.size.assessmentsPerForce; y += 1) yield this.assessment(f, y);
    }
  }

  /** One report: sentence 1 is the inspector's verdict, the rest are findings until the report has its facts. */
  assessment(force: number, year: number): SyntheticAssessment {
    const random = seededRandom(mixSeed(this.size.seed, force, year));
    const p = this.pools;
    const sourceId = syntheticIds.source(force, year);
    const forceId = syntheticIds.force(force);
    const inspector = (force + year) % p.inspectors;
    const inspectorId = syntheticIds.inspector(inspector);
    let partnerTurn = year * 7;
    let communityTurn = year * 5;

    // Shared entities come skewed, so a few themes and risks are in most reports, as real ones are.
    const theme = () => skewedIndex(random, p.themes);
    const victims = () => skewedIndex(random, p.victimGroups);
    const risk = () => skewedIndex(random, p.risks);
    const power = () => skewedIndex(random, p.powers);
    // A force's partners are mostly its own (taken in turn, so each appears); some are shared organisations.
    const partner = (): { id: string; phrase: string } => {
      if (random() < 0.3) {
        const i = skewedIndex(random, p.namedPartners, 2);
        return { id: syntheticIds.namedPartner(i), phrase: `Synthetic ${partnerPhrase(i)} ${i}` };
      }
      const k = partnerTurn++ % p.partnersPerForce;
      return { id: syntheticIds.forcePartner(force, k), phrase: `its ${partnerPhrase(k)} (${k})` };
    };
    const community = () => {
      const k = communityTurn++ % p.communitiesPerForce;
      return { id: syntheticIds.community(force, k), phrase: `${communityKinds[k % communityKinds.length]} in area ${k}` };
    };

    const templates: [number, () => Statement][] = [
      [20, () => {
        const t = theme();
        return { text: `The force is good at ${themePhrase(t)}.`, facts: [{ type: 'HAS_STRENGTH', from: forceId, to: syntheticIds.theme(t), judgement: 'STRENGTH' }] };
      }],
      [8, () => {
        const t = theme();
        return { text: `The force has improved its approach to ${themePhrase(t)} since the last inspection.`, facts: [{ type: 'IMPROVED', from: forceId, to: syntheticIds.theme(t), judgement: 'IMPROVED' }] };
      }],
      [10, () => {
        const t = theme();
        return random() < 0.15
          ? { text: `The way the force approaches ${themePhrase(t)} is a cause of concern.`, facts: [{ type: 'NEEDS_IMPROVEMENT', from: forceId, to: syntheticIds.theme(t), judgement: 'CAUSE_OF_CONCERN' }] }
          : { text: `The force needs to improve ${themePhrase(t)}.`, facts: [{ type: 'NEEDS_IMPROVEMENT', from: forceId, to: syntheticIds.theme(t), judgement: 'AREA_FOR_IMPROVEMENT' }] };
      }],
      [8, () => {
        const [v, w, r] = [victims(), power(), risk()];
        const first = `The force supports ${victimGroups[v % victimGroups.length]} well`;
        const second = `it uses ${powers[w % powers.length]} to restrict ${risks[r % risks.length]}`;
        return {
          text: `${first}, and ${second}.`,
          facts: [
            { type: 'SAFEGUARDS', from: forceId, to: syntheticIds.victimGroup(v), judgement: 'STRENGTH', clause: first },
            { type: 'USES', from: forceId, to: syntheticIds.power(w), judgement: 'STRENGTH', clause: second },
            { type: 'RESTRICTS', from: syntheticIds.power(w), to: syntheticIds.risk(r), judgement: 'STRENGTH', clause: second },
            { type: 'THREATENS', from: syntheticIds.risk(r), to: syntheticIds.victimGroup(v), judgement: 'STRENGTH' },
          ],
        };
      }],
      [14, () => {
        const [who, t] = [partner(), theme()];
        return {
          text: `The force works well with ${who.phrase} on ${themePhrase(t)}.`,
          facts: [
            { type: 'WORKS_WITH', from: forceId, to: who.id, judgement: 'STRENGTH' },
            { type: 'HAS_STRENGTH', from: forceId, to: syntheticIds.theme(t), judgement: 'STRENGTH' },
            { type: 'SUPPORTS', from: who.id, to: syntheticIds.theme(t), judgement: 'STRENGTH' },
          ],
        };
      }],
      [8, () => {
        const [r, who] = [risk(), partner()];
        const first = `The force understands the threat from ${risks[r % risks.length]}`;
        const second = `${who.phrase} shares data that helps it`;
        return {
          text: `${first}, and ${second}.`,
          facts: [
            { type: 'FACES', from: forceId, to: syntheticIds.risk(r), judgement: 'STRENGTH', clause: first },
            { type: 'INFORMS', from: who.id, to: syntheticIds.risk(r), judgement: 'STRENGTH', clause: second },
          ],
        };
      }],
      [8, () => {
        const [who, r] = [partner(), risk()];
        return { text: `${capitalise(who.phrase)} helps the force to tackle ${risks[r % risks.length]}.`, facts: [{ type: 'TACKLES', from: who.id, to: syntheticIds.risk(r), judgement: 'STRENGTH' }] };
      }],
      [10, () => {
        if (random() < 0.7) {
          const c = community();
          return { text: `The force builds strong links with ${c.phrase}.`, facts: [{ type: 'ENGAGES', from: forceId, to: c.id, judgement: 'STRENGTH' }] };
        }
        const v = victims();
        return { text: `The force seeks the views of ${victimGroups[v % victimGroups.length]}.`, facts: [{ type: 'ENGAGES', from: forceId, to: syntheticIds.victimGroup(v), judgement: 'STRENGTH' }] };
      }],
      [6, () => {
        const [r, v] = [risk(), victims()];
        return {
          text: `The force needs to do more to understand how ${risks[r % risks.length]} affects ${victimGroups[v % victimGroups.length]}.`,
          facts: [
            { type: 'NEEDS_IMPROVEMENT', from: forceId, to: syntheticIds.risk(r), judgement: 'AREA_FOR_IMPROVEMENT' },
            { type: 'THREATENS', from: syntheticIds.risk(r), to: syntheticIds.victimGroup(v), judgement: 'AREA_FOR_IMPROVEMENT' },
          ],
        };
      }],
      [8, () => {
        const [good, weak] = [theme(), theme()];
        const first = `The force makes good use of ${themePhrase(good)}`;
        const second = `it needs to improve ${themePhrase(weak)}`;
        return {
          text: `${first}, but ${second}.`,
          facts: [
            { type: 'HAS_STRENGTH', from: forceId, to: syntheticIds.theme(good), judgement: 'STRENGTH', clause: first },
            { type: 'NEEDS_IMPROVEMENT', from: forceId, to: syntheticIds.theme(weak), judgement: 'AREA_FOR_IMPROVEMENT', clause: second },
          ],
        };
      }],
    ];
    const totalWeight = templates.reduce((sum, [weight]) => sum + weight, 0);
    const nextStatement = (): Statement => {
      let roll = random() * totalWeight;
      for (const [weight, make] of templates) {
        roll -= weight;
        if (roll < 0) return make();
      }
      return templates[0]![1]();
    };

    const verdict = pick(random, verdicts);
    const opening: Statement = {
      text: `I am ${verdict} with the performance of ${forceName(force)} in ${firstYear + year}.`,
      facts: [{ type: 'ASSESSES', from: inspectorId, to: forceId, judgement: verdict.includes('pleased') || verdict === 'encouraged' ? 'STRENGTH' : 'AREA_FOR_IMPROVEMENT' }],
    };

    const sentences: string[] = [];
    const facts: SyntheticFact[] = [];
    const seen = new Set<string>();
    for (let statement = opening; facts.length < this.size.factsPerAssessment; statement = nextStatement()) {
      sentences.push(statement.text);
      const sentence = sentences.length;
      for (const fact of statement.facts) {
        if (facts.length >= this.size.factsPerAssessment) break;
        const id = `${sourceId}/s${sentence}/${fact.from}/${fact.type.toLowerCase()}/${fact.to}`;
        // A sentence states a fact once (the model's id rule); a repeated pick within one sentence is dropped.
        if (seen.has(id)) continue;
        seen.add(id);
        facts.push({ id, type: fact.type, from: fact.from, to: fact.to, source: sourceId, sentence, judgement: fact.judgement, evidence: fact.clause ?? statement.text });
      }
    }
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
    const source: SyntheticSource = {
      id: sourceId,
      title: `Synthetic HMI ${pad(inspector, 4)}'s assessment of ${forceName(force)}, ${firstYear + year}`,
      forceId,
      inspectorId,
      year: firstYear + year,
      sentences,
      text: paragraphs.join('\n\n'),
    };
    return { source, facts };
  }
}

/** Draws entity ids for queries from the graph's own formulas: the same picks on every run. */
export function sampleIds(graph: SyntheticGraph, seed: number) {
  const random = seededRandom(mixSeed(graph.size.seed, seed));
  const { forces } = graph.size;
  const p = graph.pools;
  return {
    force: () => syntheticIds.force(uniformIndex(random, forces)),
    forcePartner: () => syntheticIds.forcePartner(uniformIndex(random, forces), uniformIndex(random, p.partnersPerForce)),
    namedPartner: () => syntheticIds.namedPartner(uniformIndex(random, p.namedPartners)),
    theme: () => syntheticIds.theme(uniformIndex(random, p.themes)),
    risk: () => syntheticIds.risk(uniformIndex(random, p.risks)),
    victimGroup: () => syntheticIds.victimGroup(uniformIndex(random, p.victimGroups)),
    community: () => syntheticIds.community(uniformIndex(random, forces), uniformIndex(random, p.communitiesPerForce)),
    source: () => syntheticIds.source(uniformIndex(random, forces), uniformIndex(random, graph.size.assessmentsPerForce)),
    random,
  };
}
