import { PartyMention } from './gazetteer';
import { PersonFound, PersonMention } from './people';
import { Span } from './report-text';

/** Who a clause's subject is: one person, one side, both sides, or a document reporting. */
export type Referent =
  | { kind: 'person'; person: PersonFound; span: Span }
  | { kind: 'party'; party: string; span: Span }
  | { kind: 'joint'; persons: PersonFound[]; parties: string[]; span?: Span }
  | { kind: 'source' }
  /** "I met …" in a minister's own release: the side the release speaks for. */
  | { kind: 'author' }
  | { kind: 'impersonal' }
  | { kind: 'none' };

export interface ReferenceContext {
  text: string;
  mentions: PersonMention[];
  parties: PartyMention[];
  people: PersonFound[];
  /** The person the previous sentences spoke of last, for "he" and "she". */
  previous?: PersonFound;
}

export const JOINT =
  /^(?:both|they|we\b|the two|two|the sides|the parties|parties at|both sides|both parties|the leaders|the ministers|the foreign ministers|the prime ministers|the presidents|the dignitaries|the authorities|the delegations|the officials|the counterparts|the interlocutors|the heads|the governments|the nations|the countries|their consensus|the pair|(?:the|both) host and (?:the )?guests?)\b/i;
const PRONOUN = /^(?:he|she)\b/i;
const SOURCE =
  /\b(?:statement|release|communiqu[ée]|readout|report|reports|ministry|secretariat|office|agency|spokes\w+|sources?|website|news|media|outlet|according)\b/i;
const IMPERSONAL =
  /^(?:the |a |their |this |both |the bilateral |the two )?(?:\w+ )?(?:meeting|meetings|talks|discussions?|session|call|conversation|consultations|agenda|dialogue|exchange|visit|sides'|topics|issues|areas|conversations)\b/i;

/** Words of an office that a later reference may repeat: "the Foreign Minister", "the emir". */
const OFFICE_WORDS =
  /\b(foreign|prime|deputy|vice|minister|president|premier|ambassador|envoy|secretary|general|chancellor|commissioner|speaker|chairman|king|emir|sultan|prince|leader|diplomat|chief|head|representative|counterpart|guest|visitor|host)\b/gi;
const GENERIC_OFFICE = new Set(['leader', 'diplomat', 'chief', 'head', 'guest', 'visitor', 'host']);

const ROYAL = /\b(?:king|queen|emir|amir|sultan|sheikh|prince|princess)\b/i;

/** "The Jamaican Minister", "the Secretary General", "the top Iranian diplomat" → the person. */
export function byOffice(
  phrase: string,
  side: string | undefined,
  people: PersonFound[],
  recent: PersonFound[],
): PersonFound | undefined {
  // "His Majesty", "His Highness": the ruler the report names
  if (/\b(?:majesty|highness)\b/i.test(phrase)) {
    const ruler = (p: PersonFound) => !p.onlyMentioned && ROYAL.test(p.title ?? '');
    const rulers = people.filter(ruler);
    return recent.find(ruler) ?? (rulers.length === 1 ? rulers[0] : undefined);
  }
  // "The head of state" of a republic is its president
  const office = phrase.toLowerCase().replace(/\bheads? of state\b/, 'president');
  const words = [...office.matchAll(OFFICE_WORDS)].map((m) => m[1]);
  if (!words.length) return undefined;
  const specific = words.filter((w) => !GENERIC_OFFICE.has(w));
  const fits = (person: PersonFound) => {
    if (person.onlyMentioned) return false;
    if (side && person.party && person.party !== side) return false;
    const title = (person.title ?? '').toLowerCase();
    // "his counterpart Park Jin" holds the office of the person he meets
    if (person.counterpart) return true;
    return specific.every(
      (w) =>
        title.includes(w) ||
        (w === 'foreign' && /affairs|external/.test(title)) ||
        (w === 'premier' && title.includes('prime minister')),
    );
  };
  const sided = side ? people.filter((p) => p.party === side && fits(p)) : [];
  if (sided.length === 1) return sided[0];
  // "The Caribbean diplomat also met …": an epithet alone names the one the report follows
  if (!specific.length && !side && words.includes('diplomat')) return people.find(fits);
  // "The Foreign Minister" is the one whose own office that is, before "his Tajik counterpart"
  const titled = recent.filter((p) => fits(p) && !p.counterpart);
  if (!side && titled.length && specific.length) return titled[0];
  return recent.find(fits) ?? (people.filter(fits).length === 1 ? people.find(fits) : undefined);
}

function partiesIn(context: ReferenceContext, span: Span): PartyMention[] {
  return context.parties.filter(
    (m) => m.start >= span.start && m.end <= span.end && m.kind !== 'capital' && !m.compound,
  );
}

/** The people a subject names, each once, in order. */
function personsIn(context: ReferenceContext, span: Span): PersonFound[] {
  const persons: PersonFound[] = [];
  for (const mention of context.mentions) {
    if (mention.start >= span.start && mention.end <= span.end && !persons.includes(mention.person))
      persons.push(mention.person);
  }
  return persons;
}

const PAIRED =
  /\band (?:his|her) (?:\p{Lu}[\p{L}-]+ )?(?:counterpart|colleague|guest|host)\b|\b(?:Mr|Mrs|Ms|Dr)\.? \p{Lu}[\p{L}-]+ and (?:Mr|Mrs|Ms|Dr)\.? \p{Lu}/u;

/** Who the subject of a clause is. */
export function referentOf(context: ReferenceContext, span: Span): Referent {
  const subject = context.text.slice(span.start, span.end).trim();
  if (!subject) return { kind: 'none' };
  if (/^I\b/.test(subject)) return { kind: 'author' };
  const persons = personsIn(context, span);
  const named = [...new Set(partiesIn(context, span).map((m) => m.code))];
  if (persons.length > 1) return { kind: 'joint', persons, parties: [], span };
  // "he and Sheinbaum discussed …": the one spoken of and the one named, together
  // "A and his Albanian colleague discussed …", "Mr A and Mr B discussed …": the one named and the one met
  if (
    persons.length === 1 &&
    (/^(?:he|she) and\b|\band (?:he|she)\b/i.test(subject) || PAIRED.test(subject))
  )
    return { kind: 'joint', persons, parties: [], span };
  if (persons.length === 1) {
    const mention = context.mentions.find((m) => m.person === persons[0] && m.start >= span.start)!;
    return { kind: 'person', person: persons[0], span: { start: mention.start, end: mention.end } };
  }
  if (JOINT.test(subject) || named.length > 1)
    return { kind: 'joint', persons: [], parties: named, span };
  // "his country welcomes …": the side of the person spoken of
  if (/^(?:his|her) (?:country|government|nation)\b/i.test(subject) && context.previous?.party)
    return { kind: 'party', party: context.previous.party, span };
  // "That evening, he met …": the pronoun after an opening phrase
  const pronoun = PRONOUN.exec(subject) ?? /(?<=^[^,]{1,40},\s*)(?:he|she)$/i.exec(subject);
  if (pronoun && context.previous) {
    const at = context.text.indexOf(pronoun[0], span.start);
    return {
      kind: 'person',
      person: context.previous,
      span: { start: at, end: at + pronoun[0].length },
    };
  }
  if (
    /\b(?:minister|president|premier|ambassador|secretary|speaker|chancellor|commissioner|emir|king|sultan|prince|leader|diplomat|envoy|majesty|highness|head of state)\b/i.test(
      subject,
    )
  ) {
    const recent = [...context.mentions]
      .filter((m) => m.end <= span.start)
      .reverse()
      .map((m) => m.person);
    const person = byOffice(subject, named[0], context.people, recent);
    if (person) return { kind: 'person', person, span };
  }
  // a side that heads the subject ("Japan", "The government of Peru"), not one deep in it
  // ("Energy and the welfare of the Indian community")
  const head = partiesIn(context, span)[0];
  if (named.length === 1 && !SOURCE.test(subject) && head && head.start - span.start < 32)
    return { kind: 'party', party: named[0], span: head };
  if (SOURCE.test(subject)) return { kind: 'source' };
  if (IMPERSONAL.test(subject)) return { kind: 'impersonal' };
  return { kind: 'none' };
}
