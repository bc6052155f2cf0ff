import { OFFICE_FORM } from './forms-of-address';
import { indexAt, isVerb, Token, tokensIn } from './nlp';

/** Words that make a phrase an office: "Foreign Minister", "Secretary-General", "counterpart". */
export const TITLE_WORDS = [
  'minister',
  'ministers',
  // misspelt in real reports: "Foreign Minster A", "Ambasador to Japan, A"
  'minster',
  'ambasador',
  'ambassdor',
  // "Denis Moncada, Nicaraguan FM"
  'fm',
  // plural offices before a list: "Cabinet Secretaries A and B"
  'secretaries',
  'ambassadors',
  'presidents',
  'governors',
  'envoys',
  'commissioners',
  'president',
  'vice-president',
  'vice-premier',
  'premier',
  'ambassador',
  'envoy',
  'representative',
  'secretary-general',
  'secretary',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'speaker',
  'commissioner',
  'chancellor',
  'king',
  'queen',
  'emir',
  'sheikh',
  'prince',
  'director-general',
  'director',
  'head',
  'governor',
  'mayor',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'adviser',
  'advisor',
  'chief',
  'counterpart',
  // "met with her counterparts A of Canada and B of Colombia"
  'counterparts',
  'leader',
  'president-elect',
  'deputy',
  'undersecretary',
  'under-secretary',
  'sultan',
  // "Ruler of Dubai"
  'ruler',
  'diplomat',
  'consul',
  'attaché',
  'delegate',
  'member',
  'senator',
  'councillor',
  'councilor',
  'lawmaker',
  'parliamentarian',
];

export const TITLE = new RegExp(
  `(?<![\\p{L}-])(?:${TITLE_WORDS.map((w) => w.replace(/-/g, '[- ]')).join('|')})(?![\\p{L}])`,
  'iu',
);

export interface TitleSpan {
  start: number;
  end: number;
}

/** Titles that say rank rather than office: the office after the name says more. */
export const WEAK_TITLE =
  /^(?:chief|prince|princess|sheikh|sheikha|emir|king|queen|sultan|leader|head|member|delegate|HRH|HH|H\.?E\.?)$/i;

/** Words that may stand inside an office's name before a person: no verbs, no pronouns. */
const CHAIN_WORDS = new Set([
  'of',
  // "High Representative … of this organization, Federica Mogherini"
  'this',
  'for',
  'to',
  // "Energy Minister from Bhutan, X", "Ambassador at the Ministry of …, X"
  'from',
  'at',
  'in',
  'the',
  'and',
  '&',
  ',',
  '(',
  ')',
  "'s",
  '’s',
  '-',
  'extraordinary',
  'plenipotentiary',
]);
/** Participles that open an office: "appointed minister of health", "incoming". */
const OFFICE_PARTICIPLE =
  /^(?:appointed|elected|elect|designated|designate|incoming|outgoing|acting|visiting|newly)$/i;

function chainToken(token: Token): boolean {
  if (CHAIN_WORDS.has(token.text.toLowerCase())) return true;
  if (OFFICE_PARTICIPLE.test(token.text)) return true;
  if (isVerb(token)) return false;
  if (token.pos === 'PUNCT') return /^[.’']$/.test(token.text);
  return ['PROPN', 'NOUN', 'ADJ', 'NUM', 'X'].includes(token.pos) || /^\p{Lu}/u.test(token.text);
}

const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|today|yesterday)$/i;

const inside = (spans: TitleSpan[], token: Token) =>
  spans.some((n) => n.start <= token.start && token.end <= n.end);

const PLACE_BEFORE = /\bof\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*$/u;

/** "Umaro Embalo of Guinea Bissau": a name and the place after it, not an office and its field. */
const NAME_OF_PLACE =
  /(\p{Lu}[\p{L}'’-]+)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*$/u;
const namePlaced = (before: string) => {
  const placed = NAME_OF_PLACE.exec(before);
  return !!placed && !TITLE.test(placed[1]) && !OFFICE_FORM.test(placed[1]);
};

/**
 * "Omani Commerce, Industry and Investment Promotion Minister": a comma between two capitalised
 * words of a portfolio that goes on to "and" is inside the office.
 */
function portfolioComma(tokens: Token[], at: number, chain: Token[], stops: TitleSpan[]): boolean {
  const before = tokens[at - 1];
  const after = chain[chain.length - 1];
  return (
    !!before &&
    !!after &&
    /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(after.text) &&
    !inside(stops, before) &&
    !TITLE.test(after.text) &&
    chain.some((t) => /^(?:and|&)$/.test(t.text)) &&
    chain.every((t) => !/^(?:of|for|the)$/i.test(t.text))
  );
}

/** The tokens of the chain before a name, nearest first. */
function chainBefore(
  text: string,
  nameStart: number,
  tokens: Token[],
  stops: TitleSpan[],
  floor: number,
): Token[] {
  const chain: Token[] = [];
  let office = false;
  for (let i = indexAt(tokens, nameStart) - 1; i >= 0 && chain.length < 24; i -= 1) {
    const token = tokens[i];
    const to = chain.length ? chain[chain.length - 1].start : nameStart;
    if (token.start < floor || /\n\s*\n/.test(text.slice(token.end, to))) break;
    if (inside(stops, token) || !chainToken(token) || CALENDAR.test(token.text)) break;
    // "On April 13, 2023 Acting Foreign Minister …": a day's number ends the office
    if (/^\d+$/.test(token.text)) break;
    if (
      token.text === '.' &&
      !/\b(?:Dr|Mr|Mrs|Ms|Hon|Rev|Prof|Jr|[A-Z])$/.test(text.slice(0, token.start))
    )
      break;
    // "Foreign Minister Peter Szijjarto and Serbian President" / "..., Russian Foreign Minister"
    if (office && token.text === ',' && !portfolioComma(tokens, i, chain, stops)) break;
    // "A of Guinea Bissau, Foreign Affairs, … and Cooperation Minister B": a list's last item ends
    if (
      office &&
      token.text === ',' &&
      namePlaced(text.slice(Math.max(0, token.start - 60), token.start))
    )
      break;
    if (/^(?:and|&)$/i.test(token.text) && chain.every((t) => OFFICE_FORM.test(t.text))) break;
    // "Ana Lopes of Portugal and Minister Sofia Rojas": the office after "and" is hers alone
    if (/^(?:and|&)$/i.test(token.text) && office && PLACE_BEFORE.test(text.slice(0, token.start)))
      break;
    if (TITLE.test(token.text)) office = true;
    chain.push(token);
  }
  return chain.reverse();
}

/**
 * The office written before a name: "Minister of Foreign Affairs of the Philippines, " before
 * "Teodoro Locsin Jr.", "his Kenyan counterpart, " before "Raychelle Omamo". Walks back over
 * nouns, adjectives, "of", "the", commas; stops at a verb, a pronoun, another name, the start of
 * the sentence, or a comma or "and" that ends the office.
 */
export function titleBefore(
  text: string,
  nameStart: number,
  tokens: Token[],
  stops: TitleSpan[] = [],
  floor = 0,
): TitleSpan | undefined {
  const chain = chainBefore(text, nameStart, tokens, stops, floor);
  let last = -1;
  chain.forEach((token, i) => TITLE.test(token.text) && (last = i));
  if (last < 0) return undefined;
  // "the official invitation of Speaker of the Majlis": the office starts after the last
  // plain noun before its last title word
  let from = 0;
  for (let i = last - 1; i >= 0; i -= 1) {
    const token = chain[i];
    if (token.pos === 'NOUN' && /^\p{Ll}/u.test(token.text) && !TITLE.test(token.text)) {
      from = i + 1;
      break;
    }
  }
  // "in Samarkand Acting Foreign Minister": a capitalised participle opens the office
  const opener = chain.findIndex(
    (token, i) =>
      i > from && i < last && /^\p{Lu}/u.test(token.text) && OFFICE_PARTICIPLE.test(token.text),
  );
  if (opener > 0 && !TITLE.test(chain[opener - 1].text)) from = opener;
  while (from < chain.length && /^(?:the|and|of|,|\)|to|for|in|from)$/i.test(chain[from].text))
    from += 1;
  let to = chain.length;
  while (to > from && (OFFICE_FORM.test(chain[to - 1].text) || /^[,(.]$/.test(chain[to - 1].text)))
    to -= 1;
  if (from >= to) return undefined;
  return { start: chain[from].start, end: chain[to - 1].end };
}

/** Where an appositive office ends: before a comma, verb or "and" that starts something else. */
function appositiveEnd(window: Token[], stops: TitleSpan[], from: number): number {
  let end = from;
  for (let i = 0; i < window.length; i += 1) {
    const token = window[i];
    const next = window[i + 1];
    if (token.text === ',') {
      // "Minister of Science, Energy and Technology in Jamaica": the office goes on
      const goesOn =
        next && /^\p{Lu}/u.test(next.text) && !inside(stops, next) && !OFFICE_FORM.test(next.text);
      if (!goesOn) break;
      continue;
    }
    if ([';', ':', '.', '(', '“', '"'].includes(token.text)) break;
    // "A, Minister of Tourism whilst the Iranian side …": a conjunction starts another clause
    if (/^(?:whilst|while|whereas)$/i.test(token.text)) break;
    if (isVerb(token) && !(i === 0 && OFFICE_PARTICIPLE.test(token.text))) break;
    if (token.pos === 'PRON' || inside(stops, token)) break;
    if (/^(?:and|&)$/i.test(token.text)) {
      const after = window.slice(i + 1, i + 6);
      // "vice-premier of the Cabinet and minister of Agriculture": a second office goes on
      const capital = after[0] && /^\p{Lu}/u.test(after[0].text);
      if (!after[0] || !(capital || TITLE.test(after[0].text)) || OFFICE_FORM.test(after[0].text))
        break;
      const office = TITLE.test(
        window
          .slice(0, i)
          .map((t) => t.text)
          .join(' '),
      );
      if (inside(stops, after[0]) || !(office || after.some((t) => TITLE.test(t.text)))) break;
    }
    end = token.end;
  }
  return end;
}

/**
 * The office written after a name: "Shinzo Abe, Prime Minister of Japan", "Maria Begoña Yarza,
 * appointed minister of health", "Antonia Urrejola, who will assume the direction of Chilean
 * foreign policy".
 */
export function titleAfter(
  text: string,
  nameEnd: number,
  tokens: Token[],
  stops: TitleSpan[] = [],
): TitleSpan | undefined {
  const head = /^\s*,\s*(?:the\s+|a\s+)?/i.exec(text.slice(nameEnd, nameEnd + 8));
  if (!head) return undefined;
  const from = nameEnd + head[0].length;
  // "expressed by A, to the Minister of Foreign Affairs, B": the office of the one addressed
  if (/^(?:to|with|by|from|and)\s/i.test(text.slice(from, from + 6))) return undefined;
  const relative = /^who\s+(?:is|was|will|has)\b[^,.;]{4,120}/.exec(text.slice(from, from + 130));
  if (relative) return { start: from, end: from + relative[0].length };
  const window = tokensIn(tokens, from, from + 160);
  const end = appositiveEnd(window, stops, from);
  const phrase = text.slice(from, end);
  // "In talks with the Ambassador, Mr. A, the Minister outlined …": a bare office with its verb
  // right after it and no comma to close it is the next clause's subject, not A's office
  const next = window.find((t) => t.start >= end);
  const bare = /^\S+(?:\s+\S+)?$/.test(phrase.trim());
  if (/\bthe\s+$/i.test(head[0]) && bare && next?.start === end + 1 && isVerb(next))
    return undefined;
  return end > from && phrase.length < 160 && TITLE.test(phrase) ? { start: from, end } : undefined;
}
