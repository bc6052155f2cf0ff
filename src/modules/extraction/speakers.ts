import { PartyMention } from './gazetteer';
import { PersonFound, PersonMention } from './people';
import { Sentence } from './report-text';

export interface Speaker {
  /** One party, or both sides ("the sides discussed"). */
  parties: string[];
  person?: PersonFound;
  evidence?: { start: number; end: number };
  both: boolean;
}

/** An opening phrase before the subject: "Welcoming the guests,", "Then,", "Referring to …,". */
const LEAD_CLAUSE =
  /^(?:(?:Then|Moreover|Meanwhile|However|Also|Additionally|Furthermore|Besides|Later|Earlier|Finally|Separately|In addition|At the same time|In turn|In this regard|In this context|During the (?:meeting|talks|call|conversation|visit)|According to [^,]{1,120}|[A-Z][a-z]+ing\b[^,]{0,160}|[A-Z][a-z]+ly)\s*,\s*)+/;

const REPORTING_VERB =
  /\b(said|says|stated|stressed|emphasi[sz]ed|noted|underlined|underscored|highlighted|added|discussed|expressed|voiced|praised|welcomed|proposed|suggested|invited|called|urged|agreed|signed|touched|acknowledged|gave|told|pointed|reaffirmed|confirmed|spoke|hailed|mentioned|informed|briefed|exchanged|paid|considered|reviewed|explored|is|are|was|were|has|have|will|would|expressed|assured|offered|thanked|described|recalled|focused|addressed|met|held|received|hosted|talked|outlined|presented|shared|conveyed|reiterated|announced|raised|backed|supported|sees|see|wants|plans|asked|began|arrived|co-chaired|chaired|reported)\b/;

const BOTH_SIDES =
  /\b(the|both|two)\s+(sides|parties|countries|leaders|ministers|presidents|delegations|officials|counterparts|heads of state)\b|^\s*they\b|\bboth\b/i;

const PASSIVE_DISCUSSION =
  /\b(was|were)\s+(also\s+)?(discussed|considered|reviewed|touched upon|addressed|raised|explored)\b/i;

const TITLE_REFERENCE =
  /\bthe\s+(foreign minister|prime minister|minister|president|premier|ambassador|envoy|secretary-general|chancellor|commissioner|speaker|chairman|king|emir|guest|visitor|host|high representative|special representative|representative)\b/i;

const PRONOUN = /^\s*(he|she)\b/i;

function byTitle(
  people: PersonFound[],
  title: string,
  before: PersonMention[],
): PersonFound | undefined {
  const word = title.toLowerCase();
  const recent = [...before].reverse().map((mention) => mention.person);
  const fits = (person: PersonFound) => (person.title ?? '').toLowerCase().includes(word);
  return recent.find(fits) ?? people.find(fits);
}

/**
 * Who speaks in a sentence: its subject before the first reporting verb. "He" and "the
 * minister" refer back to the last speaker who fits; "the Korean side" to a party; "the sides"
 * to all parties.
 */
export function sentenceSpeaker(
  sentence: Sentence,
  mentions: PersonMention[],
  partyMentions: PartyMention[],
  people: PersonFound[],
  previous: PersonFound | undefined,
): { speaker?: Speaker; predicateStart: number; leadEnd: number } {
  const lead = LEAD_CLAUSE.exec(sentence.text);
  const leadLength = lead ? lead[0].length : 0;
  const rest = sentence.text.slice(leadLength);
  const verb = REPORTING_VERB.exec(rest);
  const subjectLength = verb ? verb.index : Math.min(rest.length, 80);
  const subjectStart = sentence.start + leadLength;
  const subjectEnd = subjectStart + subjectLength;
  const subject = rest.slice(0, subjectLength);
  const result = (speaker?: Speaker) => ({
    speaker,
    // Without a reporting verb, what follows the speaker's own words is the predicate.
    predicateStart: verb
      ? subjectEnd
      : Math.max(subjectStart, speaker?.evidence?.end ?? subjectStart),
    leadEnd: subjectStart,
  });

  const inSubject = mentions.filter((m) => m.start >= subjectStart && m.end <= subjectEnd);
  const subjectParties = new Set(
    inSubject.map((m) => m.person.party).filter((p): p is string => !!p),
  );
  const namedSides = new Set(
    partyMentions
      .filter((m) => m.start >= subjectStart && m.end <= subjectEnd && m.kind === 'name')
      .map((m) => m.code),
  );
  if (
    BOTH_SIDES.test(subject) ||
    subjectParties.size > 1 ||
    (!inSubject.length && namedSides.size > 1)
  ) {
    return result({ parties: [], both: true });
  }
  if (inSubject.length) {
    const person = inSubject[0].person;
    return result({
      parties: person.party ? [person.party] : [],
      person,
      evidence: { start: inSubject[0].start, end: inSubject[0].end },
      both: false,
    });
  }
  const side = partyMentions.find(
    (m) => m.start >= subjectStart && m.end <= subjectEnd && m.kind !== 'capital',
  );
  const titleRef = TITLE_REFERENCE.exec(subject);
  if (titleRef && !side) {
    const before = mentions.filter((m) => m.end <= sentence.start);
    const person = byTitle(people, titleRef[1], before);
    if (person) {
      const start = subjectStart + titleRef.index;
      return result({
        parties: person.party ? [person.party] : [],
        person,
        evidence: { start, end: start + titleRef[0].length },
        both: false,
      });
    }
  }
  if (PRONOUN.test(subject) && previous) {
    const pronoun = PRONOUN.exec(subject)!;
    const start = subjectStart + pronoun.index + pronoun[0].length - pronoun[1].length;
    return result({
      parties: previous.party ? [previous.party] : [],
      person: previous,
      evidence: { start, end: start + pronoun[1].length },
      both: false,
    });
  }
  if (side)
    return result({
      parties: [side.code],
      evidence: { start: side.start, end: side.end },
      both: false,
    });
  if (PASSIVE_DISCUSSION.test(sentence.text)) return result({ parties: [], both: true });
  return result(undefined);
}
