import { otherAudience, pastFact } from './background-facts';
import { Clause, clausesOf, leadEnd, mainVerb } from './clauses';
import { PartyMention } from './gazetteer';
import { eventsIn, MeetingEvent } from './meeting-events';
import { attributionAt } from './quotes';
import { Token } from './nlp';
import { PersonFound, PersonMention } from './people';
import { Referent, referentOf } from './referents';
import { BodySentence } from './report-layout';
import { Span } from './report-text';

export interface ClauseReading extends Clause {
  /** Who speaks or acts in the clause, after "X said that …" is looked through. */
  referent: Referent;
  /** Thanks, praise or recollection: the clause raises nothing at this meeting. */
  praise: boolean;
  /** A description of a body or plan ("The mechanism is a platform …"), not a fact of the talks. */
  description: boolean;
}

export interface SentenceReading {
  sentence: BodySentence;
  lead: Span;
  clauses: ClauseReading[];
  events: MeetingEvent[];
  /** History, context, statistics or an itinerary: nothing in it belongs to the meeting. */
  background: boolean;
  /** The person the sentence is about, for a later "he" or "she". */
  person?: PersonFound;
  /** Everyone the sentence names. */
  named: PersonFound[];
  /** Countries the sentence names on their own (not in a pair such as "India-Indonesia"). */
  countries: string[];
}

export interface ReadingContext {
  text: string;
  tokens: Token[];
  mentions: PersonMention[];
  parties: PartyMention[];
  people: PersonFound[];
  /** The year of publication, or the latest year the report names. */
  year?: number;
}

const REPORTING =
  /^(?:said|says|added|stated|noted|told|explained|stressed|emphasi[sz]ed|pointed|underlined|announced|confirmed|indicated|reported|wrote|informed|revealed|mentioned|reads)$/i;
const AGREEING =
  /\b(?:agreed|agree|discussed|decided|signed|exchanged|concurred|touched|addressed|reviewed|focused|cent(?:er|re)d|revolved|covered|talked|spoke)\b/i;
const PRAISE =
  /^(?:thanked|thanks|commended|commends|appreciated|appreciates|applauded|hailed|praised|lauded|congratulated|recalled)$/i;
const THANKS =
  /\bpaid (?:tribute|homage)\b|\b(?:has|have|had)\s+played\s+an?\s+(?:[\w-]+\s+){0,2}role\b|\b(?:highly|positively) (?:assessed|evaluated|rated|valued)\b|\bspoke highly of\b|\bexpress(?:ed|es)\s+(?:his|her|their|its|the|deep|sincere)?\s*(?:gratitude|thanks|appreciation|condolences|satisfaction\s+with)|\backnowledg(?:ed|es|ing)\s+(?!(?:the\s+)?(?:need|importance|potential|necessity)\b)(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}(?:support|assistance|contributions?|help|efforts|ongoing|existing)\b/i;
/**
 * "The two countries enjoy close cooperation at international fora", "are partners that cooperate
 * on multilateral platforms", "described Kenya as a reliable partner in …", "economic cooperation
 * with Albania is on an ascending line": the relation characterised, not a topic raised.
 */
const CHARACTERISING =
  /^\s*(?:enjoy(?:s|ed)?\b|(?:is|are|remains?)\s+on\s+an?\s+(?:upward|ascending|rising|positive)\s+(?:line|trend|path|trajectory)\b|(?:are|is|remains?|were|was)\s+(?:\w+\s+){0,2}(?:partners?|allies|ally|friends?)\b|described\s+[^,.;]{1,40}?\bas\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:partner|ally|friend)\b)/i;
const NEW_OFFER =
  /\b(?:announcement|offer|proposal|decision|plan|readiness|willingness|initiative)s?\s+(?:and\s+\w+\s+)?(?:to|of)\b/i;
const DESCRIBING = /^(?:is|are|aims|seeks|serves|covers|includes|provides|remains|constitutes)$/i;
const RELATION_BETWEEN =
  /^(?:the\s+)?(?:bilateral\s+)?(?:cooperation|relations|partnership|ties)\s+between\b/i;
/** "The commission will focus on …": what a body still to meet will do, not these talks. */
const BODY_AHEAD =
  /^(?:the|a|this|that|its|their)\s+(?:[\w-]+\s+){0,3}(?:commission|committee|council|forum|conference|summit|mechanism|working group|session|round)\s+(?:will|would|shall|is to|is expected to)\b/i;

const HISTORY =
  /\b(?:last (?:year|month|week|decade|January|February|March|April|May|June|July|August|September|October|November|December)(?!['’]s)(?!\s+\d)|ago\b|previously|initially|originally|formerly|in the past|over the (?:past|last) (?:\w+ )?(?:years|decades|months)|since establishing|(?:historic|historical) role|establish(?:ed|ing) (?:diplomatic |bilateral )?(?:relations|ties)|came\b[^.]{0,40}\bafter|comes\b[^.]{0,40}\bafter|(?:has|have|had) (?:been (?:essential|instrumental|crucial|vital|key|helpful|valuable)|attained|achieved|contributed|stepped ?up|grown|increased|improved|normali[sz]ed|flourished|witnessed)\b|\bis (?:one of|highly|among|the world's|home to)\b|\bvisited\s+\p{Lu}[\p{L} ]+\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d))/iu;
const ITINERARY =
  /\b(?:(?:will|is scheduled to|plans to|is expected to|is due to|is set to)\s+(?:also\s+)?(?:attend|depart|visit|travel|leave|arrive|participate|fly|head)|later (?:today|this week)|is scheduled|are scheduled|(?:during|at) (?:the|that) (?:upcoming |planned |coming )?(?:visit|trip)\b[^.;]{0,30}\bwill)\b/i;

/** "…, where she will discuss …": a stop still ahead, unless the sentence reports a meeting. */
const STOP_AHEAD =
  /,\s*where\s+(?:he|she|they|the\s+\w+)\s+(?:will|is to|is due to|is expected to|is scheduled to)\b/i;

function pastYear(text: string, year: number | undefined): boolean {
  if (!year) return false;
  return [...text.matchAll(/\b(?:in|between|since|from)\s*((?:19|20)\d\d)\b/gi)].some(
    (m) => Number(m[1]) < year,
  );
}

/**
 * Figures and standings are the journalist's context, whoever is said to give them: "reaching
 * $96 billion", "valued at RM17.46 billion", "is the largest foreign investor in".
 */
const STATISTIC =
  /\b(?:reach(?:ed|ing|es)|total(?:l?ed|l?ing|s)|amount(?:ed|ing|s) to|valued at|stood at)\s+(?:US\s?)?(?:[$€£¥]|RM|USD|EUR)?\s?[\d.,]+\s*(?:million|billion|trillion|bn)\b|\b(?:is|was|remains|continues to be)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’]*\s+)?(?:largest|biggest|second[- ]largest|third[- ]largest|main|leading|top)\s+(?:\w+\s+){0,2}(?:investor|trading partner|partner|exporter|importer|market|source)\b/iu;

/** Person names and their offices: no verb inside them is the clause's verb. */
function skipSpans(context: ReadingContext, start: number, end: number): Span[] {
  return context.mentions
    .filter((m) => m.start >= start && m.end <= end)
    .flatMap((m) => [m, ...(m.person.titleSpan ? [m.person.titleSpan] : [])]);
}

const TELLING = /^(?:told|tells|tell|informed|informs|assured|assures|reminded|briefed|warned)$/i;

/** "X said that the parties agreed …": the reported clause decides when it names the sides. */
function lookThrough(
  context: ReadingContext,
  clause: Clause,
  referent: Referent,
  previous: PersonFound | undefined,
  skip: Span[],
): Referent {
  const verb = clause.verb;
  if (!verb || !REPORTING.test(verb.text)) return referent;
  // "X told Y that …", "X assured his guest that …": Y is spoken to, not the one reported
  const object = TELLING.test(verb.text)
    ? (/^[^.;,]{1,60}?\s(?=that\b)/.exec(context.text.slice(verb.end, clause.end))?.[0].length ?? 0)
    : 0;
  const rest = context.text.slice(verb.end + object, clause.end);
  const lead = /^\s*(?:out\s+)?(?:in a (?:statement|release)\s*)?(?:that\s+)?/i.exec(rest)![0]
    .length;
  const start = verb.end + object + lead;
  const inner = mainVerb(context.tokens, start, clause.end, skip);
  if (!inner || inner.start - start > 160)
    return referent.kind === 'source' ? { kind: 'none' } : referent;
  const embedded = referentOf({ ...context, previous }, { start, end: inner.start });
  const agreeing = AGREEING.test(context.text.slice(inner.start, inner.end + 30));
  if (referent.kind === 'source') return embedded;
  if ((embedded.kind === 'joint' || embedded.kind === 'impersonal') && agreeing) return embedded;
  if (embedded.kind === 'person') return embedded;
  return referent;
}

function readClause(
  context: ReadingContext,
  clause: Clause,
  previous: PersonFound | undefined,
  skip: Span[],
  first: number,
): ClauseReading {
  const base = referentOf({ ...context, previous }, clause.subject);
  const referent = lookThrough(context, clause, base, previous, skip);
  const body = context.text.slice(clause.subject.end, clause.end);
  const verb = clause.verb?.text ?? '';
  // the verb's adverb may be read into the subject: "Tavares highly | assessed"
  const said = context.text.slice(
    Math.max(clause.subject.start, clause.subject.end - 12),
    clause.end,
  );
  const praise =
    (PRAISE.test(verb) || THANKS.test(said.slice(0, 72)) || CHARACTERISING.test(body)) &&
    !NEW_OFFER.test(body);
  // only a sentence's own subject describes: "…, and the programs are important" is reported
  const subject = context.text.slice(clause.subject.start, clause.subject.end).trim();
  // "Cooperation between ECOWAS and the US covers several areas, mainly …": the relation described
  const relation = RELATION_BETWEEN.test(subject);
  const description =
    clause.start === first &&
    (referent.kind === 'impersonal' || referent.kind === 'none' || relation) &&
    (DESCRIBING.test(verb) ||
      BODY_AHEAD.test(context.text.slice(clause.subject.start, clause.end)));
  return { ...clause, referent, praise, description };
}

/** The clauses of a sentence, each with who acts in it; a clause may take its subject from the one before. */
function readClauses(
  context: ReadingContext,
  sentence: BodySentence,
  lead: Span,
  previous: PersonFound | undefined,
): ClauseReading[] {
  const skip = skipSpans(context, sentence.start, sentence.end);
  const attribution = attributionAt(context.text, lead.end, sentence.end);
  const range = { start: lead.end, end: sentence.end };
  const clauses: ClauseReading[] = [];
  for (const clause of clausesOf(
    context.text,
    context.tokens,
    range,
    skip,
    attribution ? [attribution] : [],
  )) {
    const before = clauses[clauses.length - 1];
    const read = readClause(context, clause, previous, skip, range.start);
    // "…, and serve as a forum …": a second verb of the same subject
    if (before && !context.text.slice(clause.subject.start, clause.subject.end).trim()) {
      const { referent, description } = before;
      // "hailed the new rules and agreed to …": what they agreed is no praise
      const agreed = /\band\s+(?:also\s+)?$/.test(
        context.text.slice(clause.start - 10, clause.start),
      );
      const praise = agreed ? read.praise : before.praise;
      clauses.push({ ...clause, referent, praise, description });
      continue;
    }
    // "X said that A …, and B are important", "…, saying the EU should …": still X's words
    const speaker = before?.referent.kind === 'person';
    const reported =
      speaker &&
      REPORTING.test(before.verb?.text ?? '') &&
      (read.referent.kind === 'none' || read.referent.kind === 'impersonal');
    const saying =
      speaker && /,\s*saying\s+$/.test(context.text.slice(clause.start - 12, clause.start));
    clauses.push(
      (reported || saying) && read.referent.kind !== 'joint'
        ? { ...read, referent: before.referent, praise: false }
        : read,
    );
  }
  return clauses;
}

const personOf = (r: Referent) => (r.kind === 'person' ? r.person : undefined);

/** "…, Minister A (Party) said after talks with B": the speaker, between the words and the talks. */
const SAID_AT =
  /^\s*(?:\([^()]{1,30}\)\s*)?(?:said|told|stated|noted|declared|announced)\b[^.;“”"]{0,60}$/i;

function speakerBefore(context: ReadingContext, sentence: BodySentence) {
  return (offset: number) =>
    context.mentions
      .filter((m) => m.start >= sentence.content && m.end <= offset)
      .filter((m) => SAID_AT.test(context.text.slice(m.end, offset)))
      .pop()?.person;
}

/** Who meets in a meeting word's clause: its subject, or in an opening phrase the last person. */
function subjectFinder(
  clauses: ClauseReading[],
  lead: Span,
  sentenceEnd: number,
  previous: PersonFound | undefined,
  speaker: (offset: number) => PersonFound | undefined,
) {
  return (offset: number) => {
    const clause =
      clauses.find((c) => offset >= c.start && offset < c.end) ??
      (offset < lead.end ? clauses[0] : undefined);
    const end = offset < lead.end ? lead.end : (clause?.end ?? sentenceEnd);
    const referent = clause?.referent;
    const said = speaker(offset);
    const named =
      referent?.kind === 'person'
        ? [referent.person]
        : referent?.kind === 'joint'
          ? referent.persons
          : said
            ? [said]
            : [];
    // "While meeting with X, both sides …": the one meeting X is the person spoken of before
    const implicit = !named.length && !!previous && offset < lead.end;
    const joint = referent?.kind === 'joint' && named.length > 1;
    const author = referent?.kind === 'author';
    return { persons: implicit ? [previous!] : named, end, implicit, joint, author };
  };
}

/**
 * Reads each sentence of the body: its opening phrase, its clauses with who acts in each, the
 * meetings it reports, and whether it is background.
 */
export function readSentences(context: ReadingContext, body: BodySentence[]): SentenceReading[] {
  const readings: SentenceReading[] = [];
  let previous: PersonFound | undefined;
  for (const sentence of body) {
    const lead = {
      start: sentence.content,
      end: leadEnd(context.text, sentence.content, sentence.end),
    };
    const clauses = readClauses(context, sentence, lead, previous);
    const first = clauses.find((c) => personOf(c.referent));
    const text = context.text.slice(sentence.content, sentence.end);
    const named = context.mentions.filter(
      (m) => m.start >= sentence.start && m.end <= sentence.end,
    );
    const events = eventsIn(
      context,
      sentence,
      subjectFinder(clauses, lead, sentence.end, previous, speakerBefore(context, sentence)),
    );
    readings.push({
      sentence,
      lead,
      clauses,
      events,
      background:
        HISTORY.test(text) ||
        ITINERARY.test(text) ||
        (STOP_AHEAD.test(text) && !events.length) ||
        STATISTIC.test(text) ||
        pastFact(text) ||
        otherAudience(text) ||
        (pastYear(text, context.year) && !first),
      person: first ? personOf(first.referent) : undefined,
      named: [...new Set(named.map((m) => m.person))],
      countries: context.parties
        .filter((m) => m.start >= sentence.start && m.end <= sentence.end && !m.compound)
        .map((m) => m.code),
    });
    previous = (first && personOf(first.referent)) ?? previous;
  }
  return readings;
}
