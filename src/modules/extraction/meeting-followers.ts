import { MeetingSegment, sidesOf } from './meeting-segment';
import { tellsTheVisit } from './meeting-words';
import { SentenceReading } from './sentence-reading';

/**
 * The meetings a sentence that reports no meeting speaks of: the visit as a whole, the one its
 * speaker took part in, or the one whose side it names; else the meetings just reported.
 */
export const meetingsSpokenOf = (
  reading: SentenceReading,
  meetings: MeetingSegment[],
  current: MeetingSegment[],
): MeetingSegment[] =>
  visitTold(reading, meetings) ??
  switchBySide(reading, meetings, narrowBySide(reading, followSpeaker(reading, meetings, current)));

/** The visit as a whole told after a later meeting goes with the main one (README 2.3). */
function visitTold(
  reading: SentenceReading,
  meetings: MeetingSegment[],
): MeetingSegment[] | undefined {
  const held = meetings.filter((m) => !m.background);
  if (held.length < 2 || !tellsTheVisit(reading.sentence.text)) return undefined;
  return [held[0]];
}

/** A sentence about someone who took part in one meeting only belongs to that meeting. */
function followSpeaker(
  reading: SentenceReading,
  meetings: MeetingSegment[],
  current: MeetingSegment[],
): MeetingSegment[] {
  const person = reading.person;
  if (!person || current.some((m) => m.persons.includes(person))) return current;
  const holding = meetings.filter((m) => m.persons.includes(person));
  return holding.length === 1 ? holding : current;
}

/**
 * After "separate meetings with A, B and C", a sentence naming one of those sides ("with
 * Indonesian President X") speaks of that meeting only.
 */
function narrowBySide(reading: SentenceReading, current: MeetingSegment[]): MeetingSegment[] {
  if (current.length < 2) return current;
  const named = current.filter((m) => m.hints.some((c) => reading.countries.includes(c)));
  return named.length === 1 ? named : current;
}

/**
 * "At the reception for the US Deputy Secretary of State, …" after the meeting with the Mongolian
 * guest: a sentence naming a side that only another meeting has speaks of that meeting.
 */
function switchBySide(
  reading: SentenceReading,
  meetings: MeetingSegment[],
  current: MeetingSegment[],
): MeetingSegment[] {
  const named = reading.countries.filter((c) => !current.some((m) => sidesOf(m).has(c)));
  // a meeting whose second side is not known yet may be the one named
  if (!named.length || !current.length || current.some((m) => sidesOf(m).size < 2)) return current;
  const holding = meetings.filter((m) => !m.background && named.some((c) => sidesOf(m).has(c)));
  return holding.length === 1 ? holding : current;
}
