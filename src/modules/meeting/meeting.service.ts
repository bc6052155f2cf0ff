import { DataSource, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../../common/errors';
import { Loaders } from '../../common/loaders';
import { periodEndSql } from '../../common/partial-date';
import { ConnectionArgs, ConnectionShape } from '../../common/relay/connection.types';
import { expectGlobalId } from '../../common/relay/global-id';
import { paginate, paginateNested, PageOrder, PageRunner } from '../../common/relay/pagination';
import { Country } from '../country/country.entity';
import { CountryService } from '../country/country.service';
import { SectorService } from '../sector/sector.service';
import { Source } from '../source/source.entity';
import { Meeting } from './meeting.entity';
import { MeetingFilter, MeetingOrder } from './meeting.inputs';
import { Participant } from './participant.entity';

/** Last day of the period a meeting spans, from its end (or else start) date and precision. */
const MEETING_PERIOD_END_SQL = `(CASE WHEN m.end_date IS NOT NULL
  THEN ${periodEndSql('m.end_date', 'm.end_date_precision')}
  ELSE ${periodEndSql('m.start_date', 'm.date_precision')} END)`;

const ORDERS: Record<MeetingOrder, PageOrder<Meeting>> = {
  DATE_DESC: {
    connection: 'meetings:DATE_DESC',
    kind: 'date',
    sort: 'm.startDate',
    id: 'm.id',
    direction: 'DESC',
    value: (m) => m.startDate,
  },
  DATE_ASC: {
    connection: 'meetings:DATE_ASC',
    kind: 'date',
    sort: 'm.startDate',
    id: 'm.id',
    direction: 'ASC',
    value: (m) => m.startDate,
  },
  TITLE_ASC: {
    connection: 'meetings:TITLE_ASC',
    kind: 'text',
    sort: 'm.title',
    id: 'm.id',
    direction: 'ASC',
    value: (m) => m.title,
  },
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

  /** `run`: runs the page statement in place of TypeORM (see PageRunner). */
  async list(
    filter: MeetingFilter = {},
    args: ConnectionArgs,
    order: MeetingOrder = MeetingOrder.DATE_DESC,
    run?: PageRunner,
  ): Promise<ConnectionShape<Meeting>> {
    const query = this.dataSource.getRepository(Meeting).createQueryBuilder('m');
    await this.applyFilter(query, filter);
    return paginate(query, args, ORDERS[order], run);
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
      const sectorIds = await this.sectors.resolveCodes(filter.sectorCodes, 'filter.sectorCodes', {
        withDescendants: true,
      });
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
            connection: 'Country.meetings',
            kind: 'date',
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
            connection: 'Person.meetings',
            kind: 'date',
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
