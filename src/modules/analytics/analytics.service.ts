import { DataSource } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared-query';
import { BadUserInputError } from '../../common/errors';
import { CountryService } from '../country/country.service';
import { SectorService } from '../sector/sector.service';
import { InterestDimension, InterestFilter, Period, TopSectorOrder } from './analytics.inputs';
import { checkRange, checkWindow, DateWindow, Params, today, yearAligned } from './analytics-sql';
import {
  InterestBucket,
  SectorOverlap,
  SectorShareReport,
  TimelinePoint,
  TopPartner,
  TopSector,
  UpcomingAnniversary,
} from './analytics.types';
import { anniversariesOf, upcomingAnniversariesSql } from './anniversaries';
import { engagementTimelineSql, timelineOf } from './relation-analytics';
import {
  BucketStatement,
  bucketsOf,
  sectorInterestFromFacts,
  sectorInterestFromRollup,
} from './sector-interest';
import { sectorShare } from './sector-share';
import { rollupSource } from './rollup-source';
import { SectorContrast, sectorBackground, sectorContrast, SectorCounts } from './sector-contrast';

/**
 * Dashboard analytics over sector interests. Every figure is computed by PostgreSQL (GROUP BY,
 * date_trunc, window functions) over the trigger-maintained read model of migration
 * AnalyticsRollups; docs/analytics.md defines the counting rules.
 */
export class AnalyticsService {
  private readonly backgrounds = new Map<string, Promise<SectorCounts>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly countries: CountryService,
    private readonly sectors: SectorService,
  ) {}

  private async pair(a: string, b: string): Promise<[number, number]> {
    const [idA, idB] = await this.countries.resolveFields([
      [a, 'a'],
      [b, 'b'],
    ]);
    if (idA === idB) throw new BadUserInputError('a and b must be two different parties', 'b');
    return [idA, idB];
  }

  async sectorInterest(
    filter: InterestFilter = {},
    groupBy: readonly InterestDimension[],
    period: Period = Period.YEAR,
    exactSector = false,
    limit = 1000,
  ): Promise<InterestBucket[]> {
    const { sql, params } = await this.bucketStatement(filter, groupBy, period, exactSector, limit);
    return bucketsOf(await preparedQuery(this.dataSource, sql, params));
  }

  /**
   * The same buckets, their JSON written by selection-built SQL (`write` wraps the statement):
   * graphql execution and serialization of 1,000 buckets cost Node more than the SQL.
   */
  async writtenSectorInterest<T>(
    write: (sql: string, params: unknown[]) => Promise<T>,
    filter: InterestFilter = {},
    groupBy: readonly InterestDimension[],
    period: Period = Period.YEAR,
    exactSector = false,
    limit = 1000,
  ): Promise<T> {
    const { sql, params } = await this.bucketStatement(filter, groupBy, period, exactSector, limit);
    return write(sql, params);
  }

  private async bucketStatement(
    filter: InterestFilter,
    groupBy: readonly InterestDimension[],
    period: Period,
    exactSector: boolean,
    limit: number,
  ): Promise<BucketStatement> {
    checkRange(limit, 1, 10_000, 'limit');
    checkWindow(filter, 'filter.from');
    const [countryIds, partnerIds, sectorIds] = await Promise.all([
      this.countries.resolveCodes(filter.countryCodes ?? [], 'filter.countryCodes'),
      this.countries.resolveCodes(filter.partnerCodes ?? [], 'filter.partnerCodes'),
      this.sectors.resolveCodes(filter.sectorCodes ?? [], 'filter.sectorCodes'),
    ]);
    const dims = new Set(groupBy);
    if (
      !exactSector &&
      !sectorIds.length &&
      !partnerIds.length &&
      !filter.stances?.length &&
      !filter.meetingKinds?.length &&
      yearAligned(filter) &&
      dims.has(InterestDimension.SECTOR) &&
      !dims.has(InterestDimension.PARTNER) &&
      (period === Period.YEAR || !dims.has(InterestDimension.PERIOD)) &&
      (dims.has(InterestDimension.COUNTRY) || countryIds.length === 1)
    ) {
      return sectorInterestFromRollup(countryIds, dims, filter, limit);
    }
    return sectorInterestFromFacts(
      { countryIds, partnerIds, sectorIds },
      filter,
      dims,
      period,
      exactSector,
      limit,
    );
  }

  /**
   * Sectors both parties raised with each other: a sector counts for a side when the side raised
   * it or any of its sub-sectors towards the other side.
   */
  async sectorOverlap(a: string, b: string, window: DateWindow): Promise<SectorOverlap[]> {
    const { sql, params } = await this.overlapStatement(a, b, window);
    const rows = await preparedQuery<{ sector_id: number; by_a: number; by_b: number }>(
      this.dataSource,
      sql,
      params,
    );
    return rows.map((row) => ({
      sectorId: row.sector_id,
      mentionsByA: row.by_a,
      mentionsByB: row.by_b,
      mentions: row.by_a + row.by_b,
    }));
  }

  /** The same sectors, their JSON written by selection-built SQL (`write` wraps the statement). */
  async writtenSectorOverlap<T>(
    write: (sql: string, params: unknown[]) => Promise<T>,
    a: string,
    b: string,
    window: DateWindow,
  ): Promise<T> {
    const { sql, params } = await this.overlapStatement(a, b, window);
    return write(sql, params);
  }

  private async overlapStatement(a: string, b: string, window: DateWindow) {
    checkWindow(window, 'from');
    const [idA, idB] = await this.pair(a, b);
    const params = new Params();
    const pa = params.add(idA);
    const pb = params.add(idB);
    const source = rollupSource(
      {
        columns: ['country_id', 'sector_id'],
        total: 'analytics_pair_sector_total',
        yearly: 'analytics_pair_sector_year',
        where: (t) => [
          `((${t}.country_id = ${pa} AND ${t}.partner_id = ${pb}) OR (${t}.country_id = ${pb} AND ${t}.partner_id = ${pa}))`,
        ],
      },
      window,
      params,
    );
    return {
      sql: `SELECT sector_id, by_a, by_b FROM (
         SELECT t.ancestor_id AS sector_id,
                coalesce(sum(s.mentions) FILTER (WHERE s.country_id = ${pa}), 0)::int AS by_a,
                coalesce(sum(s.mentions) FILTER (WHERE s.country_id = ${pb}), 0)::int AS by_b
           FROM (${source}) s
           JOIN analytics_sector_tree t ON t.sector_id = s.sector_id
          GROUP BY t.ancestor_id) o
        WHERE by_a > 0 AND by_b > 0
        ORDER BY by_a + by_b DESC, sector_id`,
      params: params.values,
    };
  }

  async topSectors(
    country: string,
    partner: string | undefined,
    window: DateWindow,
    limit: number,
    exactSector: boolean,
    orderBy: TopSectorOrder = TopSectorOrder.MENTIONS,
  ): Promise<TopSector[]> {
    checkRange(limit, 1, 100, 'limit');
    checkWindow(window, 'from');
    const [countryId, partnerId] = await this.countries.resolveFields(
      partner
        ? [
            [country, 'country'],
            [partner, 'partner'],
          ]
        : [[country, 'country']],
    );
    const distinctive = orderBy === TopSectorOrder.DISTINCTIVE;
    const params = new Params();
    const c = params.add(countryId);
    const p = partnerId === undefined ? null : params.add(partnerId);
    const source = rollupSource(
      p
        ? {
            columns: ['sector_id'],
            total: 'analytics_pair_sector_total',
            yearly: 'analytics_pair_sector_year',
            where: (t) => [`${t}.country_id = ${c}`, `${t}.partner_id = ${p}`],
          }
        : {
            columns: ['sector_id'],
            total: 'analytics_country_sector_total',
            yearly: 'analytics_country_sector_year',
            where: (t) => [`${t}.country_id = ${c}`],
          },
      window,
      params,
    );
    const key = exactSector ? 's.sector_id' : 't.ancestor_id';
    const join = exactSector
      ? ''
      : 'JOIN analytics_sector_tree t ON t.sector_id = s.sector_id AND t.ancestor_is_root';
    const rows = await preparedQuery<{ sector_id: number; mentions: number; total: number }>(
      this.dataSource,
      `SELECT ${key} AS sector_id, sum(s.mentions)::int AS mentions,
                (sum(sum(s.mentions)) OVER ())::int AS total
           FROM (${source}) s ${join}
          GROUP BY 1 ORDER BY mentions DESC, sector_id
          ${distinctive ? '' : `LIMIT ${params.add(limit)}`}`,
      params.values,
    );
    const basis = {
      window: { from: window.from, to: window.to, channels: window.channels },
      exactSector,
    };
    const top: TopSector[] = rows.map((row) => ({
      sectorId: row.sector_id,
      mentions: row.mentions,
      share: row.mentions / row.total,
      partyTotal: row.total,
      basis,
    }));
    if (!distinctive) return top;
    await Promise.all(top.map(async (entry) => (entry.contrast = await this.contrast(entry))));
    return top
      .sort(
        (a, b) =>
          b.contrast!.distinctiveness - a.contrast!.distinctiveness || b.mentions - a.mentions,
      )
      .slice(0, limit);
  }

  /** lift and distinctiveness of a topSectors entry; the background is read once per request. */
  async contrast(entry: TopSector): Promise<SectorContrast> {
    if (entry.contrast) return entry.contrast;
    const key = JSON.stringify(entry.basis);
    let background = this.backgrounds.get(key);
    if (!background) {
      background = sectorBackground(this.dataSource, entry.basis);
      this.backgrounds.set(key, background);
    }
    const { bySector, total } = await background;
    return sectorContrast(
      entry.mentions,
      entry.partyTotal,
      bySector.get(entry.sectorId) ?? 0,
      total,
    );
  }

  async topPartners(
    country: string,
    sector: string | undefined,
    window: DateWindow,
    limit: number,
  ): Promise<TopPartner[]> {
    checkRange(limit, 1, 100, 'limit');
    checkWindow(window, 'from');
    const [countryId, sectorIds] = await Promise.all([
      this.countries.resolveCode(country, 'country'),
      sector ? this.sectors.resolveCodes([sector], 'sector') : Promise.resolve([]),
    ]);
    const params = new Params();
    const c = params.add(countryId);
    const subtree = sectorIds.length
      ? `IN (SELECT sector_id FROM analytics_sector_tree WHERE ancestor_id = ANY(${params.add(sectorIds)}::int[]))`
      : null;
    const source = rollupSource(
      subtree
        ? {
            columns: ['partner_id'],
            total: 'analytics_pair_sector_total',
            yearly: 'analytics_pair_sector_year',
            where: (t) => [
              `${t}.country_id = ${c}`,
              `${t}.partner_id IS NOT NULL`,
              `${t}.sector_id ${subtree}`,
            ],
          }
        : {
            columns: ['partner_id'],
            total: 'analytics_country_partner_total',
            yearly: 'analytics_country_partner_year',
            where: (t) => [`${t}.country_id = ${c}`, `${t}.partner_id IS NOT NULL`],
          },
      window,
      params,
    );
    const rows = await preparedQuery<{ partner_id: number; mentions: number; share: number }>(
      this.dataSource,
      `SELECT s.partner_id, sum(s.mentions)::int AS mentions,
                (sum(s.mentions)::float8 / sum(sum(s.mentions)) OVER ())::float8 AS share
           FROM (${source}) s
          GROUP BY 1 ORDER BY mentions DESC, partner_id LIMIT ${params.add(limit)}`,
      params.values,
    );
    return rows.map((row) => ({
      partnerId: row.partner_id,
      mentions: row.mentions,
      share: row.share,
    }));
  }

  /** Meetings per period between a pair, split by kind; each meeting counts once per pair. */
  async engagementTimeline(
    a: string,
    b: string,
    period: Period,
    window: DateWindow = {},
  ): Promise<TimelinePoint[]> {
    const { sql, params } = await this.timelineStatement(a, b, period, window);
    return timelineOf(await preparedQuery(this.dataSource, sql, params));
  }

  /** The same points, their JSON written by selection-built SQL (`write` wraps the statement). */
  async writtenEngagementTimeline<T>(
    write: (sql: string, params: unknown[]) => Promise<T>,
    a: string,
    b: string,
    period: Period,
    window: DateWindow = {},
  ): Promise<T> {
    const { sql, params } = await this.timelineStatement(a, b, period, window);
    return write(sql, params);
  }

  private async timelineStatement(a: string, b: string, period: Period, window: DateWindow) {
    checkWindow(window, 'from');
    return engagementTimelineSql(await this.pair(a, b), period, window);
  }

  /** Relations reaching a round number of years within `within` days of asOf. */
  async upcomingAnniversaries(
    within: number,
    every: number,
    asOf: string = today(),
    limit = 100,
  ): Promise<UpcomingAnniversary[]> {
    const { sql, params } = upcomingAnniversariesSql(within, every, asOf, limit);
    return anniversariesOf(await preparedQuery(this.dataSource, sql, params));
  }

  /** The same relations, their JSON written by selection-built SQL (`write` wraps the statement). */
  writtenUpcomingAnniversaries<T>(
    write: (sql: string, params: unknown[]) => Promise<T>,
    within: number,
    every: number,
    asOf: string = today(),
    limit = 100,
  ): Promise<T> {
    const { sql, params } = upcomingAnniversariesSql(within, every, asOf, limit);
    return write(sql, params);
  }

  async sectorShare(
    country: string,
    window: DateWindow,
    exactSector: boolean,
  ): Promise<SectorShareReport> {
    checkWindow(window, 'from');
    const countryId = await this.countries.resolveCode(country, 'country');
    return sectorShare(this.dataSource, countryId, window, exactSector);
  }
}
