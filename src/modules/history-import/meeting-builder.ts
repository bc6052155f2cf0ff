import { MAX_EVIDENCE } from '../../common/graphql/evidence';
import type { DatasetInterest, DatasetMeeting, DatasetParticipant } from '../dataset/dataset.types';
import { InterestStance } from '../interest/interest.entity';
import { MeetingKind } from '../meeting/meeting.entity';
import { ParticipantRole } from '../meeting/participant.entity';
import { PeopleRegistry, PRESIDENT_CAPACITY, SECRETARY_CAPACITY } from './people-registry';
import type { PersonMention } from './people-mentions';
import { meetingSummary, meetingTitle, PartyNames } from './prose';
import { ReadRecord, US } from './read-record';
import { strongestKind } from './record-text';
import { sourceUrl } from './sources';
import type { SurnameIndex } from './surnames';
import { MONARCHS } from './titles';

export interface BuildContext {
  people: PeopleRegistry;
  names: PartyNames;
  /** Party codes the format accepts. */
  parties: Set<string>;
  /** Of those, the states (current or former). */
  states: Set<string>;
  sectorNames: Map<string, string>;
  surnames: SurnameIndex;
}

/** What building one meeting found that the quality report counts. */
export interface BuildNotes {
  /** People named by one word that is not a full name: kept as descriptions. */
  unnamed: string[];
  /** People whose side no country word gave: placed on the host's side. */
  assumedSides: number;
  /** Surnames read as the one person other records name in full (see SurnameIndex). */
  resolvedSurnames: number;
}

/** The side a record speaks for: the United States on a trip, the visitor's state on a visit. */
const subjectOf = (r: ReadRecord) => (r.record.kind === 'trip' ? US : r.partner);
const otherSideOf = (r: ReadRecord) =>
  r.organizations[0] ?? (r.record.kind === 'trip' ? r.partner : US);

class Participants {
  readonly list: DatasetParticipant[] = [];
  private readonly seen = new Set<string>();

  add(participant: DatasetParticipant) {
    // The loader knows a participant by person, or by description when it names none.
    const id = participant.person ?? `:${participant.description}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.list.push(participant);
  }
}

function roleOf(side: string, r: ReadRecord): ParticipantRole {
  if (side === r.host) return ParticipantRole.HOST;
  return side === subjectOf(r) ? ParticipantRole.DELEGATION_MEMBER : ParticipantRole.GUEST;
}

function addTravellersAndVisitors(
  group: ReadRecord[],
  ctx: BuildContext,
  out: Participants,
  notes: BuildNotes,
) {
  const president = group.some((r) => r.record.kind === 'trip' && r.record.role === 'president');
  for (const r of group) {
    const record = r.record;
    if (record.kind === 'trip') {
      const isPresident = record.role === 'president';
      out.add({
        person: ctx.people.official({ who: record.who, name: record.name, role: record.role }),
        country: US,
        role:
          isPresident || !president
            ? ParticipantRole.HEAD_OF_DELEGATION
            : ParticipantRole.DELEGATION_MEMBER,
        capacity: isPresident ? PRESIDENT_CAPACITY : SECRETARY_CAPACITY,
      });
      continue;
    }
    r.visitors.forEach((visitor, i) => {
      const role = i === 0 ? ParticipantRole.HEAD_OF_DELEGATION : ParticipantRole.DELEGATION_MEMBER;
      const oneName =
        visitor.name !== undefined &&
        !/\s/.test(visitor.name) &&
        !(visitor.head !== undefined && MONARCHS.has(visitor.head));
      const resolved =
        oneName && visitor.title
          ? ctx.surnames.resolve(r.partner, visitor.title, visitor.name!, record.start)
          : undefined;
      if (resolved) notes.resolvedSurnames += 1;
      const name = resolved ?? (oneName ? undefined : visitor.name);
      if (name) {
        out.add({
          person: ctx.people.named(name, r.partner, visitor.title),
          country: r.partner,
          role,
          ...(visitor.title ? { capacity: visitor.title } : {}),
        });
      } else {
        const description = [visitor.title, visitor.name].filter(Boolean).join(' ');
        if (visitor.name) notes.unnamed.push(`${description} (${r.partner})`);
        out.add({
          description,
          country: r.partner,
          role,
          ...(visitor.title ? { capacity: visitor.title } : {}),
        });
      }
    });
  }
}

function addMentioned(
  r: ReadRecord,
  mention: PersonMention,
  ctx: BuildContext,
  out: Participants,
  notes: BuildNotes,
) {
  const side = ctx.parties.has(mention.side) ? mention.side : r.host;
  if (mention.sideFrom === 'assumed') notes.assumedSides += 1;
  const evidence = [{ start: mention.span.start, end: mention.span.end, text: mention.text }];
  const base = { country: side, role: roleOf(side, r), capacity: mention.title, evidence };
  if (mention.official) {
    out.add({ ...base, person: ctx.people.official(mention.official) });
    return;
  }
  const full = mention.surnameOnly
    ? ctx.surnames.resolve(side, mention.title, mention.name, r.record.start)
    : mention.name;
  if (full) {
    if (mention.surnameOnly) notes.resolvedSurnames += 1;
    out.add({ ...base, person: ctx.people.named(full, side, mention.title) });
  } else {
    notes.unnamed.push(`${mention.title} ${mention.name} (${side})`);
    out.add({ ...base, description: `${mention.title} ${mention.name}` });
  }
}

function interestsOf(group: ReadRecord[], ctx: BuildContext): DatasetInterest[] {
  const byKey = new Map<string, DatasetInterest>();
  for (const r of group) {
    const country = subjectOf(r);
    const partner = otherSideOf(r);
    if (country === partner) continue;
    for (const mention of r.sectors) {
      const key = `${mention.code}|${country}|${partner}`;
      const evidence = { start: mention.start, end: mention.end, text: mention.text };
      const found = byKey.get(key);
      if (found) {
        if (found.evidence!.length < MAX_EVIDENCE) found.evidence!.push(evidence);
        continue;
      }
      const sector = ctx.sectorNames.get(mention.code) ?? mention.code;
      byKey.set(key, {
        sector: mention.code,
        country,
        partner,
        stance: InterestStance.DISCUSSED,
        note: `The record names ${sector.toLowerCase()} ("${mention.text}") among the subjects; it does not say which side raised it.`,
        source: sourceUrl(r.record),
        evidence: [evidence],
      });
    }
  }
  return [...byKey.values()];
}

/** One meeting from the records that describe it (see grouping.ts). */
export function buildMeeting(
  group: ReadRecord[],
  ctx: BuildContext,
): { meeting: DatasetMeeting; notes: BuildNotes } {
  const first = group[0];
  const notes: BuildNotes = { unnamed: [], assumedSides: 0, resolvedSurnames: 0 };
  const participants = new Participants();
  addTravellersAndVisitors(group, ctx, participants, notes);
  for (const r of group) {
    for (const mention of r.people) addMentioned(r, mention, ctx, participants, notes);
  }
  const start = group.map((r) => r.record.start).sort()[0];
  const end = group
    .map((r) => r.record.end)
    .sort()
    .reverse()[0];
  const parties = [
    ...new Set([
      ...group.flatMap((r) => [subjectOf(r), r.record.kind === 'trip' ? r.partner : US]),
      ...group.flatMap((r) => r.organizations),
      ...participants.list.map((p) => p.country),
    ]),
  ];
  let kind = strongestKind(group.map((r) => r.kind));
  const states = parties.filter((code) => ctx.states.has(code));
  if (kind === MeetingKind.BILATERAL_MEETING && states.length > 2)
    kind = MeetingKind.MULTILATERAL_MEETING;
  const interests = interestsOf(group, ctx);
  const peopleNamed = participants.list
    .filter((p) => p.evidence)
    .map((p) =>
      p.country === first.host || p.country === US
        ? p.evidence![0].text
        : `${p.evidence![0].text} (${ctx.names(p.country)})`,
    );
  const localities = [
    ...new Set(group.map((r) => (r.record.kind === 'trip' ? r.record.locale : '')).filter(Boolean)),
  ];
  const city = localities.join('; ').slice(0, 200);
  const meeting: DatasetMeeting = {
    key: `hsg-${first.record.kind}-${first.record.id}${first.part === 'talks' ? '-talks' : ''}`,
    title: meetingTitle(group, kind, ctx.names),
    kind,
    start,
    ...(end !== start ? { end } : {}),
    ...(city ? { city } : {}),
    placeCountry: first.host,
    hostCountry: first.host,
    parties,
    summary: meetingSummary(
      group,
      {
        start,
        ...(end !== start ? { end } : {}),
        peopleNamed: [...new Set(peopleNamed)],
        sectorNames: [
          ...new Set(interests.map((i) => ctx.sectorNames.get(i.sector)!.toLowerCase())),
        ],
      },
      ctx.names,
    ),
    sources: [...new Set(group.map((r) => sourceUrl(r.record)))].sort(),
    ...(participants.list.length ? { participants: participants.list } : {}),
    ...(interests.length ? { interests } : {}),
  };
  return { meeting, notes };
}
