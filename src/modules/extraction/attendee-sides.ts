import { ATTENDED_AFTER } from './meeting-lists';
import type { SideContext } from './side-context';
import { PersonFound } from './people';
import { SentenceReading } from './sentence-reading';

/* The side of a person listed as attending a meeting, from the others listed with them. */

/** The person's first mention and the sentence it stands in. */
export function firstMention(context: SideContext, person: PersonFound) {
  const first = context.mentions.find((m) => m.person === person);
  const reading =
    first &&
    context.readings.find((r) => r.sentence.start <= first.start && first.end <= r.sentence.end);
  return first && reading ? { first, reading } : undefined;
}

const ATTENDED_BY =
  /\b(?:attended by|accompanied by|joined by|(?:side|delegation) (?:was|were) (?:led|headed|chaired) by|in the presence of|(?:also )?present (?:were|was)|in attendance (?:were|was))\b/i;

/** The one side of the people named in [from, to) besides the one given, if they have one. */
function oneSide(context: SideContext, from: number, to: number, person: PersonFound) {
  const listed = context.mentions.filter(
    (m) => m.start >= from && m.end <= to && m.person !== person,
  );
  return new Set(listed.map((m) => m.person.party).filter(Boolean));
}

/** The first person named in the sentence before this one: who "He" is. */
function lastSubject(context: SideContext, reading: SentenceReading) {
  const before = context.readings[context.readings.indexOf(reading) - 1];
  return before
    ? context.mentions.find((m) => m.start >= before.sentence.start && m.end <= before.sentence.end)
    : undefined;
}

/**
 * "attended by A, Minister of State, and B, UAE Ambassador to …", "A, B and other officials were
 * also present": the list's one side.
 */
export function attendeesSide(context: SideContext, person: PersonFound): string | undefined {
  const found = firstMention(context, person);
  if (!found) return undefined;
  const { first, reading } = found;
  const opening = ATTENDED_BY.exec(reading.sentence.text);
  const trailing = !opening && ATTENDED_AFTER.exec(reading.sentence.text);
  if (trailing) {
    const to = reading.sentence.start + trailing.index;
    const sides = oneSide(context, reading.sentence.start, to, person);
    return first.start < to && sides.size === 1 ? [...sides][0] : undefined;
  }
  if (!opening) return undefined;
  const from = reading.sentence.start + opening.index;
  if (first.start < from) return undefined;
  const sides = oneSide(context, from, reading.sentence.end, person);
  if (sides.size === 1) return [...sides][0];
  // "Also present were X's Ambassador A, Director General B, and Y's Secretary C": B is A's
  const previous = context.mentions.filter((m) => m.start >= from && m.end <= first.start).pop();
  if (sides.size > 1 && previous?.person.party) return previous.person.party;
  // "received A in the presence of B": B is of no side the one named before says
  if (/presence/i.test(opening[0])) return undefined;
  // "A was joined by B (Trade), C (Fisheries)", "He was accompanied by B, C": the one joined
  const host =
    context.mentions.filter((m) => m.start >= reading.sentence.start && m.end <= from).pop() ??
    (/^(?:He|She)\s/.test(reading.sentence.text) ? lastSubject(context, reading) : undefined);
  return !sides.size && host?.person !== person ? host?.person.party : undefined;
}
