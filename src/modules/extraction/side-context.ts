import { PartyMention } from './gazetteer';
import type { MeetingSegment } from './meeting-segment';
import { PersonFound, PersonMention } from './people';
import { SentenceReading } from './sentence-reading';

/** What the sides of a report's meetings are settled from (meeting-sides, attendee-sides). */
export interface SideContext {
  text: string;
  parties: PartyMention[];
  people: PersonFound[];
  mentions: PersonMention[];
  readings: SentenceReading[];
  /** The outlet's country ("Ethiopian News Agency"): the home side of an unnamed host. */
  outlet?: string;
  /** The country of the date line's city: the home side of a local report's official. */
  dateline?: string;
  /** Countries the headline and the first sentences name, background left out. */
  lead: string[];
  /** The report's first meeting: the lead speaks for it, not for a later stop of a tour. */
  first?: MeetingSegment;
}
