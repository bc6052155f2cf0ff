import { SectorMention } from './sector-matcher';

/**
 * "our second NATO ally", "as neighbouring, EU and NATO states", "EU members": the body says
 * what a country is, not that anyone raised cooperation within it.
 */
const MEMBERSHIP =
  /^(?:\s*(?:,\s*(?:and\s+)?|and\s+)\p{Lu}[\p{L}-]*)*,?\s+(?:[Aa]ll(?:y|ies)|[Mm]embers?(?!\s+of\b)|[Ss]tates|[Cc]ountries|[Nn]ations)\b/u;

/**
 * "the UN’s contribution to peace", "EU-funded projects", "the EU monitoring mission", "the OSCE
 * Minsk Group co-chairs": what the body itself does, pays for or sends, not cooperation within it
 * ("NATO’s cooperation with partners" stays multilateral).
 */
const BODY_ACTS =
  /^(?:['’]s?\s+(?:role|contributions?|efforts|mediation|presence)\b|-(?:funded|financed|backed|led|brokered|sponsored|supported|mediated)\b|\s+(?:[\p{Ll}-]+\s+)?(?:mission|monitors|observers|peacekeepers|troops)\b|(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+co-?chairs?\b)/iu;
/** "negotiations mediated by the OSCE", "under the auspices of the EU": the body as go-between. */
const BODY_AGENT =
  /\b(?:mediated|brokered|monitored|facilitated|led|chaired|co-chaired)\s+by\s+(?:the\s+)?$|\bunder the auspices of\s+(?:the\s+)?$/i;

/** "an important member of ASEAN", "a reliable partner in the EU": what a country is. */
const MEMBER_OF =
  /\b(?:an?|the|its|fellow|important|active|key|founding|reliable|responsible|loyal)\s+(?:[\p{Ll}-]+\s+)?(?:member|ally|partner)\s+(?:state\s+|country\s+)?(?:of|in|within)\s+(?:the\s+)?$/iu;
const JOINING = /\b(?:becom\w*|join\w*|full|accession|admission|candida\w*|aspir\w*)\b/i;

function memberOf(text: string, mention: SectorMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  const phrase = MEMBER_OF.exec(before);
  return !!phrase && !JOINING.test(before.slice(Math.max(0, (phrase.index ?? 0) - 20)));
}

/**
 * A body named in capitals ("the Supreme Eurasian Economic Council", "the Office for Democratic
 * Institutions and Human Rights", "the Energy Forum", "the Conference on Health Security", "the
 * Georgian Oil and Gas Corporation"): its sector words are part of its name.
 */
const BODY_NAME =
  /(?:\p{Lu}[\p{L}-]*\s+(?:(?:and|&)\s+)?){0,5}(?:Union|Council|Forum|Conference|Office|Assembly|Community|Corporation|Company|Railways?|Airlines|Airways)\b(?:\s+(?:of|for|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:,?\s+(?:and\s+|of\s+)?)?)+)?/gu;

/** "the Foreign, Commonwealth and Development Office": a government office named after a body. */
const OFFICE_NAME =
  /(?:\p{Lu}[\p{L}-]*,?\s+(?:(?:and|&)\s+)?){1,5}(?:Office|Department|Ministry)\b/gu;

function insideOfficeName(text: string, mention: SectorMention): boolean {
  const from = Math.max(0, mention.start - 60);
  return [...text.slice(from, mention.end + 60).matchAll(OFFICE_NAME)].some((m) => {
    const start = from + (m.index ?? 0);
    return start <= mention.start && mention.end < start + m[0].length;
  });
}

/** "the energy committee chair", "key parliamentary leaders": a body or its people, not a topic. */
const COMMITTEE_PEOPLE = /^\s+(?:committee|commission)\s+(?:chair\w*|head|members?)\b/i;
const BODY_AFTER =
  /^\s+(?:leaders|leadership|elections?|majority|speaker|part(?:y|ies)|committees?|commissions?)\b/i;
const NAMED_IN_LOWER_CASE = new Set(['parliamentary']);

function insideBodyName(text: string, mention: SectorMention): boolean {
  const from = Math.max(0, mention.start - 80);
  for (const match of text.slice(from, mention.end + 80).matchAll(BODY_NAME)) {
    const start = from + (match.index ?? 0);
    if (start <= mention.start && mention.end <= start + match[0].length) return true;
  }
  return false;
}

/**
 * "cooperation under the frameworks of the CPTPP, the Digital Economy Partnership Agreement,
 * APEC …": a framework named in a list of frameworks; its words are its name ("within the
 * framework of the Economic Partnership Agreement" keeps its trade).
 */
const FRAMEWORKS_BEFORE = /\bframeworks\s+of\b[^.;]*$/i;
const NAMED_ACCORD =
  /^(?:\s+\p{Lu}[\p{L}-]*){0,4}\s+(?:Agreement|Partnership|Pact|Treaty|Initiative|Arrangement)\b/u;

function frameworkName(text: string, mention: SectorMention): boolean {
  return (
    FRAMEWORKS_BEFORE.test(text.slice(Math.max(0, mention.start - 160), mention.start)) &&
    NAMED_ACCORD.test(text.slice(mention.end, mention.end + 60))
  );
}

/** "managed the economic and energy crises", "the economic downturn": a hardship, not trade. */
const HARDSHIP = /^(?:\s*(?:,|and)\s*[\p{L}-]+)*\s+(?:cris[ie]s|downturn|recession|slump)\b/iu;

/** Sector words that name a body, its office, a country's membership or a hardship, not a topic. */
export function namedOnly(text: string, mention: SectorMention): boolean {
  const after = text.slice(mention.end, mention.end + 40);
  if (mention.code === 'trade-economy' && HARDSHIP.test(after)) return true;
  if (mention.code === 'multilateral')
    return (
      insideOfficeName(text, mention) ||
      (!!mention.body &&
        (MEMBERSHIP.test(after) ||
          BODY_ACTS.test(after) ||
          BODY_AGENT.test(text.slice(Math.max(0, mention.start - 40), mention.start)) ||
          memberOf(text, mention)))
    );
  if (
    /^\p{Lu}/u.test(mention.text) &&
    (insideBodyName(text, mention) || frameworkName(text, mention))
  )
    return true;
  const word = mention.text.toLowerCase();
  if (COMMITTEE_PEOPLE.test(after)) return true;
  return NAMED_IN_LOWER_CASE.has(word) && BODY_AFTER.test(after);
}

/**
 * "interaction within the framework of the Eurasian Economic Union": cooperation inside the body,
 * which is multilateral cooperation, not the setting of the talks.
 */
const COOPERATION_WITHIN =
  /\b(?:cooperation|interaction|partnership|initiatives|coordination|cooperate|interact)\s+(?:\w+\s+){0,3}(?:within|in)\s+the\s+framework\s+of\s+(?:the\s+)?$/i;

export function cooperationWithinBody(text: string, mention: SectorMention): boolean {
  if (mention.code !== 'multilateral') return false;
  return COOPERATION_WITHIN.test(text.slice(Math.max(0, mention.start - 100), mention.start));
}
