import { SHORT_FORMS } from './forms-of-address';
import { PartyMention } from './gazetteer';
import { listGoesOn } from './meeting-phrases';
import { MEET } from './meeting-words';
import { isVerb, Token, tokensIn } from './nlp';
import { PersonFound, PersonMention } from './people';
import { BodySentence } from './report-layout';
import { Span } from './report-text';
import { spokenOf } from './topic-countries';

/** Whom a meeting word names as met: the people and sides of its phrase, and where it ends. */

export interface EventContext {
  text: string;
  tokens: Token[];
  mentions: PersonMention[];
  parties: PartyMention[];
}

/** Words that end the phrase naming whom someone met. */
const OBJECT_END =
  /^(?:,\s*(?:where|during which|in which)\b|,\s*and\s+(?=\p{Ll})|,\s*(?:in order )?to\s+(?!(?:co-chair|chair|meet|hold\s+talks|confer)\b)(?=\p{Ll})|,?\s+(?:to discuss|and discussed|on ways|where|in the presence of)\b|\.|;(?!\s+(?:and\s+)?\p{Lu}))/u;
/** Words after which the phrase names the topic, not who met: "met X to discuss … Russia". */
const TOPIC_START =
  /^\s+(?:him|her|them|about)\b|\s(?:to discuss|to explore|to review|on ways|and discussed|where|during which)\b|\s(?:on|about|regarding)\s+(?:the\s+)?(?:latest\s+)?(?:situation|developments|crisis|conflict|war)\b/i;
const OBJECT_VERBS = /^(?:led|headed|accompanied|comprising|including|designate|appointed)$/i;

const within = (span: Span, inner: Span) => inner.start >= span.start && inner.end <= span.end;

/** "met with Eng. Salim …", "Dr. A": the full stop of a form of address ends nothing. */
const SHORT_FORM = new RegExp(`(?:^|[\\s(])(?:${SHORT_FORMS.join('|')})$`);
const abbreviated = (text: string, at: number) =>
  text[at] === '.' && SHORT_FORM.test(text.slice(at - 6, at));

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
export function relativeSubject(context: EventContext, at: number): PersonFound[] {
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

const IN_CITY_OF = /\bin\s+(?:\p{Lu}[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}-]+,\s*$/u;

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
        // "bilateral meetings in Mexico", "in Jaipur, India": where the meetings take place
        .filter(
          (m) =>
            !/\bin\s+(?:the\s+)?$/i.test(context.text.slice(Math.max(0, m.start - 8), m.start)) &&
            !IN_CITY_OF.test(context.text.slice(Math.max(0, m.start - 40), m.start)),
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

const HAD_WITH = /(?<=^\s+[^,;]{3,120}?)\s(?:had|held)\s+(?:was\s+)?with\s+/;

/** "talks between", "were held between", "took place on Monday between": the pair that met follows. */
export const HELD_BETWEEN =
  /^\s*(?:(?:(?:were|was) (?:held|conducted)|took place)(?:\s+(?:on|in|at)\s+[^,;.]{1,40}?|\s+(?:yesterday|today))*\s+)?(?=between\b)/i;

/** "A meeting was held at the Ministry of Energy with a delegation …": the side met follows. */
const HELD_WITH =
  /^\s*(?:were|was) (?:held|conducted)(?:\s+(?:on|in|at)\s+[^,;.]{1,40}?|\s+(?:yesterday|today))*\s+(?=with\b)/i;

/**
 * "the meeting between A, and B, who …" goes on past the clause's comma, and "the discussion X
 * held was with Y" past the verb of the one who met.
 */
const pairGoesOn = (text: string, from: number, end: number) =>
  HELD_BETWEEN.test(text.slice(from, from + 70)) || HAD_WITH.test(text.slice(from, end));

/** Whom a meeting word's phrase names as met, and where that phrase ends. */
export interface WhomMet {
  limit: number;
  end: number;
  lead: string;
  persons: PersonFound[];
  parties: string[];
  /** "during the meeting X had with Y": X, the one who met. */
  host?: PersonFound[];
  /** The people met were a list ("A, B and C"). */
  listed: boolean;
}

export function whomMet(
  context: EventContext,
  sentence: BodySentence,
  triggerEnd: number,
  clauseEnd: number,
  subjects: PersonFound[],
): WhomMet {
  const { text } = context;
  const content = text.slice(sentence.content, sentence.end);
  const next = [...content.slice(triggerEnd - sentence.content).matchAll(MEET)][0];
  const limit = Math.min(
    pairGoesOn(text, triggerEnd, sentence.end) ? sentence.end : clauseEnd,
    next ? triggerEnd + (next.index ?? 0) : sentence.end,
  );
  // "negotiations were held between X and Y"
  const held =
    HELD_BETWEEN.exec(text.slice(triggerEnd, limit)) ??
    HELD_WITH.exec(text.slice(triggerEnd, limit));
  // "during the meeting X had with Y": X met Y
  const hadWith = HAD_WITH.exec(text.slice(triggerEnd, limit));
  const host = hadWith ? objectsAfter(context, triggerEnd, triggerEnd + hadWith.index) : undefined;
  const objectsFrom = hadWith ? triggerEnd + hadWith.index + hadWith[0].length : triggerEnd;
  const after = objectsAfter(context, objectsFrom + (held?.[0].length ?? 0), limit);
  const hostMet = host?.persons.length && after.persons.length ? host.persons : undefined;
  const persons = after.persons.length
    ? after.persons
    : pronounObject(context, triggerEnd, hostMet ?? subjects);
  const topic = TOPIC_START.exec(text.slice(triggerEnd, limit));
  const sidesEnd = Math.min(limit, Math.max(after.end, triggerEnd + 120));
  const parties = sidesIn(
    context,
    triggerEnd,
    topic ? Math.min(sidesEnd, triggerEnd + topic.index) : sidesEnd,
  );
  const lead = text.slice(triggerEnd, Math.min(limit, triggerEnd + 60));
  return { limit, end: after.end, lead, persons, parties, host: hostMet, listed: after.listed };
}
