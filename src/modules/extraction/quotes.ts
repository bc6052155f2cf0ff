import { PersonFound, PersonMention } from './people';
import { byOffice, JOINT } from './referents';

/** Words in quotation marks, with the person they are attributed to. */
export interface QuoteSpan {
  start: number;
  end: number;
  speaker?: PersonFound;
  /** Said by people of both sides together ("…, X and Y concluded"). */
  joint?: boolean;
}

const OPEN = /[“"«„]/g;
const CLOSE = /[”"»]/;
/** „…“, „…”, „…’’: the low opening mark of Central and Eastern European agencies. */
const CLOSE_LOW = /[“”"]|’’/;
const SAYS =
  '(?:said|says|added|stated|noted|pointed out|told|wrote|expressed|stressed|emphasi[sz]ed|underlined|explained|remarked|continued|concluded|affirmed|declared|tweeted|posted)';
// the speaker's phrase starts with a word, so "”, said X" is not read as "," saying
const AFTER = new RegExp(
  `^\\s*[,.]?\\s*([^\\s,.!?;“”"«»][^.!?;“”"«»]{0,89}?)\\s+${SAYS}\\b|^\\s*[,.]?\\s*${SAYS}\\s+([^.!?;,]{1,60})`,
  'u',
);
/**
 * “…”, said X, “and …” / "…," X noted. "In addition, …": a quotation that resumes after its
 * attribution is the same speaker's.
 */
const RESUMED = new RegExp(
  `[”"]\\s*,?\\s*(?:([^\\s,.!?;“”"«»][^.!?;“”"«»]{0,59}?)\\s+${SAYS}|${SAYS}\\s+([^.!?;,“”"]{1,60}?))\\s*[.,:]?\\s*$`,
  'u',
);
/** A straight mark after a word or a comma and before a space closes a quotation: `relations," X`. */
const closingMark = (text: string, at: number) =>
  text[at] === '"' &&
  /[\p{L}\d,.!?;:]/u.test(text[at - 1] ?? '') &&
  /^(?:\s|$)/.test(text.slice(at + 1, at + 2));
const BEFORE = new RegExp(`${SAYS}(?:\\s+that)?\\s*[:,]?\\s*$`, 'u');

function speakerIn(
  text: string,
  start: number,
  end: number,
  mentions: PersonMention[],
  people: PersonFound[],
): PersonFound | undefined {
  const named = mentions.find((m) => m.start >= start && m.end <= end);
  if (named) return named.person;
  const phrase = text.slice(start, end);
  // "…," the Russian Foreign Ministry said: a ministry's statement, not its minister's words
  if (/\b(?:ministry|department|office|government|presidency|embassy|statement)\b/i.test(phrase))
    return undefined;
  if (/^\s*(?:he|she)\s*$/i.test(phrase)) {
    return [...mentions].reverse().find((m) => m.end <= start && !m.person.onlyMentioned)?.person;
  }
  const recent = [...mentions]
    .filter((m) => m.end <= start)
    .reverse()
    .map((m) => m.person);
  return byOffice(phrase, undefined, people, recent);
}

/** The last full stop before `at` that ends a sentence: not an initial's ("D. Sumiyabazar"). */
function sentenceStop(text: string, at: number): number {
  let stop = text.lastIndexOf('.', at);
  while (stop > 0 && /(?:^|[^\p{L}])\p{Lu}$/u.test(text.slice(Math.max(0, stop - 2), stop)))
    stop = text.lastIndexOf('.', stop - 1);
  return stop;
}

function resumedSpeaker(
  text: string,
  start: number,
  mentions: PersonMention[],
  people: PersonFound[],
): PersonFound | undefined {
  const from = Math.max(0, start - 120);
  const resumed = RESUMED.exec(text.slice(from, start));
  if (!resumed) return undefined;
  const phrase = resumed[1] ?? resumed[2];
  const at = from + (resumed.index ?? 0) + resumed[0].indexOf(phrase);
  return speakerIn(text, at, at + phrase.length, mentions, people);
}

/**
 * Quotations and who said them: “…,” Lavrov said / “…”, he said / X said: “…”. A quotation
 * attributed to a statement or a ministry has no speaker; its own words decide.
 */
export function findQuotes(
  text: string,
  mentions: PersonMention[],
  people: PersonFound[],
): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let from = 0;
  for (const open of text.matchAll(OPEN)) {
    const start = open.index ?? 0;
    if (start < from || closingMark(text, start)) continue;
    const closing = open[0] === '„' ? CLOSE_LOW : CLOSE;
    const close = closing.exec(text.slice(start + 1, start + 1600));
    if (!close) continue;
    const end = start + 1 + close.index + close[0].length;
    from = end;
    const after = AFTER.exec(text.slice(end, end + 120));
    let speaker: PersonFound | undefined;
    if (after) {
      const phrase = after[1] ?? after[2];
      const at = end + after[0].indexOf(phrase);
      speaker = speakerIn(text, at, at + phrase.length, mentions, people);
    } else {
      const lineStart = Math.max(sentenceStop(text, start), text.lastIndexOf('\n', start), 0);
      if (BEFORE.test(text.slice(lineStart, start)))
        speaker = speakerIn(text, lineStart, start, mentions, people);
    }
    if (!speaker) speaker = resumedSpeaker(text, start, mentions, people);
    quotes.push({ start, end, speaker });
  }
  return quotes;
}

const TRAILING = new RegExp(
  `,\\s*([^,“”"]{1,80}?)\\s+(?:${SAYS}|assured|told [^,.]{1,40})(?:\\s+(?:in|at|on|during|while|after|to)\\b[^,]{0,80})?\\s*[.!]?["”’]*\\s*$`,
  'u',
);

const SOURCE =
  /\b(?:office|ministry|statement|government|spokes\w+|secretariat|agency|release|report|sources?|communiqu[ée])\b/i;

/** Where a trailing attribution starts: ", he added." — the start of its comma. */
export function attributionAt(text: string, content: number, end: number): number | undefined {
  const match = TRAILING.exec(text.slice(content, end));
  return match && !SOURCE.test(match[1]) ? content + (match.index ?? 0) + 1 : undefined;
}

/**
 * Reported speech without quotation marks: "Ethiopia and Kenya should …, he added." The words
 * before the attribution are the speaker's.
 */
export function reportedSpeech(
  text: string,
  sentences: { content: number; end: number }[],
  mentions: PersonMention[],
  people: PersonFound[],
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const { content, end } of sentences) {
    const words = text.slice(content, end);
    if (/^[“"«]/.test(words)) continue;
    const match = TRAILING.exec(words);
    if (!match || SOURCE.test(match[1])) continue;
    const at = content + (match.index ?? 0) + match[0].indexOf(match[1]);
    const named = new Set(
      mentions.filter((m) => m.start >= at && m.end <= at + match[1].length).map((m) => m.person),
    );
    const speaker = speakerIn(text, at, at + match[1].length, mentions, people);
    if (speaker)
      spans.push({
        start: content,
        end: content + (match.index ?? 0),
        speaker,
        // "The two sides exchanged views on …, he said": the sides acted together
        joint: named.size > 1 || JOINT.test(words),
      });
  }
  return spans;
}
