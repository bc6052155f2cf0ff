import { PartyMention } from './gazetteer';
import { MeetingSegment } from './meeting-segment';
import { MEETING_NOUN } from './meeting-words';
import { QuoteSpan } from './quotes';
import { Referent } from './referents';
import { Span } from './report-text';
import { SectorMention } from './sector-matcher';
import { ClauseReading, SentenceReading } from './sentence-reading';
import { cooperationWithinBody } from './sector-names';
import { Stance, stanceOf } from './stance';

export interface Quote extends Span {
  text: string;
}

export interface EngineInterest {
  party: string;
  partner?: string;
  sector: string;
  stance: Stance;
  speaker?: string;
  evidence: Quote[];
}

export interface InterestContext {
  text: string;
  /** Every sector phrase of the report, found once. */
  sectors: SectorMention[];
  quotes: QuoteSpan[];
  /** The side a first-person report speaks for ("I met …"): the outlet's country. */
  author?: string;
  /** Offices, institutions and organizations: their sector words are names, not interests. */
  names: Span[];
  /** Countries named in the report. */
  parties?: PartyMention[];
  /** The one side of a meeting that no named participant holds. */
  unplaced?: string;
}

export const quote = (text: string, span: Span): Quote => ({
  start: span.start,
  end: span.end,
  text: text.slice(span.start, span.end),
});

/** "We discussed …", "we agreed …" in a quotation: both sides. */
const WE_TOGETHER =
  /\bwe\s+(?:also\s+|have\s+)?(?:discussed|agreed|talked|exchanged|reviewed|decided|addressed)\b/i;
/**
 * "These accords … covering political, economic … areas", "the two countries’ cooperation in
 * …": what both signed or share, even in one side's words (README: an agreement signed by both).
 */
const ACCORDS =
  /\b(?:(?:the|these|those|both|our)\s+(?:two\s+)?countries['’]\s+cooperation|(?:these|the|those|\w+)\s+(?:new\s+)?(?:accords|agreements|memoranda(?:\s+of\s+understanding)?|MoUs)\s+(?:signed\s+)?(?:today\s+)?(?:cover\w*|signal\w*|include\w*|span\w*|concern\w*))\b[^.;]*$/i;

/** Verbs that report what the talks covered, when no one side is named. */
const COVERED =
  /\b(?:discuss\w*|agree\w*|address\w*|touch\w*|focus\w*|exchang\w*|review\w*|cover\w*|includ\w*|tackl\w*|talk\w*|spoke|explor\w*|consider\w*|sign\w*|concur\w*|pledg\w*|reaffirm\w*|among (?:the )?(?:other )?(?:topics|issues|areas)|agenda|dealt|cent(?:er|re)d|revolv\w*|shared|expressed|attention|paid to|featur\w*|figur\w*)\b/i;

/** "… discussed ties and also congratulated Tonga for the successful summit": praise again. */
const PRAISE_AFTER =
  /\b(?:and|but)\s+(?:also\s+)?(?:thanked|commended|congratulated|praised|lauded|hailed|applauded)\b(?![^.;]*\band\s+(?:also\s+)?agreed\b)[^.;]*$/i;

/** "appreciated the level of cooperation and underlined the potential in energy": raised again. */
const RAISED_AFTER =
  /\band\s+(?:also\s+)?(?:underlined|underscored|stressed|emphasi[sz]ed|highlighted|agreed|discussed|noted|called for|proposed|reaffirmed|pointed out)\b/i;

const SETTING =
  /\b(?:[Ss]idelines? of|[Mm]argins? of|[Ww]ithin the framework of|[Ii]n the framework of|[Oo]n the occasion of|[Ii]n the run-up to|(?:an? (?:day|week|month)|\d+ (?:hours|days|weeks)|shortly|soon|just) (?:after|before)|(?:while attending|to attend|to participate in|for participating in|taking part in)\s+(?:the\s+)?[\p{Lu}\d])[^,;.]*$/u;

/** "The sides were briefed on …", "The envoy was informed of …": passive, so no one side's words. */
const PASSIVE = /^\s*(?:was|were)\s+(?:also\s+)?(?:\w+ly\s+)?\p{Ll}+(?:ed|en)\b/u;
const TOLD =
  /^\s*(?:was|were)\s+(?:also\s+)?(?:provided|informed|briefed|told|given|presented|shown|updated)\b/i;

/** "the three sides agreed …" in talks between two: the facts of a larger gathering. */
const LARGER =
  /\b(?:the|all)\s+(three|four|five|six)\s+(?:sides|parties|countries|nations|ministers|leaders)\b/gi;
const COUNT: Record<string, number> = { three: 3, four: 4, five: 5, six: 6 };

/** "the participants adopted a joint statement": the gathering's, at talks between two. */
const PARTICIPANTS = /\b(?:the|all)\s+participants\b/i;

function ofLargerGathering(text: string, reading: SentenceReading, at: number, sides: number) {
  const before = text.slice(reading.sentence.content, at);
  if (sides === 2 && PARTICIPANTS.test(before)) return true;
  return [...before.matchAll(LARGER)].some((m) => COUNT[m[1].toLowerCase()] > sides);
}

const inside = (spans: Span[], mention: Span) =>
  spans.some((s) => s.start <= mention.start && mention.end <= s.end);

/** Offices that speak for a state: a company's chief placed nowhere is no side's voice. */
const STATE_OFFICE =
  /\b(?:President|Prime Minister|Minister|Premier|Chancellor|King|Emir|Amir|Sultan|Head of State|Speaker|Ambassador|Secretary)\b/i;

/** The sides a clause's subject speaks for, among this meeting's sides. */
function sidesOf(
  referent: Referent,
  sides: string[],
  covered: boolean,
  author: string | undefined,
  unplaced?: string,
): string[] {
  switch (referent.kind) {
    case 'person':
      // "President A stressed …" with A placed nowhere: the one side no named participant holds
      if (!referent.person.party)
        return unplaced && STATE_OFFICE.test(referent.person.title ?? '') ? [unplaced] : [];
      return sides.includes(referent.person.party) ? [referent.person.party] : [];
    case 'party':
      return sides.includes(referent.party) ? [referent.party] : [];
    case 'joint':
      return sides;
    case 'author':
      return author && sides.includes(author) ? [author] : [];
    default:
      return covered ? sides : [];
  }
}

interface Attribution {
  sides: string[];
  stance: Stance;
  speaker?: { name: string; span: Span };
}

/** "held talks with local leaders and made a speech on trade": the speech is the speaker's own. */
const SPEECH_AFTER =
  /\band\s+(?:also\s+)?(?:made|gave|delivered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:speech|address|remarks|presentation|lecture)\b/i;

/** "During the meeting with Y, X stressed …", "X stressed during the talks that …": X's words. */
const AT_THE_MEETING =
  /\b(?:during|at|in the course of|in)\s+(?:(?:the|their|this|that|a|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)['’]s)\s+)?(?:separate\s+|later\s+)?$/i;
const ONE_SIDE_SAYS =
  /\b(?:stress\w*|emphasi[sz]\w*|underl(?:ined|ining)|underscor\w*|highlight\w*|not(?:ed|ing)|sa(?:id|ys)|propos\w*|offer\w*|invit\w*|call(?:ed|s) for|voic\w*|brief\w*|inform\w*|reiterat\w*|spoke (?:about|of|on))\b/i;

function ownWordsAtMeeting(
  text: string,
  trigger: Span,
  clause: ClauseReading,
  mention: SectorMention,
): boolean {
  if (clause.referent.kind !== 'person') return false;
  // "X told visiting Y that …": what follows is X's
  if (/^told$/i.test(text.slice(trigger.start, trigger.end))) return true;
  const said = text.slice(clause.subject.end, mention.start);
  const before = text.slice(Math.max(0, trigger.start - 30), trigger.start);
  const timeOnly =
    /^(?:during|at)\b/i.test(text.slice(trigger.start, trigger.end)) || AT_THE_MEETING.test(before);
  return timeOnly && ONE_SIDE_SAYS.test(said);
}

/** "For Mexico, dialogue … must include migration, security and trade": that side's position. */
function positionOf(
  context: InterestContext,
  reading: SentenceReading,
  sides: string[],
): string | undefined {
  const { content } = reading.sentence;
  const lead = /^For\s+(?:the\s+)?/.exec(context.text.slice(content, content + 10));
  if (!lead) return undefined;
  const at = content + lead[0].length;
  const side = context.parties?.find(
    (m) => m.start === at && m.kind === 'name' && /^,/.test(context.text.slice(m.end, m.end + 1)),
  );
  return side && sides.includes(side.code) ? side.code : undefined;
}

function attribute(
  context: InterestContext,
  reading: SentenceReading,
  mention: SectorMention,
  sides: string[],
): Attribution | undefined {
  const { text } = context;
  const said = context.quotes.find(
    (q) => q.start <= mention.start && mention.end <= q.end && q.speaker,
  );
  if (said?.speaker) {
    const inQuote = text.slice(said.start, mention.start);
    const quotedSentence = inQuote.slice(inQuote.lastIndexOf('.') + 1);
    const together = WE_TOGETHER.test(quotedSentence) || ACCORDS.test(quotedSentence);
    const side = said.speaker.party;
    const both = together || said.joint;
    const parties = both ? sides : side && sides.includes(side) ? [side] : [];
    return { sides: parties, stance: stanceOf(inQuote.slice(-120), both) };
  }
  const clause: ClauseReading | undefined =
    reading.clauses.find((c) => mention.start >= c.start && mention.start < c.end) ??
    (mention.start < reading.lead.end ? reading.clauses[0] : undefined);
  if (!clause || clause.description) return undefined;
  if (clause.praise && !RAISED_AFTER.test(text.slice(clause.start, mention.start)))
    return undefined;
  if (PRAISE_AFTER.test(text.slice(clause.start, mention.start))) return undefined;
  const predicate = text.slice(clause.subject.end, clause.end);
  // "X met Y on ways to …", "During a meeting with Y, …": the topic of the meeting itself
  const afterMeeting = reading.events.some(
    (e) =>
      e.trigger.end <= mention.start &&
      !SPEECH_AFTER.test(text.slice(e.trigger.end, mention.start)) &&
      ((e.trigger.start >= clause.start && e.trigger.start < clause.end) ||
        e.trigger.start < reading.lead.end) &&
      !ownWordsAtMeeting(text, e.trigger, clause, mention),
  );
  // README: a passive sentence is both sides' ("… was highlighted", "X was briefed on …")
  const told = clause.referent.kind === 'person' && TOLD.test(predicate);
  const accords = ACCORDS.test(text.slice(reading.sentence.content, mention.start));
  const joint = (afterMeeting && clause.referent.kind !== 'party') || told || accords;
  const covered = COVERED.test(predicate) || PASSIVE.test(predicate) || afterMeeting;
  const held = positionOf(context, reading, sides);
  const parties = held
    ? [held]
    : joint
      ? sides
      : sidesOf(clause.referent, sides, covered, context.author, context.unplaced);
  const referent = clause.referent;
  const speaker =
    !joint && referent.kind === 'person'
      ? { name: referent.person.name, span: referent.span }
      : undefined;
  return { sides: parties, stance: stanceOf(predicate, joint || parties.length > 1), speaker };
}

const MEETING_NOUN_BEFORE = new RegExp(`\\b(?:${MEETING_NOUN}|visit)$`, 'i');

/** Sector words in a sentence that may be interests: not inside a name or a "which" aside. */
function sectorMentions(context: InterestContext, reading: SentenceReading): SectorMention[] {
  const { text } = context;
  const { content, end } = reading.sentence;
  // ", which aims to …", "the summit to be held in May, with a focus on …" describe
  // something else, up to the next clause
  const words = text.slice(content, end);
  const aside =
    /,\s*which\s+(?!\w+\s+(?:both|the two|they))|,\s*who\s+(?:recalled|thanked|praised|commended|lauded|hailed|appreciated|congratulated)\b|\b(?:which|that)\s+aims?\b|\baimed (?:at|to)\b|\bto be held\b/i.exec(
      words,
    );
  let skip: Span | undefined;
  if (aside) {
    const from = content + (aside.index ?? 0);
    // "During the talks, which lasted two hours, A and B discussed …": an aside on the meeting
    // itself ends at its comma, and what follows is the talks' content
    // "The Minister, who recalled the old ties, noted …": a recollection set off by commas
    const onMeeting = MEETING_NOUN_BEFORE.test(text.slice(content, from)) || /who/i.test(aside[0]);
    const resume = (onMeeting ? /,|;/ : /,\s*and\s|;/).exec(
      text.slice(from + aside[0].length, end),
    );
    skip = { start: from, end: resume ? from + aside[0].length + (resume.index ?? 0) : end };
  }
  return context.sectors.filter(
    (m) =>
      m.start >= content &&
      m.end <= end &&
      !(skip && m.start >= skip.start && m.start < skip.end) &&
      !inside(context.names, m) &&
      // "a summit between X and Y" reports the meeting itself
      !reading.events.some((e) => e.trigger.start <= m.start && m.end <= e.trigger.end) &&
      // "on the sidelines of the UN General Assembly" is where, not what; "a day after the
      // signing of …" is when
      (!SETTING.test(text.slice(Math.max(content, m.start - 120), m.start)) ||
        cooperationWithinBody(text, m)),
  );
}

/**
 * "the soldiers of the Russian armed forces", "clashes between Myanmar's military and protesters"
 * at talks between two others: a war narrative.
 */
function thirdForces(context: InterestContext, mention: SectorMention, sides: string[]): boolean {
  if (mention.code !== 'security' && mention.code !== 'defence') return false;
  const owner = context.parties?.find(
    (m) =>
      m.end <= mention.start && /^(?:['’]s)?\s*$/.test(context.text.slice(m.end, mention.start)),
  );
  return !!owner && owner.kind !== 'organization' && !sides.includes(owner.code);
}

/**
 * The (party, sector) interests of one meeting: each sector phrase in the meeting's sentences
 * goes to the side whose person or country says it, or to every side when the sides, the talks,
 * or a passive sentence do ("the sides discussed …", "… were discussed"). Background, thanks and
 * descriptions of other bodies give none.
 */
export function meetingInterests(
  context: InterestContext,
  meeting: MeetingSegment,
  sides: string[],
  summaries: Set<Span> = new Set(),
): EngineInterest[] {
  const interests: EngineInterest[] = [];
  const seen = new Set<string>();
  // "I met …": the author is the side no one named speaks for, when the outlet does not say
  const unnamed = sides.filter((s) => !meeting.persons.some((p) => p.party === s));
  const own = {
    ...context,
    author: context.author ?? (unnamed.length === 1 ? unnamed[0] : undefined),
    unplaced: unnamed.length === 1 ? unnamed[0] : undefined,
  };
  for (const reading of meeting.sentences) {
    // "held separate meetings with A, B and C and discussed trade, defence …": not which one
    if (reading.background || summaries.has(reading.sentence)) continue;
    for (const mention of sectorMentions(context, reading)) {
      // an organization that is itself a side of the meeting is who talks, not a topic
      if (mention.body && sides.includes(mention.body)) continue;
      if (thirdForces(context, mention, sides)) continue;
      if (ofLargerGathering(context.text, reading, mention.start, sides.length)) continue;
      const found = attribute(own, reading, mention, sides);
      if (!found) continue;
      for (const party of found.sides) {
        const key = `${party}|${mention.code}|${found.stance}`;
        if (seen.has(key)) continue;
        seen.add(key);
        interests.push({
          party,
          partner: sides.length === 2 ? sides.find((s) => s !== party) : undefined,
          sector: mention.code,
          stance: found.stance,
          speaker: found.sides.length === 1 ? found.speaker?.name : undefined,
          evidence: [
            ...(found.sides.length === 1 && found.speaker
              ? [quote(context.text, found.speaker.span)]
              : []),
            quote(context.text, mention),
          ],
        });
      }
    }
  }
  return interests;
}
