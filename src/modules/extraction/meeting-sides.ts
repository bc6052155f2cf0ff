import { spokenOf } from './topic-countries';
import { PartyMention } from './gazetteer';
import { MeetingEvent } from './meeting-events';
import { attendeesSide, firstMention } from './attendee-sides';
import { MeetingSegment } from './meeting-segment';
import { PersonFound } from './people';
import { byOffice } from './referents';
import { BodySentence } from './report-layout';
import { SentenceReading } from './sentence-reading';
import type { SideContext } from './side-context';

/** Where a mention may be a side: not a capital, a hyphenated pair or an organization's name. */
export const sideMention = (m: PartyMention) =>
  m.kind !== 'capital' && !m.compound && m.kind !== 'organization';

/**
 * The venue of a gathering ("the G20 summit in Argentina", "the Council Summit held at Al-Ula in
 * the Kingdom of Saudi Arabia", "the Council … in Muscat, Oman") is where, not who; a visit "in
 * Chile" still names the host.
 */
const VENUE =
  /\b(?:summit|conference|forum|session|assembly|ministerial|expo|games|olympics|council)\b[^.;:!?]{0,80}\b(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*,\s+)?$/iu;

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
      const person =
        byOffice(subject, side.code, context.people, recent) ?? namedLater(context, subject, end);
      if (person && !person.party) person.party = side.code;
    }
  }
}

/** "… reiterated Ghana's commitment to …": a person stating a country's own stance. */
const STATES =
  /^\s*(?:also\s+)?(?:reiterated|reaffirmed|restated|renewed|underlined|underscored|stressed|conveyed)\s+$/i;
const STANCE =
  /^['’]s\s+(?:(?:full|firm|strong|continued|unwavering)\s+)?(?:commitment|position|support|readiness|willingness|efforts?|stance|determination|policy|agenda)\b/i;

/**
 * "President Mahama reiterated Ghana's commitment to …", "the Minister reaffirmed Kenya's
 * position": whoever states a country's own stance speaks for it. Settles people with no side.
 */
export function settleByStance({ text, readings, parties }: SideContext): void {
  for (const clause of readings.flatMap((r) => r.clauses)) {
    const { referent, subject } = clause;
    if (referent.kind !== 'person' || referent.person.party) continue;
    const owner = parties.find(
      (m) =>
        m.kind === 'name' &&
        m.start > subject.end &&
        STATES.test(text.slice(subject.end, m.start)) &&
        STANCE.test(text.slice(m.end, m.end + 60)),
    );
    if (owner) referent.person.party = owner.code;
  }
}

const OFFICE_WORD = /\b(?:minister|president|ambassador|secretary|premier|envoy|speaker)\b/i;

/**
 * "Brazilian Foreign Minister said … In his meeting with …, Minister A B conveyed …": an office
 * named with a country before any person is the next one who holds a shorter form of it.
 */
function namedLater(context: SideContext, subject: string, end: number) {
  const office = subject.toLowerCase();
  return context.people
    .filter((p) => p.first.start >= end && p.first.start - end < 400 && !p.onlyMentioned)
    .find((p) => {
      const title = (p.title ?? '').toLowerCase();
      const words = title.match(/[\p{L}-]+/gu) ?? [];
      return !p.party && OFFICE_WORD.test(title) && words.every((w) => office.includes(w));
    });
}

/**
 * "the crisis in Sudan", "the situation in Libya", "a summit on DRC peace": a country spoken of,
 * not a side.
 */
const topicMention = (text: string, m: PartyMention) =>
  /\b(?:(?:crisis|situation|conflict|war|developments|events|fighting|elections?|peace)\s+in|(?:summit|conference|forum|dialogue|initiative|talks)\s+on)\s+(?:the\s+)?$/i.test(
    text.slice(Math.max(0, m.start - 40), m.start),
  );

/** "Seoul’s foreign ministry", "the Seoul government": a capital standing for its government. */
export const governmentOf = (text: string, m: PartyMention) =>
  m.kind === 'capital' &&
  /^(?:['’]s)?\s+(?:foreign\s+)?(?:government|ministry|administration|leadership)\b/i.test(
    text.slice(m.end, m.end + 30),
  );

/** Sides named in a sentence that may be this meeting's: not "to Cuba", not "Tashkent, Uzbekistan". */
function namedIn(context: SideContext, reading: SentenceReading): string[] {
  const { start, end } = reading.sentence;
  const capitals = context.parties.filter(
    (m) => m.kind === 'capital' && m.start >= start && m.end <= end,
  );
  return context.parties
    .filter(
      (m) => m.start >= start && m.end <= end && (sideMention(m) || governmentOf(context.text, m)),
    )
    .filter(
      (m) =>
        !placeMention(context.text, m) &&
        !topicMention(context.text, m) &&
        !spokenOf(context.text, m),
    )
    .filter(
      (m) =>
        !/\b(?:ambassador|envoy|representative|consul)\b[^,.]{0,40}\bto\s+(?:the\s+)?$/i.test(
          context.text.slice(Math.max(0, m.start - 60), m.start),
        ),
    )
    .filter((m) => !capitals.some((c) => /^,\s*$/.test(context.text.slice(c.end, m.start))))
    .filter((m) => !discussedTopic(context.text, reading.sentence.content, m))
    .map((m) => m.code);
}

/** "… and discussed with him Kosovo, Zimbabwe and Myanmar": what was discussed, not who. */
function discussedTopic(text: string, from: number, m: PartyMention): boolean {
  const before = text.slice(from, m.start);
  const verb = /\bdiscuss(?:ed|es|ing)?\b(?:\s+with\s+(?:him|her|them))?/gi;
  const last = [...before.matchAll(verb)].pop();
  if (!last) return false;
  const between = before.slice((last.index ?? 0) + last[0].length);
  return !/\bwith\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)*$/u.test(between) && !/[.;]/.test(between);
}

/** Last resort: the country of a capital or of a pair named ("in Muscat", "Omani-Saudi"). */
const placesIn = (context: SideContext, sentence: BodySentence) =>
  context.parties
    // not the date line's city before the sentence's words
    .filter((m) => m.start >= sentence.content && m.end <= sentence.end)
    .filter((m) => m.kind === 'capital' || (m.compound && m.kind !== 'organization'))
    .filter((m) => !placeMention(context.text, m))
    .map((m) => m.code);

/** "on the sidelines of the Council … in Muscat": the date line's city hosts a gathering. */
const venueOfGathering = (context: SideContext, code: string) =>
  context.readings
    .slice(0, 3)
    .some((r) =>
      context.parties.some(
        (m) =>
          m.kind === 'capital' &&
          m.code === code &&
          m.start >= r.sentence.content &&
          m.end <= r.sentence.end &&
          placeMention(context.text, m),
      ),
    );

/** Candidate sides for a meeting, strongest first. */
function candidates(context: SideContext, meeting: MeetingSegment, excluded: string[]): string[] {
  const places = meeting.events.flatMap((e) => placesIn(context, e.sentence));
  const later = !!context.first && meeting !== context.first;
  const list = [
    ...meeting.hints,
    ...meeting.events.flatMap((e) => e.parties),
    // the publisher's country is the home side of an official named without one
    ...(context.outlet ? [context.outlet] : []),
    ...(context.dateline && !venueOfGathering(context, context.dateline) ? [context.dateline] : []),
    ...meeting.events.flatMap((e) =>
      namedIn(
        context,
        context.readings.find((r) => r.sentence === e.sentence)!,
      ),
    ),
    // a later stop ("In Guatemala City, she met President A"): its place's host comes before
    // the countries of the report's opening, which are the first meeting's
    ...(later ? places : []),
    ...context.lead,
    ...meeting.sentences.filter((r) => !r.background).flatMap((r) => namedIn(context, r)),
    ...places,
    ...context.readings.slice(0, 2).flatMap((r) => placesIn(context, r.sentence)),
  ];
  return [...new Set(list)].filter((code) => !excluded.includes(code));
}

const VISITING =
  /\b(?:visit(?:s|ed|ing)?|trip|tour|arrived|arrives|travell?ed|travels)\s+(?:to\s+|in\s+|of\s+)?(?:the\s+)?$/i;

const OFFICE_MET =
  /\b(?:thanked|welcomed|received|hosted|greeted|met)\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+){1,3}(?:for|on|during)\b/u;

const POSSESSIVE_VISIT =
  /\b(?:his|her|their)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\w*\s+(?:to|of)\s+(?:the\s+)?$/i;

/**
 * Countries a person is said to visit ("during his visit to Tonga", "who is on a visit to the
 * US"): where they are a guest, so not their side.
 */
function visitedBy(context: SideContext, people: PersonFound[]): string[] {
  const codes: string[] = [];
  for (const mention of context.mentions.filter((m) => people.includes(m.person))) {
    const reading = context.readings.find(
      (r) => r.sentence.start <= mention.start && mention.end <= r.sentence.end,
    );
    if (!reading) continue;
    for (const place of context.parties) {
      if (place.start < mention.end || place.end > reading.sentence.end) continue;
      if (place.kind === 'organization') continue;
      const between = context.text.slice(mention.end, place.start);
      // another person between them may be the visitor, unless "his visit" refers back
      const others = context.mentions.filter((m) => m.start >= mention.end && m.end <= place.start);
      const first = !context.mentions.some(
        (m) => m.start >= reading.sentence.start && m.start < mention.start,
      );
      const own = first && POSSESSIVE_VISIT.test(between.slice(-60));
      // "thanked the Ghanaian President for visiting Nigeria": an office met is the visitor too
      const office = OFFICE_MET.test(between);
      if ((others.length || office) && !own) continue;
      if (VISITING.test(between.slice(-40))) codes.push(place.code);
    }
  }
  return codes;
}

/** "Russian President Vladimir Putin": the side is named in the person's own office. */
const ownOffice = (context: SideContext, person: PersonFound) =>
  !!person.titleSpan &&
  context.parties.some(
    (m) =>
      m.code === person.party &&
      m.start >= person.titleSpan!.start &&
      m.end <= person.titleSpan!.end,
  );

/** Both groups of an event: who meets and who is met (a joint event pairs its first two). */
function groups(event: MeetingEvent): [PersonFound[], PersonFound[]] {
  if (event.joint) return [event.objects.slice(0, 1), event.objects.slice(1)];
  return [event.subjects, event.objects];
}

const DELEGATION =
  /['’]s\s+delegation\s+(?:included|includes|comprised|consisted\s+of|was\s+made\s+up\s+of)\b[^.]*$/i;

/** "Members of President A’s delegation included B; C": the side of the one who led it. */
function delegationSide(context: SideContext, person: PersonFound): string | undefined {
  const found = firstMention(context, person);
  if (!found) return undefined;
  const { first, reading } = found;
  const match = DELEGATION.exec(context.text.slice(reading.sentence.start, first.start));
  if (!match) return undefined;
  const at = reading.sentence.start + match.index;
  return context.mentions.find((m) => m.end === at && m.person !== person)?.person.party;
}

/**
 * "President A and his Tanzanian counterpart, B": A is of the side B is not. Gives the side of the
 * counterpart named right after the person.
 */
function counterpartAfter(context: SideContext, person: PersonFound): string | undefined {
  return context.people.find((other) => {
    if (!other.counterpart || !other.party || other.party === person.party) return false;
    const at = other.titleSpan?.start ?? other.first.start;
    return context.mentions.some(
      (m) =>
        m.person === person &&
        m.end < at &&
        /^\s*,?\s+and\s+(?:(?:his|her)\s+)?$/i.test(context.text.slice(m.end, at)),
    );
  })?.party;
}

/** Gives people without a side the side their group, their counterpart or the meeting leaves. */
function settlePeople(context: SideContext, meeting: MeetingSegment, others: string[]): void {
  for (const person of meeting.persons.filter((p) => !p.party)) {
    const opposite = counterpartAfter(context, person);
    person.party =
      delegationSide(context, person) ??
      attendeesSide(context, person) ??
      (opposite ? candidates(context, meeting, [opposite, ...others])[0] : undefined);
  }
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
        // "met many leaders, including A, B and C": none of theirs is the visitor's side
        const otherSides = other.flatMap((p, i) =>
          p.party && (i === 0 || ownOffice(context, p)) ? [p.party] : [],
        );
        const unsided = group.filter((p) => !p.party);
        if (otherSides.length && unsided.length) {
          const away = visitedBy(context, unsided);
          const pick = candidates(context, meeting, [...otherSides, ...others, ...away])[0];
          if (pick) unsided.forEach((p) => (p.party = pick));
        }
      }
    }
  }
  const known = meeting.persons.map((p) => p.party).filter((s): s is string => !!s);
  // "The meeting was attended by …" names with no side: the home side of the report
  const home = [context.outlet, context.dateline].find((c) => c && known.includes(c));
  // "met his counterparts from A, B and C": the one who meets speaks for none of them
  const lister = meeting.events[0]?.separate ? meeting.events[0].subjects : [];
  for (const person of meeting.persons.filter((p) => !p.party)) {
    const away = [
      ...visitedBy(context, [person]),
      ...(lister.includes(person) ? meeting.hints : []),
    ];
    // both sides known: one more person is of the home side, not of a third country
    const full = new Set(known).size >= 2;
    const pick =
      (full && home) ||
      candidates(context, meeting, [...new Set(known), ...others, ...away])[0] ||
      (full ? home : undefined);
    if (pick) {
      person.party = pick;
      known.push(pick);
    }
  }
}

/** The sides of each meeting, in order of first mention; people get the side they speak for. */
export function settleSides(context: SideContext, meetings: MeetingSegment[]): string[][] {
  // sides of the other meetings of a "separate meetings with A, B and C" are not this one's
  const siblingsOf = (meeting: MeetingSegment) =>
    meetings
      .filter((m) => m !== meeting && m.events[0] === meeting.events[0])
      .flatMap((m) => m.hints);
  context.first = meetings.find((m) => !m.background);
  // a person's side may be settled only by a later meeting of the same list
  for (let round = 0; round < 2; round += 1)
    for (const meeting of meetings.filter((m) => !m.background))
      settlePeople(context, meeting, siblingsOf(meeting));
  return meetings.map((meeting) => {
    if (meeting.background) return [];
    const siblings = siblingsOf(meeting);
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
