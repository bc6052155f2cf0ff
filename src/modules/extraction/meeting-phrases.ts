import { PartyMention } from './gazetteer';
import { PersonFound, PersonMention } from './people';
import { Span } from './report-text';

/** Phrases around a meeting word that say who met whom: lists, hosts, heads, places visited. */

/**
 * "met with A, and with Deputy Minister B", "talks with his counterpart, A, and the Prime
 * Minister, B": the comma before "and" goes on with the list when an office of its own, or the
 * name, comes next.
 */
export function listGoesOn(text: string, at: number, mentions: PersonMention[]): boolean {
  const lead = /^,\s*and\s+(?:with\s+)?(?:the\s+)?/.exec(text.slice(at, at + 20));
  if (!lead) return false;
  const from = at + lead[0].length;
  const next = mentions.find((m) => m.start >= from);
  if (!next || next.start - from > 80) return false;
  const title = next.person.titleSpan;
  return next.start === from || (!!title && title.start <= from && title.end >= next.start - 2);
}

/** "the President A, the Prime Minister B": each person met holds an office of their own. */
export const eachOwnOffice = (persons: PersonFound[]) =>
  persons.length >= 2 &&
  persons.every((p) => p.title) &&
  new Set(persons.map((p) => p.title)).size === persons.length;

/**
 * "met A, and with Deputy Minister B" of one side: a meeting with each office (people of several
 * sides are met one by one by the list rules).
 */
export const officesOfOneSide = (persons: PersonFound[]) =>
  eachOwnOffice(persons) && new Set(persons.map((p) => p.party).filter(Boolean)).size <= 1;

const HEADED_BY = /\b(?:delegations|sides)\s+(?:headed|led)\s+by\b/i;

/** "the delegations headed by A, and B, met": the people named between "headed by" and the verb. */
export function headsBefore(
  mentions: PersonMention[],
  text: string,
  from: number,
  at: number,
): PersonFound[] {
  const headed = HEADED_BY.exec(text.slice(from, at));
  if (!headed) return [];
  const start = from + headed.index;
  return [...new Set(mentions.filter((m) => m.start >= start && m.end <= at).map((m) => m.person))];
}

/** "The Ambassador was also received by A": A hosts, the subject is the one met. */
export const passiveHost = (before: string, word: string, lead: string) =>
  /^(?:received|hosted|welcomed)$/i.test(word) &&
  /\b(?:was|were)\s+(?:also\s+|then\s+|later\s+)?$/i.test(before) &&
  /^\s+by\s/i.test(lead);

/**
 * "visited Acting President X": the one visited is named (or given an office) right after the
 * word; "visited the Weather Coast …, the home of X" is a place.
 */
export function metRightAfter(
  mentions: PersonMention[],
  from: number,
  persons: PersonFound[],
): boolean {
  const first = mentions.find((m) => m.start >= from && persons.includes(m.person));
  if (!first) return true;
  const title = first.person.titleSpan;
  const start =
    title && title.start >= from && title.start < first.start ? title.start : first.start;
  return start - from <= 12;
}

/** "…, and the president of the Colombian parliament": an official met who is not named. */
const UNNAMED_OFFICIAL =
  /^\s*,?\s*and\s+(?:with\s+)?the\s+(?:[\p{L}-]+\s+){0,2}?(?:[Pp]resident|[Ss]peaker|[Cc]hair(?:man|woman|person)?|[Hh]ead|[Mm]inister|[Gg]overnor|[Mm]ayor|[Ss]ecretary)\s+(?:of|to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:parliament|senate|congress|assembly|council|chamber|republic|government|\p{Lu}[\p{L}-]+)\b/u;

/** After the people met, "…, and the Foreign Minister of Chile": that side and those words. */
export function unnamedOfficial(
  context: { text: string; mentions: PersonMention[]; parties: PartyMention[] },
  met: PersonFound[],
  sentenceEnd: number,
): { side: string; span: Span } | undefined {
  const last = context.mentions.filter((m) => m.end <= sentenceEnd && met.includes(m.person)).pop();
  if (!last) return undefined;
  const from = last.end;
  const match = UNNAMED_OFFICIAL.exec(context.text.slice(from, Math.min(sentenceEnd, from + 120)));
  if (!match) return undefined;
  const side = context.parties.find(
    (m) => m.start >= from && m.end <= from + match[0].length && m.kind !== 'capital',
  );
  return side ? { side: side.code, span: { start: from, end: from + match[0].length } } : undefined;
}
