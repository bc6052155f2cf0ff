import { PartyMention } from './gazetteer';
import { SectorMention } from './sector-matcher';
import { namedOnly } from './sector-names';

/**
 * A gathering named as the occasion of something ("on the sidelines of the East Asia Summit",
 * "attend the upcoming G20 Leaders' Summit", "after the Gulf Cooperation Council Summit", "agreed
 * to hold an online summit"): the setting, not cooperation within it.
 */
const OCCASION =
  /\b(?:sidelines of|attend\w*|during|ahead of|on the eve of|after|before|upcoming|(?:the|a|its)\s+(?:forth)?coming|to hold|visit\w* to|(?:here|there|in town) for)\s+(?:the\s+|an?\s+)?(?:[\p{L}\d'’()-]+\s+){0,6}$/u;

/** "reconstruction of the damaged section of the pipeline": of a thing, not of a country. */
const OF_A_THING =
  /^\s+of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:section|building|bridge|road|pipeline|plant|port|facility|infrastructure|house|school|hospital)s?\b/u;

const CONDITIONS =
  /\b(?:favou?rable|unfavou?rable|conducive|enabling|positive|good|better|stable|secure|safe|business|investment|security|political|international|geopolitical|global|regional|current|external|operating|difficult|challenging|complex)\s+$/i;

/**
 * An organization named as a building ("at the UN headquarters"), in an office ("CARICOM
 * Assistant Secretary-General", "President of CARICOM", "CARICOM ministers") or for its
 * membership ("ECOWAS member states") is who or where, not cooperation within it.
 */
const BODY_AS_PLACE_OR_OFFICE =
  /^\s*(?:headquarters|secretariat|building|premises|offices?|member\s+(?:states|countries|nations)|ministers|leaders|officials|heads\s+of\s+state|(?:assistant\s+|deputy\s+|under[- ])?secretary[- ]general|commissioner)\b/i;
const OFFICE_OF_BODY = /\b(?:president|chair(?:man|woman|person)?)\s+of\s+(?:the\s+)?$/i;
/** "a candidate for Secretary-General of the OAS", "a bid for President of the Commission". */
const CANDIDACY =
  /\b(?:[Cc]andida(?:te|cy|ture)|bid|running)\s+(?:for|as)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:of\s+|and\s+)?){0,6}\(?$/u;

/**
 * "attending the 48th session of the Organization of Islamic Cooperation", "the installation
 * ceremony of the Pro Tempore Presidency … for CELAC": a gathering of the body is the setting.
 */
const GATHERING_OF_BODY =
  /\b(?:attend\w*|sidelines of|margins of|participat\w+ in|took part in|taking part in)\s+(?:the\s+)?[^.;:!?]{0,60}\b(?:ceremony|session|meeting|summit|conference|council|forum|assembly|presidency)\b[^.;:!?]{0,90}$/i;

/** "specialist in Multilateral Affairs": a department's name. */
const DEPARTMENT = /^\s+(?:Affairs|Department|Division|Directorate|Unit|Section)\b/;

/** "ties based on religion, culture and history": what the ties rest on, not a topic. */
const BASIS =
  /\b(?:ties|relations|relationship|friendship|bonds?|kinship)\s+(?:\w+\s+){0,2}(?:based|built|founded|forged|rooted)\s+(?:up)?(?:on|in)\b[^.;]*$/i;
/** "deep historical and cultural roots": a shared past. */
const ROOTS = /^\s+(?:roots|affinity|affinities)\b/i;
/** "members of the delegation testing positive for COVID-19": a condition, not cooperation. */
const CONDITION_OF =
  /\b(?:test(?:ed|ing|s)?\s+positive\s+for|infected\s+with|died\s+of|receiving|undergoing)\s+$/i;
/**
 * "the first meeting after the pandemic", "exchanges despite COVID-19", "support for firms in the
 * midst of COVID-19": the pandemic tells the time or the circumstance.
 */
const PANDEMIC_AS_TIME =
  /\b(?:(?:after|since|before)\s+the\s+(?:COVID-19\s+|Covid\s+)?|(?:despite|amid|amidst|in the midst of)\s+(?:the\s+)?)$/i;
/** "livestock health", "plant health": the health of herds and crops is farming. */
const HEALTH_OF_FARMING = /\b(?:livestock|animal|plant|crop|herd|soil|veterinary)\s+$/i;
/** "heading a trade delegation": the sector names the delegation, not a topic. */
const DELEGATION_KIND =
  /\b(?:head(?:ing|s|ed)?|lead(?:ing|s)?|led|accompan\w+)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+)?$/i;

/**
 * "subcommittees in charge of matters regarding fisheries and energy", "the working
 * group responsible for energy", "officials in charge of mining", "is also responsible for tourism":
 * what a body or an office deals with, not what these talks raised.
 */
const REMIT =
  /\b(?:(?:sub-?)?(?:commissions?|committees?|ministr(?:y|ies)|offices?|working\s+groups?|councils?|bodies|departments?|agenc(?:y|ies)|task\s+forces?|officials?|staff)\s+(?:\w+\s+)?|(?:is|are|was|were)\s+(?:also\s+)?)(?:in\s+charge\s+of|responsible\s+for|dealing\s+with|tasked\s+with)\s+(?:(?:affairs|issues|matters|questions)\s+(?:regarding|related\s+to|of|on|concerning)\s+)?(?:[\p{L}-]+(?:\s+[\p{L}-]+)?(?:,\s+and\s+|,\s+|\s+and\s+))*$/iu;

/**
 * "visiting economic enterprises", "toured a technology park", "visited the Karuma hydroelectric
 * power plant": a place on the itinerary.
 */
const VISITED =
  /\b(?:visit(?:ing|s|ed)?|tour(?:ing|s|ed)?|inspect(?:ing|s|ed)?)\s+(?:an?\s+|the\s+|several\s+|some\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
const PLACE_VISITED =
  /^(?:\s+[\p{L}-]+){0,3}?\s+(?:enterprises?|companies|company|firms?|plants?|factories|factory|facilities|facility|sites?|projects?|institutions?|institutes?|zones?|parks?|ports?|cent(?:er|re)s?|complex|stations?|farms?|dams?|refiner(?:y|ies)|mines?|hospitals?|schools?|laborator(?:y|ies)|universit(?:y|ies)|pavilions?)\b/iu;

const ABSTRACT =
  /^\s+(?:more\s+)?in\s+(?:the\s+|our\s+|their\s+)?(?:[\p{L}'’]+\s+){0,3}(?:stability|peace|future|relations|ties|friendship|dialogue|trust)\b/iu;

/**
 * A portfolio: "Commissioner for Peace and Security", "Director of Peacekeeping and Regional
 * Security", "minister of foreign affairs and international trade", or in brackets after a name,
 * "A (Fisheries and Maritime Economy)": an office, not a topic.
 */
const PORTFOLIO =
  /\b(?:[Mm]inist(?:er|ry|ers|ries)|Commissioner|Director(?:ate)?|Department|Secretary)\s+(?:of|for)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|and|&),?\s+)*$/u;
const FOREIGN_AND = /\bminist(?:er|ry) of foreign affairs and (?:international\s+)?$/i;
const BRACKETED_BEFORE = /\p{Lu}[\p{L}'’-]*\s+\((?:(?:\p{Lu}[\p{L}'’-]*|and|&),?\s+)*$/u;
const BRACKETED_AFTER = /^(?:,?\s+(?:(?:\p{Lu}[\p{L}'’-]*|and|&)))*\)/u;

/** "the heads of the Vietnamese and Cambodian armed forces": who they are, not a topic. */
const HEADS_OF =
  /\b(?:heads?|chiefs?|commanders?)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+)?){1,4}$/u;

function inOffice(text: string, mention: SectorMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 80), mention.start);
  return (
    PORTFOLIO.test(before) ||
    HEADS_OF.test(before) ||
    FOREIGN_AND.test(before) ||
    (BRACKETED_BEFORE.test(before) &&
      BRACKETED_AFTER.test(text.slice(mention.end, mention.end + 60)))
  );
}

/** Sector words that, here, name the setting of the talks or a thing rather than a sector. */
export function contextOnly(
  text: string,
  mention: SectorMention,
  parties: PartyMention[],
): boolean {
  if (namedOnly(text, mention)) return true;
  if (mention.code === 'multilateral') {
    const before = text.slice(Math.max(0, mention.start - 70), mention.start);
    if (
      mention.body &&
      (BODY_AS_PLACE_OR_OFFICE.test(text.slice(mention.end, mention.end + 40)) ||
        OFFICE_OF_BODY.test(before) ||
        CANDIDACY.test(text.slice(Math.max(0, mention.start - 130), mention.start)))
    )
      return true;
    if (/^\p{Lu}/u.test(mention.text) && DEPARTMENT.test(text.slice(mention.end, mention.end + 14)))
      return true;
    // "the United Nations-led mission in Haiti": who leads an operation, not cooperation within
    if (mention.body && /^-led\b/.test(text.slice(mention.end, mention.end + 5))) return true;
    const longer = text.slice(Math.max(0, mention.start - 130), mention.start);
    if (mention.body && GATHERING_OF_BODY.test(longer)) return true;
    return OCCASION.test(before) && !/[.;:!?]/.test(before.slice(-40));
  }
  if (inOffice(text, mention)) return true;
  // "briefed him on the political and security situation in the region": a state of affairs
  if (
    /^(?:political|security)$/i.test(mention.text) &&
    /^\s+(?:and\s+security\s+)?situation\b/i.test(text.slice(mention.end, mention.end + 30))
  )
    return true;
  // "socio-economic development": development, which no sector takes (README 2.3)
  if (
    /^socio-?economic$/i.test(mention.text) &&
    /^\s+development\b/i.test(text.slice(mention.end, mention.end + 14))
  )
    return true;
  const before = text.slice(Math.max(0, mention.start - 80), mention.start);
  if (REMIT.test(text.slice(Math.max(0, mention.start - 140), mention.start))) return true;
  if (VISITED.test(before) && PLACE_VISITED.test(text.slice(mention.end, mention.end + 40)))
    return true;
  // "invest in the region's political stability": a figure of speech, not capital
  if (
    /^invest(?:s|ed|ing)?$/i.test(mention.text) &&
    ABSTRACT.test(text.slice(mention.end, mention.end + 60))
  )
    return true;
  // "thanked him for his hospitality": the welcome, not the hotel trade
  if (
    /^hospitality$/i.test(mention.text) &&
    !/^\s+(?:industry|sector|business|trade|training)\b/i.test(
      text.slice(mention.end, mention.end + 12),
    )
  )
    return true;
  if (BASIS.test(before) || ROOTS.test(text.slice(mention.end, mention.end + 12))) return true;
  if (
    mention.code === 'health' &&
    (CONDITION_OF.test(before) || PANDEMIC_AS_TIME.test(before) || HEALTH_OF_FARMING.test(before))
  )
    return true;
  if (
    DELEGATION_KIND.test(before) &&
    /^\s+(?:delegation|mission)\b/i.test(text.slice(mention.end, mention.end + 12))
  )
    return true;
  // "cultural, humanitarian and tourism cooperation": the cultural-humanitarian sphere
  if (/^humanitarian$/i.test(mention.text) && /\bcultural(?:,|\s+and|-)\s*$/i.test(before))
    return true;
  // "maritime security", "maritime boundaries": the sea as a place of security, not shipping
  if (
    /^maritime$/i.test(mention.text) &&
    /^\s+(?:security|safety|domain|boundar|borders?|disputes?|delimitation)/i.test(
      text.slice(mention.end, mention.end + 16),
    )
  )
    return true;
  // "a favourable environment for implementing the deal": conditions, not nature
  if (/^environment$/i.test(mention.text))
    return CONDITIONS.test(text.slice(Math.max(0, mention.start - 30), mention.start));
  if (mention.code === 'reconstruction') {
    const after = text.slice(mention.end, mention.end + 60);
    return (
      OF_A_THING.test(after) &&
      !parties.some((p) => p.start > mention.end && p.start < mention.end + 30)
    );
  }
  return false;
}
