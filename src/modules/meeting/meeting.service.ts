import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { AtlasUser } from '../../common/auth/roles';
import { BadUserInputError } from '../../common/errors';
import { PartialDate } from '../../common/partial-date';
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
import { Loaders } from '../../common/loaders';
import { ConnectionArgs, ConnectionShape } from '../../common/relay/connection.types';
import { expectGlobalId, toGlobalId } from '../../common/relay/global-id';
import { paginate, paginateNested, PageOrder } from '../../common/relay/pagination';
import { Country } from '../country/country.entity';
import { CountryService } from '../country/country.service';
import { SectorService } from '../sector/sector.service';
import { Source } from '../source/source.entity';
import { Meeting } from './meeting.entity';
import {
  AddInterestInput,
  AddParticipantInput,
  MeetingFilter,
  MeetingOrder,
  RecordMeetingInput,
  UpdateInterestInput,
  UpdateMeetingInput,
  UpdateParticipantInput,
  VisitRefInput,
} from './meeting.inputs';
import { link, References, relink, SourceRefInput } from './references';
import { Participant } from './participant.entity';

/** Last day of the period a meeting spans, from its end (or else start) date and precision. */
export const MEETING_PERIOD_END_SQL = `(CASE
  WHEN m.end_date IS NOT NULL THEN (CASE m.end_date_precision
    WHEN 'DAY' THEN m.end_date
    WHEN 'MONTH' THEN (m.end_date + interval '1 month' - interval '1 day')::date
    ELSE (m.end_date + interval '1 year' - interval '1 day')::date END)
  WHEN m.date_precision = 'DAY' THEN m.start_date
  WHEN m.date_precision = 'MONTH' THEN (m.start_date + interval '1 month' - interval '1 day')::date
  ELSE (m.start_date + interval '1 year' - interval '1 day')::date END)`;

const ORDERS: Record<MeetingOrder, PageOrder<Meeting>> = {
  DATE_DESC: { sort: 'm.startDate', id: 'm.id', direction: 'DESC', value: (m) => m.startDate },
  DATE_ASC: { sort: 'm.startDate', id: 'm.id', direction: 'ASC', value: (m) => m.startDate },
  TITLE_ASC: { sort: 'm.title', id: 'm.id', direction: 'ASC', value: (m) => m.title },
};

export class MeetingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: Loaders,
    private readonly countries: CountryService,
    private readonly sectors: SectorService,
  ) {}

  byId(id: number | null): Promise<Meeting | null> {
    return this.loaders.ref(Meeting, id);
  }

  async list(
    filter: MeetingFilter = {},
    args: ConnectionArgs,
    order: MeetingOrder = MeetingOrder.DATE_DESC,
  ): Promise<ConnectionShape<Meeting>> {
    const query = this.dataSource.getRepository(Meeting).createQueryBuilder('m');
    await this.applyFilter(query, filter);
    return paginate(query, args, ORDERS[order]);
  }

  private async applyFilter(query: SelectQueryBuilder<Meeting>, filter: MeetingFilter) {
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new BadUserInputError('filter.from must not be after filter.to', 'filter.from');
    }
    const partyIds = await this.countries.resolveCodes(
      filter.countryCodes ?? [],
      'filter.countryCodes',
    );
    partyIds.forEach((partyId, index) => {
      query.andWhere(
        `EXISTS (SELECT 1 FROM meeting_party mp WHERE mp.meeting_id = m.id AND mp.country_id = :party${index})`,
        { [`party${index}`]: partyId },
      );
    });
    if (filter.to) query.andWhere('m.start_date <= :to', { to: filter.to });
    if (filter.from) query.andWhere(`${MEETING_PERIOD_END_SQL} >= :from`, { from: filter.from });
    if (filter.sectorCodes?.length) {
      const sectorIds = await this.sectors.resolveWithDescendants(
        filter.sectorCodes,
        'filter.sectorCodes',
      );
      query.andWhere(
        'EXISTS (SELECT 1 FROM sector_interest si WHERE si.meeting_id = m.id AND si.sector_id = ANY(:sectorIds))',
        { sectorIds },
      );
    }
    if (filter.personId) {
      const personId = expectGlobalId(filter.personId, 'Person', 'filter.personId');
      query.andWhere(
        'EXISTS (SELECT 1 FROM participant p WHERE p.meeting_id = m.id AND p.person_id = :personId)',
        { personId },
      );
    }
    if (filter.organizationId) {
      const organizationId = expectGlobalId(
        filter.organizationId,
        'Organization',
        'filter.organizationId',
      );
      query.andWhere(
        'EXISTS (SELECT 1 FROM participant p WHERE p.meeting_id = m.id AND p.organization_id = :organizationId)',
        { organizationId },
      );
    }
    if (filter.kind) query.andWhere('m.kind = :kind', { kind: filter.kind });
    if (filter.search?.trim()) {
      query.andWhere(
        `to_tsvector('english', m.title || ' ' || m.summary) @@ websearch_to_tsquery('english', :search)`,
        { search: filter.search },
      );
    }
  }

  /** country.meetings for every country on the page, newest first, in two statements. */
  forCountry(countryId: number, args: ConnectionArgs): Promise<ConnectionShape<Meeting>> {
    return this.loaders
      .get(`Country.meetings:${JSON.stringify(args)}`, (ids: readonly number[]) =>
        paginateNested(
          this.dataSource,
          Meeting,
          {
            sql: `SELECT mp.country_id AS parent_id, m.id, m.start_date AS sort_value
                    FROM meeting_party mp JOIN meeting m ON m.id = mp.meeting_id
                   WHERE mp.country_id = ANY($1)`,
            params: [],
            direction: 'DESC',
          },
          ids,
          args,
        ),
      )
      .load(countryId);
  }

  /** person.meetings, newest first. */
  forPerson(personId: number, args: ConnectionArgs): Promise<ConnectionShape<Meeting>> {
    return this.loaders
      .get(`Person.meetings:${JSON.stringify(args)}`, (ids: readonly number[]) =>
        paginateNested(
          this.dataSource,
          Meeting,
          {
            sql: `SELECT DISTINCT p.person_id AS parent_id, m.id, m.start_date AS sort_value
                    FROM participant p JOIN meeting m ON m.id = p.meeting_id
                   WHERE p.person_id = ANY($1)`,
            params: [],
            direction: 'DESC',
          },
          ids,
          args,
        ),
      )
      .load(personId);
  }

  participants(meeting: Meeting): Promise<Participant[]> {
    return this.loaders.byColumn(Participant, 'meetingId').load(meeting.id);
  }

  parties(meeting: Meeting): Promise<Country[]> {
    return this.loaders.through(Country, 'meeting_party', 'meeting_id', 'country_id', meeting.id);
  }

  sources(meeting: Meeting): Promise<Source[]> {
    return this.loaders.through(Source, 'meeting_source', 'meeting_id', 'source_id', meeting.id);
  }

  /** The meetings a visit groups, in date order. */
  visitMeetings(visit: Meeting): Promise<Meeting[]> {
    return this.loaders.byColumn(Meeting, 'visitId', 'startDate').load(visit.id);
  }
}

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

/**
 * Writes of meetings, their participants, interests and sources. Each public method is one
 * audited transaction answering with userErrors for bad input (see src/common/writes.ts).
 */
export class MeetingWriter {
  constructor(private readonly dataSource: DataSource) {}

  record(input: RecordMeetingInput, user?: AtlasUser) {
    return mutate(this.dataSource, user, 'recordMeeting', async (em) => {
      await assertValid(input);
      const errors: UserError[] = [];
      const start = partialDateInput(errors, ['input', 'start'], input.start, input.datePrecision);
      const end = partialDateInput(errors, ['input', 'end'], input.end, input.endPrecision);
      if (start && end && end.date < start.date) {
        errors.push(
          userError(['input', 'end'], 'must not be before the start', UserErrorCode.INVALID),
        );
      }
      if (errors.length || !start) throw new UserErrorsException(errors);

      const refs = new References(em);
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
      const sourceIds: number[] = [];
      const duplicate = await findLikelyDuplicate(em, partyIds, input.city ?? null, start.date);
      if (duplicate) {
        if (!input.attachToDuplicate) {
          fail(
            ['input'],
            `this looks like meeting "${duplicate.title}" (${duplicate.key}), already stored: same parties, same city, within a day. Nothing was written; use addMeetingSource or attachToDuplicate: true to add the source to it.`,
            UserErrorCode.DUPLICATE,
            toGlobalId('Meeting', duplicate.id),
          );
        }
        for (const [i, s] of input.sources.entries()) {
          sourceIds.push(await refs.source(s, ['input', 'sources', i]));
        }
        if (refs.errors.length) throw new UserErrorsException(refs.errors);
        await link(em, 'meeting_source', 'meeting_id', duplicate.id, 'source_id', sourceIds);
        return { meeting: duplicate, created: false };
      }

      input.participants.forEach((p, i) => {
        refs.definePerson(p.person, ['input', 'participants', i, 'person']);
        refs.defineOrganization(p.organization, ['input', 'participants', i, 'organization']);
      });
      input.interests.forEach((it, i) => {
        refs.defineSector(it.sector, ['input', 'interests', i, 'sector']);
        refs.definePerson(it.speaker, ['input', 'interests', i, 'speaker']);
      });

      input.organizations.forEach((o, i) =>
        refs.defineOrganization(o, ['input', 'organizations', i]),
      );
      input.people.forEach((p, i) => refs.definePerson(p, ['input', 'people', i]));
      input.sectors.forEach((c, i) => refs.defineSector(c, ['input', 'sectors', i]));
      for (const [i, o] of input.organizations.entries()) {
        await refs.organization(o, ['input', 'organizations', i]);
      }
      for (const [i, p] of input.people.entries()) await refs.person(p, ['input', 'people', i]);
      for (const [i, c] of input.sectors.entries()) await refs.sector(c, ['input', 'sectors', i]);
      for (const [i, s] of input.sources.entries()) {
        sourceIds.push(await refs.source(s, ['input', 'sources', i]));
      }
      const visitId = input.visit
        ? await this.visit(em, refs, input.visit, sourceIds, ['input', 'visit'])
        : null;

      const participants: Partial<Participant>[] = [];
      for (const [i, p] of input.participants.entries()) {
        const at: Path = ['input', 'participants', i];
        if (!p.person && !p.description) {
          refs.errors.push(
            userError([...at, 'person'], 'give a person or a description', UserErrorCode.REQUIRED),
          );
        }
        const countryId = await refs.party(p.country, [...at, 'country']);
        if (countryId && !partyIds.includes(countryId)) {
          refs.errors.push(
            userError([...at, 'country'], 'must be one of the meeting\u2019s parties'),
          );
        }
        participants.push({
          personId: p.person ? await refs.person(p.person, [...at, 'person']) : null,
          description: p.description ?? null,
          countryId,
          organizationId: p.organization
            ? await refs.organization(p.organization, [...at, 'organization'])
            : null,
          role: p.role,
          capacity: p.capacity ?? null,
        });
      }

      const interests: Partial<SectorInterest>[] = [];
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
        };
        if (row.countryId && row.countryId === row.partnerId) {
          refs.errors.push(userError([...at, 'partner'], 'must differ from country'));
        }
        if (row.sourceId && !sourceIds.includes(row.sourceId)) {
          refs.errors.push(
            userError([...at, 'source'], 'must be one of the meeting\u2019s sources'),
          );
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
        interests.push(row);
      }
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
          placeCountryId,
          hostCountryId,
          summary: input.summary,
          visitId,
        }),
      );
      await link(em, 'meeting_party', 'meeting_id', meeting.id, 'country_id', partyIds);
      await link(em, 'meeting_source', 'meeting_id', meeting.id, 'source_id', sourceIds);
      for (const p of participants) await em.insert(Participant, { ...p, meetingId: meeting.id });
      for (const it of interests) await em.insert(SectorInterest, { ...it, meetingId: meeting.id });
      return { meeting: await em.findOneByOrFail(Meeting, { id: meeting.id }), created: true };
    });
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
      if (input.parties) {
        await relink(em, 'meeting_party', 'meeting_id', current.id, 'country_id', partyIds);
      }
      const meeting = await updateVersioned(em, Meeting, 'Meeting', current.id, input.version, {
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
      });
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
      };
      if (refs.errors.length) throw new UserErrorsException(refs.errors);
      const existing = values.personId
        ? await em.findOneBy(Participant, { meetingId: meeting.id, personId: values.personId })
        : null;
      if (existing) return { result: existing };
      const saved = await em.save(em.create(Participant, values));
      return { result: saved };
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
