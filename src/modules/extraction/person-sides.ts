import { PartyMention } from './gazetteer';
import { NameCandidate } from './names';
import { TitleSpan } from './titles';

/** "Minister of Maghreb Affairs, African Union and Arab League": fields listed in an office. */
const PORTFOLIO_FIELD = /,\s+(?:[^,]*\band\s+)?$/;
const PORTFOLIO_LIST = /\bfor\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:,?\s+(?:and\s+)?))+$/u;

/** The country or organization an office belongs to: "Ambassador to Cuba" names the host. */
function sideInTitle(title: TitleSpan, parties: PartyMention[], text: string): string | undefined {
  const inside = parties.filter(
    (m) =>
      m.start >= title.start &&
      m.end <= title.end &&
      m.kind !== 'capital' &&
      !m.compound &&
      // "Ambassador to Cuba" names the host, "Special Representative for Venezuela" a topic
      !/\b(?:to|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) &&
      // "Foreign Affairs, European Union and Cooperation Minister": a field of the portfolio
      !(m.kind === 'organization' && PORTFOLIO_FIELD.test(text.slice(title.start, m.start))) &&
      // "Minister of State for the Middle East, South Asia and United Nations": a portfolio
      !PORTFOLIO_LIST.test(text.slice(title.start, m.start)),
  );
  // "AU Commissioner", "ECOWAS Commission President": the body written right before the office
  const body = parties.find(
    (m) =>
      m.kind === 'organization' &&
      m.end <= title.start &&
      /^ $/.test(text.slice(m.end, title.start)),
  );
  return inside[0]?.code ?? body?.code;
}

/**
 * A name placed by a country without an office of its own: "Foreign Ministers A of Uruguay and
 * B of Argentina" (B after "and"), "foreign ministers of the Kyrgyz Republic [A]", "China's A".
 */
export function placedBy(text: string, candidate: NameCandidate, parties: PartyMention[]) {
  const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(candidate.end, candidate.end + 12));
  if (of && /\band\s+$/.test(text.slice(Math.max(0, candidate.start - 5), candidate.start))) {
    const at = candidate.end + of[0].length;
    return parties.find((m) => m.start === at && m.kind !== 'capital')?.code;
  }
  // "China's Xi Jinping": a country's possessive before a full name
  const owner = parties.find(
    (m) =>
      m.kind === 'name' &&
      /^['’]s\s+$/.test(text.slice(m.end, candidate.start)) &&
      candidate.start - m.end <= 4,
  );
  if (owner) return owner.code;
  const listed = listedAfterCountry(text, candidate, parties);
  if (listed) return listed;
  const open = /([[(])\s*$/.exec(text.slice(Math.max(0, candidate.start - 2), candidate.start));
  if (!open || !/^\s*[\])]/.test(text.slice(candidate.end, candidate.end + 2))) return undefined;
  const before = candidate.start - open[0].length;
  return parties.find(
    (m) => m.kind !== 'capital' && /^\s*$/.test(text.slice(m.end, Math.max(m.end, before))),
  )?.code;
}

const PLURAL_OFFICE =
  /\b(?:Ministers|Secretaries|Ambassadors|Presidents|Envoys|counterparts)\s+(?:of|from)\b/;

/**
 * "separate meetings with the Foreign Ministers of Belarus - A, Iran B and Russia C": a name
 * right after a country of a list that a plural office opens is that country's.
 */
function listedAfterCountry(text: string, candidate: NameCandidate, parties: PartyMention[]) {
  const country = parties.find(
    (m) =>
      m.kind !== 'capital' &&
      m.end <= candidate.start &&
      /^\s*(?:[-–]\s*)?$/.test(text.slice(m.end, candidate.start)),
  );
  if (!country) return undefined;
  const window = text.slice(Math.max(0, country.start - 250), country.start);
  const office = window.search(PLURAL_OFFICE);
  return office >= 0 && !/[.;!?]\s/.test(window.slice(office)) ? country.code : undefined;
}

/** "Foreign Minister Ana Lopes of Portugal": the country right after the name. */
const countryAfter = (text: string, candidate: NameCandidate, parties: PartyMention[]) =>
  parties.find(
    (m) =>
      m.kind !== 'capital' &&
      m.start > candidate.end &&
      m.start - candidate.end <= 10 &&
      /^\s+of\s+(?:the\s+)?$/.test(text.slice(candidate.end, m.start)),
  )?.code;
/**
 * "the Chinese delegation headed by X", "the Indian delegation comprised X and Y", "led on the Indian side by X", "nine Maldivian ministers,
 * including A and B", "staff from the ECOWAS Commission, including …, A": the head and the ones
 * listed are its side.
 */
const DELEGATION =
  /^(?:['’]s)?\s+(?:(?:delegation|side),?\s+(?:(?:was|were)\s+)?(?:headed|led|chaired)\s+by|side\s+by|(?:(?:ministers|officials|delegates|Commission|Secretariat),?\s+(?:including|namely|such as)|delegation\s+(?:included|comprised|consisted\s+of|was\s+made\s+up\s+of))(?:\s[^.;]{0,160}?(?:,|\band))?)\s+(?:the\s+)?(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?$/i;
/** "a delegation from the United States led by Senator X": the country comes before "led by". */
const ledFrom = (text: string, m: PartyMention, at: number) =>
  /^\s+(?:led|headed)\s+by\s+(?:the\s+)?$/i.test(text.slice(m.end, at)) &&
  /\bdelegation\s+(?:from|of)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 30), m.start));
const delegationOf = (text: string, at: number, parties: PartyMention[]) =>
  parties.find(
    (m) =>
      m.kind !== 'capital' &&
      m.end < at &&
      at - m.end <= 220 &&
      (DELEGATION.test(text.slice(m.end, at)) || ledFrom(text, m, at)),
  )?.code;

/** Offices only an international body has: "Secretary-General", "Alliance Secretary General". */
const BODY_OFFICE =
  /^(?:(?:the|its|alliance|organi[sz]ation(?:'s|’s)?|deputy)\s+)*secretary[- ]general$/i;

/** "High Representative … of this organization": the body the report names. */
const OF_THE_BODY = /\bof\s+(?:this|the)\s+(?:organi[sz]ation|bloc|alliance|union)\b/i;

/**
 * "Alliance Secretary General Jens Stoltenberg" with no body named in the office: the
 * organization the report names (the nearest before, when it names several).
 */
function bodyOfOffice(at: number, parties: PartyMention[]): string | undefined {
  const bodies = parties.filter((m) => m.kind === 'organization');
  if (new Set(bodies.map((m) => m.code)).size === 1) return bodies[0].code;
  return bodies.filter((m) => m.end <= at).pop()?.code;
}

/** Offices only one side has. */
const OFFICES_OF_ONE_SIDE: [RegExp, string][] = [
  // "Assistant Secretary of State for … Affairs"
  [/\b(?:(?:Assistant|Under|Deputy) Secretary of State\b|Secretary of State(?! for\b))/, 'US'],
  // "European Commissioner for Energy": a member of the Commission
  [/\b(?:European|EU)\s+Commissioner\b/, 'EU'],
  [/\b(?:External Affairs Minister|EAM|Union Minister)\b/, 'IN'],
];

/** The side an office alone gives: the one side that has it, or the body the report names. */
function sideOfOffice(title: string, at: number, parties: PartyMention[]): string | undefined {
  const only = OFFICES_OF_ONE_SIDE.find(([office]) => office.test(title));
  if (only) return only[1];
  return BODY_OFFICE.test(title.trim()) || OF_THE_BODY.test(title)
    ? bodyOfOffice(at, parties)
    : undefined;
}

const OFFICES = /\b(?:ambassadors|envoys|ministers|counterparts|secretaries|representatives)\b/i;

/**
 * "the French and German ambassadors to Russia, A and B", "the envoys of Chile and Peru, A and B":
 * two sides named for two people, in the same order; gives the second one's.
 */
function respectiveSide(text: string, candidate: NameCandidate, parties: PartyMention[]) {
  const from = Math.max(0, candidate.start - 160);
  const list = /,\s+[^,;.]{3,60}?\s+and\s+$/.exec(text.slice(from, candidate.start));
  if (!list) return undefined;
  const officeEnd = from + list.index;
  const officeStart = Math.max(0, officeEnd - 80);
  const office = text.slice(officeStart, officeEnd);
  if (!OFFICES.test(office) || !/\sand\s/.test(office)) return undefined;
  const sides = parties.filter(
    (m) =>
      m.start >= officeStart &&
      m.end <= officeEnd &&
      m.kind !== 'capital' &&
      !/\b(?:to|for|in)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start)),
  );
  return sides.length === 2 && sides[0].code !== sides[1].code ? sides[1].code : undefined;
}

/**
 * A person's side, in order of trust: the country or body in the office, the stored record or the
 * place the text gives the name, the country after it, the delegation it belongs to, and the
 * side an office alone gives.
 */
export function sideOfPerson(
  text: string,
  candidate: NameCandidate,
  title: TitleSpan | undefined,
  known: string | undefined,
  parties: PartyMention[],
): string | undefined {
  return (
    respectiveSide(text, candidate, parties) ??
    (title && sideInTitle(title, parties, text)) ??
    known ??
    countryAfter(text, candidate, parties) ??
    delegationOf(text, Math.min(title?.start ?? Infinity, candidate.start), parties) ??
    (title ? sideOfOffice(text.slice(title.start, title.end), candidate.start, parties) : undefined)
  );
}
