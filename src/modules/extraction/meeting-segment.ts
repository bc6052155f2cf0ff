import { MeetingEvent } from './meeting-events';
import { PersonFound } from './people';
import { SentenceReading } from './sentence-reading';

/** One meeting the report describes, before its sides are settled. */
export interface MeetingSegment {
  persons: PersonFound[];
  /** Sides named for it without a person ("Russia and Nigeria have discussed"). */
  hints: string[];
  events: MeetingEvent[];
  sentences: SentenceReading[];
  /** A meeting recalled as background: it gives no draft. */
  background: boolean;
}

export const sideOf = (person: PersonFound) => person.party;

/** The sides a meeting already has: its people's and the ones named for it. */
export const sidesOf = (meeting: MeetingSegment) =>
  new Set([...meeting.hints, ...meeting.persons.map(sideOf).filter((s): s is string => !!s)]);
