import {
  afterTalks,
  ATTENDED_AFTER,
  attends,
  everyMetNamed,
  listed,
  metTogether,
} from './meeting-lists';
import { MeetingEvent } from './meeting-events';
import { meetingsSpokenOf } from './meeting-followers';
import { MeetingSegment, sideOf, sidesOf } from './meeting-segment';
import { PersonFound } from './people';
import { SentenceReading } from './sentence-reading';

const AGREEMENT =
  /^(?:agreed|discussed|pledged|decided|signed|exchanged|held|have|has|met|meet|concluded|reviewed|talked|spoke|expanded)$/i;

/** Events that clauses make: "X and Y discussed", "Russia and Nigeria have discussed". */
function clauseEvents(reading: SentenceReading): MeetingEvent[] {
  const events: MeetingEvent[] = [];
  for (const clause of reading.clauses) {
    const { referent, verb } = clause;
    if (referent.kind !== 'joint' || !verb) continue;
    const persons = referent.persons.filter((p) => !p.onlyMentioned);
    const parties = referent.parties;
    if (persons.length < 2 && parties.length < 2) continue;
    if (persons.length && metTogether(reading, persons)) continue;
    if (!persons.length && !AGREEMENT.test(verb.text) && !/^(?:are|were)$/i.test(verb.text))
      continue;
    events.push({
      sentence: reading.sentence,
      trigger: referent.span ?? clause.subject,
      end: clause.end,
      subjects: [],
      objects: persons,
      parties: persons.length ? [] : parties,
      separate: false,
      joint: true,
      signing: /^sign/i.test(verb.text),
    });
  }
  return events;
}

/** Can the people of an event be this meeting's: shared people, no second person on a side. */
function fits(meeting: MeetingSegment, persons: PersonFound[], parties: string[]): boolean {
  if (meeting.background) return false;
  const sides = sidesOf(meeting);
  if (!persons.length) return parties.every((p) => sides.has(p));
  // "He also held an exchange with the Nicaraguan FM": a third side is another meeting
  if (
    sides.size >= 2 &&
    parties.some((p) => !sides.has(p)) &&
    persons.every((p) => meeting.persons.includes(p))
  )
    return false;
  const fresh = persons.filter((p) => !meeting.persons.includes(p));
  if (!fresh.length) return true;
  // a meeting with a body ("the members of the senate") takes no named counterpart
  const withBody = meeting.events[0]?.group;
  if (withBody && fresh.some((p) => !meeting.persons.some((q) => sideOf(q) === sideOf(p))))
    return false;
  if (!meeting.persons.length) {
    if (!meeting.hints.length) return true;
    if (fresh.every((p) => !sideOf(p) || meeting.hints.includes(sideOf(p)!))) return true;
    // "India held meetings with Japan and Brazil … a meeting between Thakur (IN) and Sakamoto (JP)"
    const own = new Set(fresh.map(sideOf).filter(Boolean));
    return meeting.hints.every((h) => own.has(h)) && new Set([...own, ...meeting.hints]).size <= 2;
  }
  const shared = persons.filter((p) => meeting.persons.includes(p));
  if (!shared.length) return false;
  const sharedSides = new Set(shared.map(sideOf).filter(Boolean));
  // the other side of the meeting already has someone: a new person there is a new meeting
  const others = meeting.persons.filter(
    (p) => !shared.includes(p) && !(sideOf(p) && sharedSides.has(sideOf(p))),
  );
  return fresh.every((p) => {
    const side = sideOf(p);
    if (side && sharedSides.has(side)) return true;
    if (others.some((o) => !sideOf(o) || sideOf(o) === side) || (!side && others.length))
      return false;
    return (
      !side ||
      !sides.size ||
      sides.has(side) ||
      (sides.size < 2 && ![...sides].some((s) => sharedSides.has(s) === false && s !== side))
    );
  });
}

const add = (meeting: MeetingSegment, persons: PersonFound[]) => {
  for (const person of persons) if (!meeting.persons.includes(person)) meeting.persons.push(person);
};

/** A recalled meeting: its people were first named in a background sentence. */
function recalled(
  event: MeetingEvent,
  readings: SentenceReading[],
  known: Set<PersonFound>,
): boolean {
  const persons = [...event.subjects, ...event.objects].filter((p) => !known.has(p));
  if (!persons.length) return false;
  const backgroundStarts = readings.filter((r) => r.background).map((r) => r.sentence);
  return persons.some((p) =>
    backgroundStarts.some((s) => p.first.start >= s.start && p.first.start < s.end),
  );
}

/** The meetings found so far and the ones the text speaks of now. */
interface Segmenting {
  meetings: MeetingSegment[];
  /** Sentences of a summary meeting that was dropped: the first meeting's. */
  carried: SentenceReading[];
  current: MeetingSegment[];
  named: Set<PersonFound>;
  readings: SentenceReading[];
}

function open(
  state: Segmenting,
  persons: PersonFound[],
  hints: string[],
  event: MeetingEvent,
  background = false,
) {
  const meeting: MeetingSegment = {
    persons: [...persons],
    hints,
    events: [event],
    sentences: [],
    background,
  };
  state.meetings.push(meeting);
  return meeting;
}

/**
 * "has held discussions with foreign ministers of five countries. He held the discussions with
 * the ministers of A, B and C": the summary opened a meeting that the list now gives one by one.
 */
function dropSummary(state: Segmenting, event: MeetingEvent): void {
  const summary = state.meetings.filter(
    (m) =>
      !m.background &&
      !m.hints.length &&
      m.persons.every((p) => event.subjects.includes(p)) &&
      m.events.every((e) => !e.objects.length && !e.parties.length),
  );
  if (summary.length !== 1 || state.meetings[state.meetings.length - 1] !== summary[0]) return;
  state.meetings.pop();
  state.carried.push(...summary[0].sentences);
}

/**
 * "meetings with the ministers of A and B. He met X, minister of A, and Y, minister of B": the
 * meeting already opened for the side, whose counterpart the list now names.
 */
function openedFor(state: Segmenting, subjects: PersonFound[], party: string | undefined) {
  if (!party || !subjects.length) return undefined;
  return state.meetings.find(
    (m) =>
      !m.background &&
      m.hints.includes(party) &&
      m.persons.every((p) => subjects.includes(p)) &&
      subjects.every((s) => m.persons.includes(s)),
  );
}

/**
 * Events that open meetings of their own or join the one just reported: another format with the
 * same sides, attendees, and lists of sides or people met one by one.
 */
function placeApart(
  state: Segmenting,
  event: MeetingEvent,
  reading: SentenceReading,
  persons: PersonFound[],
): boolean {
  const { current } = state;
  if ((event.group || afterTalks(event, reading, persons)) && current.length) {
    // "I also met Members of Parliament": another meeting with the same sides
    // "…, and the Foreign Minister of Chile": the side of the official named by office
    const sides = event.group && event.parties.length ? event.parties : [...sidesOf(current[0])];
    state.current = [open(state, persons, sides, event)];
  } else if (attends(event, reading) && current.length === 1) {
    // "A and B attended the talks": they take part in the meeting just reported
    add(current[0], persons);
    current[0].events.push(event);
  } else if (event.separate && event.parties.length > 1 && everyMetNamed(event)) {
    // "met her counterparts A of Canada and B of Colombia", "his counterparts from A, B and C"
    dropSummary(state, event);
    state.current = event.parties.map((party) =>
      open(
        state,
        [...event.subjects, ...event.objects.filter((p) => p.party === party)],
        [party],
        event,
      ),
    );
  } else if (listed(event)) {
    // "held separate meetings with A, the President of Cyprus and B, the Minister of …": one each
    dropSummary(state, event);
    // "also called on A, B and C": one already met is not met again
    const seen = (p: PersonFound) =>
      state.meetings.some((m) => !m.background && m.persons.includes(p));
    const all = event.objects.filter((p) => !p.onlyMentioned);
    const met = all.some(seen) && !all.every(seen) ? all.filter((p) => !seen(p)) : all;
    const only = event.parties.length === 1 ? event.parties : [];
    state.current = met.map((p) => {
      const before = openedFor(state, event.subjects, p.party);
      if (!before) return open(state, [...event.subjects, p], p.party ? [p.party] : only, event);
      add(before, [p]);
      before.events.push(event);
      return before;
    });
  } else return false;
  return true;
}

/** Puts an event in the meeting it belongs to, or opens a new one; sets the current meetings. */
function placeEvent(state: Segmenting, event: MeetingEvent, reading: SentenceReading): void {
  const { meetings, current } = state;
  if (event.implicit && meetings.length) event.subjects = protagonist(meetings, event.objects);
  const persons = [...new Set([...event.subjects, ...event.objects])].filter(
    (p) => !p.onlyMentioned,
  );
  const real = meetings.filter((m) => !m.background);
  if (placeApart(state, event, reading, persons)) {
    persons.forEach((p) => state.named.add(p));
    return;
  }
  if (!persons.length && event.parties.length < 2 && !(current.length && event.parties.length)) {
    return;
  } else {
    const known = current.filter(
      (m) => persons.length && persons.every((p) => m.persons.includes(p)),
    );
    const target = [...current, ...real.slice().reverse()].find((m) =>
      fits(m, persons, event.parties),
    );
    // "held a meeting with the Belgian PM": of the meetings just named, the one of that side
    const named = known.filter((m) =>
      event.parties.some((c) => m.hints.includes(c) || m.persons.some((p) => p.party === c)),
    );
    if (known.length > 1 && named.length === 1) {
      named[0].events.push(event);
      state.current = named;
    } else if (known.length > 1) {
      // "He met the delegates of those countries": all of the meetings just named
      known.forEach((m) => m.events.push(event));
      state.current = known;
    } else if (target) {
      add(target, persons);
      if (!persons.length) target.hints = [...new Set([...target.hints, ...event.parties])];
      target.events.push(event);
      state.current = [target];
    } else if (event.signing && current.length) {
      add(current[0], persons);
    } else if (reading.background || recalled(event, state.readings, state.named)) {
      state.current = [open(state, persons, [], event, true)];
    } else if (
      (persons.length && (event.objects.length || event.parties.length || event.joint)) ||
      !real.length
    ) {
      state.current = [
        open(state, persons, persons.length ? event.parties : event.parties.slice(0, 2), event),
      ];
    }
  }
  persons.forEach((p) => state.named.add(p));
}

/**
 * Splits the report into meetings, in the order of the text: a new meeting starts where an
 * event names someone new on a side that already has someone ("also met Prime Minister Vucic"),
 * or a side the meetings so far do not have. Every sentence goes to the meeting it speaks of.
 */
export function segmentMeetings(readings: SentenceReading[]): MeetingSegment[] {
  const state: Segmenting = { meetings: [], current: [], named: new Set(), readings, carried: [] };
  const pending: SentenceReading[] = [];
  const seen = new Set<string>();
  for (const reading of readings) {
    // A sentence the page repeats (a lede printed twice) reports nothing new
    const words = reading.sentence.text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
    if (words.length > 40 && seen.has(words)) continue;
    seen.add(words);
    const events = [...reading.events, ...clauseEvents(reading)].sort(
      (a, b) => a.trigger.start - b.trigger.start,
    );
    for (const event of events) placeEvent(state, event, reading);
    if (!events.length) state.current = meetingsSpokenOf(reading, state.meetings, state.current);
    if (!state.current.length) pending.push(reading);
    else for (const meeting of state.current) meeting.sentences.push(reading);
    if (state.current.length === 1 && !state.current[0].background)
      speakersJoin(state.current[0], reading);
  }
  const first = state.meetings.find((m) => !m.background);
  if (first) {
    // "The Omani side was led by A" before the sides are known: A takes part in the first meeting
    for (const reading of pending.filter(
      (r) => ATTENDING.test(r.sentence.text) || ATTENDED_AFTER.test(r.sentence.text),
    ))
      speakersJoin(first, reading);
    first.sentences.unshift(...pending, ...state.carried);
    first.sentences.sort((a, b) => a.sentence.start - b.sentence.start);
  }
  return state.meetings;
}

/** The person the report follows: in the most meetings so far, the first named on a tie. */
function protagonist(meetings: MeetingSegment[], met: PersonFound[]): PersonFound[] {
  const counts = new Map<PersonFound, number>();
  for (const meeting of meetings.filter((m) => !m.background))
    for (const person of meeting.persons)
      if (!met.includes(person)) counts.set(person, (counts.get(person) ?? 0) + 1);
  const ranked = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || a[0].first.start - b[0].first.start,
  );
  return ranked.length ? [ranked[0][0]] : [];
}

/** "attended by", "accompanied by", "X’s delegation included": a list of who took part. */
const ATTENDING =
  /\b(?:attended by|accompanied by|joined by|in attendance|also present|were present|also attended|also took part|delegation (?:included|comprised|comprising|consisting of|was composed of)|(?:side|delegation) (?:was|were) (?:led|headed|chaired) by|(?:led|headed) on the [\w-]+ side by|with the participation of|in the presence of)\b/i;

/** Who a sentence lists as taking part: after "attended by …", before "… were also present". */
export function attendeesListed(reading: SentenceReading): PersonFound[] {
  const { text, start } = reading.sentence;
  const after = ATTENDING.exec(text);
  const before = ATTENDED_AFTER.exec(text);
  return reading.named.filter(
    (p) =>
      !p.onlyMentioned &&
      ((!!after && p.first.start >= start + after.index) ||
        (!!before && p.first.start < start + before.index)),
  );
}

/** A person who speaks in a meeting's sentences for one of its sides takes part in it. */
function speakersJoin(meeting: MeetingSegment, reading: SentenceReading): void {
  if (reading.background) return;
  const sides = new Set([...meeting.hints, ...meeting.persons.map(sideOf)]);
  // "The meeting was attended by …": everyone listed for one of the sides; while a side is
  // still unknown, an attendee's own side may be it
  const open = [...sides].filter(Boolean).length < 2;
  add(
    meeting,
    attendeesListed(reading).filter((p) => !p.party || open || sides.has(p.party)),
  );
  for (const clause of reading.clauses) {
    const sides = new Set([...meeting.hints, ...meeting.persons.map(sideOf)]);
    for (const person of speakers(clause, reading))
      if (person.party && sides.has(person.party)) add(meeting, [person]);
  }
}

/**
 * Who speaks in a clause: its subject, or the one who reports what both sides did ("Minister A
 * noted that the sides agreed …").
 */
function speakers(clause: SentenceReading['clauses'][number], reading: SentenceReading) {
  const { referent, subject } = clause;
  if (clause.praise) return [];
  if (referent.kind === 'person') return referent.person.onlyMentioned ? [] : [referent.person];
  if (referent.kind !== 'joint' || referent.persons.length) return [];
  const named = reading.named.filter(
    (p) => !p.onlyMentioned && p.first.start >= subject.start && p.first.end <= subject.end,
  );
  return named.length === 1 ? named : [];
}
