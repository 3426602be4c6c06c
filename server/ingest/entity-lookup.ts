// What drafting asks the graph for: the entities a document may name (by a run of its words, a lexicon term or a
// lexicon id), so that drafting reads a handful of entities, not every one a graph of many assessments holds.
import { entities as lexiconEntities, overallThemeId, peopleOfPlace } from './lexicon.ts';
import type { KnownEntity } from './link-entities.ts';
import { nameCandidates, nameKey } from './name-candidates.ts';

/** Entities with a name or an alias among `keys` (see nameKey), and entities with an id among `ids`. */
export interface EntityLookupRequest {
  keys: string[];
  ids: string[];
}

export type EntityLookup = (request: EntityLookupRequest) => Promise<KnownEntity[]>;

const shared = lexiconEntities.filter((entry) => !entry.id.includes('{force}'));
const forceOwn = lexiconEntities.filter((entry) => entry.id.includes('{force}'));

/** What to ask for before the force is known: the texts' runs of words, every lexicon term and every shared id drafting uses. */
export function namedInRequest(texts: readonly string[], names: readonly (string | null | undefined)[]): EntityLookupRequest {
  const keys = nameCandidates(texts);
  for (const entry of shared) for (const term of [entry.name, ...entry.terms]) keys.add(nameKey(term));
  for (const name of names) if (name) keys.add(nameKey(name));
  // "The communities of Crewe" drafts as the community "People of Crewe", a name the text itself does not use.
  const places = new RegExp(peopleOfPlace.source, 'g');
  for (const text of texts) for (const place of text.matchAll(places)) keys.add(nameKey(`People of ${place[1]}`));
  return { keys: [...keys], ids: [overallThemeId, ...shared.map((entry) => entry.id)] };
}

/** What to ask for once the force is known: the entities of its own the lexicon names by id ("{force}-partners"). */
export function forceOwnRequest(prefix: string): EntityLookupRequest {
  return { keys: [], ids: forceOwn.map((entry) => entry.id.replace('{force}', prefix)) };
}

/** The same lookup over entities in hand (the seed's, read from its scripts): what the graph's index answers. */
export function lookupIn(known: readonly KnownEntity[]): EntityLookup {
  const byKey = new Map<string, KnownEntity[]>();
  for (const entity of known) {
    for (const key of new Set([entity.name, ...(entity.aliases ?? [])].map(nameKey))) byKey.set(key, [...(byKey.get(key) ?? []), entity]);
  }
  const byId = new Map(known.map((entity) => [entity.id, entity]));
  return async ({ keys, ids }) => distinct([...keys.flatMap((key) => byKey.get(key) ?? []), ...ids.flatMap((id) => byId.get(id) ?? [])]);
}

/** Entities by id, each once, in the order first found. */
export function distinct(found: readonly KnownEntity[]): KnownEntity[] {
  return [...new Map(found.map((entity) => [entity.id, entity])).values()];
}
