import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word or punctuation mark with its part of speech (Universal POS) and offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  pos: string;
}

let engine: ReturnType<typeof winkNLP> | undefined;

/**
 * The report's tokens, tagged by wink-nlp's English model (shipped in its npm package; nothing
 * is downloaded). Only the part-of-speech pipe runs: the reader needs verbs and proper nouns.
 */
export function tokenize(text: string): Token[] {
  engine ??= winkNLP(model, ['pos']);
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(engine.its.value) as string[];
  const tags = doc.tokens().out(engine.its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const start = text.indexOf(value, cursor);
    // wink-nlp keeps the text as it is; a token it had to normalise is left out.
    if (start < 0 || start - cursor > 200) return;
    cursor = start + value.length;
    tokens.push({ start, end: cursor, text: value, pos: tags[i] });
  });
  return tokens;
}

/** Index of the first token at or after an offset (binary search). */
export function indexAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The tokens inside [start, end). */
export function tokensIn(tokens: Token[], start: number, end: number): Token[] {
  const found: Token[] = [];
  for (let i = indexAt(tokens, start); i < tokens.length && tokens[i].end <= end; i += 1)
    found.push(tokens[i]);
  return found;
}

export const isVerb = (token: Token) => token.pos === 'VERB' || token.pos === 'AUX';
