/** A sentence of a statement: offsets into its text. */
export interface Sentence {
  start: number;
  end: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mme messrs dr st no nos art arts para paras vol p pp e.g i.e etc jr sr gen lt col ' +
    'prof rev h.e u.n u.s u.k u.s.a u.s.s.r jan feb aug sept oct nov dec co ltd vs cf mt gov sen ' +
    'amb rep dept fig approx op'
  ).split(' '),
);

/**
 * Splits a statement into sentences: at ., ! or ? followed by space and a capital letter, a
 * digit or an opening quote, and at every line end; not after a known abbreviation or an
 * initial ("J. F. Kennedy"). Regular expressions only: the part-of-speech reader would take
 * minutes over the 200 MB corpus.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) sentences.push({ start: s, end: e });
  };
  const boundary = /([.!?])["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\d])|\n/gu;
  for (const match of text.matchAll(boundary)) {
    const at = match.index ?? 0;
    if (match[0] !== '\n') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, at - 12), at))?.[1] ?? '';
      const bare = word.toLowerCase().replace(/^\.+/, '');
      if (match[1] === '.' && (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word))) continue;
    }
    push(at + match[0].length);
    start = at + match[0].length;
  }
  push(text.length);
  return sentences;
}
