import { SHORT_FORMS } from './forms-of-address';
import { BadUserInputError } from '../../common/errors';

export const MAX_REPORT_CHARS = 50_000;

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph the sentence belongs to (0 for the first). */
  paragraph: number;
}

/** Refuses what cannot be a report, naming the field: nothing is read from it. */
export function checkReportText(text: string, field = 'report.text'): void {
  if (!text.trim())
    throw new BadUserInputError(`${field} is empty: paste the report's text`, field);
  if (text.length > MAX_REPORT_CHARS) {
    throw new BadUserInputError(
      `${field} has ${text.length} characters; at most ${MAX_REPORT_CHARS} are read`,
      field,
    );
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd\ufffe\uffff]/.test(text)) {
    throw new BadUserInputError(
      `${field} holds bytes that are not text (control characters or undecodable bytes)`,
      field,
    );
  }
}

/** Words whose full stop ends no sentence: forms of address, initials, "U.S.", "a.m.", months. */
const ABBREVIATED = [
  ...SHORT_FORMS,
  ...['St', 'Jr', 'Sr', 'Md', 'Mohd', 'No', 'Vol', 'U\\.S', 'U\\.N', 'U\\.K', 'H\\.H'],
  ...['a\\.m', 'p\\.m', 'e\\.g', 'i\\.e', 'vs'],
  ...['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
  '[A-Z]',
];
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATED.join('|')})\\.$`);

/** "… other issues.According to …": a full stop between two words with no space after it. */
const runTogether = (text: string, stop: number, next: number) =>
  /\p{Ll}{2}$/u.test(text.slice(stop - 2, stop)) &&
  /^\p{Lu}\p{Ll}/u.test(text.slice(next, next + 2));

/** "received\nthe Ambassador", "Kenji Sato, in\nAmman": a line broken inside a sentence. */
const WRAP_END = /(?:,|\s(?:of|the|a|an|and|to|in|on|at|for|with|by|his|her|their|its|from))\s*$/i;
const wrapped = (line: string, rest: string) =>
  /^[ \t]*\p{Ll}/u.test(rest) || (WRAP_END.test(line) && /^[ \t]*\p{Lu}/u.test(rest));

function splitParagraph(text: string, offset: number, paragraph: number, out: Sentence[]): void {
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) {
      const lead = raw.length - raw.trimStart().length;
      out.push({
        start: offset + start + lead,
        end: offset + start + lead + trimmed.length,
        text: trimmed,
        paragraph,
      });
    }
    start = end;
  };
  for (const line of text.matchAll(/[^\n]+/g)) {
    const lineText = line[0];
    const lineStart = line.index ?? 0;
    // A short line without a full stop is a heading, a by-line or a date line, unless the
    // sentence goes on on the next line (text wrapped by hand) or began on an earlier one.
    const continuing = !!text.slice(start, lineStart).trim();
    if (
      !continuing &&
      lineText.trim().length < 120 &&
      !/[.!?]["”’)]*\s*$/.test(lineText) &&
      !wrapped(lineText, text.slice(lineStart + lineText.length + 1))
    ) {
      push(lineStart);
      push(lineStart + lineText.length);
      continue;
    }
    for (let i = lineStart; i < lineStart + lineText.length; i += 1) {
      if (!'.!?'.includes(text[i])) continue;
      let end = i + 1;
      while (end < text.length && '"”’)'.includes(text[end])) end += 1;
      if (end < text.length && !/\s/.test(text[end]) && !runTogether(text, i, end)) continue;
      if (text[i] === '.' && ABBREVIATION.test(text.slice(Math.max(start, i - 8), i + 1))) continue;
      push(end);
    }
  }
  push(text.length);
}

/** Sentences with their offsets into the report; paragraphs are split on blank lines. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of text.matchAll(/[^]*?(?:\n[ \t]*\n\s*|$)/g)) {
    if (!block[0]) break;
    splitParagraph(block[0], block.index ?? 0, paragraph, sentences);
    paragraph += 1;
  }
  return sentences;
}

/**
 * "… at the UK Foreign Office Chris\nAllan on January 15.": a line broken by hand inside a
 * sentence reads as a space, so names and titles run on; every offset stays the same.
 */
export function unwrapSentences(text: string): string {
  const wrapped = splitSentences(text).filter((s) => s.text.includes('\n'));
  let out = text;
  for (const s of wrapped)
    out = out.slice(0, s.start) + out.slice(s.start, s.end).replace(/\n/g, ' ') + out.slice(s.end);
  return out;
}
