import { DataSource, EntityManager } from 'typeorm';
import type { AtlasUser } from '../../common/auth/roles';
import { checkEvidence, Evidence, EvidenceInput } from '../../common/graphql/evidence';
import { link, relink } from '../../common/links';
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
import {
  deleteRow,
  fromGlobalIdOr0,
  globalIdOrFail,
  mutate,
  partialDateInput,
  updateVersioned,
} from '../../common/writes';
import { SectorInterest } from '../interest/interest.entity';
import { Meeting } from './meeting.entity';
import {
  AddInterestInput,
  AddParticipantInput,
  RecordMeetingInput,
  UpdateInterestInput,
  UpdateMeetingInput,
  UpdateParticipantInput,
  VisitRefInput,
} from './meeting.inputs';
import { Participant } from './participant.entity';
import { SourceRefInput } from './reference.inputs';
import { References } from './references';

type Path = (string | number)[];

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

/** Evidence of one fact, its problems added to `errors` under `at`. */
function evidenceAt(
  errors: UserError[],
  at: Path,
  evidence: EvidenceInput[] | undefined,
): Evidence[] {
  const { items, problems } = checkEvidence(evidence);
  for (const p of problems) {
    errors.push(userError([...at, 'evidence', p.index, p.field], p.message));
  }
  return items;
}

/**
 * Writes of meetings, their participants, interests and sources. Each public method is one
 * audited transaction answering with userErrors for bad input (see src/common/writes.ts).
 */
export class MeetingWriter {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records a meeting with everything it refers to. Concurrent calls for the same parties are
   * serialized (see lockParties), so of ten reports of one meeting exactly one is stored and the
   * others get DUPLICATE or, with attachToDuplicate, add their source to it.
   */
  record(input: RecordMeetingInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'recordMeeting', async (em) => {
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
      const duplicate = await findLikelyDuplicate(
        em,
        sides.partyIds,
        input.city ?? null,
        start.date,
      );
      if (duplicate) return this.attachToDuplicate(em, refs, input, duplicate);

      defineReferences(refs, input);
      const sourceIds = await resolveRecordReferences(refs, input);
      const visitId = input.visit
        ? await this.visit(em, refs, input.visit, sourceIds, ['input', 'visit'])
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
    });
  }

  /** The likely duplicate answers DUPLICATE, or with attachToDuplicate gets the sources. */
  private async attachToDuplicate(
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
  private async visit(
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
    const host = ref.hostCountry
      ? await refs.party(ref.hostCountry, [...path, 'hostCountry'])
      : null;
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

  /** Attaches a (possibly new) source to a stored meeting: another report of the same meeting. */
  addSource(meetingId: string, source: SourceRefInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'addMeetingSource', async (em) => {
      await assertValid(source, ['source']);
      const meeting = await this.meeting(em, meetingId, ['meetingId']);
      const refs = new References(em);
      refs.defineSource(source, ['source']);
      const sourceId = await refs.source(source, ['source']);
      if (refs.errors.length) throw new UserErrorsException(refs.errors);
      await link(em, 'meeting_source', 'meeting_id', meeting.id, 'source_id', [sourceId]);
      return { result: meeting };
    });
  }

  update(input: UpdateMeetingInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'updateMeeting', async (em) => {
      await assertValid(input);
      const current = await this.meeting(em, input.id, ['input', 'id']);
      const errors: UserError[] = [];
      const start =
        input.start !== undefined
          ? partialDateInput(errors, ['input', 'start'], input.start, input.datePrecision)
          : { date: current.startDate, precision: current.datePrecision };
      const end =
        input.end === ''
          ? null
          : input.end !== undefined
            ? partialDateInput(errors, ['input', 'end'], input.end)
            : current.endDate
              ? { date: current.endDate, precision: current.endDatePrecision! }
              : null;
      if (start && end && end.date < start.date)
        errors.push(userError(['input', 'end'], 'must not be before the start'));
      if (errors.length || !start) throw new UserErrorsException(errors);
      const refs = new References(em);
      const country = async (code: string | undefined, field: string) =>
        code === undefined ? undefined : code === '' ? null : refs.party(code, ['input', field]);
      const placeCountryId = await country(input.placeCountry, 'placeCountry');
      const hostCountryId = await country(input.hostCountry, 'hostCountry');
      const partyIds: number[] = [];
      for (const [i, code] of (input.parties ?? []).entries()) {
        partyIds.push(await refs.party(code, ['input', 'parties', i]));
      }
      if (refs.errors.length) throw new UserErrorsException(refs.errors);
      const meeting = await updateVersioned(
        em,
        Meeting,
        'Meeting',
        current.id,
        input.version,
        {
          placeCountryId,
          hostCountryId,
          title: input.title,
          kind: input.kind,
          startDate: start.date,
          datePrecision: start.precision,
          endDate: end?.date ?? null,
          endDatePrecision: end?.precision ?? null,
          city: input.city === '' ? null : input.city,
          summary: input.summary,
        },
        async () => {
          if (!input.parties) return 0;
          await refuseDroppingUsedParty(em, current.id, partyIds);
          return relink(em, 'meeting_party', 'meeting_id', current.id, 'country_id', partyIds);
        },
      );
      return { result: meeting };
    });
  }

  delete(id: string, version: number | undefined, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'deleteMeeting', async (em) => {
      const meeting = await this.meeting(em, id, ['id']);
      await deleteRow(em, Meeting, 'Meeting', meeting.id, version);
      return { deletedId: id };
    });
  }

  /**
   * Adds a participant. The same person twice in one meeting is refused by a unique index: an
   * identical repeat answers the stored participant, a repeat that differs is DUPLICATE.
   */
  addParticipant(input: AddParticipantInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'addParticipant', async (em) => {
      await assertValid(input);
      const meeting = await this.meeting(em, input.meetingId, ['input', 'meetingId']);
      const refs = new References(em);
      refs.definePerson(input.person, ['input', 'person']);
      refs.defineOrganization(input.organization, ['input', 'organization']);
      if (!input.person && !input.description) {
        refs.errors.push(
          userError(['input', 'person'], 'give a person or a description', UserErrorCode.REQUIRED),
        );
      }
      const values = {
        meetingId: meeting.id,
        personId: input.person ? await refs.person(input.person, ['input', 'person']) : null,
        description: input.description ?? null,
        countryId: await refs.party(input.country, ['input', 'country']),
        organizationId: input.organization
          ? await refs.organization(input.organization, ['input', 'organization'])
          : null,
        role: input.role,
        capacity: input.capacity ?? null,
        evidence: evidenceAt(refs.errors, ['input'], input.evidence),
      };
      if (refs.errors.length) throw new UserErrorsException(refs.errors);
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(Participant)
        .values(values)
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: number }[])[0]?.id;
      if (id) return { result: await em.findOneByOrFail(Participant, { id }) };
      const existing = await em.findOneByOrFail(Participant, {
        meetingId: meeting.id,
        personId: values.personId!,
      });
      const same =
        existing.role === values.role &&
        existing.countryId === values.countryId &&
        (existing.organizationId ?? null) === values.organizationId &&
        (existing.capacity ?? null) === values.capacity &&
        (existing.description ?? null) === values.description;
      if (!same) {
        fail(
          ['input', 'person'],
          'this person already takes part in the meeting; update that participant instead',
          UserErrorCode.DUPLICATE,
          toGlobalId('Participant', existing.id),
        );
      }
      return { result: existing };
    });
  }

  updateParticipant(input: UpdateParticipantInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'updateParticipant', async (em) => {
      await assertValid(input);
      const id = globalIdOrFail(input.id, 'Participant', ['input', 'id']);
      const result = await updateVersioned(em, Participant, 'Participant', id, input.version, {
        role: input.role,
        capacity: input.capacity === '' ? null : input.capacity,
        description: input.description === '' ? null : input.description,
      });
      return { result };
    });
  }

  updateInterest(input: UpdateInterestInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'updateInterest', async (em) => {
      await assertValid(input);
      const id = globalIdOrFail(input.id, 'SectorInterest', ['input', 'id']);
      const result = await updateVersioned(
        em,
        SectorInterest,
        'SectorInterest',
        id,
        input.version,
        {
          stance: input.stance,
          note: input.note,
        },
      );
      return { result };
    });
  }

  removeParticipant(id: string, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'removeParticipant', async (em) => {
      await deleteRow(em, Participant, 'Participant', globalIdOrFail(id, 'Participant', ['id']));
      return { deletedId: id };
    });
  }

  addInterest(input: AddInterestInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'addInterest', async (em) => {
      await assertValid(input);
      const meeting = await this.meeting(em, input.meetingId, ['input', 'meetingId']);
      const refs = new References(em);
      refs.defineSector(input.sector, ['input', 'sector']);
      refs.definePerson(input.speaker, ['input', 'speaker']);
      const values = {
        meetingId: meeting.id,
        sectorId: await refs.sector(input.sector, ['input', 'sector']),
        countryId: await refs.party(input.country, ['input', 'country']),
        partnerId: await refs.party(input.partner, ['input', 'partner']),
        speakerId: input.speaker ? await refs.person(input.speaker, ['input', 'speaker']) : null,
        stance: input.stance,
        note: input.note,
        sourceId: await refs.source(input.source, ['input', 'source']),
        evidence: evidenceAt(refs.errors, ['input'], input.evidence),
      };
      if (values.countryId && values.countryId === values.partnerId) {
        refs.errors.push(userError(['input', 'partner'], 'must differ from country'));
      }
      if (refs.errors.length) throw new UserErrorsException(refs.errors);
      const existing = await em.findOneBy(SectorInterest, {
        meetingId: values.meetingId,
        sectorId: values.sectorId,
        countryId: values.countryId,
        partnerId: values.partnerId,
        stance: values.stance,
      });
      if (existing) return { result: existing };
      await link(em, 'meeting_source', 'meeting_id', meeting.id, 'source_id', [values.sourceId]);
      return { result: await em.save(em.create(SectorInterest, values)) };
    });
  }

  removeInterest(id: string, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'removeInterest', async (em) => {
      await deleteRow(
        em,
        SectorInterest,
        'SectorInterest',
        globalIdOrFail(id, 'SectorInterest', ['id']),
      );
      return { deletedId: id };
    });
  }

  private async meeting(em: EntityManager, globalId: string, field: Path): Promise<Meeting> {
    const id = globalIdOrFail(globalId, 'Meeting', field);
    const meeting = await em.findOneBy(Meeting, { id });
    if (!meeting) fail(field, 'no meeting has this ID', UserErrorCode.NOT_FOUND);
    return meeting;
  }
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
      partnerId: await refs.party(it.partner, [...at, 'partner']),
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

/**
 * Refuses a new party list that leaves out a side a participant or an interest still belongs
 * to: those facts would no longer be about the meeting's parties.
 */
async function refuseDroppingUsedParty(
  em: EntityManager,
  meetingId: number,
  partyIds: number[],
): Promise<void> {
  const used: { code: string; what: string }[] = await em.query(
    `SELECT c.code, min(u.what) AS what FROM (
        SELECT country_id AS id, 'participants' AS what FROM participant WHERE meeting_id = $1
        UNION ALL SELECT country_id, 'interests' FROM sector_interest WHERE meeting_id = $1
        UNION ALL SELECT partner_id, 'interests' FROM sector_interest WHERE meeting_id = $1) u
       JOIN country c ON c.id = u.id
      WHERE NOT (u.id = ANY($2::int[]))
      GROUP BY c.code ORDER BY c.code`,
    [meetingId, partyIds],
  );
  if (used.length) {
    fail(
      ['input', 'parties'],
      `must keep ${used.map((u) => `${u.code} (its ${u.what} are recorded)`).join(', ')}; remove those first`,
      UserErrorCode.IN_USE,
    );
  }
}

/** A stored meeting with the same parties, in the same city, starting within a day. */
async function findLikelyDuplicate(
  em: EntityManager,
  partyIds: number[],
  city: string | null,
  startDate: string,
): Promise<Meeting | null> {
  const parties = [...new Set(partyIds)].sort((a, b) => a - b);
  const rows: { id: number }[] = await em.query(
    `SELECT m.id FROM meeting m
      WHERE lower(coalesce(m.city, '')) = lower(coalesce($1::text, ''))
        AND m.start_date BETWEEN $2::date - 1 AND $2::date + 1
        AND m.kind NOT IN ('OFFICIAL_VISIT', 'PARLIAMENTARY_VISIT')
        AND (SELECT array_agg(mp.country_id ORDER BY mp.country_id) FROM meeting_party mp
              WHERE mp.meeting_id = m.id) = $3::int[]
      ORDER BY m.id LIMIT 1`,
    [city?.trim() || null, startDate, parties],
  );
  return rows.length ? em.findOneByOrFail(Meeting, { id: rows[0].id }) : null;
}
