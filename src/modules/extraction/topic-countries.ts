import { PartyMention } from './gazetteer';

/**
 * "military and political support for Ukraine", "solidarity with Ukraine", "energy independence
 * from Russia": the country helped or left, not a side.
 */
const HELPED =
  /\b(?:(?:support|assistance|aid|help|solidarity|aggression|war)\s+(?:for|to|with|against|on)|(?:independence|dependence|dependency)\s+(?:from|on))\s+(?:the\s+)?$/i;

/** "the Republic of Macedonia’s territorial integrity", "Ukraine’s EU membership". */
const OWN_CAUSE =
  /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}(?:territorial integrity|sovereignty|independence|membership|accession|candidacy|candidate status|aggression|invasion|war)\b/iu;

/** "the transit of Russian gas", "Russian provocations": a country's goods or acts. */
const GOODS_OR_ACTS =
  /^\s+(?:(?:gas|oil|energy)(?!\s+ministers?\b|\s+ministry\b)|troops|forces|aggression|attacks?|provocations?|invasion|propaganda|disinformation)\b/i;

/** "the inauguration of", "the funeral of": an occasion named after a country or a person. */
export const OCCASION_OF =
  '(?:inauguration|swearing-in|investiture|funeral|coronation)\\s+(?:ceremony\\s+)?of\\s+(?:the\\s+)?';

/** "on the sidelines of the inauguration of Namibia’s President": the occasion's country. */
const OCCASION = new RegExp(`\\b${OCCASION_OF}$`, 'i');

/** A country spoken of in the talks — helped, defended, or the source of goods — not a side. */
export function spokenOf(text: string, m: PartyMention): boolean {
  if (m.kind === 'organization') return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 40);
  return (
    HELPED.test(before) ||
    OCCASION.test(before) ||
    OWN_CAUSE.test(after) ||
    GOODS_OR_ACTS.test(after)
  );
}
