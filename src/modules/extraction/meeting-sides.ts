import { PartyMention } from './gazetteer';
import { MeetingEvent } from './meeting-events';
import { MeetingSegment } from './meetings';
import { PersonFound, PersonMention } from './people';
import { byOffice } from './referents';
import { SentenceReading } from './sentence-reading';

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
}

/** Where a mention may be a side: not a capital, a hyphenated pair or an organization's name. */
export const sideMention = (m: PartyMention) =>
  m.kind !== 'capital' && !m.compound && m.kind !== 'organization';

/**
 * The venue of a gathering ("the G20 summit in Argentina", "the Council Summit held at Al-Ula in
 * the Kingdom of Saudi Arabia") is where, not who; a visit "in Chile" still names the host.
 */
const VENUE =
  /\b(?:summit|conference|forum|session|assembly|ministerial|expo|games|olympics|council)\b[^.;:!?]{0,50}\b(?:in|at)\s+(?:the\s+)?$/i;

export const placeMention = (text: string, m: PartyMention) =>
  m.kind !== 'organization' && VENUE.test(text.slice(Math.max(0, m.start - 70), m.start));

/**
 * "The Korean Foreign Minister took advantage …": an office named with a country word settles
 * the side of the one person it can refer to.
 */
export function settleByOffice(context: SideContext): void {
  for (const reading of context.readings) {
    for (const clause of reading.clauses) {
      const { start, end } = clause.subject;
      const subject = context.text.slice(start, end);
      if (
        !/\b(?:minister|president|ambassador|secretary|leader|diplomat|premier|envoy|speaker)\b/i.test(
          subject,
        )
      )
        continue;
      const side = context.parties.find((m) => m.start >= start && m.end <= end && sideMention(m));
      if (!side || context.people.some((p) => p.first.start >= start && p.first.end <= end))
        continue;
      const recent = context.people.filter((p) => p.first.start < start).reverse();
      const person = byOffice(subject, side.code, context.people, recent);
      if (person && !person.party) person.party = side.code;
    }
  }
}

/** Sides named in a sentence that may be this meeting's: not "to Cuba", not "Tashkent, Uzbekistan". */
function namedIn(context: SideContext, reading: SentenceReading): string[] {
  const { start, end } = reading.sentence;
  const capitals = context.parties.filter(
    (m) => m.kind === 'capital' && m.start >= start && m.end <= end,
  );
  return context.parties
    .filter((m) => m.start >= start && m.end <= end && sideMention(m))
    .filter((m) => !placeMention(context.text, m))
    .filter(
      (m) =>
        !/\b(?:ambassador|envoy|representative|consul)\b[^,.]{0,40}\bto\s+(?:the\s+)?$/i.test(
          context.text.slice(Math.max(0, m.start - 60), m.start),
        ),
    )
    .filter((m) => !capitals.some((c) => /^,\s*$/.test(context.text.slice(c.end, m.start))))
    .map((m) => m.code);
}

/** Last resort: the country of a capital or of a pair named ("in Muscat", "Omani-Saudi"). */
const placesIn = (context: SideContext, sentence: { start: number; end: number }) =>
  context.parties
    .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
    .filter((m) => m.kind === 'capital' || (m.compound && m.kind !== 'organization'))
    .filter((m) => !placeMention(context.text, m))
    .map((m) => m.code);

/** Candidate sides for a meeting, strongest first. */
function candidates(context: SideContext, meeting: MeetingSegment, excluded: string[]): string[] {
  const list = [
    ...meeting.hints,
    ...meeting.events.flatMap((e) => e.parties),
    // the publisher's country is the home side of an official named without one
    ...(context.outlet ? [context.outlet] : []),
    ...(context.dateline ? [context.dateline] : []),
    ...meeting.events.flatMap((e) =>
      namedIn(
        context,
        context.readings.find((r) => r.sentence === e.sentence)!,
      ),
    ),
    ...context.lead,
    ...meeting.sentences.filter((r) => !r.background).flatMap((r) => namedIn(context, r)),
    ...meeting.events.flatMap((e) => placesIn(context, e.sentence)),
    ...context.readings.slice(0, 2).flatMap((r) => placesIn(context, r.sentence)),
  ];
  return [...new Set(list)].filter((code) => !excluded.includes(code));
}

/** Both groups of an event: who meets and who is met (a joint event pairs its first two). */
function groups(event: MeetingEvent): [PersonFound[], PersonFound[]] {
  if (event.joint) return [event.objects.slice(0, 1), event.objects.slice(1)];
  return [event.subjects, event.objects];
}

/** Gives people without a side the side their group, their counterpart or the meeting leaves. */
function settlePeople(context: SideContext, meeting: MeetingSegment, others: string[]): void {
  // "I met my counterpart …" in a release: the one met is not the outlet's side
  for (const event of meeting.events.filter((e) => e.author && context.outlet)) {
    const pick = candidates(context, meeting, [context.outlet!, ...others])[0];
    if (pick) event.objects.filter((p) => !p.party).forEach((p) => (p.party = pick));
  }
  for (let round = 0; round < 2; round += 1) {
    for (const event of meeting.events) {
      const [a, b] = groups(event);
      for (const [group, other] of [
        [a, b],
        [b, a],
      ]) {
        const side = group.find((p) => p.party)?.party;
        if (side && !event.joint) group.filter((p) => !p.party).forEach((p) => (p.party = side));
        const otherSide = other.find((p) => p.party)?.party;
        const unsided = group.filter((p) => !p.party);
        if (otherSide && unsided.length) {
          const pick = candidates(context, meeting, [otherSide, ...others])[0];
          if (pick) unsided.forEach((p) => (p.party = pick));
        }
      }
    }
  }
  const known = meeting.persons.map((p) => p.party).filter((s): s is string => !!s);
  for (const person of meeting.persons.filter((p) => !p.party)) {
    const pick = candidates(context, meeting, [...new Set(known), ...others])[0];
    if (pick) {
      person.party = pick;
      known.push(pick);
    }
  }
}

/** The sides of each meeting, in order of first mention; people get the side they speak for. */
export function settleSides(context: SideContext, meetings: MeetingSegment[]): string[][] {
  return meetings.map((meeting) => {
    if (meeting.background) return [];
    // sides of the other meetings of a "separate meetings with A, B and C" are not this one's
    const siblings = meetings
      .filter((m) => m !== meeting && m.events[0] === meeting.events[0])
      .flatMap((m) => m.hints);
    settlePeople(context, meeting, siblings);
    const sides: string[] = [];
    for (const person of meeting.persons)
      if (person.party && !sides.includes(person.party)) sides.push(person.party);
    for (const code of candidates(context, meeting, [...sides, ...siblings])) {
      if (sides.length >= 2) break;
      sides.push(code);
    }
    return sides;
  });
}
