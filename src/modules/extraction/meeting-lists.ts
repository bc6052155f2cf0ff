import { MeetingEvent } from './meeting-events';
import { PersonFound } from './people';
import { SentenceReading } from './sentence-reading';

/*
 * How one event reports several meetings, or one more part of a meeting: lists of people or
 * sides met one by one, attendees, and talks in another format after the first.
 */

/** The sides a list names each have at most the one person met there ("A of Canada and B of …"). */
export const everyMetNamed = (event: MeetingEvent) =>
  event.objects.every((p) => !p.party || event.parties.includes(p.party)) &&
  event.parties.every((c) => event.objects.filter((p) => p.party === c).length <= 1);

const TOGETHER =
  /\b(?:trilateral|tripartite|quadrilateral|joint(?:ly)?|together|three-way|all three)\b/i;
/** "met the French and German ambassadors, A and B": one office in the plural, met together. */
const PAIR_OFFICE = /\b\p{Lu}\p{L}+\s+and\s+\p{Lu}\p{L}+\s+(?:ambassadors|envoys|counterparts)\b/u;

const HEAD = /\b(?:president|prime minister|speaker|king|queen|emir|chairman)\b/i;

/**
 * "also met President A, Prime Minister B and foreign minister C": a country's heads, each in an
 * office of their own, are called on one by one.
 */
function callsOnEach(met: PersonFound[], sides: string[]): boolean {
  const offices = met.map((p) => (p.title ?? '').toLowerCase().trim());
  return (
    met.length >= 3 &&
    new Set(sides).size <= 1 &&
    offices.every((o) => o && !/counterpart/.test(o)) &&
    new Set(offices).size === offices.length &&
    offices.filter((o) => HEAD.test(o)).length >= 2
  );
}

/**
 * People met one by one: "separate meetings with A and B", or people who each speak for a side
 * of their own ("exchanged views with A of Cameroon, Spain's B and C of Somalia").
 */
export function listed(event: MeetingEvent): boolean {
  // "consultations with the participation of A and B": both sides at once, not a list met
  const met = event.objects.filter((p) => !p.onlyMentioned && !event.subjects.includes(p));
  if (met.length < 2 || event.joint) return false;
  if (event.separate) return true;
  const sides = met.map((p) => p.party).filter((s): s is string => !!s);
  if (callsOnEach(met, sides) && !TOGETHER.test(event.sentence.text)) return true;
  return (
    sides.length >= 2 &&
    new Set(sides).size === sides.length &&
    !TOGETHER.test(event.sentence.text) &&
    !PAIR_OFFICE.test(event.sentence.text)
  );
}

/**
 * "After the bilateral exchange, the first meeting of the Strategic Dialogue was held between the
 * delegations": talks in another format after the first, between the same sides.
 */
const AFTER_TALKS =
  /^(?:after|following)\s+(?:the|their|this)\s+(?:[\p{L}-]+\s+){0,2}(?:exchange|talks|meeting|conversation|discussions?)\b/iu;

export function afterTalks(event: MeetingEvent, reading: SentenceReading, persons: PersonFound[]) {
  const { sentence } = reading;
  const word = sentence.text.slice(
    event.trigger.start - sentence.start,
    event.trigger.end - sentence.start,
  );
  const words = sentence.text.slice(sentence.content - sentence.start);
  return (
    !persons.length &&
    /^(?:meeting|talks|consultations|negotiations)$/i.test(word) &&
    AFTER_TALKS.test(words) &&
    /^[^.;]{0,100}\b(?:was|were)\s+held\b/i.test(
      sentence.text.slice(event.trigger.end - sentence.start),
    ) &&
    event.trigger.start > sentence.content + 10
  );
}

const ATTENDED =
  /\b(?:(?:attended|joined|sat in on|took part in|participated in|(?:were|was)\s+(?:also\s+)?present\s+(?:in|at|during))\s+(?:the|these|those)\s+(?:bilateral\s+)?(?:talks|meeting|discussions?|event)|(?:also|too)\s+(?:attended|took part|participated)|(?:were|was)\s+(?:also\s+)?(?:present|in attendance))\b/i;

/**
 * "Deputy President A and Cabinet Secretary B attended the talks …", "A and B also attended",
 * "A and B were present".
 */
export const attends = (event: MeetingEvent, reading: SentenceReading) =>
  event.joint && ATTENDED.test(reading.sentence.text);

/** "A and B met with their Bolivian counterparts": A and B are one side, not a meeting. */
export const metTogether = (reading: SentenceReading, persons: PersonFound[]) =>
  reading.events.some(
    (e) =>
      !e.joint &&
      (e.objects.length > 0 || e.parties.length > 0) &&
      persons.every((p) => e.subjects.includes(p)),
  );

/** "A, B and other officials were also present": the attendees come before the words. */
export const ATTENDED_AFTER =
  /\b(?:(?:were|was)\s+(?:also\s+)?(?:present|in attendance)|(?:also\s+)?(?:attended|took part in|participated in)\s+(?:the|this)\s+(?:event|meeting|talks|discussions?|negotiations))\b/i;
