import * as chrono from 'chrono-node';
import { MEETING_NOUN } from './meeting-words';
import { Layout } from './report-layout';

export type Precision = 'DAY' | 'MONTH' | 'YEAR';

export interface FoundDate {
  /** ISO 8601 at its precision: "2022-08-25", "2022-08" or "2022". */
  date: string;
  precision: Precision;
  start: number;
  end: number;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 24 * 3600 * 1000;

function isoOf(date: Date, precision: Precision): string {
  const year = date.getFullYear();
  if (precision === 'YEAR') return String(year);
  const month = `${year}-${pad(date.getMonth() + 1)}`;
  return precision === 'MONTH' ? month : `${month}-${pad(date.getDate())}`;
}

/** Local noon of a YYYY-MM-DD day, so time zones never move it to another day. */
export function dayAt(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day, 12);
}

const found = (date: Date, precision: Precision, start: number, text: string): FoundDate => ({
  date: isoOf(date, precision),
  precision,
  start,
  end: start + text.length,
  text,
});

/** "05.03.2024", "28.11.2019": numbers joined by dots are day, month, year (chrono reads them US-style). */
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/g;

function dottedDates(text: string, offset: number): FoundDate[] {
  return [...text.matchAll(DOTTED)].flatMap((m) => {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(year, month - 1, day, 12);
    return date.getDate() === day && date.getMonth() === month - 1
      ? [found(date, 'DAY', offset + (m.index ?? 0), m[0])]
      : [];
  });
}

const blanked = (text: string, pattern: RegExp) =>
  text.replace(pattern, (m) => ' '.repeat(m.length));

/** A full date with its year ("28 July 2019", "04 Feb. 2021", "11/15/2023") in a short line. */
function datedLine(line: string, offset: number): FoundDate | undefined {
  if (line.length > 90) return undefined;
  const dotted = dottedDates(line, offset)[0];
  if (dotted) return dotted;
  for (const result of chrono.parse(line, new Date(2000, 0, 1), { forwardDate: false })) {
    const { start } = result;
    // chrono reads "last day" or "yesterday" as certain days of its reference: no date line
    if (!/\d/.test(result.text)) continue;
    if (start.isCertain('year') && start.isCertain('month') && start.isCertain('day'))
      return found(start.date(), 'DAY', offset + result.index, result.text);
  }
  return undefined;
}

/**
 * The publication date: the one given, else a leading " date YYYY-MM-DD" line, else a date line
 * with its year in the header ("December 10, 2018 - 21:46") or a "Published:" line. A date line
 * without a year ("Belgrade, November 20 (MTI)") gives none.
 */
export function publicationDate(
  text: string,
  layout: Layout,
  given?: string,
): FoundDate | undefined {
  if (given) return { date: given, precision: 'DAY', start: 0, end: 0, text: given };
  const line = /^\s*date (\d{4}-\d{2}-\d{2})\b/.exec(text);
  if (line) return found(dayAt(line[1]), 'DAY', line[0].indexOf(line[1]), line[1]);
  for (const sentence of layout.header.slice(0, 8)) {
    const date = datedLine(sentence.text, sentence.start);
    if (date) return date;
  }
  for (const sentence of layout.sentences) {
    if (/^(published|posted|updated)\s*:/i.test(sentence.text))
      return datedLine(sentence.text, sentence.start);
  }
  // "Dhaka, 5 May 2025 – …": the date line before the first sentence's words
  const first = layout.body[0];
  return first && first.content > first.start
    ? datedLine(text.slice(first.start, first.content), first.start)
    : undefined;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Relative days: "on Tuesday (afternoon)", "last Friday", "today", "this morning", "yesterday",
 * "last night".
 */
const RELATIVE =
  /\b(?:(last )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)|(today|this (?:morning|afternoon|evening)|tonight)|(yesterday|last night)|(last month))\b/gi;

/** Words that make the date that follows the date of something else: a report, a past event. */
const NOT_THE_MEETING =
  /\b(?:reported|said|told|informed|announced|published|released|updated|created|posted|issued|dated|came out|readout|since|anniversary|established|founded|in the past|previous|earlier visit|recalling|recalled|last (?:met|spoke|visited|talked|held|hosted)|back in|from|until|between|through|by the end of|arrived|landed|upcoming|forthcoming):?\s+(?:\S+\s+){0,2}$/i;

/** "The talks, which were held on Monday": an aside on the meeting itself. */
const OWN_ASIDE = new RegExp(
  `\\b(?:${MEETING_NOUN})\\s*,\\s+which\\s+(?:took place|was held|were held|happened)\\b[^,]*$`,
  'i',
);

/** "a meeting … to be held in Moscow on April 5", "scheduled for": a planned event's day. */
const PLANNED =
  /\b(?:(?:to be|will be|would be|is to be)\s+(?:held|hosted|convened|organi[sz]ed)|(?:scheduled|slated|planned|set)\s+(?:for|on))\b[^.;:!?]{0,40}$/i;

function relativeDates(text: string, offset: number, published: Date): FoundDate[] {
  const dates: FoundDate[] = [];
  for (const match of text.matchAll(RELATIVE)) {
    const [phrase, last, weekday, today, , lastMonth] = match;
    let date = published;
    if (lastMonth) {
      const month = new Date(published.getFullYear(), published.getMonth() - 1, 1, 12);
      dates.push(found(month, 'MONTH', offset + (match.index ?? 0), phrase));
      continue;
    }
    if (weekday) {
      // "last Thursday" in a Thursday's report is a week before, never the day itself
      const back =
        (published.getDay() - WEEKDAYS.indexOf(weekday.toLowerCase()) + 7) % 7 || (last ? 7 : 0);
      date = new Date(published.getTime() - back * DAY_MS);
    } else if (!today) date = new Date(published.getTime() - DAY_MS);
    dates.push(found(date, 'DAY', offset + (match.index ?? 0), phrase));
  }
  return dates;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "visited Colombia on 26-27 April 2022": the report writes the month with this year. */
const monthOfYear = (whole: string, date: Date) =>
  new RegExp(
    `\\b${MONTHS[date.getMonth()]}[a-z]*\\.?,?\\s+(?:\\d{1,2},?\\s+)?${date.getFullYear()}\\b`,
    'i',
  ).test(whole);

function explicitDates(text: string, offset: number, published?: Date, whole = text): FoundDate[] {
  const reference = published ?? new Date(2000, 0, 1);
  // "the morning of March 20": chrono reads the part of the day and loses the month
  const plain = blanked(blanked(text, /\b(?:morning|afternoon|evening|night) of\b/gi), DOTTED);
  const dates: FoundDate[] = dottedDates(text, offset);
  for (const result of chrono.parse(plain, reference, { forwardDate: false })) {
    const { start } = result;
    // relative days are read by relativeDates, against the publication date only
    if (!start.isCertain('month') || result.end || !/\d/.test(result.text)) continue;
    if (!start.isCertain('year') && !published) continue;
    let date = start.date();
    // "on December 30" in a report of January 2: the December before, unless the report
    // writes that month with this year (a visit announced for the days after)
    if (
      published &&
      !start.isCertain('year') &&
      date.getTime() > published.getTime() + DAY_MS &&
      !monthOfYear(whole, date)
    )
      date = new Date(date.getFullYear() - 1, date.getMonth(), date.getDate(), 12);
    const precision = start.isCertain('day') ? 'DAY' : 'MONTH';
    dates.push(found(date, precision, offset + result.index, result.text));
  }
  return dates;
}

/** Every date in text[start, end), in order: relative words against a day's publication date. */
function datesIn(
  text: string,
  start: number,
  end: number,
  published: FoundDate | undefined,
): FoundDate[] {
  const slice = text.slice(start, end);
  const reference = published?.precision === 'DAY' ? dayAt(published.date) : undefined;
  return [
    ...(reference ? relativeDates(slice, start, reference) : []),
    ...(/\d/.test(slice) ? explicitDates(slice, start, reference, text) : []),
  ].sort((a, b) => a.start - b.start);
}

/** The part of a window that belongs to the sentence it ends in. */
const sameSentence = (window: string) => window.slice(window.search(/[^.!?\n]*$/));

/**
 * The first date in text[start, end) that can be the day of a meeting, resolved against the
 * publication date: "on Tuesday" is the most recent Tuesday on or before it, "yesterday" the
 * day before. Without a publication date only dates that give their year count.
 */
export function dateIn(
  text: string,
  start: number,
  end: number,
  published: FoundDate | undefined,
): FoundDate | undefined {
  if (!/\d|day\b|night|morning|afternoon|evening|month/i.test(text.slice(start, end)))
    return undefined;
  const dates = datesIn(text, start, end, published);
  // "Today, 5 May 2024": the day written out names the relative word's day
  const named = dates.filter(
    (date, i) =>
      !/\d/.test(date.text) &&
      !dates.some(
        (o, j) =>
          j === i + 1 && /\d/.test(o.text) && /^[\s,]{0,3}$/.test(text.slice(date.end, o.start)),
      ),
  );
  const kept = dates.filter((date) => /\d/.test(date.text) || named.includes(date));
  return kept.find((date) => canBeTheMeetings(text, start, date));
}

/** "after attending the summit on March 3", "ahead of the forum on Friday": another event's day. */
const OTHER_EVENT =
  /\b(?:after|ahead of|before|prior to|following|on the eve of)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:summit|conference|forum|ceremony|congress|assembly|festival|elections?|inauguration|launch|signing|parade|games|exhibition|expo|plenary)\b[^,.;:!?]{0,30}$/iu;

/** "the peace agreement signed by the government in November 2016": the month of that act. */
const DONE_BEFORE =
  /\b(?:signed|adopted|concluded|established|launched|ratified|approved|founded|created|enacted)\s+(?:by\s+[^,.;:]{1,60}?\s+)?in\s+$/i;

/** "… said on Tuesday after talks with …": the day of the words is the talks' day. */
const AFTER_TALKS =
  /^\s*,?\s*(?:after|following)\s+(?:(?:a|the|his|her|their|holding|bilateral)\s+){0,2}(?:meeting|talks|phone call|call|telephone conversation|conversation)\b/i;

function canBeTheMeetings(text: string, start: number, date: FoundDate): boolean {
  // "Nawaf bin Said Al-Malki on Tuesday": a capitalised "Said" inside a name reports nothing
  // "told reporters on Thursday that he had met …": what stands before the span counts too
  const before = sameSentence(text.slice(Math.max(0, date.start - 40), date.start)).replace(
    /(?<=\b(?:\p{Lu}[\p{L}-]*|bin|ibn)\s)Said\b/gu,
    'Name',
  );
  const said = NOT_THE_MEETING.test(before);
  if (
    said &&
    !(
      /\b(?:said|told)\s+(?:\S+\s+){0,2}$/i.test(before) &&
      AFTER_TALKS.test(text.slice(date.end, date.end + 40))
    )
  )
    return false;
  // "Asante, who visited Tokyo on March 3, met …": the date of another event
  // but "The talks, which took place on Tuesday, …" dates the talks themselves
  const clause = text.slice(start, date.start);
  if (/,\s+(?:who|which|whose)\b[^,]*$/i.test(clause) && !OWN_ASIDE.test(clause)) return false;
  const window = sameSentence(text.slice(Math.max(start, date.start - 80), date.start));
  if (date.precision !== 'DAY' && DONE_BEFORE.test(window)) return false;
  return !PLANNED.test(window) && !OTHER_EVENT.test(window) && !/^\d{1,2}:\d{2}/.test(date.text);
}

/** The last day the sentence before `at` tells: "… arrived from Paris on Thursday, 12 June." */
export function lastDateBefore(
  text: string,
  at: number,
  published: FoundDate | undefined,
): FoundDate | undefined {
  const end = text.slice(0, at).trimEnd().length;
  const start = Math.max(text.lastIndexOf('. ', end - 2), text.lastIndexOf('\n', end - 2)) + 1;
  return datesIn(text, start, end, published).pop();
}

/** The day `days` after a found day ("The following morning, …"; -1: "The day before, …"). */
export function dayAfter(date: FoundDate, days = 1): FoundDate | undefined {
  if (date.precision !== 'DAY') return undefined;
  const next = new Date(dayAt(date.date).getTime() + days * DAY_MS);
  return { ...date, date: isoOf(next, 'DAY') };
}
