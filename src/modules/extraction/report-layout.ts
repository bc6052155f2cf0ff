import { Sentence, splitSentences } from './report-text';

/** A sentence of the report's body; `content` is where its words start, after any date line. */
export interface BodySentence extends Sentence {
  content: number;
}

export interface Layout {
  sentences: Sentence[];
  /** Heading, by-line and date lines above the first sentence of the body. */
  header: Sentence[];
  body: BodySentence[];
}

/**
 * Page furniture: captions, credits, comment prompts, copyright and navigation lines, a link to
 * another story inside the body ("Also read: …"), a ticker of other headlines ("… • China,
 * Kyrgyzstan to boost trade • …"), and a headline run into the photo it heads ("… - ảnh 1",
 * "… hinh anh 1Deputy Prime Minister …", Vietnamese for "image 1"), a time-stamped date line
 * ("00:01 | Bogota (Colombia), Dec. 4."): the report's, not a meeting's.
 */
const FURNITURE =
  /^(?:[^\n]*(?:\s[•·]\s[^•·\n]+){2}|[^\n]*(?:\sh[iì]nh\s+[aả]nh|\s-\s[aả]nh)\s+\d|[•·|\s-]*$|photo\b|image\b|caption\b(?=.{0,150}$)|leave a comment|like this|like loading|published\s*:|last updated|updated\s*:|©|copyright|all rights reserved|back to\b|-+\s*end\s*-+|follow us|submit release|share this|read more|related\s*:|(?:also read|read also|see also)\s*:|tags?\s*:|source\s*:|[A-Z]{2,4}\/[A-Z]{2,4}$|\d{1,2}:\d{2}\s*\|[^\n]{1,60}$|by [A-Z][\p{L}.'’ -]{2,40}$|from [A-Z][\p{L}.'’ -]{2,40}, [A-Z][\p{L} -]+$)/iu;

const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?=[\s,\d]|$)/;

/**
 * A date line written "Month D/YYYY", after at most three words of a city and its agency
 * ("Addis ababa ENA, January 29/2020").
 */
const SLASHED_DATE =
  /^(?:\p{Lu}[\p{L}'’.-]*,?[ \t]+(?:[\p{L}'’.-]+,?[ \t]+){0,2})?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\/\d{4}[ \t]*(?:\/\p{Lu}{2,8}\/|\(\p{Lu}{2,8}\))?[ \t]*(?=\p{Lu})/u;

/** One dateline token run: capitalised words, numbers, [Country] brackets, commas between. */
const PREFIX =
  /^((?:[\p{Lu}\d][\p{L}\p{M}\d'’./]*|\[[^\]\n]{1,40}\])(?:,?[ \t]*(?:[\p{Lu}\d][\p{L}\p{M}\d'’./]*|\[[^\]\n]{1,40}\]))*)?,?[ \t]*(\([^()\n]{1,80}\)|\/[\p{Lu}]{2,12}\/)?[ \t]*(?:((?<=[ \t])(?:--|[-–—|])[ \t]|[–—](?=\p{Lu})|:[ \t]))?/u;

/**
 * Where the words of a sentence start after a leading date line: " date 2022-08-26 ",
 * "Addis Ababa, February 6/2020 (ENA)", "TEHRAN – ", "New Delhi [India], February 28 (ANI):",
 * "Pyongyang, August 8 (KCNA) -- ", "ISLAMABAD, JUL 29 /DNA/ – ", "Muscat: " opening the text.
 */
export function contentStart(text: string): number {
  let at = 0;
  const leading = /^\s*date \d{4}-\d{2}-\d{2}\s*/.exec(text);
  if (leading) at = leading[0].length;
  // ", MERU, Jun 2 – …": a stray comma before the date line
  at += /^[\s,;]*(?=\p{Lu})/u.exec(text.slice(at))?.[0].length ?? 0;
  for (let round = 0; round < 3; round += 1) {
    const rest = text.slice(at);
    // "Addis Ababa February 15/2023 /ENA/", "February 16/2023 " after "Addis Ababa (ENA)"
    const slashed = SLASHED_DATE.exec(rest);
    if (slashed) {
      at += slashed[0].length;
      continue;
    }
    const match = PREFIX.exec(rest);
    if (!match || !match[0].trim()) break;
    const [all, words = '', paren = '', separator = ''] = match;
    const count = words.split(/[\s,]+/).filter(Boolean).length;
    // "Ashgabat (UrduPoint / Pakistan Point News - 9th Jun, 2022)": a date in the outlet's brackets
    const marked =
      MONTH.test(words) ||
      /\d/.test(words) ||
      /\b\p{Lu}{3,}\b/u.test(words + paren) ||
      (MONTH.test(paren) && /\d/.test(paren));
    const dash = /[-–—|]/.test(separator);
    const accepted =
      count <= 7 &&
      (dash ||
        (paren && /\p{Lu}{2,}|\d/u.test(paren) && marked) ||
        (separator.startsWith(':') && (marked || (count <= 2 && !paren && at === 0))));
    const next = rest.slice(all.length);
    if (!accepted || !/^[\p{Lu}“"‘'(]/u.test(next)) break;
    at += all.length;
  }
  return at;
}

const isBodySentence = (s: Sentence) =>
  !FURNITURE.test(s.text) &&
  (s.text.length > 120 || (/[.!?]["”’)]*$/.test(s.text) && s.text.split(/\s+/).length >= 6));

const MORE_STORIES =
  /^[ \t]*(?:related (?:posts|news|articles|stories)|more stories(?: from [\p{L} ]+)?|read also|see also|you may also like|latest news|also read)[ \t]*:?[ \t]*$/imu;

/**
 * Where the page's links to other stories start: after "Related posts", or a run of three or more
 * short lines at the end of the text that no sentence ends ("Tajikistan and Turkey Discuss
 * Prospects for Tourism Cooperation"). A cut-off last sentence is one long line, not a run.
 */
export function storiesStart(text: string): number {
  const marker = MORE_STORIES.exec(text);
  const lines = [...text.matchAll(/^.*$/gm)].filter((l) => l[0].trim());
  let run = 0;
  let from = text.length;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i][0].trim();
    if (line.length > 140 || /[.!?:;]["”’)]*$/.test(line)) break;
    run += 1;
    from = lines[i].index ?? from;
  }
  const tail = run >= 3 ? from : text.length;
  return marker && marker.index > 0 ? Math.min(marker.index, tail) : tail;
}

/** Splits a report into its header and the sentences of its body, furniture left out. */
export function readLayout(text: string): Layout {
  const stories = storiesStart(text);
  const sentences = splitSentences(text).filter((s) => s.start < stories);
  const first = sentences.findIndex(isBodySentence);
  const bodyAt = first < 0 ? sentences.length : first;
  const body: BodySentence[] = [];
  for (const sentence of sentences.slice(bodyAt)) {
    if (FURNITURE.test(sentence.text)) continue;
    if (sentence.text.length < 60 && !/[.!?]["”’)]*$/.test(sentence.text)) continue;
    const skip = contentStart(sentence.text);
    if (skip >= sentence.text.length) continue;
    body.push({ ...sentence, content: sentence.start + skip });
  }
  return { sentences, header: sentences.slice(0, bodyAt), body };
}

/** Where the sentence holding an offset starts its words: nothing before it belongs to it. */
export function sentenceFloor(layout: Layout): (offset: number) => number {
  const starts = [
    ...layout.sentences.map((s) => s.start),
    ...layout.body.map((s) => s.content),
  ].sort((a, b) => a - b);
  return (offset) => {
    let floor = 0;
    for (const start of starts) {
      if (start > offset) break;
      floor = start;
    }
    return floor;
  };
}
