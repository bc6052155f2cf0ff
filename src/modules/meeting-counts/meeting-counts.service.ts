import { DataSource, In } from 'typeorm';
import { Country } from '../country/country.entity';
import type { CountryService } from '../country/country.service';
import type { MeetingKind } from '../meeting/meeting.entity';
import { PartyMeetingCount, YearMeetingCount } from './meeting-counts.types';

/** Meeting counts for the world view: per party and per year, over the whole record. */
export class MeetingCountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly countries: CountryService,
  ) {}

  /** Every party with at least one meeting (of the given kinds), most meetings first. */
  async perParty(kinds: MeetingKind[] | undefined): Promise<PartyMeetingCount[]> {
    const rows: { country_id: number; meetings: number }[] = await this.dataSource.query(
      `SELECT mp.country_id, count(*)::int AS meetings
         FROM meeting_party mp JOIN meeting m ON m.id = mp.meeting_id
        WHERE $1::text[] IS NULL OR m.kind::text = ANY($1::text[])
        GROUP BY mp.country_id ORDER BY meetings DESC, mp.country_id`,
      [kinds?.length ? kinds : null],
    );
    const parties = await this.dataSource
      .getRepository(Country)
      .findBy({ id: In(rows.map((r) => r.country_id)) });
    const byId = new Map(parties.map((p) => [p.id, p]));
    return rows.map((r) => ({ party: byId.get(r.country_id)!, meetings: r.meetings }));
  }

  /** Meetings per year in which any meeting began (of a party and kinds, when given). */
  async perYear(
    party: string | undefined,
    kinds: MeetingKind[] | undefined,
  ): Promise<YearMeetingCount[]> {
    const partyId = party === undefined ? null : await this.countries.resolveCode(party, 'party');
    return this.dataSource.query(
      `SELECT date_part('year', m.start_date)::int AS year, count(*)::int AS meetings
         FROM meeting m
        WHERE ($1::int IS NULL OR EXISTS (SELECT 1 FROM meeting_party mp
                                           WHERE mp.meeting_id = m.id AND mp.country_id = $1))
          AND ($2::text[] IS NULL OR m.kind::text = ANY($2::text[]))
        GROUP BY 1 ORDER BY 1`,
      [partyId, kinds?.length ? kinds : null],
    );
  }
}
