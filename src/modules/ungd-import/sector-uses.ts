import type { SectorMention } from '../extraction/sector-matcher';
import type { Sentence } from './sentences';

/**
 * Which sector words in a General Debate statement are interests. Precision first: a speech
 * names "energy" while thanking a president, "climate" for a mood and "Health" inside an
 * agency's name; none of those is a state saying what it wants.
 */

/** Sentences of courtesy and procedure: thanks, congratulations, tributes, the floor. */
const COURTESY =
  /\b(?:congratulat\w*|felicitat\w*|thank\w*|gratitude|grateful|tribute|condolences?|sympathies|(?:his|her|your) (?:re-?)?election|elected (?:as |to )?(?:the )?(?:President|presidency)|presidency of (?:the|this) (?:General Assembly|session|Assembly)|rostrum|I have the honou?r|agenda item|the floor|in my capacity as|welcome (?:the |our )?(?:new )?(?:Secretary-General|President))\b/i;

/** Sector words in a use that is no sector: the whole match is refused. */
const TRAPS: RegExp[] = [
  // formula and other senses of security
  /\bpeace and (?:international )?security\b/gi,
  /\bsocial security\b/gi,
  // another sector's safety ("health security", "water security") or demining
  /(?<=\b(?:health|water|job|income|tenure)\s)security\b/gi,
  /\bhumanitarian(?=\s+(?:demining|mine))/gi,
  // spending on another sector is that sector ("investment in education")
  /\binvestments? in (?=(?:education|health|people|our people|human|youth|young|children|women|girls|peace|prevention|the future)\b)/gi,
  // a mood or a setting, not nature or culture
  /\b(?:climate|culture|environment|atmosphere) of\b/gi,
  /\b(?:political|international|economic|security|enabling|favou?rable|conducive|peaceful|strategic|regional|business|investment|stable|geopolitical|current|positive|better|difficult|complex|operating|working|legal|regulatory|social|democratic|global political|world political)\s+(?:climate|environment|culture)\b/gi,
  /\ban?\s+(?!(?:clean|healthy|sustainable|green|natural|polluted|degraded|safe and healthy)\b)(?:[\p{L}-]+\s+){0,2}environment\b/giu,
  // idioms
  /\b(?:unfinished business|business as usual|business of (?:the|this|our)|order of business)\b/gi,
  /\b(?:slave|arms|drugs?|narcotics?|illicit|illegal|weapons?|ivory|wildlife|human|organ|opium|cocaine|heroin) trade\b/gi,
  /\btrade unions?\b/gi,
  /\bhealth of (?:the|our|its|their|this|a) (?:(?:world|global|international|multilateral)\s+)?(?:economy|planet|organi[sz]ation|institutions?|system|democracy|financial|world)\b/gi,
  /\b(?:build|builds|building|built|create|creating|serve as|serves as|act as|acts as|acting as|serving as|become|becomes)\s+(?:\p{L}+\s+)?bridges?\b/giu,
  /\bbridges? (?:of|between|to)\b/gi,
  /\b(?:restoration|rebuilding) of (?!(?:the )?(?:infrastructure|roads|schools|hospitals|housing|homes|economy|economic|power|bridges|railways|ports|cities|towns|villages|facilities)\b)/gi,
  /\brebuilding (?:trust|confidence|relations|hope|lives)\b/gi,
  /\bmining of\b/gi,
  /\b(?:poison|greenhouse|tear|toxic|nerve|chemical|asphyxiating|mustard|sarin) gas(?:es)?\b/gi,
  /\bgas (?:chambers?|attacks?)\b/gi,
  /\bhydrogen (?:bombs?|weapons?)\b/gi,
  /\bin the pipeline\b/gi,
  /\bdefen[cs]e of\b/gi,
  /\bhumanitarian law\b/gi,
  /\bschools? of thought\b/gi,
  /\bsatellites? (?:states?|countries|regimes?|nations?)\b/gi,
  /\bCommonwealth of\b/g,
];

/** Words too loose in a speech to the Assembly to stand alone for a sector. */
const NEVER_ALONE = new Set([
  'summit',
  'accession',
  'invest',
  'full member',
  'maritime',
  'parliamentary',
  'political',
  'hospitality',
  'restoration',
]);

/** "Minister of Energy", "Ministry for Health and Education": an office, not an interest. */
const OFFICE_BEFORE =
  /\b(?:minist(?:er|ry|ers|ries)|secretary|department|commissioner|office|director|institute|agency|council|commission|conference|committee|programme|program|year|decade|day|organi[sz]ation|fund|bank)\s+(?:of|for|on)\s+(?:the\s+)?(?:[\p{L}-]+,?\s+(?:and\s+)?){0,2}$/iu;
const OFFICE_AFTER = /^\s+(?:minister|ministry|ministers)\b/i;
const NAME_AFTER =
  /^\s+(?:Organi[sz]ation|Agency|Council|Commission|Programme|Fund|Bank|Institute|Committee|Forum|Summit|Conference|Convention|Facility|Decade|Year|Day)\b/;

/**
 * "energy" stands for power only beside a kind of energy, an energy matter, another sector or
 * a supply phrase; otherwise it is vigour ("the energy he brought to the presidency").
 */
const ENERGY_KIND =
  /\b(?:nuclear|atomic|renewable|solar|clean|affordable|sustainable|modern|electric|thermal|hydroelectric|geothermal|green|alternative|reliable|cheap|fossil|wind|tidal|new and renewable|cleaner)\s+(?:\p{L}+\s+)?$/iu;
const ENERGY_MATTER =
  /^\s+(?:security|supply|supplies|sources?|resources|sector|production|crisis|prices?|needs|efficiency|access|policy|policies|consumption|demand|markets?|cooperation|projects?|infrastructure|independence|transition|generation|mix|poverty|costs?|systems?|requirements|situation|problems?|issues?|development|savings|conservation|technolog\w+|storage|grids?|imports|exports|deficit|shortages?|facilities|plants?|industry|question|field|interconnection|matters)\b/i;
const ENERGY_SUPPLY_BEFORE =
  /\b(?:access to|supply of|supplies of|sources of|source of|production of|prices? of|demand for|consumption of|use of|uses of|generation of|need for|needs for|shortage of|crisis of|field of|area of|areas of|cost of|provision of|transfer of)\s+(?:\p{L}+\s+)?$/iu;
const ENERGY_LIST_BEFORE =
  /\b(?:food|water|oil|gas|transport|transportation|agriculture|mining|industry|health|education|infrastructure|electricity|telecommunications|climate|environment|fuel|fuels),?\s+(?:and|or)\s+$|\b(?:food|water|oil|gas|transport|agriculture|mining|industry|health|education|infrastructure),\s+$/i;
const ENERGY_LIST_AFTER =
  /^,?\s+(?:and|or)\s+(?:food|water|oil|gas|transport|transportation|agriculture|mining|industry|health|education|infrastructure|electricity|telecommunications|climate|environment|raw materials|minerals)\b|^,\s+(?:food|water|transport|agriculture|mining|industry|health|education|infrastructure)\b|^\s+for\s+(?:all|development)\b/i;

function energyIsPower(words: string, at: number, end: number): boolean {
  const before = words.slice(Math.max(0, at - 60), at);
  const after = words.slice(end, end + 60);
  return (
    ENERGY_KIND.test(before) ||
    ENERGY_MATTER.test(after) ||
    ENERGY_SUPPLY_BEFORE.test(before) ||
    ENERGY_LIST_BEFORE.test(before) ||
    ENERGY_LIST_AFTER.test(after)
  );
}

/** A sentence of courtesy or procedure, whose sector words are no interests. */
export function isNotInterest(sentence: string): boolean {
  return COURTESY.test(sentence);
}

/** Spans of the sentence's trap phrases, computed once per sentence and cached by its start. */
const trapCache = new WeakMap<Sentence, { start: number; end: number }[]>();

function trapSpans(words: string, sentence: Sentence) {
  let spans = trapCache.get(sentence);
  if (!spans) {
    spans = [];
    for (const trap of TRAPS) {
      for (const match of words.matchAll(trap)) {
        const start = sentence.start + (match.index ?? 0);
        spans.push({ start, end: start + match[0].length });
      }
    }
    trapCache.set(sentence, spans);
  }
  return spans;
}

/**
 * Whether one sector mention in a sentence is a use of the sector: not a trap phrase, not a
 * word too loose to stand alone, not part of a name or an office, and (for "energy") power.
 */
export function isSectorUse(
  text: string,
  sentence: Sentence,
  mention: SectorMention,
  proper: Set<string>,
): boolean {
  const phrase = mention.text.toLowerCase();
  if (NEVER_ALONE.has(phrase)) return false;
  const words = text.slice(sentence.start, sentence.end);
  if (trapSpans(words, sentence).some((s) => s.start < mention.end && mention.start < s.end)) {
    return false;
  }
  const at = mention.start - sentence.start;
  const end = mention.end - sentence.start;
  const before = words.slice(Math.max(0, at - 80), at);
  const after = words.slice(end, end + 40);
  // A capital inside a sentence, where the taxonomy writes none: a name ("World Health
  // Organization", "Port Louis", "Framework Convention on Climate Change").
  const opening = /^[\s"'“‘(\d.)-]*$/.test(words.slice(0, at));
  const capital = /^\p{Lu}/u.test(mention.text) && mention.text !== mention.text.toUpperCase();
  if (capital && !opening && !proper.has(phrase)) return false;
  if (capital && NAME_AFTER.test(after)) return false;
  if (OFFICE_BEFORE.test(before) || OFFICE_AFTER.test(after)) return false;
  if (phrase === 'energy') return energyIsPower(words, at, end);
  return true;
}
