import type { Gazetteer } from '../extraction/gazetteer';
import { MONARCHS, readName, readTitle, Token, tokenize } from './titles';
import type { UsOfficial, UsOfficials } from './us-officials';
import type { Span } from './record-text';

/** How a person's side was found. */
export type SideFrom =
  | 'qualifier'
  | 'of-country'
  | 'us-official'
  | 'accompanying'
  /** Another record places the same name: see settleSides. */
  | 'other-records'
  | 'assumed';

export interface PersonMention {
  title: string;
  head: string;
  /** The name as written. */
  name: string;
  /** The name is one word that is a surname ("Prime Minister Brown"), not a full name. */
  surnameOnly: boolean;
  side: string;
  sideFrom: SideFrom;
  official?: UsOfficial;
  /** The words naming the person: title and name. */
  span: Span;
  text: string;
}

export interface MentionContext {
  date: string;
  /** The side a person named without a country word is taken to be on. */
  defaultSide: string;
  gazetteer: Gazetteer;
  officials: UsOfficials;
}

/** Words before a title that mean the person was not there ("funeral of President Kennedy"). */
const ABSENT =
  /(?:funeral|memorial|burial|death|en route|coronation of|tomb|grave|wreath|behalf of|letter from|message from|assassination|in memory of|honou?r of|anniversary of|statue|library|museum|birthplace|represented|representing|envoy of|succeeded|widow of|son of|daughter of)\b[^.;]*$/i;

const US_WORDS = /^(?:U\.S\.?|US|American|United States)$/;

/** The party named by the capitalised words just before a title ("Russian", "NATO"). */
function qualifierBefore(tokens: Token[], i: number, text: string, gazetteer: Gazetteer) {
  let j = i;
  while (j > 0 && i - j < 4 && /^[\p{Lu}]/u.test(tokens[j - 1].text) && !tokens[j - 1].stop) j -= 1;
  if (j === i) return undefined;
  const words = tokens.slice(j, i);
  if (words.some((t) => US_WORDS.test(t.text))) return 'US';
  const phrase = text.slice(words[0].start, words[words.length - 1].end);
  const mentions = gazetteer.find(phrase).filter((m) => m.kind !== 'capital');
  return mentions[mentions.length - 1]?.code;
}

/** "of China" right after a name or title: the party, and the index of the next token. */
function ofCountry(tokens: Token[], i: number, text: string, gazetteer: Gazetteer) {
  if (tokens[i]?.text !== 'of' || tokens[i - 1]?.stop) return undefined;
  let j = i + 1;
  if (tokens[j]?.text === 'the') j += 1;
  let k = j;
  while (k < tokens.length && /^[\p{Lu}]/u.test(tokens[k].text) && k - j < 4) {
    k += 1;
    if (tokens[k - 1].stop) break;
  }
  if (k === j) return undefined;
  const phrase = text.slice(tokens[j].start, tokens[k - 1].end);
  const found = gazetteer.find(phrase).find((m) => m.start === 0 && m.kind !== 'capital');
  if (!found) return undefined;
  const used = tokens.slice(j, k).findIndex((t) => t.end - tokens[j].start >= found.end);
  return { code: found.code, next: j + used + 1 };
}

/** The start of the clause a token is in: a sentence or semicolon boundary before it. */
function clauseStart(tokens: Token[], i: number): number {
  let j = i;
  while (j > 0 && !tokens[j - 1].stop && tokens[j - 1].text !== ';') j -= 1;
  return j;
}

/**
 * People a record names with an office: "Met with Prime Minister Boris Johnson and Queen
 * Elizabeth II". Each gets the side a country word gives ("Russian Foreign Minister", "of
 * China"), the United States when the name is a president or secretary of that date or the
 * clause says the traveller was accompanied ("Accompanied President Obama", "With Treasury
 * Secretary Jacob J. Lew"), and otherwise the context's default side.
 */
export function findPeopleMentions(text: string, context: MentionContext): PersonMention[] {
  const tokens = tokenize(text);
  const mentions: PersonMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const title = readTitle(tokens, i, text);
    if (!title || (i > 0 && readTitle(tokens, i - 1, text))) {
      i += 1;
      continue;
    }
    let next = title.next;
    let side = qualifierBefore(tokens, i, text, context.gazetteer);
    let sideFrom: SideFrom | undefined = side ? 'qualifier' : undefined;
    const ofTitle = ofCountry(tokens, next, text, context.gazetteer);
    if (ofTitle) {
      next = ofTitle.next;
      side ??= ofTitle.code;
      sideFrom ??= 'of-country';
    }
    const name = readName(tokens, next, text);
    const end = name ? name.next : next;
    const absent = ABSENT.test(text.slice(Math.max(0, title.start - 60), title.start));
    if (!name || absent) {
      i = end;
      continue;
    }
    const ofName = ofCountry(tokens, name.next, text, context.gazetteer);
    if (ofName && !side) {
      side = ofName.code;
      sideFrom = 'of-country';
    }
    const official =
      !side || side === 'US'
        ? context.officials.find(title.title, name.name, context.date)
        : undefined;
    if (official) {
      side = 'US';
      sideFrom = 'us-official';
    }
    if (!side && clauseStart(tokens, i) === i - 1) {
      if (/^(?:With|Accompanied|Joined|Accompanying)$/.test(tokens[i - 1].text)) {
        side = 'US';
        sideFrom = 'accompanying';
      }
    }
    const oneWord = !/\s/.test(name.name.replace(/\s+(?:Jr\.?|Sr\.?|II|III|IV|V|VI)$/, ''));
    mentions.push({
      title: title.title,
      head: title.head,
      name: name.name,
      surnameOnly: oneWord && !MONARCHS.has(title.head) && !official,
      side: side ?? context.defaultSide,
      sideFrom: sideFrom ?? 'assumed',
      ...(official ? { official } : {}),
      span: { start: title.start, end: name.end },
      text: text.slice(title.start, name.end),
    });
    i = ofName && ofName.next > end ? ofName.next : end;
  }
  return mentions;
}

/**
 * At an event in a third state (a summit, a conference), a person named without a country word
 * is not necessarily of the host's side: "General Secretary Brezhnev" in Helsinki. Such a person
 * takes the side other records give the same title and name, where one side prevails.
 */
export function settleSides(records: { events: unknown[]; people: PersonMention[] }[]): void {
  const sides = new Map<string, Map<string, number>>();
  const keyOf = (p: PersonMention) => `${p.title}|${p.name}`;
  for (const r of records) {
    for (const p of r.people) {
      if (p.sideFrom === 'assumed' && r.events.length) continue;
      const counts = sides.get(keyOf(p)) ?? new Map<string, number>();
      counts.set(p.side, (counts.get(p.side) ?? 0) + 1);
      sides.set(keyOf(p), counts);
    }
  }
  for (const r of records) {
    if (!r.events.length) continue;
    for (const p of r.people) {
      if (p.sideFrom !== 'assumed') continue;
      const ranked = [...(sides.get(keyOf(p)) ?? [])].sort((a, b) => b[1] - a[1]);
      if (ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1])) {
        p.side = ranked[0][0];
        p.sideFrom = 'other-records';
      }
    }
  }
}
