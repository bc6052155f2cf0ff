import { MeetingKind } from '../meeting/meeting.entity';
import type { ReadRecord } from './read-record';

/** Names of parties for prose: "South Korea", "NATO". */
export type PartyNames = (code: string) => string;

const KIND_NOUNS: Partial<Record<MeetingKind, string>> = {
  [MeetingKind.SUMMIT]: 'summit',
  [MeetingKind.MULTILATERAL_MEETING]: 'meeting',
  [MeetingKind.POLITICAL_DIALOGUE]: 'dialogue',
  [MeetingKind.COMMISSION_SESSION]: 'commission session',
};

/** A state's name as it stands in a sentence: "the United Kingdom", "the Philippines". */
export function inSentence(name: string): string {
  return /^(?:United |Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Holy See|Union of|German Democratic|Czech Republic|Dominican Republic|Central African|Federated States)|Islands$|Antilles$/.test(
    name,
  )
    ? `the ${name}`
    : name;
}

/** "a, b and c"; past `max` items, "and N others". */
export function listWords(items: string[], max = 12): string {
  const shown =
    items.length > max ? [...items.slice(0, max), `${items.length - max} others`] : items;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export function dateRange(start: string, end?: string): string {
  return end && end !== start ? `from ${start} to ${end}` : `on ${start}`;
}

function placeLabel(r: ReadRecord, names: PartyNames): string {
  if (r.record.kind === 'visit') return 'the United States';
  const country = names(r.host);
  return r.record.locale ? `${r.record.locale}, ${country}` : inSentence(country);
}

export function travellerLabel(r: ReadRecord): string | undefined {
  if (r.record.kind !== 'trip') return undefined;
  return `${r.record.role === 'president' ? 'President' : 'Secretary of State'} ${r.record.name}`;
}

export function visitorLabel(r: ReadRecord): string {
  const people = r.visitors.map((v) => [v.title, v.name].filter(Boolean).join(' '));
  return listWords(people.length ? people : ['A visitor']);
}

/** The name of an event as the record writes it, without article or place: "NATO Summit Meeting". */
function eventName(r: ReadRecord): string | undefined {
  const event = r.events.find((e) => e.kind !== MeetingKind.OTHER) ?? r.events[0];
  if (!event) return undefined;
  const name = event.text
    .replace(/^(?:the|a|an)\s+/i, '')
    .split(/\s(?:in|at)\s(?=\p{Lu})/u)[0]
    .replace(/[,:]+$/, '');
  const short = name.length > 100 ? `${name.slice(0, 100).replace(/\s+\S*$/, '')} …` : name;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** A short neutral title: who went where, or which event several records describe. */
export function meetingTitle(group: ReadRecord[], kind: MeetingKind, names: PartyNames): string {
  const first = group[0];
  const place = placeLabel(first, names);
  const withEvent = group.find((r) => r.events.length);
  const event = withEvent && eventName(withEvent);
  if (group.length > 1 && event) return `${event} in ${place}`;
  const organizations = [...new Set(group.flatMap((r) => r.organizations))].map(names);
  const purpose = organizations.length
    ? ` for the ${listWords(organizations)} ${KIND_NOUNS[kind] ?? 'meeting'}`
    : '';
  if (first.record.kind === 'trip') {
    const others = group.slice(1).map(travellerLabel).filter(Boolean);
    const who = listWords([travellerLabel(first)!, ...new Set(others as string[])]);
    return `${who} in ${place}${purpose}`;
  }
  const type = first.visitType ? ` (${first.visitType})` : '';
  return `${visitorLabel(first)} of ${inSentence(names(first.partner))} in the United States${type}${purpose}`;
}

export interface SummaryFacts {
  start: string;
  end?: string;
  /** "Prime Minister David Cameron", "Foreign Minister Sergey Lavrov (Russia)". */
  peopleNamed: string[];
  sectorNames: string[];
}

/** A few sentences in the converter's words: who, where and when, what the records name. */
export function meetingSummary(
  group: ReadRecord[],
  facts: SummaryFacts,
  names: PartyNames,
): string {
  const first = group[0];
  const when = dateRange(facts.start, facts.end);
  const sentences: string[] = [];
  const trips = group.filter((r) => r.record.kind === 'trip');
  const visits = group.filter((r) => r.record.kind === 'visit');
  if (trips.length) {
    const who = [...new Set(trips.map((r) => travellerLabel(r)!))];
    sentences.push(
      `${listWords(who)} ${who.length > 1 ? 'were' : 'was'} in ${placeLabel(first, names)} ${when}.`,
    );
  }
  if (visits.length === 1) {
    const v = visits[0];
    const type = v.visitType
      ? `; the record calls it ${/^[aeiou]/.test(v.visitType) ? 'an' : 'a'} ${v.visitType}`
      : '';
    sentences.push(
      `${visitorLabel(v)} of ${inSentence(names(v.partner))} visited the United States ${when}${type}.`,
    );
  } else if (visits.length > 1) {
    const delegations = visits.map((v) => `${visitorLabel(v)} (${names(v.partner)})`);
    sentences.push(
      `${visits.length} visits to the United States ${when} are recorded as this one event: ${listWords(delegations, 20)}.`,
    );
  }
  const many = group.length > 1;
  const records = many ? 'The records' : 'The record';
  const verb = (plural: string, singular: string) => (many ? plural : singular);
  const events = [...new Set(group.map(eventName).filter(Boolean) as string[])];
  if (events.length)
    sentences.push(`${records} ${verb('list', 'lists')} attendance at: ${listWords(events, 6)}.`);
  if (facts.peopleNamed.length) {
    sentences.push(`${records} ${verb('name', 'names')} ${listWords(facts.peopleNamed, 15)}.`);
  }
  if (facts.sectorNames.length) {
    sentences.push(
      `Subjects named: ${listWords(facts.sectorNames)}; ${records.toLowerCase()} ${verb('do', 'does')} not say which side raised them.`,
    );
  }
  if (group.length > 1) {
    sentences.push(`${group.length} records of the Office of the Historian describe this meeting.`);
  }
  return sentences.join(' ');
}
