import { spokenOf } from './topic-countries';
import { PartyMention } from './gazetteer';
import {
  eachOwnOffice,
  headsBefore,
  listGoesOn,
  metRightAfter,
  officesOfOneSide,
  passiveHost,
  unnamedOfficial,
} from './meeting-phrases';
import { isVerb, Token, tokensIn } from './nlp';
import { PersonFound, PersonMention } from './people';
import { BodySentence } from './report-layout';
import { Span } from './report-text';

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

export interface EventContext {
  text: string;
  tokens: Token[];
  mentions: PersonMention[];
  parties: PartyMention[];
}

/** Words that report a meeting, a call or talks. */
const MEET =
  /\b(?:met|meets|meet(?= with)|meeting|meetings|talks|negotiations|talked|talking(?= with)|audience(?= with)|conversations?|phone calls?|telephone calls?|call(?= with)|called on|(?<=(?:farewell|courtesy|introductory) )call on|phoned|spoke(?= (?:with|to|by|over))|conferred|discussions?(?= (?:held |today |yesterday |(?:on|this) \w+day |(?:earlier|later|on) \w+ )?with| (?!(?:he|she|they|we)\b)[^;,]{1,40}? (?:had|held) (?:was )?with)|discussions?(?=[^.;]{0,80}? between )|discussed,? with|(?<=discussed [\w ,-]{1,50}? )with(?= [A-Z])|visited(?= [A-Z])|consultations|working sessions?(?= with)|received|receiving|hosted|(?<=\b(?:a|the) (?:recent |special |official )?)reception(?= for\b)|co-chaired|summit(?= between)|exchanged views|(?<=(?:held|had) (?:an |another |a )?(?:brief |fraternal |cordial |fruitful |useful |warm |frank )?)exchange(?= with)|video ?conference|videoconference|teleconference meeting|teleconference(?= with)|dialled|dialed|courtesy call|(?<=courtesy )visit(?= to\b)|(?<=\ba )visit(?= to (?:the )?(?:President|Prime Minister|King|Queen|Emir|Chancellor|Speaker)\b))\b/gi;

const FUTURE =
  /\b(?:will|would|shall|to(?!\s+(?:a|an|the)\s)|plans? to|planning to|scheduled to|due to|expected to|set to|upcoming|next|future|invit\w+ \w+ to|ahead of|(?:lined up|slated|scheduled) for)\s+(?:[“"‘']?\w+[”"’']?\s+){0,2}$/i;
/** "a meeting will be held between …": planned, said after the word for the meeting. */
const FUTURE_AFTER =
  /^\s+(?:will|would|shall|is to|are to|is expected to|is scheduled to|is due to)\s+(?:be\s+held|take\s+place|convene)\b/i;
const RECALLED =
  /\b(?:recall\w*|referring to|previous|earlier(?! (?:in the day|today|that day|on the same day))|last (?:week|month|year)|(?:came|comes)\b[^.]{0,40}\bafter|since|follow(?:s|ed|ing)?[ -]up on)\b[^.]*$/i;

/** "Earlier, X also met Y": a meeting of the same visit, told after the main one. */
const sameVisit = (sentence: string) =>
  /^\s*Earlier,\s+[^,.;]{0,60}?\b(?:met|held (?:\w+ )?(?:talks|meetings?)|called on|received)\b/.test(
    sentence,
  ) && !/\b(?:had|(?:19|20)\d\d)\b/.test(sentence);

/** A meeting word opening its sentence as the subject of what the talks covered. */
const SPOKEN_OF = /^[\s•·*“"‘'-]*(?:the|our|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
const TALKS_DID =
  /^\s+(?:centred|centered|focused|focussed|covered|touched|dwelt|revolved|included|lasted|took place)\b(?![^.;]*\b(?:between|with)\b)/i;

const HELD_CAPITAL = /\b(?:held|had|hold|holds)\s+(?:\p{Lu}\p{Ll}+\s+)?$/u;

/** Words that end the phrase naming whom someone met. */
const OBJECT_END =
  /^(?:,\s*(?:where|during which|in which)\b|,\s*and\s+(?=\p{Ll})|,\s*(?:in order )?to\s+(?!(?:co-chair|chair|meet|hold\s+talks|confer)\b)(?=\p{Ll})|\s+(?:to discuss|and discussed|on ways|where)\b|\.|;(?!\s+(?:and\s+)?\p{Lu}))/u;
/** Words after which the phrase names the topic, not who met: "met X to discuss … Russia". */
const TOPIC_START =
  /^\s+(?:him|her|them)\b|\s(?:to discuss|to explore|to review|on ways|and discussed|where|during which)\b|\s(?:on|about|regarding)\s+(?:the\s+)?(?:latest\s+)?(?:situation|developments|crisis|conflict|war)\b/i;
const OBJECT_VERBS = /^(?:led|headed|accompanied|comprising|including|designate|appointed)$/i;

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

const within = (span: Span, inner: Span) => inner.start >= span.start && inner.end <= span.end;

/** "met with Eng. Salim …", "Dr. A": the full stop of a form of address ends nothing. */
const abbreviated = (text: string, at: number) =>
  text[at] === '.' &&
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng|Engr|Gen|H\.E)$/.test(text.slice(at - 6, at));

/** The people named after a meeting word until the phrase ends: the side met. */
function objectsAfter(
  context: EventContext,
  from: number,
  to: number,
): { persons: PersonFound[]; end: number; listed: boolean } {
  const persons: PersonFound[] = [];
  let end = from;
  let listed = false;
  const personSpans = context.mentions.filter((m) => m.start >= from && m.end <= to);
  const titles = personSpans.flatMap((m) => (m.person.titleSpan ? [m.person.titleSpan] : []));
  // "the meeting between A, and B": the comma before "and" ends no phrase
  const between = /^\s+between\b/.test(context.text.slice(from, from + 10));
  for (const token of tokensIn(context.tokens, from, to)) {
    const rest = context.text.slice(token.start, token.start + 20);
    const goesOn = persons.length > 0 && listGoesOn(context.text, token.start, personSpans);
    listed ||= goesOn;
    if (
      OBJECT_END.test(rest) &&
      !goesOn &&
      token.start > from &&
      !abbreviated(context.text, token.start) &&
      !(between && /^,\s*and\s/.test(rest))
    )
      break;
    const inName =
      personSpans.some((m) => within(m, token)) || titles.some((t) => within(t, token));
    if (!inName && isVerb(token) && !OBJECT_VERBS.test(token.text) && persons.length) break;
    if (!inName && isVerb(token) && /^(?:will|is|are|was|were|has|have|had)$/i.test(token.text))
      break;
    const mention = personSpans.find((m) => m.start === token.start);
    if (mention && !persons.includes(mention.person)) persons.push(mention.person);
    end = token.end;
  }
  return { persons, end, listed };
}

/** "… Imran Khan who made a farewell call on her": the person the clause hangs on. */
function relativeSubject(context: EventContext, at: number): PersonFound[] {
  const before = context.mentions.filter((m) => m.end <= at && at - m.end < 60);
  const last = before[before.length - 1];
  const between = last ? context.text.slice(last.end, at) : '';
  // "…, who made a farewell call on her", "The Ambassador of Pakistan, A, called on B"
  return last &&
    /^(?:,?\s+who\s+(?:[\p{Ll}-]+\s+){0,4}|,\s+(?:also\s+|then\s+|later\s+)?)$/u.test(between)
    ? [last.person]
    : [];
}

/** "… made a farewell call on her": the one met is the last other person named before. */
function pronounObject(context: EventContext, from: number, subjects: PersonFound[]) {
  if (!/^\s+(?:on\s+|with\s+)?(?:her|him)\b/.test(context.text.slice(from, from + 12))) return [];
  const before = context.mentions.filter(
    (m) => m.end <= from && !subjects.includes(m.person) && !m.person.onlyMentioned,
  );
  return before.length ? [before[before.length - 1].person] : [];
}

/** The sides named without a person in a phrase ("ministers of India, China and Tajikistan"). */
function sidesIn(context: EventContext, from: number, to: number): string[] {
  const capitals = context.parties.filter(
    (m) => m.kind === 'capital' && m.start >= from && m.end <= to,
  );
  return [
    ...new Set(
      context.parties
        // "in Tashkent, Uzbekistan" is where, not who
        .filter((m) => !capitals.some((c) => /^,\s*$/.test(context.text.slice(c.end, m.start))))
        // "bilateral meetings in Mexico": the country the meetings take place in
        .filter(
          (m) =>
            !/\bin\s+(?:the\s+)?$/i.test(context.text.slice(Math.max(0, m.start - 8), m.start)),
        )
        .filter(
          (m) =>
            m.start >= from &&
            m.end <= to &&
            m.kind !== 'capital' &&
            !m.compound &&
            m.kind !== 'organization' &&
            !spokenOf(context.text, m),
        )
        .map((m) => m.code),
    ),
  ];
}

/**
 * Meetings a sentence reports: "X met (with) Y", "X held talks with Y", "X called on Y and was
 * hosted to breakfast by Z" (two), "the meeting held ... by X and Y", "separate meetings with
 * ministers of A, B and C". Planned and recalled meetings are left out.
 */
const HAD_WITH = /(?<=^\s+[^,;]{3,120}?)\s(?:had|held)\s+(?:was\s+)?with\s+/;

const NOMINAL_LEAD = /^\s*(?:the|another|an?)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;

/**
 * "the meeting between A, and B, who …" goes on past the clause's comma, and "the discussion X
 * held was with Y" past the verb of the one who met.
 */
const pairGoesOn = (text: string, from: number, end: number) =>
  /^\s+between\b/.test(text.slice(from, from + 10)) || HAD_WITH.test(text.slice(from, end));

/** "The discussion held with X was focused on …": the one who met is the one spoken of. */
const nominalLead = (before: string, word: string) =>
  NOMINAL_LEAD.test(before) && /^(?:discussions?|meetings?|talks|conversation)$/i.test(word);

/** "X (right) is seen with Y", "pictured with": a photo's caption, not a meeting. */
const CAPTION =
  /\((?:right|left|centre|center|middle|[LRC])\)|\b(?:is|are|was|were) (?:seen|pictured|shown)\b|\bpictured\b|\b(?:photo\w*|image|picture)\b[^.]{0,120}\bshowing\b/i;

/** "announced the launch of free trade negotiations with A and B": a process, not a meeting. */
const PROCESS =
  /\b(?:launch(?:ed|es|ing)?|announc\w+|start(?:ed|s)?|resum\w+|conclu\w+)\s+(?:(?:the|of|a|new|its|free|trade|formal|bilateral)\s+){0,5}$/i;

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
    const at = sentence.content + (match.index ?? 0);
    const found = subjectsAt(at);
    const { end: clauseEnd, implicit, joint, author } = found;
    let subjects = found.persons.length ? found.persons : relativeSubject(context, at);
    const before = text.slice(sentence.content, at);
    // "the delegations headed by A, and B, met": the heads meet each other
    const heads = subjects.length
      ? []
      : headsBefore(context.mentions, context.text, sentence.content, at);
    if (heads.length > 1) subjects = heads;
    // "Leaders' Meeting", "COP 28 Summit"; not "held Bilateral Talks with"
    if (/^\p{Lu}/u.test(match[0]) && before.trim() && !HELD_CAPITAL.test(before)) continue;
    const triggerEnd = at + match[0].length;
    if (FUTURE.test(before.slice(-40)) || (RECALLED.test(before) && !sameVisit(content))) continue;
    if (CAPTION.test(before.slice(-160))) continue;
    if (/^negotiations$/i.test(match[0]) && PROCESS.test(before.slice(-60))) continue;
    // "The talks centred on …", "Our talks took place at …": the meeting spoken of, not a new one
    if (SPOKEN_OF.test(before) && TALKS_DID.test(text.slice(triggerEnd, triggerEnd + 30))) continue;
    if (FUTURE_AFTER.test(text.slice(triggerEnd, triggerEnd + 40))) continue;
    const next = [...content.slice(triggerEnd - sentence.content).matchAll(MEET)][0];
    const limit = Math.min(
      pairGoesOn(text, triggerEnd, sentence.end) ? sentence.end : clauseEnd,
      next ? triggerEnd + (next.index ?? 0) : sentence.end,
    );
    // "negotiations were held between X and Y"
    const held = /^\s*(?:were|was) held\s+(?=between\b)/i.exec(text.slice(triggerEnd, limit));
    // "during the meeting X had with Y": X met Y
    const hadWith = HAD_WITH.exec(text.slice(triggerEnd, limit));
    const host = hadWith
      ? objectsAfter(context, triggerEnd, triggerEnd + hadWith.index)
      : undefined;
    const objectsFrom = hadWith ? triggerEnd + hadWith.index + hadWith[0].length : triggerEnd;
    const after = objectsAfter(context, objectsFrom + (held?.[0].length ?? 0), limit);
    if (host?.persons.length && after.persons.length) subjects = host.persons;
    const { end } = after;
    const persons = after.persons.length
      ? after.persons
      : pronounObject(context, triggerEnd, subjects);
    const topic = TOPIC_START.exec(text.slice(triggerEnd, limit));
    const sidesEnd = Math.min(limit, Math.max(end, triggerEnd + 120));
    const parties = sidesIn(
      context,
      triggerEnd,
      topic ? Math.min(sidesEnd, triggerEnd + topic.index) : sidesEnd,
    );
    const lead = text.slice(triggerEnd, Math.min(limit, triggerEnd + 60));
    // a greeting at the airport is no meeting
    if (
      /\bairport\b/i.test(
        text.slice(Math.max(sentence.content, at - 50), Math.min(limit, triggerEnd + 60)),
      )
    )
      continue;
    const group = !persons.length && GROUP.test(lead);
    if (
      /^visited$/i.test(match[0]) &&
      !metRightAfter(context.mentions, triggerEnd, persons) &&
      !VISIT_TO_MEET.test(text.slice(triggerEnd, limit))
    )
      continue;
    if (
      /^(?:received|receiving|hosted|welcomed|visited|with|reception)$/i.test(match[0]) &&
      !persons.length &&
      !/^\s+(?:the |a )?delegation/i.test(lead) &&
      !ENVOYS_OF.test(lead)
    )
      continue;
    // "the meeting held in Seoul by X and Y", "talks between X and Y", "co-chaired by X and Y"
    const together =
      !passiveHost(before, match[0], lead) &&
      (/^\s*(?:held|chaired|co-chaired|attended)\b[^,.;]{0,40}\bby\s/i.test(lead) ||
        // "the main topic of discussion on 19 June in Abuja between A and B"
        (/^discussions?$/i.test(match[0]) && /^[^.;]{0,80}?\sbetween\s/i.test(lead)) ||
        (/^\s*(?:(?:were|was) held\s+)?(?:between\s|by\s+(?!phone|telephone|video))/i.test(lead) &&
          !receivedBy(match[0], lead, subjects)) ||
        // "at a meeting of Prime Minister A and Vice President B"
        (/^meetings?$/i.test(match[0]) && /^\s+of\s/i.test(lead) && persons.length >= 2));
    // "X and Y held talks": both sides are the subject
    // "A and B met with their Bolivian counterparts": A and B are one side meeting another
    const metSide =
      joint &&
      !persons.length &&
      parties.length > 0 &&
      /^\s+(?:[^,.;]{0,30}?\s)?with\s/i.test(lead);
    const both = together || heads.length > 1 || (joint && !persons.length && !metSide);
    const nominal =
      !both && !subjects.length && persons.length > 0 && nominalLead(before, match[0]);
    events.push({
      sentence,
      trigger: { start: at, end: triggerEnd },
      end: Math.max(end, Math.min(limit, triggerEnd + 80)),
      subjects: both ? [] : subjects,
      objects: both && !together ? subjects : persons,
      parties,
      separate:
        /\bseparate(?:ly)?\b/i.test(
          text.slice(Math.max(sentence.content, at - 40), Math.min(limit, triggerEnd + 20)),
        ) ||
        SEVERAL.test(text.slice(at, Math.min(limit, triggerEnd + 60))) ||
        (!both &&
          subjects.length > 0 &&
          ONE_EACH.test(text.slice(Math.max(sentence.content, at - 12), triggerEnd))) ||
        callsOnEach(match[0], persons) ||
        (!both && after.listed && officesOfOneSide(persons)),
      joint: both,
      signing: false,
      implicit: implicit || nominal,
      author,
      group,
    });
  }
  return [
    ...withLead(context, sentence, subjectsAt),
    ...events.flatMap((e) => withUnnamed(context, e)),
  ];
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
