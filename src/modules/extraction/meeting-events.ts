import {
  eachOwnOffice,
  headsBefore,
  metRightAfter,
  officesOfOneSide,
  passiveHost,
  unnamedOfficial,
} from './meeting-phrases';
import { EventContext, HELD_BETWEEN, relativeSubject, whomMet, WhomMet } from './meeting-objects';
import { MEET, reportsNoMeeting } from './meeting-words';
import { PersonFound } from './people';
import { BodySentence } from './report-layout';
import { Span } from './report-text';

export type { EventContext } from './meeting-objects';

/** A sentence's report that people or sides met: who met, and whom. */
export interface MeetingEvent {
  sentence: BodySentence;
  /** The words that say so ("met with", "held a phone call with", "and"). */
  trigger: Span;
  /** Where the event's own words end (the date and place of the meeting are sought there). */
  end: number;
  /** The side that meets: the clause's subject. */
  subjects: PersonFound[];
  /** The side met. */
  objects: PersonFound[];
  /** Sides named without a person: "ministers of India, China and Tajikistan". */
  parties: string[];
  /** "separate meetings with A, B and C": one meeting per side met. */
  separate: boolean;
  /** Both named people act together ("X and Y discussed"), or a signing: no side is "met". */
  joint: boolean;
  signing: boolean;
  /** "While meeting with X, …": the subject is not written; the reader takes the one spoken of. */
  implicit?: boolean;
  /** "I met …" in a minister's own release: the author is the side that meets. */
  author?: boolean;
  /** "met Members of Parliament": a meeting with a body, whose members are not named. */
  group?: boolean;
}

/** Bodies met as a whole: "Members of Parliament", "lawmakers". */
const GROUP =
  /^\s+(?:with\s+)?(?:the\s+)?(?:(?:members|leaders) of (?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:parliament|congress|senate|national assembly|house of representatives)|parliamentarians|lawmakers|senators|MPs)\b/iu;

/** "received Ambassadors of Cuba, Angola and Ethiopia": envoys of several countries, one each. */
const ENVOYS_OF = /^\s+(?:the\s+)?(?:ambassadors|envoys|high commissioners)\s+(?:of|from)\b/i;

/**
 * "bilateral meetings with the ministers of A and B", "foreign ministers from A, B and C", "his
 * Uzbek and Kazakh counterparts".
 */
const SEVERAL =
  /^meetings\b|\b(?:counterparts|ministers (?:of|from)|ambassadors of|envoys of)\b|^met\s+(?:several|many|various|a number of)\s+(?:[\w-]+\s+){0,3}(?:leaders|delegates|ministers|officials|dignitaries|diplomats)\b/i;

/**
 * "bilateral talks with A and B", "received A and B": a meeting of two sides, or a reception,
 * with people of several countries is one meeting with each (when each has a side of their own).
 */
/** "visited Chisinau to co-chair the dialogue together with the minister, A": the visit meets A. */
const VISIT_TO_MEET =
  /^[^.;]{0,80}?\bto\s+(?:co-chair|chair|hold\s+talks|meet|confer)\b[^.;]*?\b(?:together\s+)?with\s/i;

const ONE_EACH = /\bbilateral\s+(?:talks|meetings?|discussions?|consultations)$|\breceived$/i;

const NOMINAL_LEAD = /^\s*(?:the|another|an?)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;

/** "The discussion held with X was focused on …": the one who met is the one spoken of. */
const nominalLead = (before: string, word: string) =>
  NOMINAL_LEAD.test(before) && /^(?:discussions?|meetings?|talks|conversation)$/i.test(word);

/**
 * Meetings a sentence reports: "X met (with) Y", "X held talks with Y", "X called on Y and was
 * hosted to breakfast by Z" (two), "the meeting held ... by X and Y", "separate meetings with
 * ministers of A, B and C". Planned and recalled meetings are left out.
 */
export function eventsIn(
  context: EventContext,
  sentence: BodySentence,
  subjectsAt: (offset: number) => {
    persons: PersonFound[];
    end: number;
    implicit: boolean;
    joint: boolean;
    author: boolean;
  },
): MeetingEvent[] {
  const events: MeetingEvent[] = [];
  const { text } = context;
  const content = text.slice(sentence.content, sentence.end);
  for (const match of content.matchAll(MEET)) {
    const word = match[0];
    const at = sentence.content + (match.index ?? 0);
    const found = subjectsAt(at);
    const { implicit, joint, author } = found;
    let subjects = found.persons.length ? found.persons : relativeSubject(context, at);
    const before = text.slice(sentence.content, at);
    // "the delegations headed by A, and B, met": the heads meet each other
    const heads = subjects.length
      ? []
      : headsBefore(context.mentions, context.text, sentence.content, at);
    if (heads.length > 1) subjects = heads;
    if (reportsNoMeeting(text, sentence, word, at)) continue;
    const triggerEnd = at + word.length;
    const met = whomMet(context, sentence, triggerEnd, found.end, subjects);
    if (met.host) subjects = met.host;
    const { limit, lead, persons, parties } = met;
    if (nothingMet(context, sentence, word, { start: at, end: triggerEnd }, met)) continue;
    const together = togetherIn(word, lead, before, subjects, persons);
    // "X and Y held talks": both sides are the subject
    // "A and B met with their Bolivian counterparts": A and B are one side meeting another
    const metSide =
      joint &&
      !persons.length &&
      parties.length > 0 &&
      /^\s+(?:[^,.;]{0,30}?\s)?with\s/i.test(lead);
    const both = together || heads.length > 1 || (joint && !persons.length && !metSide);
    const nominal = !both && !subjects.length && persons.length > 0 && nominalLead(before, word);
    events.push({
      sentence,
      trigger: { start: at, end: triggerEnd },
      end: Math.max(met.end, Math.min(limit, triggerEnd + 80)),
      subjects: both ? [] : subjects,
      objects: both && !together ? subjects : persons,
      parties,
      separate: separateMeetings(text, sentence, word, at, met, both, subjects),
      joint: both,
      signing: false,
      implicit: implicit || nominal,
      author,
      group: !persons.length && GROUP.test(lead),
    });
  }
  return [
    ...withLead(context, sentence, subjectsAt),
    ...events.flatMap((e) => withUnnamed(context, e)),
  ];
}

/** A greeting at the airport, a place visited, a reception of no one: no meeting. */
function nothingMet(
  context: EventContext,
  sentence: BodySentence,
  word: string,
  trigger: Span,
  { limit, lead, persons }: WhomMet,
): boolean {
  const { text } = context;
  const around = text.slice(
    Math.max(sentence.content, trigger.start - 50),
    Math.min(limit, trigger.end + 60),
  );
  if (/\bairport\b/i.test(around)) return true;
  if (
    /^visited$/i.test(word) &&
    !metRightAfter(context.mentions, trigger.end, persons) &&
    !VISIT_TO_MEET.test(text.slice(trigger.end, limit))
  )
    return true;
  return (
    /^(?:received|receiving|hosted|welcomed|visited|with|reception)$/i.test(word) &&
    !persons.length &&
    !/^\s+(?:the |a )?delegation/i.test(lead) &&
    !ENVOYS_OF.test(lead)
  );
}

/** "the meeting held in Seoul by X and Y", "talks between X and Y", "co-chaired by X and Y". */
const togetherIn = (
  word: string,
  lead: string,
  before: string,
  subjects: PersonFound[],
  persons: PersonFound[],
) =>
  !passiveHost(before, word, lead) &&
  (/^\s*(?:held|chaired|co-chaired|attended)\b[^,.;]{0,40}\bby\s/i.test(lead) ||
    // "the main topic of discussion on 19 June in Abuja between A and B"
    (/^discussions?$/i.test(word) && /^[^.;]{0,80}?\sbetween\s/i.test(lead)) ||
    ((HELD_BETWEEN.test(lead) ||
      /^\s*(?:(?:were|was) held\s+)?by\s+(?!phone|telephone|video)/i.test(lead)) &&
      !receivedBy(word, lead, subjects)) ||
    // "at a meeting of Prime Minister A and Vice President B"
    (/^meetings?$/i.test(word) && /^\s+of\s/i.test(lead) && persons.length >= 2));

/** "separate meetings with A, B and C", "called on A, B and C": one meeting per side met. */
function separateMeetings(
  text: string,
  sentence: BodySentence,
  word: string,
  at: number,
  { limit, persons, listed }: WhomMet,
  both: boolean,
  subjects: PersonFound[],
): boolean {
  const triggerEnd = at + word.length;
  return (
    /\bseparate(?:ly)?\b/i.test(
      text.slice(Math.max(sentence.content, at - 40), Math.min(limit, triggerEnd + 20)),
    ) ||
    SEVERAL.test(text.slice(at, Math.min(limit, triggerEnd + 60))) ||
    (!both &&
      subjects.length > 0 &&
      ONE_EACH.test(text.slice(Math.max(sentence.content, at - 12), triggerEnd))) ||
    callsOnEach(word, persons) ||
    (!both && listed && officesOfOneSide(persons))
  );
}

/** A meeting, and another one with an official of a side named only by the office. */
function withUnnamed(context: EventContext, event: MeetingEvent): MeetingEvent[] {
  if (!event.objects.length || event.joint) return [event];
  const unnamed = unnamedOfficial(context, event.objects, event.sentence.end);
  if (!unnamed) return [event];
  const { side, span } = unnamed;
  return [
    event,
    {
      ...event,
      trigger: span,
      end: span.end,
      objects: [],
      parties: [side],
      group: true,
      separate: false,
    },
  ];
}

/** "the visiting minister was received by X": the guest is the subject, the host the one met. */
const receivedBy = (word: string, lead: string, subjects: PersonFound[]) =>
  subjects.length > 0 &&
  /^(?:received|hosted|welcomed)$/i.test(word) &&
  /^\s*(?:in\s+audience\s+)?(?:(?:in|on|during)\s+(?:the\s+)?\w+\s+)?by\s/i.test(lead);

/** "called on the President A, the Prime Minister B and the Speaker C": one call on each office. */
const callsOnEach = (word: string, persons: PersonFound[]) =>
  /^(?:called on|call on)$/i.test(word) &&
  persons.every((p) => !p.counterpart) &&
  eachOwnOffice(persons);

/** "With Brazilian Foreign Minister Paulo Ramos, she talked about …": a meeting with Ramos. */
function withLead(
  context: EventContext,
  sentence: BodySentence,
  subjectsAt: Parameters<typeof eventsIn>[2],
): MeetingEvent[] {
  const lead = /^With\s[^,;.]{3,120},/.exec(context.text.slice(sentence.content, sentence.end));
  if (!lead) return [];
  const end = sentence.content + lead[0].length;
  const met = context.mentions.filter((m) => m.start >= sentence.content && m.end <= end);
  if (!met.length) return [];
  const { persons, end: clauseEnd } = subjectsAt(end + 1);
  return [
    {
      sentence,
      trigger: { start: sentence.content, end: sentence.content + 4 },
      end: clauseEnd,
      subjects: persons,
      objects: [...new Set(met.map((m) => m.person))],
      parties: [],
      separate: false,
      joint: false,
      signing: false,
    },
  ];
}
