import { FoundDate, meetingDate, publicationDate } from './dates';
import { Gazetteer, PartyMention } from './gazetteer';
import { DraftKind, isBackground, meetingCity, meetingKind } from './meeting-facts';
import { findPeople, PersonFound, StoredPerson } from './people';
import { splitSentences, Span } from './report-text';
import { SectorMatcher, SectorTerm } from './sector-matcher';
import { sentenceSpeaker } from './speakers';

export type Stance = 'AGREED' | 'PROPOSED' | 'INTERESTED' | 'HIGHLIGHTED' | 'DISCUSSED';

export interface Quote extends Span {
  text: string;
}

export interface EngineParticipant {
  name: string;
  party?: string;
  title?: string;
  stored?: StoredPerson;
  evidence: Quote[];
}

export interface EngineInterest {
  party: string;
  partner?: string;
  sector: string;
  stance: Stance;
  speaker?: string;
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

const STANCES: [RegExp, Stance][] = [
  [/\b(agreed|agree|signed|sign|reached (an )?agreement|decided|concluded|inked)\b/i, 'AGREED'],
  [
    /\b(proposed|suggested|offered|invited|called for|urged|new opportunities|put forward|initiative)\b/i,
    'PROPOSED',
  ],
  [
    /\b(interested|interest in|keen|wants|want to|willing|ready to|eager|seeks|looking to)\b/i,
    'INTERESTED',
  ],
  [
    /\b(stressed|emphasi[sz]ed|highlighted|underlined|underscored|importance|important|praised|hailed|pointed out|noted)\b/i,
    'HIGHLIGHTED',
  ],
];

function stanceOf(predicate: string, both: boolean): Stance {
  for (const [pattern, stance] of STANCES) {
    if (pattern.test(predicate) && !(both && stance === 'HIGHLIGHTED')) return stance;
  }
  return 'DISCUSSED';
}

const quote = (text: string, span: Span): Quote => ({
  start: span.start,
  end: span.end,
  text: text.slice(span.start, span.end),
});

/** Parties in order of weight: the sides of named participants, then the lead's own subjects. */
function chooseParties(
  text: string,
  people: PersonFound[],
  speakerParties: string[],
  partyMentions: PartyMention[],
  leadEnd: number,
): string[] {
  const parties: string[] = [];
  const add = (code?: string) => {
    if (code && !parties.includes(code)) parties.push(code);
  };
  people.filter((p) => p.first.start < leadEnd).forEach((p) => add(p.party));
  if (parties.length < 2) {
    for (const mention of partyMentions) {
      if (mention.start >= leadEnd || mention.kind === 'capital' || isBackground(text, mention))
        continue;
      add(mention.code);
    }
  }
  if (parties.length < 2) speakerParties.forEach(add);
  return parties;
}

/**
 * Reads a report into a draft meeting: who met whom, where and when, which sectors each side
 * raised, each fact with the words that support it. Pure: the caller supplies the stored people
 * and sectors.
 */
export function buildDraft(
  text: string,
  publishedAt: string | undefined,
  context: EngineContext,
): EngineDraft {
  const { gazetteer, matcher } = context;
  const warnings: string[] = [];
  const sentences = splitSentences(text);
  const published = publicationDate(sentences, publishedAt);
  const header = sentences.findIndex((s) => s.text.length > 120 || /[.!?]["”’)]*$/.test(s.text));
  const bodyStart = sentences[Math.max(0, header)]?.start ?? 0;
  const partyMentions = gazetteer.find(text).filter((m) => m.start >= bodyStart);
  const { people, mentions } = findPeople(text, gazetteer, partyMentions, context.people);
  const bodyMentions = mentions.filter((m) => m.start >= bodyStart);
  const body = sentences.filter((s) => s.start >= bodyStart);
  const date = meetingDate(body, published, bodyStart);

  const interests: EngineInterest[] = [];
  const quoted = new Set<PersonFound>();
  const speakerParties: string[] = [];
  let previous: PersonFound | undefined;
  const leadEnd = body.filter((s) => s.paragraph <= (body[0]?.paragraph ?? 0) + 1).at(-1)?.end ?? 0;
  for (const sentence of body) {
    const {
      speaker,
      predicateStart,
      leadEnd: clauseEnd,
    } = sentenceSpeaker(sentence, bodyMentions, partyMentions, people, previous);
    for (const mention of bodyMentions) {
      if (mention.start >= clauseEnd && mention.end <= sentence.end) quoted.add(mention.person);
    }
    if (!speaker) continue;
    if (speaker.person) previous = speaker.person;
    speaker.parties.forEach((p) => !speakerParties.includes(p) && speakerParties.push(p));
    const predicate = text.slice(predicateStart, sentence.end);
    const stance = stanceOf(predicate, speaker.both);
    for (const mention of matcher.find(predicate, predicateStart)) {
      const evidence = [quote(text, mention)];
      if (speaker.evidence) evidence.unshift(quote(text, speaker.evidence));
      const parties = speaker.both ? ['*'] : speaker.parties;
      for (const party of parties) {
        interests.push({
          party,
          sector: mention.code,
          stance,
          speaker: speaker.person?.name,
          evidence,
        });
      }
    }
  }

  const parties = chooseParties(
    text,
    people.filter((p) => quoted.has(p)),
    speakerParties,
    partyMentions,
    leadEnd,
  );
  // A participant whose side the report leaves unsaid speaks for the one side nobody else does.
  const unsided = people.filter((p) => quoted.has(p) && !p.party);
  const unrepresented = parties.filter(
    (code) => !people.some((p) => quoted.has(p) && p.party === code),
  );
  if (unsided.length === 1 && unrepresented.length === 1) unsided[0].party = unrepresented[0];
  const participants: EngineParticipant[] = people
    .filter((person) => quoted.has(person) && (!person.party || parties.includes(person.party)))
    .map((person) => ({
      name: person.name,
      party: person.party,
      title: person.title,
      stored: person.stored,
      evidence: [quote(text, person.first)],
    }));

  const expanded = interests.flatMap((interest) =>
    interest.party === '*'
      ? parties.map((party) => ({ ...interest, party, speaker: undefined }))
      : [interest],
  );
  const seen = new Set<string>();
  const kept = expanded
    .filter((interest) => parties.includes(interest.party))
    .map((interest) => ({
      ...interest,
      partner: parties.length === 2 ? parties.find((p) => p !== interest.party) : undefined,
    }))
    .filter((interest) => {
      const key = `${interest.party}|${interest.sector}|${interest.stance}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });

  const leadText = text.slice(bodyStart, leadEnd);
  const kind = meetingKind(leadText, parties.length);
  const city = meetingCity(body, partyMentions, gazetteer, kind);
  if (parties.length < 2)
    warnings.push(`Only ${parties.length} party found: a meeting needs two; add the missing one.`);
  if (!date) warnings.push('No meeting date found: give one before recording.');
  if (!city && kind !== 'PHONE_CALL' && kind !== 'VIDEO_CONFERENCE')
    warnings.push('No city found.');
  if (!kept.length) warnings.push('No cooperation sector found in the report.');

  return {
    kind,
    date,
    published,
    city: city?.city,
    placeCountry: city ? gazetteer.cityCountry(city.city) : undefined,
    parties: parties.map((code) => ({
      code,
      evidence: [
        ...partyMentions
          .filter((m) => m.code === code && !isBackground(text, m))
          .slice(0, 1)
          .map((m) => quote(text, m)),
        ...participants
          .filter((p) => p.party === code)
          .slice(0, 1)
          .flatMap((p) => p.evidence),
      ],
    })),
    participants,
    interests: kept,
    warnings,
  };
}
