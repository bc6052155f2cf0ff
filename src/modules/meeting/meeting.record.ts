import { EntityManager } from 'typeorm';
import { evidenceAt } from '../../common/graphql/evidence';
import { link } from '../../common/links';
import { PartialDate } from '../../common/partial-date';
import { toGlobalId } from '../../common/relay/global-id';
import {
  assertValid,
  fail,
  UserError,
  userError,
  UserErrorCode,
  UserErrorsException,
} from '../../common/user-errors';
import { fromGlobalIdOr0, partialDateInput } from '../../common/writes';
import { SectorInterest } from '../interest/interest.entity';
import { findLikelyDuplicate } from './likely-duplicate';
import { Meeting } from './meeting.entity';
import { RecordMeetingInput, VisitRefInput } from './meeting-record.inputs';
import { Participant } from './participant.entity';
import { References } from '../references/references';

type Path = (string | number)[];

/**
 * Records a meeting with everything it refers to, inside the caller's transaction. Concurrent
 * calls for the same parties are serialized (see lockParties), so of ten reports of one meeting
 * exactly one is stored and the others get DUPLICATE or, with attachToDuplicate, add their
 * source to it. Each step below names one part of the input it checks or resolves.
 */
export async function recordMeeting(em: EntityManager, input: RecordMeetingInput) {
  await assertValid(input);
  const { start, end } = recordDates(input);
  const refs = new References(em);
  const sides = await resolveSides(refs, input);
  await lockParties(em, sides.partyIds);

  const existing = await em.findOneBy(Meeting, { key: input.key });
  if (existing) {
    if (sameMeeting(existing, input, start, end)) return { meeting: existing, created: false };
    fail(
      ['input', 'key'],
      `a different meeting ("${existing.title}") already has the key "${input.key}"`,
      UserErrorCode.DUPLICATE,
      toGlobalId('Meeting', existing.id),
    );
  }
  input.sources.forEach((s, i) => refs.defineSource(s, ['input', 'sources', i]));
  const duplicateId = await findLikelyDuplicate(em, {
    partyIds: sides.partyIds,
    city: input.city,
    start: start.date,
    sourceUrls: input.sources.flatMap((s) => (s.url ? [s.url] : [])),
    people: namedPeople(input.participants),
  });
  if (duplicateId) {
    const duplicate = await em.findOneByOrFail(Meeting, { id: duplicateId });
    return attachToDuplicate(em, refs, input, duplicate);
  }

  defineReferences(refs, input);
  const sourceIds = await resolveRecordReferences(refs, input);
  const visitId = input.visit
    ? await resolveVisit(em, refs, input.visit, sourceIds, ['input', 'visit'])
    : null;
  const participants = await resolveParticipants(refs, input, sides.partyIds);
  const interests = await resolveInterests(refs, input, sourceIds);
  if (refs.errors.length) throw new UserErrorsException(refs.errors);

  const meeting = await em.save(
    em.create(Meeting, {
      key: input.key,
      title: input.title,
      kind: input.kind,
      startDate: start.date,
      datePrecision: start.precision,
      endDate: end?.date ?? null,
      endDatePrecision: end?.precision ?? null,
      city: input.city ?? null,
      placeCountryId: sides.placeCountryId,
      hostCountryId: sides.hostCountryId,
      summary: input.summary,
      visitId,
    }),
  );
  await link(em, 'meeting_party', 'meeting_id', meeting.id, 'country_id', sides.partyIds);
  await link(em, 'meeting_source', 'meeting_id', meeting.id, 'source_id', sourceIds);
  for (const p of participants) await em.insert(Participant, { ...p, meetingId: meeting.id });
  for (const it of interests) await em.insert(SectorInterest, { ...it, meetingId: meeting.id });
  return { meeting: await em.findOneByOrFail(Meeting, { id: meeting.id }), created: true };
}

/** The likely duplicate answers DUPLICATE, or with attachToDuplicate gets the sources. */
async function attachToDuplicate(
  em: EntityManager,
  refs: References,
  input: RecordMeetingInput,
  duplicate: Meeting,
) {
  if (!input.attachToDuplicate) {
    fail(
      ['input'],
      `this looks like meeting "${duplicate.title}" (${duplicate.key}), already stored: same parties, same city, within a day. Nothing was written; use addMeetingSource or attachToDuplicate: true to add the source to it.`,
      UserErrorCode.DUPLICATE,
      toGlobalId('Meeting', duplicate.id),
    );
  }
  const sourceIds: number[] = [];
  for (const [i, s] of input.sources.entries()) {
    sourceIds.push(await refs.source(s, ['input', 'sources', i]));
  }
  if (refs.errors.length) throw new UserErrorsException(refs.errors);
  await link(em, 'meeting_source', 'meeting_id', duplicate.id, 'source_id', sourceIds);
  return { meeting: duplicate, created: false };
}

/** The visit a recorded meeting belongs to: found by id or key, or created from the input. */
async function resolveVisit(
  em: EntityManager,
  refs: References,
  ref: VisitRefInput,
  sourceIds: number[],
  path: Path,
): Promise<number | null> {
  if (ref.id) {
    const id = fromGlobalIdOr0(ref.id, 'Meeting');
    const found = id ? await em.findOneBy(Meeting, { id }) : null;
    if (!found)
      refs.errors.push(
        userError([...path, 'id'], 'no meeting has this ID', UserErrorCode.NOT_FOUND),
      );
    return found?.id ?? null;
  }
  if (!ref.key) {
    refs.errors.push(userError(path, 'give the visit\u2019s id or key', UserErrorCode.REQUIRED));
    return null;
  }
  const found = await em.findOneBy(Meeting, { key: ref.key });
  if (found) return found.id;
  if (!ref.title || !ref.kind || !ref.start || !ref.parties?.length || !ref.summary) {
    refs.errors.push(
      userError(
        [...path, 'key'],
        `unknown visit "${ref.key}"; give title, kind, start, parties and summary to create it`,
        UserErrorCode.NOT_FOUND,
      ),
    );
    return null;
  }
  const start = partialDateInput(refs.errors, [...path, 'start'], ref.start);
  const end = partialDateInput(refs.errors, [...path, 'end'], ref.end);
  const partyIds: number[] = [];
  for (const [i, code] of ref.parties.entries())
    partyIds.push(await refs.party(code, [...path, 'parties', i]));
  const place = ref.placeCountry
    ? await refs.party(ref.placeCountry, [...path, 'placeCountry'])
    : null;
  const host = ref.hostCountry ? await refs.party(ref.hostCountry, [...path, 'hostCountry']) : null;
  if (!start || refs.errors.length) return null;
  const visit = await em.save(
    em.create(Meeting, {
      key: ref.key,
      title: ref.title,
      kind: ref.kind,
      startDate: start.date,
      datePrecision: start.precision,
      endDate: end?.date ?? null,
      endDatePrecision: end?.precision ?? null,
      city: ref.city ?? null,
      placeCountryId: place,
      hostCountryId: host,
      summary: ref.summary,
    }),
  );
  await link(em, 'meeting_party', 'meeting_id', visit.id, 'country_id', partyIds);
  await link(em, 'meeting_source', 'meeting_id', visit.id, 'source_id', sourceIds);
  return visit.id;
}

function sameMeeting(
  m: Meeting,
  input: RecordMeetingInput,
  start: PartialDate,
  end: PartialDate | null,
) {
  return (
    m.title === input.title &&
    m.kind === input.kind &&
    m.startDate === start.date &&
    m.datePrecision === start.precision &&
    (m.endDate ?? null) === (end?.date ?? null) &&
    (m.city ?? null) === (input.city ?? null) &&
    m.summary === input.summary
  );
}

/** Start and end of a meeting being recorded; bad dates are userErrors. */
function recordDates(input: RecordMeetingInput): { start: PartialDate; end: PartialDate | null } {
  const errors: UserError[] = [];
  const start = partialDateInput(errors, ['input', 'start'], input.start, input.datePrecision);
  const end = partialDateInput(errors, ['input', 'end'], input.end, input.endPrecision);
  if (start && end && end.date < start.date) {
    errors.push(userError(['input', 'end'], 'must not be before the start', UserErrorCode.INVALID));
  }
  if (errors.length || !start) throw new UserErrorsException(errors);
  return { start, end };
}

/** Parties, place and host of a meeting being recorded; unknown codes are userErrors. */
async function resolveSides(refs: References, input: RecordMeetingInput) {
  const partyIds: number[] = [];
  for (const [i, code] of input.parties.entries()) {
    partyIds.push(await refs.party(code, ['input', 'parties', i]));
  }
  const placeCountryId = input.placeCountry
    ? await refs.party(input.placeCountry, ['input', 'placeCountry'])
    : null;
  const hostCountryId = input.hostCountry
    ? await refs.party(input.hostCountry, ['input', 'hostCountry'])
    : null;
  if (refs.errors.length) throw new UserErrorsException(refs.errors);
  return { partyIds, placeCountryId, hostCountryId };
}

/**
 * Serializes the recording of meetings between the same parties until the transaction ends
 * (a transaction-scoped advisory lock on the sorted party set), so the duplicate check and the
 * insert that follows it see every meeting a concurrent writer stored. The set, not the date,
 * is locked: the duplicate window spans a day either side.
 */
async function lockParties(em: EntityManager, partyIds: number[]): Promise<void> {
  const parties = [...new Set(partyIds)].sort((a, b) => a - b);
  await em.query(`SELECT pg_advisory_xact_lock(hashtext('atlas.meeting-parties'), hashtext($1))`, [
    parties.join(','),
  ]);
}

/** Definitions anywhere in the input, so a record defined once may be referred to by key. */
function defineReferences(refs: References, input: RecordMeetingInput): void {
  input.participants.forEach((p, i) => {
    refs.definePerson(p.person, ['input', 'participants', i, 'person']);
    refs.defineOrganization(p.organization, ['input', 'participants', i, 'organization']);
  });
  input.interests.forEach((it, i) => {
    refs.defineSector(it.sector, ['input', 'interests', i, 'sector']);
    refs.definePerson(it.speaker, ['input', 'interests', i, 'speaker']);
  });
  input.organizations.forEach((o, i) => refs.defineOrganization(o, ['input', 'organizations', i]));
  input.people.forEach((p, i) => refs.definePerson(p, ['input', 'people', i]));
  input.sectors.forEach((c, i) => refs.defineSector(c, ['input', 'sectors', i]));
}

/** Resolves the further records the input lists, and its sources (answered as ids). */
async function resolveRecordReferences(
  refs: References,
  input: RecordMeetingInput,
): Promise<number[]> {
  for (const [i, o] of input.organizations.entries()) {
    await refs.organization(o, ['input', 'organizations', i]);
  }
  for (const [i, p] of input.people.entries()) await refs.person(p, ['input', 'people', i]);
  for (const [i, c] of input.sectors.entries()) await refs.sector(c, ['input', 'sectors', i]);
  const sourceIds: number[] = [];
  for (const [i, s] of input.sources.entries()) {
    sourceIds.push(await refs.source(s, ['input', 'sources', i]));
  }
  return sourceIds;
}

/** Participant rows: each on one of the meeting's sides, each person at most once. */
async function resolveParticipants(
  refs: References,
  input: RecordMeetingInput,
  partyIds: number[],
): Promise<Partial<Participant>[]> {
  const rows: Partial<Participant>[] = [];
  const seen = new Map<number, number>();
  for (const [i, p] of input.participants.entries()) {
    const at: Path = ['input', 'participants', i];
    if (!p.person && !p.description) {
      refs.errors.push(
        userError([...at, 'person'], 'give a person or a description', UserErrorCode.REQUIRED),
      );
    }
    const countryId = await refs.party(p.country, [...at, 'country']);
    if (countryId && !partyIds.includes(countryId)) {
      refs.errors.push(userError([...at, 'country'], 'must be one of the meeting\u2019s parties'));
    }
    const personId = p.person ? await refs.person(p.person, [...at, 'person']) : null;
    if (personId && seen.has(personId)) {
      refs.errors.push(
        userError(
          [...at, 'person'],
          `repeats participant ${seen.get(personId)} (the same person)`,
          UserErrorCode.DUPLICATE,
        ),
      );
    } else if (personId) seen.set(personId, i);
    rows.push({
      personId,
      description: p.description ?? null,
      countryId,
      organizationId: p.organization
        ? await refs.organization(p.organization, [...at, 'organization'])
        : null,
      role: p.role,
      capacity: p.capacity ?? null,
      evidence: evidenceAt(refs.errors, at, p.evidence),
    });
  }
  return rows;
}

/** Interest rows: sides distinct, source among the meeting's, no repeats of one natural key. */
async function resolveInterests(
  refs: References,
  input: RecordMeetingInput,
  sourceIds: number[],
): Promise<Partial<SectorInterest>[]> {
  const rows: Partial<SectorInterest>[] = [];
  const seen = new Map<string, number>();
  for (const [i, it] of input.interests.entries()) {
    const at: Path = ['input', 'interests', i];
    const row = {
      sectorId: await refs.sector(it.sector, [...at, 'sector']),
      countryId: await refs.party(it.country, [...at, 'country']),
      partnerId: await refs.optionalParty(it.partner, [...at, 'partner']),
      speakerId: it.speaker ? await refs.person(it.speaker, [...at, 'speaker']) : null,
      stance: it.stance,
      note: it.note,
      sourceId: await refs.source(it.source, [...at, 'source']),
      evidence: evidenceAt(refs.errors, at, it.evidence),
    };
    if (row.countryId && row.countryId === row.partnerId) {
      refs.errors.push(userError([...at, 'partner'], 'must differ from country'));
    }
    if (row.sourceId && !sourceIds.includes(row.sourceId)) {
      refs.errors.push(userError([...at, 'source'], 'must be one of the meeting\u2019s sources'));
    }
    const natural = [row.sectorId, row.countryId, row.partnerId, row.stance].join(':');
    if (seen.has(natural)) {
      refs.errors.push(
        userError(
          at,
          `repeats interest ${seen.get(natural)} (same sector, sides and stance)`,
          UserErrorCode.DUPLICATE,
        ),
      );
    } else seen.set(natural, i);
    rows.push(row);
  }
  return rows;
}

/** The named people of the input, as the duplicate rule compares them: by id, else by name. */
function namedPeople(participants: RecordMeetingInput['participants']) {
  const ids: number[] = [];
  const names: string[] = [];
  for (const { person } of participants) {
    const id = person?.id ? fromGlobalIdOr0(person.id, 'Person') : 0;
    if (id) ids.push(id);
    else if (person?.name) names.push(person.name);
  }
  return { ids, names };
}
