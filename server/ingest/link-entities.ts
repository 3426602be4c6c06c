// Linking what a sentence names to entities already in the graph (by id, name or alias), or proposing new ones.
import { type EntityKind, entities as lexiconEntities, type LexiconEntity } from './lexicon.ts';

/** An entity the graph already holds, as drafting needs it: passed in, so drafting stays a pure function. */
export interface KnownEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases?: string[];
}

export interface LinkedEntity {
  id: string;
  name: string;
  kind: EntityKind;
  /** True when the graph already holds it; false when the draft proposes it as new. */
  existing: boolean;
}

/** A mention of an entity in a clause: where it is, relative to the sentence. */
export interface Mention {
  entity: LinkedEntity;
  start: number;
  end: number;
  lexicon?: LexiconEntity;
}

export function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "wessex-vale-police" -> "wessex-vale": the prefix of a force's own partner entities. */
export function forcePrefix(forceId: string): string {
  return forceId.replace(/-(?:constabulary|police-service|police)$/, '') || forceId;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A term as a pattern: whole words, any run of space between them, and a plural on the last word. */
export function termPattern(term: string): RegExp {
  const words = term.toLowerCase().split(/\s+/).map(escape);
  const last = words.pop()!;
  return new RegExp(`(?<![\\w-])${[...words, `${last}(?:s|es)?`].join('\\s+')}(?![\\w-])`, 'gi');
}

/** The names of partners every force has but no report names ("Other agencies"): each force's are its own. */
const genericPartners = new Set(lexiconEntities.filter((e) => e.id.includes('{force}')).flatMap((e) => [e.name, ...e.terms].map((n) => n.toLowerCase())));

/**
 * A victim group named inside a theme ("protecting vulnerable people") is kept beside it: drafting picks one.
 * Mentions are weighed longest first, so the one weighed is never longer than one kept before it.
 */
function nested(inner: Mention, outer: Mention): boolean {
  return (inner.lexicon?.kind ?? inner.entity.kind) === 'VICTIM_GROUP' && (outer.lexicon?.kind ?? outer.entity.kind) === 'THEME' && outer.start <= inner.start && inner.end <= outer.end;
}

export class EntityLinker {
  private byName = new Map<string, KnownEntity>();
  private byId = new Map<string, KnownEntity>();
  private patterns: { entry: LexiconEntity; pattern: RegExp }[];

  constructor(
    readonly known: readonly KnownEntity[],
    private readonly prefix: string,
  ) {
    for (const entity of known) {
      this.byId.set(entity.id, entity);
      for (const name of [entity.name, ...(entity.aliases ?? [])]) this.byName.set(name.toLowerCase(), entity);
    }
    this.patterns = lexiconEntities.flatMap((entry) => entry.terms.map((term) => ({ entry, pattern: termPattern(term) })));
  }

  /** A lexicon entry as an entity of this graph: the known one with its id, or with one of its names; new otherwise. */
  link(entry: Pick<LexiconEntity, 'id' | 'name' | 'kind' | 'terms'>): LinkedEntity {
    const id = entry.id.replace('{force}', this.prefix);
    // A force's own partners link by id only: another force's "Partner organisations" share the name, not the entity.
    const byName = entry.id.includes('{force}') ? undefined : [entry.name, ...entry.terms].map((name) => this.byName.get(name.toLowerCase())).find((e) => e?.kind === entry.kind);
    const found = this.byId.get(id) ?? byName;
    return found ? { id: found.id, name: found.name, kind: found.kind, existing: true } : { id, name: entry.name, kind: entry.kind, existing: false };
  }

  /** A named entity (a force, an inspector, a new theme) by its name: known, or proposed with an id made from the name. */
  byNameOrNew(name: string, kind: EntityKind): LinkedEntity {
    const found = this.byName.get(name.toLowerCase());
    if (found) return { id: found.id, name: found.name, kind: found.kind, existing: true };
    return { id: slug(name), name, kind, existing: false };
  }

  entity(id: string): LinkedEntity | undefined {
    const found = this.byId.get(id);
    if (found) return { id: found.id, name: found.name, kind: found.kind, existing: true };
    const entry = lexiconEntities.find((e) => e.id === id);
    return entry ? this.link(entry) : undefined;
  }

  /**
   * Every entity a stretch of a sentence names. Within a kind the longest mention wins; a risk may overlap
   * anything ("managing the risk of officers … abusing their authority" is a theme and names a risk), other kinds may not.
   */
  mentions(sentence: string, from: number, to: number): Mention[] {
    const text = sentence.slice(from, to);
    const found: Mention[] = [];
    for (const { entry, pattern } of this.patterns) {
      if (entry.requires && !entry.requires.some((word) => termPattern(word).test(text))) continue;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        found.push({ entity: this.link(entry), start: from + match.index, end: from + match.index + match[0].length, lexicon: entry });
      }
    }
    // Entities the graph knows by a name the lexicon lacks (a named partner, a community).
    for (const entity of this.known) {
      // Forces and inspectors are subjects, not mentions; unnamed partners ("Other agencies") are another force's.
      if (entity.kind === 'FORCE' || entity.kind === 'INSPECTOR' || (genericPartners.has(entity.name.toLowerCase()) && !entity.id.startsWith(`${this.prefix}-`))) continue;
      for (const name of [entity.name, ...(entity.aliases ?? [])]) {
        if (name.length < 4) continue;
        const pattern = termPattern(name);
        for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
          found.push({ entity: { id: entity.id, name: entity.name, kind: entity.kind, existing: true }, start: from + match.index, end: from + match.index + match[0].length });
        }
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: Mention[] = [];
    for (const mention of found) {
      const clash = kept.some(
        (other) =>
          other.start < mention.end &&
          mention.start < other.end &&
          (other.entity.id === mention.entity.id || (mention.entity.kind !== 'RISK' && other.entity.kind !== 'RISK' && !nested(mention, other))),
      );
      if (!clash) kept.push(mention);
    }
    // A graph's one-word alias ("demand" for Reducing demand) gives way to a lexicon theme that holds the word
    // ("current and future demand"): the report is speaking of that theme.
    const held = (mention: Mention) =>
      !mention.lexicon &&
      !/\s/.test(sentence.slice(mention.start, mention.end)) &&
      kept.some((other) => other.lexicon && other.entity.kind === mention.entity.kind && termPattern(sentence.slice(mention.start, mention.end)).test(sentence.slice(other.start, other.end)));
    return kept.filter((m) => !held(m)).sort((a, b) => a.start - b.start);
  }
}
