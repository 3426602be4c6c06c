// The names a text could be using: every run of words in it, in lower case, as the graph keys entities by name.
// Drafting asks the graph only for entities with one of these names, never for all of them: a graph of many
// assessments holds far more entities than one report names. The runs are a superset of what the linker's
// term patterns match (see termPattern), so the entities the linker would find by name are all among those returned.

/** Names of more words than this link by id or lexicon term, not by name: the longest name known is 11 words. */
export const maxNameWords = 12;

/** How the graph keys a name or an alias (cypher/20-cheshire-entities.cypher writes the same: toLower). */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/** What term patterns join to a name: a match cannot start or end beside one of these (the same class as theirs). */
const wordChar = /[\w-]/;

/** Where a name may start inside a word as written: at its start, or after a character a term pattern does not join. */
function starts(token: string): number[] {
  const found = [0];
  for (let k = 1; k < token.length; k += 1) if (!wordChar.test(token[k - 1]!)) found.push(k);
  return found;
}

/** Where a name may end inside a word as written: at its end, or before a character a term pattern does not join. */
function ends(token: string): number[] {
  const found = [token.length];
  // Stryker disable next-line EqualityOperator: at k = length the character is undefined, which tests as a word character.
  for (let k = 1; k < token.length; k += 1) if (!wordChar.test(token[k]!)) found.push(k);
  return found;
}

/** A name's last word may stand in the plural ("conferences" for "conference"). */
function withSingulars(candidate: string, into: Set<string>): void {
  into.add(candidate);
  if (candidate.endsWith('es')) into.add(candidate.slice(0, -2));
  if (candidate.endsWith('s')) into.add(candidate.slice(0, -1));
}

/** Every run of up to maxNameWords words of each text, cut where a name could start and end, in lower case. */
export function nameCandidates(texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    const tokens = nameKey(text).match(/\S+/g) ?? [];
    for (let i = 0; i < tokens.length; i += 1) {
      const first = tokens[i]!;
      for (const end of ends(first)) for (const start of starts(first)) if (start < end) withSingulars(first.slice(start, end), found);
      const heads = starts(first).map((start) => first.slice(start));
      let middle = '';
      for (let j = i + 1; j < Math.min(tokens.length, i + maxNameWords); j += 1) {
        const last = tokens[j]!;
        const tails = ends(last).map((end) => last.slice(0, end));
        for (const head of heads) for (const tail of tails) withSingulars(`${head} ${middle}${tail}`, found);
        middle += `${last} `;
      }
    }
  }
  return found;
}
