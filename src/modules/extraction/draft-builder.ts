import { FoundDate, publicationDate } from './dates';
import { Gazetteer, inPressName, PartyMention } from './gazetteer';
import { EngineInterest, meetingInterests, Quote, quote } from './interests';
import {
  DraftKind,
  earlierSameDay,
  meetingCity,
  meetingDate,
  occasionDate,
  meetingKind,
  SeriesDate,
  seriesDate,
} from './meeting-facts';
import {
  governmentOf,
  placeMention,
  settleByOffice,
  settleByStance,
  settleSides,
  sideMention,
} from './meeting-sides';
import { MeetingSegment } from './meeting-segment';
import type { SideContext } from './side-context';
import { attendeesListed, segmentMeetings } from './meetings';
import { tokenize } from './nlp';
import { findPeople, PersonFound, StoredPerson } from './people';
import { findQuotes, QuoteSpan, reportedSpeech } from './quotes';
import { Layout, readLayout, sentenceFloor } from './report-layout';
import { Span, unwrapSentences } from './report-text';
import { contextOnly } from './sector-context';
import { spokenOf } from './topic-countries';
import { SectorMatcher, SectorMention, SectorTerm } from './sector-matcher';
import { readSentences, SentenceReading } from './sentence-reading';

export type { Stance } from './stance';
export type { EngineInterest, Quote } from './interests';

export interface EngineParticipant {
  name: string;
  party?: string;
  title?: string;
  stored?: StoredPerson;
  evidence: Quote[];
}

export interface EngineDraft {
  kind: DraftKind;
  date?: FoundDate;
  published?: FoundDate;
  city?: string;
  placeCountry?: string;
  parties: { code: string; evidence: Quote[] }[];
  participants: EngineParticipant[];
  interests: EngineInterest[];
  warnings: string[];
}

export interface EngineContext {
  gazetteer: Gazetteer;
  sectors: SectorTerm[];
  matcher: SectorMatcher;
  people: StoredPerson[];
}

/** What the reader knows of a report besides its text. */
export interface ReportMeta {
  publishedAt?: string;
  outlet?: string;
}

/**
 * The outlet's country ("Ethiopian News Agency", "The Japan News", "Tehran Times"), or the body
 * whose own release it is ("United Nations", "NATO").
 */
function outletParty(gazetteer: Gazetteer, outlet: string | undefined): string | undefined {
  if (!outlet) return undefined;
  // "VietnamPlus", "GhanaWeb": a country's name run into the outlet's brand
  const mentions = gazetteer.find(outlet.replace(/(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu, ' '));
  const own = mentions.find(
    (m) => m.kind === 'organization' && m.start === 0 && m.end === outlet.trim().length,
  );
  return (mentions.find((m) => m.kind !== 'organization') ?? own)?.code;
}

/** The country of the city a date line opens with ("ISLAMABAD -", "Abu Dhabi, (WAM)"). */
function datelineParty(text: string, layout: Layout, gazetteer: Gazetteer): string | undefined {
  // the date line may follow a caption: the first of the opening sentences that has one
  const first = layout.body.slice(0, 3).find((s) => s.content !== s.start);
  if (!first) return undefined;
  const line = text
    .slice(first.start, first.content)
    .replace(/\p{Lu}{2,}/gu, (word) => word[0] + word.slice(1).toLowerCase());
  const city = gazetteer.find(line).find((m) => m.kind === 'capital' && m.start < 40);
  return city ? gazetteer.cityCountry(city.text) : undefined;
}

/**
 * Sector phrases, plus every international organization named: cooperation within the UN, the EU
 * or APEC is multilateral cooperation ("Romania's accession to the OECD"). Words inside an
 * organization's name ("Economic" in APEC's) are part of that name.
 */
function sectorMentions(
  text: string,
  context: EngineContext,
  mentions: PartyMention[],
): SectorMention[] {
  const found = context.matcher.find(text);
  if (!context.sectors.some((s) => s.code === 'multilateral')) return found;
  const bodies: SectorMention[] = mentions
    .filter((m) => m.kind === 'organization')
    .map((m) => ({ code: 'multilateral', start: m.start, end: m.end, text: m.text, body: m.code }));
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  // the longer phrase wins: "NATO summit" is security, "Asia-Pacific Economic Cooperation" APEC
  const longer = (a: Span, b: Span) => a.end - a.start > b.end - b.start;
  const kept = found.filter((s) => !bodies.some((b) => overlaps(s, b) && !longer(s, b)));
  const named = bodies.filter((b) => !kept.some((s) => overlaps(s, b)));
  // "Port Moresby", "Port of Spain": a sector word inside a place's name
  const places = mentions.filter((m) => m.kind !== 'organization');
  return [...kept, ...named]
    .filter((m) => m.body || !places.some((p) => overlaps(p, m)))
    .filter((m) => !contextOnly(text, m, mentions))
    .sort((a, b) => a.start - b.start);
}

/** Institutions, offices and organizations: sector words in their names are not interests. */
function nameSpans(
  text: string,
  people: PersonFound[],
  parties: PartyMention[],
  quotes: QuoteSpan[],
): Span[] {
  // "the “Central and South Asia: Regional connectivity” conference": a title in quotation marks
  const titles = quotes.filter((q) => {
    const words = text.slice(q.start + 1, q.end - 1).split(/\s+/);
    return (
      !q.speaker &&
      words.length <= 14 &&
      words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length
    );
  });
  const institutions = [
    ...text.matchAll(
      /\b(?:Ministry|Ministries|Ministers?|Secretaries|Institute|University|Academy|Centre|Center|College|Bureau|Directorate) (?:of|for) (?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:,?\s+(?:and\s+|of\s+)?)?)+|(?:\p{Lu}[\p{L}-]*\s+){0,5}(?:Agency|Authority|Institute|International|Fund|Bank|Organi[sz]ation|Association|Ministry|Minister|Department|University|Academy|Prize|Award|Zone|Bureau|Directorate|Programme|Program|Convention)\b(?: (?:of|for|on) (?:\p{Lu}[\p{L}-]*(?:,?\s+(?:and\s+|of\s+)?)?)+)?/gu,
    ),
    // "South Africa's Economic Reconstruction and Recovery Plan": a plan's name
    ...text.matchAll(
      /\b(?:\p{Lu}[\p{L}-]*\s+(?:and\s+|&\s+)?){1,6}(?:Plan|Programme|Program|Strategy|Agenda)\b/gu,
    ),
    // "the defence minister said": one office; "a meeting of the transport ministers" is a topic
    ...text.matchAll(/\bthe\s+\p{Ll}+\s+(?:minister|ministry)\b/gu),
  ].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  return [...people.flatMap((p) => (p.titleSpan ? [p.titleSpan] : [])), ...institutions, ...titles];
}

function partyEvidence(
  text: string,
  code: string,
  segment: MeetingSegment,
  mentions: PartyMention[],
  participants: EngineParticipant[],
): Quote[] {
  const within = (m: PartyMention) =>
    segment.sentences.some((r) => m.start >= r.sentence.content && m.end <= r.sentence.end);
  const named = mentions.find((m) => m.code === code && sideMention(m) && within(m));
  const person = participants.find((p) => p.party === code);
  return [...(named ? [quote(text, named)] : []), ...(person ? person.evidence.slice(0, 1) : [])];
}

interface Reading {
  text: string;
  mentions: PartyMention[];
  readings: SentenceReading[];
  published?: FoundDate;
  lead: string;
}

function draftOf(
  reading: Reading,
  segment: MeetingSegment,
  sides: string[],
  context: EngineContext,
  interests: EngineInterest[],
  opening: SentenceReading[],
  previous?: FoundDate,
  series?: SeriesDate,
): EngineDraft {
  const { text, mentions, published } = reading;
  const participants: EngineParticipant[] = segment.persons
    .filter((p) => !p.onlyMentioned && (!p.party || sides.includes(p.party)))
    .map((p) => ({
      name: p.name,
      party: p.party,
      title: p.title,
      stored: p.stored,
      evidence: [quote(text, p.first)],
    }));
  const kind = meetingKind(text, segment, sides.length, reading.lead);
  const date = meetingDate(text, segment, published, opening, previous, series);
  const remote = kind === 'PHONE_CALL' || kind === 'VIDEO_CONFERENCE';
  const city = remote
    ? undefined
    : meetingCity(text, segment, mentions, context.gazetteer, opening);
  const warnings: string[] = [];
  if (sides.length < 2)
    warnings.push(`Only ${sides.length} party found: a meeting needs two; add the missing one.`);
  if (!date) warnings.push('No meeting date found: give one before recording.');
  if (!city && !remote) warnings.push('No city found.');
  if (!interests.length) warnings.push('No cooperation sector found in the report.');
  return {
    kind,
    date,
    published,
    city: city?.city,
    placeCountry: city ? context.gazetteer.cityCountry(city.city) : undefined,
    parties: sides.map((code) => ({
      code,
      evidence: partyEvidence(text, code, segment, mentions, participants),
    })),
    participants,
    interests,
    warnings,
  };
}

/** Everything read from a report before it is cut into meetings. */
function readReport(text: string, meta: ReportMeta, context: EngineContext) {
  const { gazetteer } = context;
  const layout = readLayout(text);
  const published = publicationDate(text, layout, meta.publishedAt);
  const tokens = tokenize(text);
  const mentions = gazetteer.find(text).filter((m) => !inPressName(text, m));
  const floor = sentenceFloor(layout);
  const { people, mentions: said } = findPeople(text, mentions, context.people, tokens, floor);
  const years = [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  const latest = years.length ? Math.max(...years) : undefined;
  const year = published ? Number(published.date.slice(0, 4)) : latest;
  const readings = readSentences(
    { text, tokens, mentions: said, parties: mentions, people, year },
    layout.body,
  );
  const first = readings[0]?.sentence.paragraph ?? 0;
  const opening = readings.slice(0, 3).filter((r) => r.sentence.paragraph <= first + 1);
  const leadSpan = [...layout.header, ...opening.map((r) => r.sentence)];
  const inLead = (m: PartyMention) =>
    (sideMention(m) || governmentOf(text, m)) &&
    !placeMention(text, m) &&
    !spokenOf(text, m) &&
    leadSpan.some((s) => m.start >= s.start && m.end <= s.end);
  const sides: SideContext = {
    text,
    parties: mentions,
    people,
    mentions: said,
    readings,
    outlet: outletParty(gazetteer, meta.outlet),
    dateline: datelineParty(text, layout, gazetteer),
    lead: [...new Set(mentions.filter(inLead).map((m) => m.code))],
  };
  const quotes = [
    ...findQuotes(text, said, people),
    ...reportedSpeech(text, layout.body, said, people),
  ];
  const interests = {
    text,
    sectors: sectorMentions(text, context, mentions),
    author: sides.outlet,
    quotes,
    names: nameSpans(text, people, mentions, quotes),
    parties: mentions,
  };
  const lead = leadSpan.map((s) => text.slice(s.start, s.end)).join(' ');
  const reading: Reading = { text, mentions, readings, published, lead };
  return { reading, opening, sides, interests };
}

/**
 * Reads a report into one draft per meeting, in the order of the text: who met whom, where and
 * when, which sectors each side raised, each fact with the words that support it. Pure: the
 * caller supplies the stored people and sectors.
 */
export function buildDrafts(text: string, meta: ReportMeta, context: EngineContext): EngineDraft[] {
  const drafts = readDrafts(unwrapSentences(text), meta, context);
  // the evidence quotes the report as given, line breaks and all
  const requote = (q: { start: number; end: number; text: string }) => {
    q.text = text.slice(q.start, q.end);
  };
  for (const draft of drafts) {
    [draft.date, draft.published].forEach((d) => d && requote(d));
    draft.parties.forEach((p) => p.evidence.forEach(requote));
    draft.participants.forEach((p) => p.evidence.forEach(requote));
    draft.interests.forEach((i) => i.evidence.forEach(requote));
  }
  return drafts;
}

function readDrafts(text: string, meta: ReportMeta, context: EngineContext): EngineDraft[] {
  const { reading, opening, sides: sideContext, interests } = readReport(text, meta, context);
  settleByOffice(sideContext);
  settleByStance(sideContext);
  const found = segmentMeetings(reading.readings);
  const segments = found.some((s) => !s.background) ? found : [speakersOnly(reading.readings)];
  const sides = settleSides(sideContext, segments);
  const drafts: EngineDraft[] = [];
  const series = seriesDate(text, reading.readings, reading.published);
  const summaries = new Set(
    segments
      .filter((s) => segments.some((o) => o !== s && s.events[0] && o.events[0] === s.events[0]))
      .map((s) => s.events[0].sentence),
  );
  for (const sentence of [...summaries]) {
    const next = followingSummary(reading.readings, sentence);
    if (next) summaries.add(next);
  }
  segments.forEach((segment, i) => {
    if (segment.background || (drafts.length && sides[i].length < 2)) return;
    const own = meetingInterests(interests, segment, sides[i], summaries);
    const opens = drafts.length ? [] : opening.filter((r) => !reportsOther(segments, i, r));
    // "That evening, he met …": the day of the last meeting whose day is known
    const lastDay = [...drafts].reverse().find((d) => d.date)?.date;
    const draft = draftOf(reading, segment, sides[i], context, own, opens, lastDay, series);
    const occasion = draft.date
      ? undefined
      : occasionDate(text, segment, reading.readings, reading.published);
    if (occasion) datedAs(draft, occasion);
    const before = drafts[drafts.length - 1];
    if (before && !before.date && draft.date && earlierSameDay(text, segment))
      datedAs(before, draft.date);
    drafts.push(draft);
  });
  return drafts;
}

/**
 * "met with ministers from A, B and C. Discussions focused on trade …": an impersonal sentence
 * right after a list of meetings sums them up, like the list itself.
 */
function followingSummary(
  readings: SentenceReading[],
  listed: Span,
): SentenceReading['sentence'] | undefined {
  const at = readings.findIndex((r) => r.sentence.start === listed.start);
  const next = readings[at + 1];
  if (at < 0 || !next || next.named.length || next.events.length) return undefined;
  return next.clauses[0]?.referent.kind === 'impersonal' ? next.sentence : undefined;
}

/** An opening sentence that reports another meeting: its day is that meeting's. */
const reportsOther = (segments: MeetingSegment[], at: number, opening: SentenceReading) =>
  segments.some(
    (other, j) =>
      j !== at &&
      !other.background &&
      other.events.some((e) => e.sentence.start === opening.sentence.start) &&
      !segments[at].events.some((e) => e.sentence.start === opening.sentence.start),
  );

/** "X met A. Earlier in the day, X met B on Monday": A's meeting takes B's day. */
function datedAs(draft: EngineDraft, date: FoundDate): void {
  draft.date = date;
  draft.warnings = draft.warnings.filter((w) => !w.startsWith('No meeting date'));
}

/**
 * A report that names no meeting: its speakers, whoever it lists as taking part, and the
 * countries of its opening.
 */
function speakersOnly(readings: SentenceReading[]): MeetingSegment {
  const speakers = readings.flatMap((r) =>
    r.clauses.flatMap((c) =>
      c.referent.kind === 'person' && !c.referent.person.onlyMentioned ? [c.referent.person] : [],
    ),
  );
  // "President A’s delegation included B, …; C", "A and B were also present"
  const listed = readings.flatMap((r) => (r.background ? [] : attendeesListed(r)));
  const persons = [...new Set([...speakers, ...listed])];
  return { persons, hints: [], events: [], sentences: readings, background: false };
}

/** The first meeting a report describes (see buildDrafts). */
export function buildDraft(
  text: string,
  meta: ReportMeta | string | undefined,
  context: EngineContext,
): EngineDraft {
  const given = typeof meta === 'string' || meta === undefined ? { publishedAt: meta } : meta;
  return buildDrafts(text, given, context)[0];
}
