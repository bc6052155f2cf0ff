import { dateIn, dayAfter, FoundDate, lastDateBefore } from './dates';
import { Gazetteer, PartyMention } from './gazetteer';
import { MeetingSegment } from './meeting-segment';
import { SentenceReading } from './sentence-reading';

export type DraftKind =
  | 'PHONE_CALL'
  | 'VIDEO_CONFERENCE'
  | 'OFFICIAL_VISIT'
  | 'SUMMIT'
  | 'COMMISSION_SESSION'
  | 'POLITICAL_DIALOGUE'
  | 'PARLIAMENTARY_VISIT'
  | 'MULTILATERAL_MEETING'
  | 'BILATERAL_MEETING';

const PHONE =
  /\b(?:(?:received|had|made|held|took|returned|answered) (?:a|an|the) (?:[\w-]+ )?call (?:from|with)|called (?=(?:his|her|their) (?:[\w-]+ )?counterpart\b|(?:President|Prime Minister|Premier|Chancellor|Foreign Minister|Secretary of State|King|Emir)\b)|phone calls?|telephon(?:e|ic) (?:calls?|conversations?|talks)|phone (?:conversations?|talks)|(?:spoke|talked|held talks|talks) (?:by|over(?: the)?|on the) (?:tele)?phone|phoned|dialled|dialed|by telephone|by phone)\b/i;
const VIDEO =
  /\b(?:video ?conferenc\w*|video call|videoconferenc\w*|video ?teleconferenc\w*|teleconferenc\w*|video link|virtual (?:meeting|talks|format|call)|online (?:meeting|format|talks)|remote meeting|(?:met|meet|meets|talks|held talks)\b[^.;]{0,80}\bvirtually|virtually (?:met|meets|held))\b/i;

/** "… to follow up on matters agreed during their phone call on May 2": an earlier event's words. */
const FOLLOW_UP = /[,\s]+(?:to|in order to)?\s*follow(?:s|ed|ing)?[ -]up on\b/i;

/** Where a sentence stops speaking of the meeting it reports. */
function ownEnd(text: string, start: number, end: number): number {
  const followUp = FOLLOW_UP.exec(text.slice(start, end));
  return followUp ? start + followUp.index : end;
}

/** The text of the sentences that report the meeting itself. */
const eventText = (text: string, meeting: MeetingSegment) =>
  [...new Set(meeting.events.map((e) => e.sentence))]
    .map((s) => text.slice(s.start, ownEnd(text, s.start, s.end)))
    .join(' ');

/** Phone call, video conference, or a meeting face to face (multilateral with more sides). */
export function meetingKind(
  text: string,
  meeting: MeetingSegment,
  sides: number,
  lead: string,
): DraftKind {
  const words = eventText(text, meeting);
  // "During a video call, the two sides …": the kind told in a later sentence's opening
  const during = meeting.sentences
    .map((r) => text.slice(r.sentence.content, r.sentence.content + 50))
    .filter((opening) => /^(?:During|In|Over)\s+(?:the|a|an|their|this)\s+/i.test(opening))
    .join(' ');
  if (!PHONE.test(words) && !VIDEO.test(words)) {
    if (PHONE.test(during)) return 'PHONE_CALL';
    if (VIDEO.test(during)) return 'VIDEO_CONFERENCE';
  }
  for (const source of [words, lead]) {
    if (PHONE.test(source)) return 'PHONE_CALL';
    if (VIDEO.test(source)) return 'VIDEO_CONFERENCE';
    if (source === words && words.trim()) break;
  }
  return sides > 2 ? 'MULTILATERAL_MEETING' : 'BILATERAL_MEETING';
}

/**
 * The day of the meeting: a date in the words of its event ("met … on Tuesday"), else in its
 * event sentences; the first meeting may also take the first date of the report's opening
 * ("Kamikawa said in a speech on Saturday … After the speech, Kamikawa met …").
 */
export function meetingDate(
  text: string,
  meeting: MeetingSegment,
  published: FoundDate | undefined,
  opening: SentenceReading[],
  previous?: FoundDate,
  series?: SeriesDate,
): FoundDate | undefined {
  const own = eventDate(text, meeting, published, opening) ?? laterDate(text, meeting, published);
  if (own) return own;
  const first = meeting.events[0]?.sentence.start ?? meeting.sentences[0]?.sentence.start;
  if (series && first !== undefined && first >= series.from) return series.date;
  if (!previous) return undefined;
  // "A day later, he met …", "The day before, …": counted from the meeting just reported
  const { content } = meeting.events[0]?.sentence ?? meeting.sentences[0].sentence;
  const start = text.slice(content, content + 30);
  if (DAY_LATER.test(start)) return dayAfter(previous);
  if (DAY_EARLIER.test(start)) return dayAfter(previous, -1);
  // "In the afternoon, the minister received …": later on the day just told
  if (PART_OF_DAY.test(start)) return previous;
  // "Earlier in the day, he met …": the day of the meeting just reported
  return SAME_DAY.test(eventText(text, meeting)) ? previous : undefined;
}

const DAY_LATER =
  /^(?:(?:the|on the)\s+(?:following|next)\s+day|(?:a|one)\s+day\s+later|the day after)\b/i;
const PART_OF_DAY = /^(?:in|during) the (?:morning|afternoon|evening)\b/i;
const DAY_EARLIER =
  /^(?:(?:the|on the)\s+(?:previous|preceding)\s+day|the day before|(?:a|one)\s+day\s+(?:earlier|before))\b/i;

/** "Earlier in the day, X met Y on Monday": the meeting told before was on that day too. */
export const earlierSameDay = (text: string, meeting: MeetingSegment) =>
  /^\s*Earlier (?:in the day|that day|on the same day)\b/i.test(
    text.slice(meeting.events[0]?.sentence.content ?? 0, meeting.events[0]?.sentence.end ?? 0),
  );

/** "On the sidelines of the inauguration ceremony, …": the gathering the meeting was held at. */
const SIDELINES_OF =
  /\b(?:on|in|at) the (?:sidelines|margins?|fringes?) of (?:the\s+)?((?:[\p{L}’'-]+\s+){0,5}?[\p{L}-]+)(?=\s*(?:[,.;:]|\b(?:in|on|held|at)\b))/iu;

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "X attended the inauguration ceremony on 16 August … On the sidelines of the inauguration
 * ceremony, X also met Y": the day an earlier sentence gave that gathering.
 */
export function occasionDate(
  text: string,
  meeting: MeetingSegment,
  readings: SentenceReading[],
  published: FoundDate | undefined,
): FoundDate | undefined {
  const told = meeting.events[0]?.sentence;
  const gathering = told && SIDELINES_OF.exec(text.slice(told.content, told.end));
  if (!gathering) return undefined;
  const head = gathering[1].split(/\s+/).slice(-2).map(escaped).join('\\s+');
  const named = new RegExp(`\\b${head}\\b`, 'i');
  for (const { sentence, background } of readings) {
    if (sentence.end > told.start) break;
    if (background || !named.test(text.slice(sentence.content, sentence.end))) continue;
    const day = dateIn(text, sentence.content, sentence.end, published);
    if (day?.precision === 'DAY') return day;
  }
  return undefined;
}

/** The day of a sentence that announces a series of meetings, and where that sentence starts. */
export interface SeriesDate {
  date: FoundDate;
  from: number;
}

const SERIES =
  /\b(?:numerous|a (?:number|series) of|series of|several|separate|short|brief|individual|a round of)\s+(?:bilateral\s+)?(?:meetings|talks|discussions)\b/i;

/**
 * "met world leaders on Friday", "received seven newly appointed envoys on Tuesday": a group met;
 * "the two foreign ministers" are the sides of one meeting.
 */
const MET_GROUP =
  /\b(?:world leaders|(?<!\b(?:the|both|all|these|those)\s)(?:several|numerous|various|many|a number of|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+))\s+(?:[\p{L}-]+\s+){0,3}?(?:leaders|counterparts|envoys|ambassadors|heads of (?:state|government)|dignitaries|foreign ministers|delegations))\b/iu;

/**
 * "X on Friday held numerous bilateral meetings …", "had a number of bilateral meetings on
 * Thursday", "met world leaders on Friday": the day of the series dates every meeting reported
 * after it that gives no day of its own.
 */
export function seriesDate(
  text: string,
  readings: SentenceReading[],
  published: FoundDate | undefined,
): SeriesDate | undefined {
  for (const reading of readings) {
    const { start, content, end } = reading.sentence;
    const words = text.slice(content, end);
    if (reading.background || !(SERIES.test(words) || MET_GROUP.test(words))) continue;
    const date = dateIn(text, content, end, published);
    if (date) return { date, from: start };
  }
  return undefined;
}

const SAME_DAY =
  /\b(?:(?:earlier|later) (?:in the day|that day|today|on the same day)|on the same day|the same day|that (?:morning|afternoon|evening|night))\b/i;

/** "The following morning, …": the day after the last date told before the sentence. */
const NEXT_DAY = /^(?:the|on the)\s+(?:following|next)\s+(?:morning|day|afternoon|evening)\b/i;

/** "On arrival today, … Later, the two presidents held talks": the day of the sentence before. */
const LATER =
  /^(?:later|afterwards|subsequently|shortly after(?:wards)?)\b(?!\s+(?:in|this|that|next)\s+(?:week|month|year))/i;

const TALKS_HELD =
  /\b(?:held|had|began|opened)\s+(?:\w+\s+){0,2}(?:talks|meetings?|discussions)\b/i;

/** "Later, the two presidents held bilateral talks": the day the sentence before tells. */
function laterDate(text: string, meeting: MeetingSegment, published: FoundDate | undefined) {
  for (const { sentence } of meeting.sentences) {
    const words = text.slice(sentence.content, sentence.end);
    if (!LATER.test(words) || !TALKS_HELD.test(words)) continue;
    const told = lastDateBefore(text, sentence.content, published);
    if (told?.precision === 'DAY') return told;
  }
  return undefined;
}

/** "Mammadyarov on Thursday met", "Kenyatta Friday held": the day just before the event's verb. */
const DAY_BEFORE =
  /(?:\bon\s+[^,.;:!?\n]{1,24}|\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b[^,.;:!?\n]{0,30})$/i;

function dayBefore(text: string, event: MeetingSegment['events'][number]): number {
  const from = Math.max(event.sentence.content, event.trigger.start - 40);
  const match = DAY_BEFORE.exec(text.slice(from, event.trigger.start));
  return match ? from + match.index : event.trigger.start;
}

/** "Sato had visited Malaysia on Monday": an earlier event's day, not the talks'. */
const PAST_PERFECT =
  /\bhad\s+(?:already\s+|also\s+|previously\s+)?(?:\p{L}+ed|met|held|been|made|spoken)\b/iu;

function eventDate(
  text: string,
  meeting: MeetingSegment,
  published: FoundDate | undefined,
  opening: SentenceReading[],
): FoundDate | undefined {
  for (const event of meeting.events) {
    const { content: from, end: to } = event.sentence;
    const stop = Math.min(event.end, ownEnd(text, from, to));
    const own = dateIn(text, dayBefore(text, event), stop, published);
    if (own) return own;
    const { content } = event.sentence;
    if (NEXT_DAY.test(text.slice(content, content + 30))) {
      const told = lastDateBefore(text, content, published);
      const next = told && dayAfter(told);
      if (next) return next;
    }
  }
  for (const event of meeting.events) {
    const { content, end } = event.sentence;
    const inSentence = dateIn(text, content, ownEnd(text, content, end), published);
    if (inSentence) return inSentence;
  }
  for (const reading of opening) {
    if (reading.background || PAST_PERFECT.test(reading.sentence.text)) continue;
    const { content, end } = reading.sentence;
    const found = dateIn(text, content, ownEnd(text, content, end), published);
    if (found) return found;
  }
  return undefined;
}

const CITY_BEFORE =
  /\b(?:in|at|to|visiting|visited|visit to)\s+(?:the\s+(?:city|capital) of\s+)?$/i;
const VISIT =
  /\b(?:is|are|was|were)\s+(?:now\s+)?(?:in|visiting)\b|\bvisit(?:ed|ing)?\b|\barrived\b|\bspend\b|\bconvened\b|\bheld\b|\bmet\b|\btalks\b|\bmeeting\b|\battending\b/i;

/** "in/at <city>" in the meeting's own sentences, else where the visitor is ("is in Singapore"). */
export function meetingCity(
  text: string,
  meeting: MeetingSegment,
  mentions: PartyMention[],
  gazetteer: Gazetteer,
  opening: SentenceReading[],
): { city: string; start: number; end: number } | undefined {
  const cityIn = (from: number, to: number, needVisit: boolean) => {
    if (needVisit && !VISIT.test(text.slice(from, to))) return undefined;
    return mentions.find(
      (m) =>
        !m.compound &&
        m.start >= from &&
        m.end <= to &&
        gazetteer.cityCountry(m.text) &&
        CITY_BEFORE.test(text.slice(Math.max(from, m.start - 30), m.start)) &&
        !/\b(?:to be held|will be held|depart\w*|leave|for)\s+(?:in\s+)?$/i.test(
          text.slice(Math.max(from, m.start - 25), m.start),
        ) &&
        // "the meeting … to be held on December 14, 2018 in Baku": a planned event's place
        !/\b(?:to|will) be held\b[^.;:!?]{0,40}$/i.test(
          text.slice(Math.max(from, m.start - 60), m.start),
        ),
    );
  };
  const sentences = [
    ...meeting.events.map((e) => ({ from: e.sentence.content, to: e.sentence.end, visit: false })),
    ...meeting.sentences
      .filter((r) => !r.background && !PAST_PERFECT.test(r.sentence.text))
      .map((r) => ({ from: r.sentence.content, to: r.sentence.end, visit: true })),
    ...opening
      .filter((r) => !PAST_PERFECT.test(r.sentence.text))
      .map((r) => ({ from: r.sentence.content, to: r.sentence.end, visit: true })),
  ];
  for (const { from, to, visit } of sentences) {
    const found = cityIn(from, to, visit);
    if (found) return { city: found.text, start: found.start, end: found.end };
  }
  return capitalOfDateline(text, meeting, mentions, gazetteer);
}

/** "in the national capital" under "New Delhi [India], March 3 (ANI):": the city of the date line. */
function capitalOfDateline(
  text: string,
  meeting: MeetingSegment,
  mentions: PartyMention[],
  gazetteer: Gazetteer,
) {
  const capital = meeting.events
    .map((e) =>
      /\b(?:in|at) the (?:national |nation's |country's |\w+ )?capital\b(?! of)/i.exec(
        text.slice(e.sentence.content, e.sentence.end),
      ),
    )
    .find(Boolean);
  if (!capital) return undefined;
  const first = mentions.find((m) => gazetteer.cityCountry(m.text) && m.kind === 'capital');
  const line =
    first && text.slice(0, first.start).split(/[.!?]\s/).length === 1 ? first : undefined;
  return line && /^[^\n]{0,40}$/.test(text.slice(line.end, line.end + 1))
    ? { city: line.text, start: line.start, end: line.end }
    : undefined;
}
