/**
 * The journalist's context in the shapes the region's agencies write it: companies counted
 * ("Over 50 Slovak companies operate in Azerbaijan, mainly in energy"), money already spent
 * ("has invested more than $1 billion"), cooperation told in the pluperfect ("had cooperated
 * in health during the pandemic"), help given during a past struggle, "earlier this year" and
 * agreements counted.
 */
const COMPANIES_COUNTED =
  /\b(?:over|more than|about|some|around|nearly|almost|\d[\d,.]*)\s+(?:\d[\d,.]*\s+)?(?:[\p{L}-]+\s+){0,3}(?:companies|firms|enterprises|businesses|joint ventures)\b[^.]{0,60}?\b(?:operate|operating|are registered|are active|work)\b/iu;
const MONEY_SPENT =
  /\b(?:has|have|had)\s+(?:already\s+)?(?:invested|exported|imported|supplied|allocated)\b[^.]{0,40}?(?:[$€£]|\bUS\s+dollars\b|\bdollars\b|\beuros\b|\bmillion\b|\bbillion\b)/i;
const PLUPERFECT_HELP =
  /\bhad\s+(?:\w+ly\s+)?(?:cooperated|worked together|helped|assisted|contributed|donated|delivered|signed|concluded)\b/i;
/**
 * "The visit follows the signing of an agreement on …", "was signed during the previous visit":
 * an accord of another day.
 */
const EARLIER_ACCORD =
  /\bfollow(?:s|ed|ing)\s+(?:the\s+)?(?:signing|conclusion|adoption)\s+of\b|\b(?:signed|concluded|agreed)\s+(?:during|at|in the course of)\s+(?:the|his|her|their|a)\s+(?:previous|prior|earlier|last)\b/i;
const EARLIER_THIS = /\bearlier this (?:year|month|week)\b/i;
/** "provided immense military and financial support during our liberation struggle": past help. */
const HELP_DURING =
  /\b(?:provided|gave|extended|rendered|offered)\s+(?:[\w-]+,?\s+){0,5}(?:support|assistance|help|aid)\b[^.]{0,60}?\bduring\s+(?:the|our|their|its|his|her)\b/i;
/** "The two countries have signed numerous agreements in sectors such as …": the record so far. */
const AGREEMENTS_COUNTED =
  /\b(?:has|have|had)\s+(?:already\s+)?(?:signed|concluded)\s+(?:numerous|several|many|dozens of|a (?:number|series|range) of|(?:over|more than|some)\s+\d+|\d+)\s+(?:[\w-]+\s+){0,2}(?:agreements|accords|treaties|memoranda|MoUs|documents)\b/i;

export function pastFact(sentence: string): boolean {
  return (
    COMPANIES_COUNTED.test(sentence) ||
    MONEY_SPENT.test(sentence) ||
    PLUPERFECT_HELP.test(sentence) ||
    EARLIER_THIS.test(sentence) ||
    AGREEMENTS_COUNTED.test(sentence) ||
    EARLIER_ACCORD.test(sentence) ||
    HELP_DURING.test(sentence)
  );
}

/**
 * "The President also engaged with investors and the private sector …", "addressed the UN General
 * Assembly": an audience other than the partner met, whose topics are not the meeting's.
 */
const OTHER_AUDIENCE =
  /\b(?:engaged|met|interacted|mingled)\s+(?:with\s+)?(?:(?:local|foreign|potential|prospective|key|top|several|some|many)\s+)?(?:investors|businessmen|businesspeople|business (?:people|leaders|community|executives)|the private sector|company executives|captains of industry)\b/i;

/** "also addressed the UN General Assembly on climate change": a speech to a gathering. */
const ADDRESSED_GATHERING =
  /\baddress(?:ed|es|ing)\s+(?:the\s+|a\s+)?(?:[\p{Lu}\d][\p{L}\d-]*\s+){0,6}(?:General Assembly|Assembly|Conference|Forum|Summit|Congress|Parliament|Session|Plenary)\b/u;

export const otherAudience = (sentence: string) =>
  OTHER_AUDIENCE.test(sentence) || ADDRESSED_GATHERING.test(sentence);
