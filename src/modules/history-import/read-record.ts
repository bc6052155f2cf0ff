import type { Gazetteer } from '../extraction/gazetteer';
import type { SectorMatcher, SectorMention } from '../extraction/sector-matcher';
import { MeetingKind } from '../meeting/meeting.entity';
import type { HistoryRecord } from './corpus';
import { findPeopleMentions, PersonMention } from './people-mentions';
import {
  findEvents,
  findOrganizations,
  kindOfRecord,
  RecordEvent,
  splitClauses,
  visitType,
} from './record-text';
import { partyOfSlug } from './slug-parties';
import { splitVisitors, VisitorName } from './titles';
import type { UsOfficials } from './us-officials';

export const US = 'US';

/** One record as the converter understands it, before records describing one event are merged. */
export interface ReadRecord {
  record: HistoryRecord;
  /** The whole record, or one of the two parts of a record split in two (see readRecord). */
  part: 'all' | 'event' | 'talks';
  /** The state the trip went to, or the visitor came from. */
  partner: string;
  /** Where it took place: the state visited, or the United States for a visit. */
  host: string;
  kind: MeetingKind;
  visitType?: string;
  events: RecordEvent[];
  /** Organization parties whose meeting this was. */
  organizations: string[];
  people: PersonMention[];
  visitors: VisitorName[];
  sectors: SectorMention[];
  /** A secretary's trip made with the president ("Accompanied President Obama"). */
  accompaniesPresident: boolean;
}

export interface ReadingContext {
  gazetteer: Gazetteer;
  officials: UsOfficials;
  sectors: SectorMatcher;
}

type Span = { start: number; end: number };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

const ACCOMPANIED =
  /(?:^|[.;]\s*|\band\s+)(?:accompanied|accompanying|joined|with) (?:the )?president\b[^.;]*/gi;

/**
 * Sectors the words name, except a sector word inside an organization's name or a person's
 * office ("Defense Minister"), or a capitalised word inside a proper name ("Hyannis Port",
 * "Munich Security Conference"): those are no subjects of the meeting.
 */
function subjectSectors(text: string, matcher: SectorMatcher, taken: Span[]): SectorMention[] {
  const insideName = (s: { start: number; text: string }) =>
    /^\p{Lu}/u.test(s.text) &&
    s.text !== s.text.toUpperCase() &&
    /\p{Lu}[\p{L}\p{N}'’-]*[ -]$/u.test(text.slice(Math.max(0, s.start - 30), s.start));
  return matcher.find(text).filter((s) => !taken.some((t) => overlaps(s, t)) && !insideName(s));
}

/**
 * A record that tells of an event several records share (a summit attended, the president
 * accompanied) and of meetings of its own ("Met with Prime Minister Narendra Modi and attended
 * the G20 Leaders' Summit") is two parts: the event, and the `talks`, each with the people and
 * sectors named in its words. Any other record is one part.
 */
function splitRecord(whole: ReadRecord, shared: Span[]): ReadRecord[] {
  const { record, people, sectors } = whole;
  const { text } = record;
  const inShared = (span: Span) => shared.some((e) => overlaps(span, e));
  // On a trip, the president named is the one the secretary accompanied; on a visit, the
  // president the visitor met.
  const own = people.filter((p) => !inShared(p.span) && !(record.kind === 'trip' && p.official));
  // "Official working visit. Attended the G-20 Economic Summit": a visit of its own as well.
  const typed = /(?:state|official|working) visit/i.exec(text);
  const ownVisit = typed !== null && !inShared({ start: typed.index, end: typed.index + 1 });
  if (!shared.length || (!own.length && !ownVisit)) return [whole];
  const blank = (inside: boolean) =>
    text
      .split('')
      .map((c, i) => (shared.some((e) => i >= e.start && i < e.end) === inside ? c : ' '))
      .join('');
  return [
    {
      ...whole,
      part: 'event',
      kind: kindOfRecord(blank(true), whole.events),
      people: people.filter((p) => !own.includes(p)),
      sectors: sectors.filter((s) => inShared(s)),
    },
    {
      ...whole,
      part: 'talks',
      kind: kindOfRecord(blank(false), []),
      events: [],
      organizations: [],
      people: own,
      sectors: sectors.filter((s) => !inShared(s)),
      accompaniesPresident: false,
    },
  ];
}

/** Reads one record into one or two parts; undefined when its slug names no party then. */
export function readRecord(
  record: HistoryRecord,
  context: ReadingContext,
): ReadRecord[] | undefined {
  const partner = partyOfSlug(record.slug, record.start);
  if (!partner) return undefined;
  const host = record.kind === 'trip' ? partner : US;
  const { text } = record;
  const organizationsNamed = findOrganizations(text, record.start);
  const events = findEvents(text, splitClauses(text), organizationsNamed);
  const people = findPeopleMentions(text, {
    date: record.start,
    defaultSide: host,
    gazetteer: context.gazetteer,
    officials: context.officials,
  });
  const offices = people.map((p) => ({ start: p.span.start, end: p.span.start + p.title.length }));
  const accompanying =
    record.kind === 'trip' && record.role === 'secretary'
      ? [...text.matchAll(ACCOMPANIED)].map((m) => ({
          start: m.index ?? 0,
          end: (m.index ?? 0) + m[0].length,
        }))
      : [];
  const whole: ReadRecord = {
    record,
    part: 'all',
    partner,
    host,
    kind: kindOfRecord(text, events),
    visitType: visitType(text),
    events,
    organizations: [...new Set(events.flatMap((e) => e.organizations))],
    people,
    visitors: record.kind === 'visit' ? splitVisitors(record.visitor) : [],
    sectors: subjectSectors(text, context.sectors, [...organizationsNamed, ...offices]),
    accompaniesPresident: accompanying.length > 0,
  };
  return splitRecord(whole, [...events, ...accompanying]);
}
