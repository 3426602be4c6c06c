// Stage 3: draft findings from sentences, offline and deterministic. Each clause's cue gives the judgement and
// status (DOMAIN.md "From words to judgements"), the entities it names give the participants, and the pairing
// of a cue with the kinds of entity gives the relationship type. Every finding cites a verbatim span and says
// which cue and rule produced it, so a reviewer sees why.
import type { RelationshipType } from '../graph/records.ts';
import { anaphora, type FindingStatus, type Judgement, judgementCues, overallThemeId, overallVerdict, pastFinding, peopleOfPlace, recommendation, relationCues } from './lexicon.ts';
import { type EntityLinker, type LinkedEntity, type Mention, slug } from './link-entities.ts';
import { analyse, type Token } from './nlp.ts';
import type { Sentence } from './sentences.ts';

export type { RelationshipType };
export type Role = 'SUBJECT' | 'OBJECT' | 'PARTNER' | 'PURPOSE' | 'THEME';
export type Basis = 'STATED' | 'INFERRED';

export interface Participant extends LinkedEntity {
  role: Role;
}

export interface DraftFinding {
  /** 1-based number of the sentence that states it. */
  sentence: number;
  judgement: Judgement | null;
  type: RelationshipType;
  participants: Participant[];
  basis: Basis;
  status: FindingStatus;
  /** Verbatim: sentence.text.slice(start, end) === quote. */
  quote: string;
  start: number;
  end: number;
  confidence: number;
  /** The words and the rule that produced the finding. */
  cue: string;
  /** Other sentences the finding draws on. */
  inferredFrom: number[];
}

export interface DraftContext {
  force: LinkedEntity;
  inspector?: LinkedEntity;
  linker: EntityLinker;
}

interface Clause {
  start: number;
  end: number;
  /** Where the clause's own words begin, after a joining "and", "although" or "However,". */
  contentStart: number;
  connective?: string;
}

interface Cue {
  judgement: Judgement | null;
  status: FindingStatus;
  confidence: number;
  phrase: string;
  start: number;
  end: number;
  negated: boolean;
}

const contrast = /^(?:however,?|but|although|though|while|whereas|yet|nevertheless,?)\s+/i;
const joining = /^(?:and|also|,)\s+/i;
/** Contrasts set off by a comma, which the comma before a subject ("However, the force …") cuts from their clause. */
const contrastAlone = /^(?:however|nevertheless)$/i;

/**
 * Clauses: ", and", ";", ", but", ", although", ", which" and "and" before a verb agreeing with the subject
 * ("supports victims … well and makes good use of powers") start a new clause; "and to …" or a list of
 * verbs in the infinitive ("reduce demand, pool resources and improve") does not.
 */
export function splitClauses(text: string, tokens: Token[]): Clause[] {
  const cuts: { at: number; content: number; connective: string }[] = [];
  const boundary = /(,\s+(?:and|but|although|though|while|whereas|which|when)\s|;\s+|,\s+(?=it\s|they\s|the force\s))/gi;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const connective = match[0].replace(/[,;]/g, '').trim().toLowerCase();
    // "which" stays in the clause it opens: the reviewed reading quotes "which gives it strong links …".
    // Stryker disable next-line StringLiteral: from the comma, the joining ", " is stripped below, which lands on "which" all the same
    const content = connective === 'which' ? match.index + match[0].indexOf('which') : match.index + match[0].length;
    cuts.push({ at: match.index, content, connective: connective || ';' });
  }
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (token.value.toLowerCase() !== 'and' || !next || tokens[i - 1]?.value === ',') return;
    // A verb in the third person after "and" ("and makes"): not an infinitive in a list ("and improve"), nor a
    // participle that reads as an adjective ("serious and organised crime").
    if ((next.pos === 'VERB' || next.pos === 'AUX') && /[^s]s$/i.test(next.value)) {
      cuts.push({ at: token.start - 1, content: token.start, connective: 'and' });
    }
  });
  cuts.sort((a, b) => a.at - b.at);
  const clauses: Clause[] = [];
  let start = 0;
  let content = 0;
  let connective: string | undefined;
  for (const cut of cuts) {
    clauses.push({ start, end: cut.at, contentStart: content, connective });
    start = cut.at;
    content = cut.content;
    connective = cut.connective;
  }
  clauses.push({ start, end: text.length, contentStart: content, connective });
  // "However, the force needs …": the comma before "the force" cut "However" off the clause it opens; join them.
  for (let i = clauses.length - 2; i >= 0; i -= 1) {
    const [alone, next] = [clauses[i]!, clauses[i + 1]!];
    if (contrastAlone.test(text.slice(alone.contentStart, alone.end).trim()) && next.connective === ';') {
      clauses.splice(i, 2, { ...alone, end: next.end });
    }
  }
  // The contrast is the clause's connective, its words start after it. A contrast tells more than the bare
  // punctuation it follows ("; however, …"), less than a joining word it follows (", and yet …").
  for (const clause of clauses) {
    const own = text.slice(clause.contentStart, clause.end);
    const lead = contrast.exec(own) ?? joining.exec(own);
    if (lead) {
      const word = lead[0].replace(',', '').trim().toLowerCase();
      if (clause.connective === undefined || (clause.connective === ';' && contrast.test(lead[0]))) clause.connective = word;
      clause.contentStart += lead[0].length;
    }
  }
  return clauses.filter((c) => /[a-z]/i.test(text.slice(c.contentStart, c.end)));
}

function phrasePattern(phrase: string): RegExp {
  const body = phrase.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return new RegExp(`(?<![\\w-])${body}(?![\\w-])`, 'i');
}
const cuePatterns = judgementCues.map((group) => ({ group, patterns: group.phrases.map((phrase) => ({ phrase, pattern: phrasePattern(phrase) })) }));

/** The strongest cue in a clause, and whether wink-nlp marks its words negated ("is not effective at"). */
export function findCue(text: string, clause: Clause, tokens: Token[]): Cue | undefined {
  const own = text.slice(clause.contentStart, clause.end);
  if (clause.connective === 'when' && pastFinding.test(own)) return undefined;
  // Words in quotation marks are someone else's ("Officers told us, \"We do not always …\""), not the inspector's judgement.
  const quoted = [...text.matchAll(/"[^"]*"|“[^”]*”/g)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const { group, patterns } of cuePatterns) {
    for (const { phrase, pattern } of patterns) {
      const match = pattern.exec(own);
      if (!match) continue;
      const start = clause.contentStart + match.index;
      const end = start + match[0].length;
      if (quoted.some(([from, to]) => from <= start && end <= to)) continue;
      // "as well as" joins a list; it praises nothing.
      if (phrase === 'well' && /\bas\s+well\b|\bwell\s+as\b/i.test(text.slice(Math.max(0, start - 3), end + 3))) continue;
      // Only praise can be denied: "does not always" or "has not yet" already carry their own negation.
      const praise = group.judgement === 'STRENGTH' || group.judgement === 'IMPROVED';
      const negated = praise && (tokens.some((t) => t.start >= start && t.end <= end && t.negated) || /\bnot\s+$|\bnever\s+$|\bno\s+$/i.test(text.slice(Math.max(0, start - 7), start)));
      return { judgement: group.judgement, status: group.status, confidence: group.confidence, phrase, start, end, negated };
    }
  }
  return undefined;
}

/** The object of a cue the lexicon does not know, as a proposed theme: the noun phrase after the cue. */
function nounPhraseAfter(text: string, tokens: Token[], from: number, to: number): { name: string; start: number; end: number } | undefined {
  // "make full use of its new risk assessment tool": the object is the tool, not the using.
  const use = /^\s*(?:to\s+)?(?:make|makes|making)\s+(?:full\s+|more\s+|better\s+|good\s+)?use\s+of\s+/i.exec(text.slice(from, to));
  const after = tokens.filter((t) => t.start >= from + (use ? use[0].length : 0) && t.end <= to);
  let i = 0;
  while (i < after.length && ['DET', 'ADP', 'PART', 'PRON', 'AUX', 'ADV', 'SCONJ'].includes(after[i]!.pos)) i += 1;
  const phrase: Token[] = [];
  for (; i < after.length && phrase.length < 7; i += 1) {
    const token = after[i]!;
    if (token.pos === 'PUNCT' || token.pos === 'CCONJ' || (token.pos === 'ADP' && phrase.length > 3)) break;
    phrase.push(token);
  }
  while (phrase.length > 0 && !['NOUN', 'PROPN', 'VERB'].includes(phrase[phrase.length - 1]!.pos)) phrase.pop();
  // "new risk assessment tool" is the tool; the adjective dates the sentence, not the theme.
  while (phrase.length > 1 && phrase[0]!.pos === 'ADJ') phrase.shift();
  if (!phrase.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return undefined;
  const start = phrase[0]!.start;
  const end = phrase[phrase.length - 1]!.end;
  return { name: text.slice(start, end), start, end };
}

/** The first run of adjectives and nouns in a stretch ("how it identifies and pursues foreign nationals"), not the force itself. */
function firstNounPhrase(text: string, tokens: Token[], from: number, to: number): { name: string; start: number; end: number } | undefined {
  const within = tokens.filter((t) => t.start >= from && t.end <= to);
  for (let i = 0; i < within.length; i += 1) {
    const run: Token[] = [];
    for (let k = i; k < within.length && ['ADJ', 'NOUN', 'PROPN'].includes(within[k]!.pos) && run.length < 6; k += 1) run.push(within[k]!);
    while (run.length > 0 && run[run.length - 1]!.pos === 'ADJ') run.pop();
    if (run.length === 0) continue;
    const start = run[0]!.start;
    const end = run[run.length - 1]!.end;
    const name = text.slice(start, end);
    if (/^(?:force|constabulary|police)$/i.test(run[run.length - 1]!.value)) {
      i += run.length - 1;
      continue;
    }
    return { name, start, end };
  }
  return undefined;
}

const judgementType = (judgement: Judgement | null): RelationshipType =>
  judgement === 'STRENGTH' ? 'HAS_STRENGTH' : judgement === 'IMPROVED' ? 'IMPROVED' : judgement === null ? 'SUPPORTS' : 'NEEDS_IMPROVEMENT';

/** The judgement a negated cue leaves: praise denied is a shortcoming; a denied shortcoming states nothing. */
function effective(cue: Cue): { judgement: Judgement | null; status: FindingStatus } {
  if (!cue.negated) return cue;
  if (cue.judgement === 'STRENGTH' || cue.judgement === 'IMPROVED') return { judgement: 'AREA_FOR_IMPROVEMENT', status: 'ESTABLISHED' };
  return { judgement: null, status: cue.status };
}

export function draftFindings(sentences: readonly Sentence[], context: DraftContext): DraftFinding[] {
  const findings: DraftFinding[] = [];
  const { force, linker } = context;
  const subject: Participant = { ...force, role: 'SUBJECT' };
  type Before = { number: number; themes: LinkedEntity[]; risks: LinkedEntity[]; objects: LinkedEntity[]; concern?: boolean };
  let previous: Before | undefined;
  /** The last sentence that named something: "This" may reach past one that names nothing ("In 11 of the 30 cases …"). */
  let lastNamed: Before | undefined;

  for (const sentence of sentences) {
    const text = sentence.text;
    const { tokens } = analyse(text);
    const here: LinkedEntity[] = [];
    const sentenceThemes: LinkedEntity[] = [];
    const sentenceRisks: LinkedEntity[] = [];
    const add = (finding: Omit<DraftFinding, 'sentence' | 'quote' | 'inferredFrom'> & { inferredFrom?: number[] }) => {
      const { start } = finding;
      let { end } = finding;
      while (end > start && /[\s.,;:)]/.test(text[end - 1]!) && !(text[end - 1] === ')' && text.slice(start, end).includes('('))) end -= 1;
      findings.push({ ...finding, sentence: sentence.number, start, end, quote: text.slice(start, end), inferredFrom: finding.inferredFrom ?? [] });
      for (const p of finding.participants) if (p.role !== 'SUBJECT') here.push(p);
    };
    const object = (entity: LinkedEntity, role: Role = 'OBJECT'): Participant => ({ ...entity, role });

    // The overall verdict: the inspector's view of the force, and a strength of the force as a whole.
    const verdict = overallVerdict.exec(text);
    if (verdict) {
      const end = text.length;
      if (context.inspector) {
        add({ judgement: null, type: 'ASSESSES', participants: [{ ...context.inspector, role: 'SUBJECT' }, object(force)], basis: 'INFERRED', status: 'ESTABLISHED', start: 0, end, confidence: 0.8, cue: `"${verdict[0]}": overall verdict → inspector ASSESSES force` });
      }
      const overall = linker.entity(overallThemeId) ?? { id: overallThemeId, name: 'Overall performance', kind: 'THEME' as const, existing: false };
      add({ judgement: 'STRENGTH', type: 'HAS_STRENGTH', participants: [subject, object(overall)], basis: 'STATED', status: 'ESTABLISHED', start: 0, end, confidence: 0.9, cue: `"${verdict[0]}": overall verdict → STRENGTH of the force as a whole` });
      previous = { number: sentence.number, themes: [overall], risks: [], objects: [overall] };
      continue;
    }

    let clauseThemes: LinkedEntity[] = [];
    for (const clause of splitClauses(text, tokens)) {
      const cue = findCue(text, clause, tokens) ?? recommendationCue(text, clause, previous?.concern === true);
      const mentions = linker.mentions(text, clause.contentStart, clause.end);
      const own = text.slice(clause.contentStart, clause.end);
      const place = peopleOfPlace.exec(own);
      if (place && !mentions.some((m) => m.entity.kind === 'COMMUNITY')) {
        const start = clause.contentStart + place.index;
        mentions.push({ entity: linker.byNameOrNew(`People of ${place[1]}`, 'COMMUNITY'), start, end: start + place[0].length });
      }
      // The lexicon's kind decides the rule: the graph may file an entity under another label than the words suggest.
      const ofKind = (kind: string) => mentions.filter((m) => (m.lexicon?.kind ?? m.entity.kind) === kind);
      const themes = ofKind('THEME');
      const partners = ofKind('PARTNER');
      const victims = ofKind('VICTIM_GROUP');
      const communities = ofKind('COMMUNITY');
      const risks = ofKind('RISK');
      const powers = ofKind('POWER');
      sentenceThemes.push(...themes.map((m) => m.entity));
      sentenceRisks.push(...risks.filter((m) => !m.lexicon?.offenders).map((m) => m.entity));
      const quoteEnd = (...spans: (Mention | Cue | undefined)[]) => Math.max(clause.contentStart, ...spans.filter((s) => s !== undefined).map((s) => s.end));
      const base = cue ? effective(cue) : { judgement: null, status: 'ESTABLISHED' as FindingStatus };
      const cueWords = cue ? `"${text.slice(cue.start, cue.end)}"${cue.negated ? ' (negated)' : ''} → ${base.judgement ?? base.status}` : 'no judgement cue';
      const confidence = (extra = 0) => Math.round(Math.max(0.3, (cue?.confidence ?? 0.7) - (cue?.negated ? 0.2 : 0) - extra) * 100) / 100;
      const used = new Set<Mention>();
      /** Whether the clause's own judgement has found its object yet (a partnership, a power, victims …). */
      let judged = false;
      const contrastNote = clause.connective && contrast.test(`${clause.connective} `) ? `; contrast "${clause.connective}"` : '';

      // "This is a cause of concern.": a judgement of what the sentence before said (or the one before that, when the
      // sentence between names nothing). The judgement is stated here, so the finding is STATED, and a stated finding
      // lists no other sentences (the file format refuses it at publish); the cue names the sentence referred to.
      const referent = previous && previous.objects.length > 0 ? previous : lastNamed && lastNamed.number >= sentence.number - 2 ? lastNamed : undefined;
      if (cue && mentions.length === 0 && anaphora.test(own.trim()) && referent && base.judgement) {
        for (const target of referent.objects) {
          add({ judgement: base.judgement, type: judgementType(base.judgement), participants: [subject, object(target)], basis: 'STATED', status: base.status, start: clause.contentStart, end: quoteEnd(cue), confidence: confidence(0.1), cue: `${cueWords}; "${own.trim().split(/\s+/)[0]}" refers to sentence ${referent.number}` });
        }
        continue;
      }

      // A partner the force works with, the themes of the work as its purpose.
      if (partners.length > 0 && relationCues.worksWith.test(own)) {
        for (const partner of partners) {
          used.add(partner);
          const purposes = themes.filter((t) => t.start > partner.start);
          purposes.forEach((t) => used.add(t));
          judged = true;
          add({ judgement: base.judgement, type: 'WORKS_WITH', participants: [subject, object(partner.entity), ...purposes.map((t) => object(t.entity, 'PURPOSE'))], basis: 'STATED', status: base.status, start: clause.contentStart, end: quoteEnd(partner, ...purposes, cue), confidence: confidence(), cue: `${cueWords}; "${text.slice(partner.start, partner.end)}" + "work with" → WORKS_WITH${contrastNote}` });
        }
      }
      // A partner whose data informs the force's work on a theme (named here or in the sentence before).
      if (partners.length > 0 && relationCues.informs.test(own)) {
        const topic = themes[0]?.entity ?? clauseThemes[0] ?? previous?.themes[0];
        for (const partner of partners.filter((p) => !used.has(p))) {
          used.add(partner);
          if (!topic) continue;
          const match = relationCues.informs.exec(own)!;
          add({ judgement: null, type: 'INFORMS', participants: [object(partner.entity, 'SUBJECT'), object(topic)], basis: themes[0] ? 'STATED' : 'INFERRED', status: 'ESTABLISHED', start: clause.contentStart + match.index, end: partner.end, confidence: confidence(0.1), cue: `"${match[0]}" + partner → INFORMS`, inferredFrom: themes[0] || clauseThemes[0] ? [] : previous ? [previous.number] : [] });
        }
      }
      // Powers the force uses, and the groups those powers restrict.
      for (const power of powers) {
        used.add(power);
        judged ||= cue !== undefined;
        if (cue) add({ judgement: base.judgement, type: 'USES', participants: [subject, object(power.entity)], basis: 'STATED', status: base.status, start: clause.contentStart, end: quoteEnd(power, cue), confidence: confidence(), cue: `${cueWords}; power "${text.slice(power.start, power.end)}" → USES` });
        const restricted = power.lexicon?.restricts ? linker.entity(power.lexicon.restricts) : undefined;
        if (restricted) {
          risks.filter((r) => r.entity.id === restricted.id).forEach((r) => used.add(r));
          add({ judgement: null, type: 'RESTRICTS', participants: [object(power.entity, 'SUBJECT'), object(restricted)], basis: 'STATED', status: 'ESTABLISHED', start: power.start, end: power.end, confidence: 0.8, cue: `power "${text.slice(power.start, power.end)}" restricts ${restricted.name}` });
        }
      }
      // Offender groups the force (and its partners) bring to justice.
      for (const offenders of risks.filter((r) => r.lexicon?.offenders && !used.has(r))) {
        if (!relationCues.tackles.test(own) || !cue) continue;
        used.add(offenders);
        judged = true;
        // The quote runs to the offenders: from the partner named before them ("the force and the probation service
        // are good at managing …"), else from the cue or the clause's start; never from a partner named after them.
        const partnerFrom = partners[0] && partners[0].start < offenders.start ? partners[0].start : clause.contentStart;
        add({ judgement: base.judgement, type: 'TACKLES', participants: [subject, object(offenders.entity), ...partners.map((p) => object(p.entity, 'PARTNER'))], basis: 'STATED', status: base.status, start: cue.start < partnerFrom ? cue.start : partnerFrom, end: offenders.end, confidence: confidence(0.1), cue: `${cueWords}; "${relationCues.tackles.exec(own)![0]}" + offenders → TACKLES` });
      }
      // A risk the force and its partners work against together ("works well with other agencies to disrupt organised crime groups").
      if (cue && partners.length > 0 && relationCues.worksWith.test(own) && relationCues.tackles.test(own)) {
        for (const risk of risks.filter((r) => !r.lexicon?.offenders && !used.has(r))) {
          used.add(risk);
          add({ judgement: base.judgement, type: 'TACKLES', participants: [subject, object(risk.entity), ...partners.map((p) => object(p.entity, 'PARTNER'))], basis: 'STATED', status: base.status, start: clause.contentStart, end: risk.end, confidence: confidence(0.1), cue: `${cueWords}; "${relationCues.tackles.exec(own)![0]}" + risk + partner → TACKLES` });
        }
      }
      // Risks the force faces, and the people a risk threatens.
      for (const risk of risks.filter((r) => !r.lexicon?.offenders && !used.has(r))) {
        const faces = relationCues.faces.exec(own);
        if (faces) add({ judgement: null, type: 'FACES', participants: [subject, object(risk.entity)], basis: 'STATED', status: 'ESTABLISHED', start: Math.min(clause.contentStart + faces.index, risk.start), end: risk.end, confidence: 0.75, cue: `"${faces[0]}" + risk → FACES` });
        const threatens = relationCues.threatens.exec(own);
        for (const victim of threatens ? victims : []) {
          used.add(victim);
          // The explanation of the risk in its own words starts after the last comma or bracket before the verb.
          const at = clause.contentStart + threatens!.index;
          const comma = text.lastIndexOf(',', at);
          const bracket = text.lastIndexOf('(', at);
          const start = Math.max(clause.contentStart, comma >= 0 ? comma + 2 : 0, bracket >= 0 ? bracket + 1 : 0);
          add({ judgement: null, type: 'THREATENS', participants: [object(risk.entity, 'SUBJECT'), object(victim.entity)], basis: 'STATED', status: 'ESTABLISHED', start, end: victim.end, confidence: 0.7, cue: `"${threatens![0]}" + risk + victims → THREATENS` });
        }
      }
      // "the threat it is facing": a risk named in the sentence before.
      if (risks.length === 0 && /\bthreat (?:it|they) (?:is|are) facing\b|\bthreats? (?:it|they) faces?\b/i.test(own) && previous?.risks[0]) {
        const match = /\bthe threats? (?:it|they) (?:is |are )?fac\w*/i.exec(own)!;
        add({ judgement: null, type: 'FACES', participants: [subject, object(previous.risks[0])], basis: 'INFERRED', status: 'ESTABLISHED', start: clause.contentStart + match.index, end: clause.contentStart + match.index + match[0].length, confidence: 0.6, cue: `"${match[0]}" refers to the risk of sentence ${previous.number} → FACES`, inferredFrom: [previous.number] });
        sentenceRisks.push(previous.risks[0]);
      }
      if (!cue) {
        clauseThemes = themes.map((t) => t.entity);
        continue;
      }
      // "is effective at protecting vulnerable people": praise safeguards the group; criticism is of the theme.
      const positive = base.judgement === 'STRENGTH' || base.judgement === 'IMPROVED';
      for (const victim of victims) {
        const theme = themes.find((t) => t.start <= victim.start && victim.end <= t.end);
        if (theme) used.add(positive ? theme : victim);
      }
      // Victim groups the force protects, communities it builds links with.
      for (const victim of victims.filter((v) => !used.has(v))) {
        used.add(victim);
        judged = true;
        add({ judgement: base.judgement, type: base.judgement === 'STRENGTH' || base.judgement === 'IMPROVED' ? 'SAFEGUARDS' : judgementType(base.judgement), participants: [subject, object(victim.entity)], basis: 'STATED', status: base.status, start: clause.contentStart, end: quoteEnd(victim, cue), confidence: confidence(), cue: `${cueWords}; victims "${text.slice(victim.start, victim.end)}" → SAFEGUARDS` });
      }
      for (const community of communities) {
        used.add(community);
        judged = true;
        add({ judgement: base.judgement, type: 'ENGAGES', participants: [subject, object(community.entity)], basis: 'STATED', status: base.status, start: clause.contentStart, end: quoteEnd(community, cue), confidence: confidence(), cue: `${cueWords}; community "${text.slice(community.start, community.end)}" → ENGAGES` });
      }
      // Themes: the judgement itself, one finding per theme the clause names.
      const open = themes.filter((t, i) => !used.has(t) && themes.findIndex((o) => o.entity.id === t.entity.id) === i);
      // The service overall is the object only when the clause names nobody more particular ("victims receive a good service").
      if (judged) open.splice(0, open.length, ...open.filter((t) => t.lexicon?.id !== 'overall-service'));
      let targets: { entity: LinkedEntity; end: number; note: string; extra: number }[] = open.map((t) => ({ entity: t.entity, end: t.end, note: `theme "${text.slice(t.start, t.end)}"`, extra: 0 }));
      if (targets.length === 0 && !judged) {
        const phrase = nounPhraseAfter(text, tokens, cue.end, clause.end);
        const pointsBack = phrase && /\b(?:this|these|it|its|threat|risk)\b/i.test(text.slice(phrase.start, clause.end));
        const riskTheme = risks.map((r) => (r.lexicon?.theme ? linker.entity(r.lexicon.theme) : undefined)).find((e) => e !== undefined);
        if (riskTheme) {
          targets = [{ entity: riskTheme, end: cue.end, note: `the work against the risk named`, extra: 0.15 }];
        } else if (clauseThemes.length > 0) {
          targets = clauseThemes.map((entity) => ({ entity, end: cue.end, note: `theme of the clause before`, extra: 0.15 }));
        } else if ((pointsBack || !phrase) && previous && previous.themes.length > 0) {
          targets = previous.themes.map((entity) => ({ entity, end: cue.end, note: `theme of sentence ${previous!.number}`, extra: 0.2 }));
        } else if (phrase && base.judgement !== null) {
          targets = [{ entity: linker.byNameOrNew(phrase.name.charAt(0).toUpperCase() + phrase.name.slice(1), 'THEME'), end: phrase.end, note: `new theme "${phrase.name}" (${slug(phrase.name)})`, extra: 0.3 }];
        }
      }
      // A judgement is never dropped for want of a theme: the first noun phrase after the cue ("should improve how it
      // identifies foreign nationals") or else before it ("Senior leaders are visible") is proposed, for review.
      if (targets.length === 0 && !judged && base.judgement !== null) {
        const named = firstNounPhrase(text, tokens, cue.end, clause.end) ?? firstNounPhrase(text, tokens, clause.contentStart, cue.start);
        if (named) targets = [{ entity: linker.byNameOrNew(named.name.charAt(0).toUpperCase() + named.name.slice(1), 'THEME'), end: Math.max(named.end, cue.end), note: `new theme "${named.name}" (${slug(named.name)})`, extra: 0.35 }];
      }
      for (const target of targets) {
        // One theme: the clause is the quote; several: each quote runs to its own theme.
        const end = targets.length === 1 ? clause.end : Math.max(target.end, cue.end);
        add({ judgement: base.judgement, type: judgementType(base.judgement), participants: [subject, object(target.entity)], basis: 'STATED', status: base.status, start: clause.contentStart, end, confidence: confidence(target.extra), cue: `${cueWords}; ${target.note} → ${judgementType(base.judgement)}${contrastNote}` });
      }
      clauseThemes = targets.length > 0 ? targets.map((t) => t.entity) : themes.map((t) => t.entity);
      sentenceThemes.push(...targets.map((t) => t.entity).filter((e) => !sentenceThemes.includes(e)));
    }
    const concern = findings.some((f) => f.sentence === sentence.number && f.judgement === 'CAUSE_OF_CONCERN');
    previous = { number: sentence.number, themes: sentenceThemes, risks: sentenceRisks, objects: here.length > 0 ? dedupe(here) : sentenceThemes, concern };
    if (previous.objects.length > 0) lastNamed = previous;
  }
  return findings;
}

/** "We also recommend that …": a recommendation answers the cause of concern before it, or else is an area for improvement. */
function recommendationCue(text: string, clause: Clause, afterConcern: boolean): Cue | undefined {
  const match = recommendation.exec(text.slice(clause.contentStart, clause.end));
  if (!match) return undefined;
  const start = clause.contentStart + match.index;
  return { judgement: afterConcern ? 'CAUSE_OF_CONCERN' : 'AREA_FOR_IMPROVEMENT', status: 'ESTABLISHED', confidence: 0.7, phrase: match[0], start, end: start + match[0].length, negated: false };
}

function dedupe(entities: LinkedEntity[]): LinkedEntity[] {
  const seen = new Map<string, LinkedEntity>();
  for (const entity of entities) if (!seen.has(entity.id)) seen.set(entity.id, entity);
  return [...seen.values()];
}
