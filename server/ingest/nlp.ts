// The NLP library behind the stages: wink-nlp with its English model, loaded once, giving tokens with exact
// offsets, parts of speech, lemmas, negation and sentence boundaries.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  value: string;
  /** Offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  pos: string;
  lemma: string;
  /** Under the scope of a negation ("not", "never", "no"). */
  negated: boolean;
}

export interface Analysis {
  tokens: Token[];
  /** Each sentence as its first and last token index, inclusive. */
  sentences: [number, number][];
}

const nlp = winkNLP(model);
const its = nlp.its;

export function analyse(text: string): Analysis {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // The model's lemma function is typed more narrowly than `out` accepts; it returns a string per token.
  const lemmas = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[];
  const negation = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  let offset = 0;
  values.forEach((value, i) => {
    offset += spaces[i]!.length;
    // wink keeps the text losslessly; the check guards the offsets every later stage relies on.
    const start = text.indexOf(value, offset);
    if (start !== offset) throw new Error(`token "${value}" not found at offset ${offset}`);
    tokens.push({ value, start, end: start + value.length, pos: pos[i]!, lemma: lemmas[i]!, negated: Boolean(negation[i]) });
    offset = start + value.length;
  });
  const sentences: [number, number][] = [];
  doc.sentences().each((sentence: { out: (f: unknown) => unknown }) => {
    sentences.push(sentence.out(its.span) as unknown as [number, number]);
  });
  return { tokens, sentences };
}
