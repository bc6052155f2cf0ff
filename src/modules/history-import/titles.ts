import { PositionRank } from '../person/position.entity';

/** A word of a record's text with its place: `end` is just past its last character. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** A period ended a sentence right after this word. */
  stop: boolean;
}

const INITIALS = /^(?:[A-Z]\.)+$/;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV|V|VI|VII|VIII|2nd|3rd)$/;

/** Words and the punctuation that separates names; a word's closing period is not part of it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.\-–]*|[,;:()&]/gu)) {
    let word = match[0];
    const start = match.index ?? 0;
    let stop = false;
    if (
      word.endsWith('.') &&
      !INITIALS.test(word) &&
      !/^(?:Jr|Sr|St|Mt|Ft|U\.S|U\.N)\.$/.test(word)
    ) {
      word = word.replace(/\.+$/, '');
      stop = true;
    }
    word = word.replace(/['’]s$/, (s) => (word.length > 3 ? '' : s));
    if (!word) continue;
    tokens.push({ text: word, start, end: start + word.length, stop });
  }
  return tokens;
}

/** The words an office ends with. */
const HEADS = new Set(
  (
    'President President-elect Minister Premier Chancellor King Queen Prince Princess Emperor ' +
    'Empress Shah Emir Amir Sultan Sheikh Sheik Duke Duchess Pope Chairman Chairwoman Chair ' +
    'Secretary Secretary-General General Councilor Councillor Counselor Taoiseach Generalissimo ' +
    'Marshal Admiral Ambassador Envoy Representative Speaker Senator Mayor Governor ' +
    'Governor-General Leader Commissioner Director Director-General Archbishop Patriarch Cardinal ' +
    'Regent Adviser Advisor Executive Colonel Co-Prince'
  ).split(' '),
);
/** Words that may stand before the head of a title ("Deputy Prime Minister"). */
const MODIFIERS = new Set(
  (
    'Acting Deputy Vice First Second Interim Transitional Provisional Crown Grand Foreign Defense ' +
    'Defence Finance Economy Economic Trade Interior State Federal Supreme Special High Chief ' +
    'Senior Executive Field Under Assistant Permanent National Security Former former Lord Prime ' +
    'Ruling Head Lieutenant Brigadier Major Military Revolutionary Presidential'
  ).split(' '),
);
/** Words of an office's "of …" part ("Secretary of State", "President of the Government"). */
const OFFICE_OF = new Set(
  (
    'the Government Council Ministers Presidency State Foreign External Affairs Defense Defence ' +
    'Finance Republic Treasury Commerce Security Planning Economy Trade Interior Justice Health ' +
    'Energy National Exchequer Staff Joint Chiefs Armed Forces Supreme Soviet Presidium'
  ).split(' '),
);
/** Heads whose holders are named by one given name ("King Hussein"), not by a surname. */
export const MONARCHS = new Set(
  'King Queen Prince Princess Emperor Empress Shah Emir Amir Sultan Sheikh Sheik Duke Duchess Pope Co-Prince'.split(
    ' ',
  ),
);
const PARTICLES = new Set(
  'de da di del della des du van von der den ter bin ibn bint al el la le y dos das'.split(' '),
);
/** Capitalised words that end a name: they start the next phrase. */
const NOT_NAMES = new Set(
  (
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday The Also And U.S U.S. U.N U.N. Met ' +
    'During While At In On With Government Cabinet Congress Parliament Council Ministers Officials ' +
    'Leaders Delegation Delegations Summit Conference Meeting Palace House Castle White Camp ' +
    'Assembly Committee Commission Forum Union Organization Court Senate Ministry Embassy'
  ).split(' '),
);

export interface TitleSpan {
  /** The office as written, from its first word to its last: "Deputy Prime Minister". */
  title: string;
  /** The office's last head word ("Minister"). */
  head: string;
  start: number;
  /** Index of the first token after the title. */
  next: number;
}

const isCapitalised = (word: string) => /^[\p{Lu}]/u.test(word);

/** A title starting at token `i`, or undefined. */
export function readTitle(tokens: Token[], i: number, text: string): TitleSpan | undefined {
  let j = i;
  let head: string | undefined;
  let lastHead = -1;
  while (j < tokens.length) {
    const word = tokens[j].text;
    if (HEADS.has(word)) {
      head = word;
      lastHead = j;
    } else if (!MODIFIERS.has(word)) break;
    j += 1;
    if (tokens[j - 1].stop) break;
  }
  if (!head) return undefined;
  let end = lastHead + 1;
  // "Secretary of State", "Minister of Foreign Affairs", "Chairman of the Council of Ministers".
  if (!tokens[lastHead].stop && /^(?:of|for)$/.test(tokens[end]?.text ?? '')) {
    let k = end + 1;
    if (tokens[k]?.text === 'the') k += 1;
    let words = 0;
    while (k < tokens.length) {
      const word = tokens[k].text;
      const joins = /^(?:of|and)$/.test(word) && OFFICE_OF.has(tokens[k + 1]?.text ?? '');
      if (!joins && (!OFFICE_OF.has(word) || word === 'the')) break;
      k += 1;
      if (!joins) words += 1;
      if (tokens[k - 1].stop) break;
    }
    if (words > 0) end = k;
  }
  return {
    title: text.slice(tokens[i].start, tokens[end - 1].end),
    head,
    start: tokens[i].start,
    next: end,
  };
}

export interface NameSpan {
  name: string;
  start: number;
  end: number;
  /** Index of the first token after the name. */
  next: number;
}

/** A person's name starting at token `i`: capitalised words, particles, initials, a suffix. */
export function readName(tokens: Token[], i: number, text: string): NameSpan | undefined {
  let j = i;
  let last = -1;
  while (j < tokens.length) {
    const word = tokens[j].text;
    if (SUFFIX.test(word) && last >= 0) {
      last = j;
    } else if (word === ',' && SUFFIX.test(tokens[j + 1]?.text ?? '') && last >= 0) {
      j += 1;
      continue;
    } else if (PARTICLES.has(word) || /^(?:al|el)-/.test(word)) {
      if (!/^(?:al|el)-\p{Lu}/u.test(word) && !isCapitalised(tokens[j + 1]?.text ?? '')) break;
      if (/^(?:al|el)-/.test(word)) last = j;
    } else if (INITIALS.test(word) || (isCapitalised(word) && !NOT_NAMES.has(word))) {
      if (HEADS.has(word) || MODIFIERS.has(word)) break;
      last = j;
    } else break;
    j += 1;
    if (tokens[j - 1].stop) break;
  }
  if (last < 0) return undefined;
  const start = tokens[i].start;
  const end = tokens[last].end;
  return { name: text.slice(start, end).replace(/\s*,\s*/g, ' '), start, end, next: last + 1 };
}

export interface VisitorName {
  title?: string;
  head?: string;
  name?: string;
}

/**
 * The people a visit record names: "Prime Minister Kyriakos Mitsotakis" is the office Prime
 * Minister held by Kyriakos Mitsotakis; "King Abdullah and Crown Prince Hussein" are two people;
 * "Premier & Prince Sihanouk" is one person with two offices.
 */
export function splitVisitors(visitor: string): VisitorName[] {
  const tokens = tokenize(visitor);
  const people: VisitorName[] = [];
  let pendingTitle: string | undefined;
  let i = 0;
  while (i < tokens.length) {
    if (/^(?:,|&|and|;)$/.test(tokens[i].text)) {
      i += 1;
      continue;
    }
    const title = readTitle(tokens, i, visitor);
    const at = title ? title.next : i;
    const name = readName(tokens, at, visitor);
    if (!name && title) {
      pendingTitle = pendingTitle ? `${pendingTitle} and ${title.title}` : title.title;
      i = title.next;
      continue;
    }
    if (!name) {
      i += 1;
      continue;
    }
    const office = [pendingTitle, title?.title].filter(Boolean).join(' and ') || undefined;
    people.push({ title: office, head: title?.head, name: name.name });
    pendingTitle = undefined;
    i = name.next;
  }
  if (pendingTitle) people.push({ title: pendingTitle });
  return people;
}

/** The rank of an office as the format knows ranks. */
export function rankOfTitle(title: string): PositionRank {
  const t = title.toLowerCase().replace(/^(?:former|acting|interim|transitional|provisional) /, '');
  const deputy = /\b(?:deputy|vice|assistant|under)\b/.test(t);
  if (
    /prime minister|premier|chancellor|taoiseach|president of the government|council of ministers/.test(
      t,
    )
  ) {
    if (!deputy && !/exchequer/.test(t)) return PositionRank.HEAD_OF_GOVERNMENT;
    return PositionRank.MINISTER;
  }
  if (
    /^(?:president|king|queen|emperor|empress|shah|emir|amir|sultan|grand duke|grand duchess|pope|governor[- ]general|generalissimo|regent|co-prince|chairman of the presidency|chairman of the presidium.*|president of the republic)$/.test(
      t,
    )
  )
    return PositionRank.HEAD_OF_STATE;
  if (/ambassador/.test(t)) return PositionRank.AMBASSADOR;
  if (/envoy|special representative|high representative/.test(t)) return PositionRank.SPECIAL_ENVOY;
  if (/senator|member of parliament/.test(t)) return PositionRank.MEMBER_OF_PARLIAMENT;
  if (
    /minister|secretary of state|foreign secretary|secretary for|secretary of|councilo?u?r|counselor/.test(
      t,
    )
  )
    return deputy ? PositionRank.DEPUTY_MINISTER : PositionRank.MINISTER;
  return PositionRank.OTHER;
}
