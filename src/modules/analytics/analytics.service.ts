import { DataSource } from 'typeorm';
import { BadUserInputError } from '../../common/errors';
import { DatePrecision, formatPartialDate, periodEndSql } from '../../common/partial-date';
import { CountryService } from '../country/country.service';
import { SectorService } from '../sector/sector.service';
import { MeetingKind } from '../meeting/meeting.entity';
import { InterestDimension, InterestFilter, Period } from './analytics.inputs';
import {
  InterestBucket,
  SectorOverlap,
  SectorShareReport,
  TimelinePoint,
  TopPartner,
  TopSector,
  UpcomingAnniversary,
} from './analytics.types';

/** Collects positional parameters while a statement is assembled. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const EPOCH = Date.UTC(1900, 0, 1);
const DAY_MS = 86_400_000;
const PRECISION_BY_RANK = [DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY];

/**
 * first/last keys: days since 1900-01-01 times 4, plus a precision rank, so one integer min/max
 * picks the earliest start (or latest period end) and breaks ties towards the coarser date.
 */
const FIRST_KEY = `((f.start_date - DATE '1900-01-01') * 4 + CASE f.date_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END)`;
const LAST_KEY = `((f.period_end - DATE '1900-01-01') * 4 + CASE f.date_precision WHEN 'YEAR' THEN 2 WHEN 'MONTH' THEN 1 ELSE 0 END)`;

function isoDay(days: number): string {
  return new Date(EPOCH + days * DAY_MS).toISOString().slice(0, 10);
}

export function decodeFirst(key: number): string {
  const days = Math.floor(key / 4);
  return formatPartialDate(isoDay(days), PRECISION_BY_RANK[key % 4]);
}

export function decodeLast(key: number): string {
  const end = isoDay(Math.floor(key / 4));
  const precision = PRECISION_BY_RANK[2 - (key % 4)];
  return formatPartialDate(end, precision);
}

/**
 * The bucket of a dated row: the requested period, except that a date known less precisely than
 * the period stays in a bucket of its own precision (a YEAR date never lands in a guessed month).
 */
function periodSql(alias: string, period: Period): { start: string; precision: string } {
  // Truncating a timestamp without time zone: no session TimeZone involved, and cheaper.
  const date = `${alias}.start_date::timestamp`;
  const coarse = `${alias}.date_precision = 'YEAR'`;
  if (period === Period.YEAR) {
    return { start: `date_trunc('year', ${date})::date`, precision: `'YEAR'` };
  }
  const unit = period === Period.QUARTER ? 'quarter' : 'month';
  return {
    start: `(CASE WHEN ${coarse} THEN date_trunc('year', ${date}) ELSE date_trunc('${unit}', ${date}) END)::date`,
    precision: `(CASE WHEN ${coarse} THEN 'YEAR' ELSE '${period}' END)`,
  };
}

const PERIOD_ORDER = `CASE period_precision WHEN 'MONTH' THEN 0 WHEN 'QUARTER' THEN 1 ELSE 2 END`;

interface DateWindow {
  from?: string | null;
  to?: string | null;
}

function checkWindow(window: DateWindow, fromField: string) {
  if (window.from && window.to && window.from > window.to) {
    throw new BadUserInputError(`${fromField} must not be after the end date`, fromField);
  }
}

/** True when the window is made of whole calendar years, so the yearly rollups answer exactly. */
function yearAligned(window: DateWindow): boolean {
  return (
    (!window.from || window.from.slice(5) === '01-01') &&
    (!window.to || window.to.slice(5) === '12-31')
  );
}

/** "Contained" rule: a row counts only when its whole period lies in [from, to]. */
function windowSql(alias: string, window: DateWindow, params: Params): string[] {
  const where: string[] = [];
  if (window.from) where.push(`${alias}.start_date >= ${params.add(window.from)}::date`);
  if (window.to) {
    const to = params.add(window.to);
    where.push(`${alias}.start_date <= ${to}::date`, `${alias}.period_end <= ${to}::date`);
  }
  return where;
}

function yearWindowSql(alias: string, window: DateWindow, params: Params): string[] {
  const where: string[] = [];
  if (window.from) where.push(`${alias}.year >= ${params.add(Number(window.from.slice(0, 4)))}`);
  if (window.to) where.push(`${alias}.year <= ${params.add(Number(window.to.slice(0, 4)))}`);
  return where;
}

function whereSql(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

export function checkRange(value: number, min: number, max: number, field: string) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${field} must be an integer from ${min} to ${max}`, field);
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Dashboard analytics over sector interests. Every figure is computed by PostgreSQL (GROUP BY,
 * date_trunc, window functions) over the trigger-maintained read model of migration
 * AnalyticsRollups; docs/analytics.md defines the counting rules.
 */
export class AnalyticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly countries: CountryService,
    private readonly sectors: SectorService,
  ) {}

  private async pair(a: string, b: string): Promise<[number, number]> {
    const [idA, idB] = await Promise.all([
      this.countries.resolveCode(a, 'a'),
      this.countries.resolveCode(b, 'b'),
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
      return this.sectorInterestFromRollup(countryIds, dims, filter, limit);
    }
    const params = new Params();
    const where: string[] = [];
    const joins: string[] = [];
    if (countryIds.length) where.push(`f.country_id = ANY(${params.add(countryIds)}::int[])`);
    if (partnerIds.length) where.push(`f.partner_id = ANY(${params.add(partnerIds)}::int[])`);
    if (filter.stances?.length) {
      where.push(`f.stance = ANY(${params.add(filter.stances)}::interest_stance[])`);
    }
    if (filter.meetingKinds?.length) {
      where.push(`f.kind = ANY(${params.add(filter.meetingKinds)}::meeting_kind[])`);
    }
    where.push(...windowSql('f', filter, params));

    let sectorKey = 'NULL::int';
    if (dims.has(InterestDimension.SECTOR) && !exactSector) {
      // Each interest counts once in every grouped sector it falls under.
      const condition = sectorIds.length
        ? `t.ancestor_id = ANY(${params.add(sectorIds)}::int[])`
        : 't.ancestor_is_root';
      joins.push(`JOIN analytics_sector_tree t ON t.sector_id = f.sector_id AND ${condition}`);
      sectorKey = 't.ancestor_id';
    } else {
      if (dims.has(InterestDimension.SECTOR)) sectorKey = 'f.sector_id';
      if (sectorIds.length && exactSector) {
        where.push(`f.sector_id = ANY(${params.add(sectorIds)}::int[])`);
      } else if (sectorIds.length) {
        where.push(
          `f.sector_id IN (SELECT sector_id FROM analytics_sector_tree WHERE ancestor_id = ANY(${params.add(sectorIds)}::int[]))`,
        );
      }
    }
    const bucket = dims.has(InterestDimension.PERIOD)
      ? periodSql('f', period)
      : { start: 'NULL::date', precision: 'NULL::text' };
    const countryKey = dims.has(InterestDimension.COUNTRY) ? 'f.country_id' : 'NULL::int';
    const partnerKey = dims.has(InterestDimension.PARTNER) ? 'f.partner_id' : 'NULL::int';
    const rows: {
      sector_id: number | null;
      country_id: number | null;
      partner_id: number | null;
      period: string | null;
      period_precision: Period | null;
      mentions: number;
      meetings: number;
      first_key: number;
      last_key: number;
    }[] = await this.dataSource.query(
      `SELECT sector_id, country_id, partner_id, period, period_precision, mentions, meetings, first_key, last_key
         FROM (SELECT ${sectorKey} AS sector_id, ${countryKey} AS country_id, ${partnerKey} AS partner_id,
                      ${bucket.start} AS period, ${bucket.precision} AS period_precision,
                      count(*)::int AS mentions, count(DISTINCT f.meeting_id)::int AS meetings,
                      min(${FIRST_KEY})::int AS first_key, max(${LAST_KEY})::int AS last_key
                 FROM analytics_interest f ${joins.join(' ')}
                 ${whereSql(where)}
                GROUP BY 1, 2, 3, 4, 5) b
        ORDER BY period NULLS FIRST, ${PERIOD_ORDER}, mentions DESC, sector_id, country_id, partner_id
        LIMIT ${params.add(limit)}`,
      params.values,
    );
    return rows.map((row) => ({
      sectorId: row.sector_id,
      countryId: row.country_id,
      partnerId: row.partner_id,
      period: row.period,
      periodPrecision: row.period_precision,
      mentions: row.mentions,
      meetings: row.meetings,
      firstMentionedOn: decodeFirst(row.first_key),
      lastMentionedOn: decodeLast(row.last_key),
    }));
  }

  /**
   * The same buckets from analytics_country_root_year. Exact because every bucket keeps the
   * party and the top-level sector apart, and a meeting lies in one year: distinct meetings per
   * (party, sector, year) add up over years.
   */
  private async sectorInterestFromRollup(
    countryIds: number[],
    dims: Set<InterestDimension>,
    window: DateWindow,
    limit: number,
  ): Promise<InterestBucket[]> {
    const params = new Params();
    const where = yearWindowSql('r', window, params);
    if (countryIds.length) where.push(`r.country_id = ANY(${params.add(countryIds)}::int[])`);
    const byCountry = dims.has(InterestDimension.COUNTRY);
    const byPeriod = dims.has(InterestDimension.PERIOD);
    const rows: {
      sector_id: number;
      country_id: number | null;
      period: string | null;
      mentions: number;
      meetings: number;
      first_key: number;
      last_key: number;
    }[] = await this.dataSource.query(
      `SELECT sector_id, country_id, period, mentions, meetings, first_key, last_key
         FROM (SELECT r.root_id AS sector_id, ${byCountry ? 'r.country_id' : 'NULL::int'} AS country_id,
                      ${byPeriod ? "to_char(make_date(r.year, 1, 1), 'YYYY-MM-DD')" : 'NULL::text'} AS period,
                      sum(r.mentions)::int AS mentions, sum(r.meetings)::int AS meetings,
                      min(r.first_key) AS first_key, max(r.last_key) AS last_key
                 FROM analytics_country_root_year r ${whereSql(where)}
                GROUP BY 1, 2, 3) b
        ORDER BY period NULLS FIRST, mentions DESC, sector_id, country_id
        LIMIT ${params.add(limit)}`,
      params.values,
    );
    return rows.map((row) => ({
      sectorId: row.sector_id,
      countryId: row.country_id,
      partnerId: null,
      period: row.period,
      periodPrecision: byPeriod ? Period.YEAR : null,
      mentions: row.mentions,
      meetings: row.meetings,
      firstMentionedOn: decodeFirst(row.first_key),
      lastMentionedOn: decodeLast(row.last_key),
    }));
  }

  /**
   * Sectors both parties raised with each other: a sector counts for a side when the side raised
   * it or any of its sub-sectors towards the other side.
   */
  async sectorOverlap(a: string, b: string, window: DateWindow): Promise<SectorOverlap[]> {
    checkWindow(window, 'from');
    const [idA, idB] = await this.pair(a, b);
    const params = new Params();
    const pa = params.add(idA);
    const pb = params.add(idB);
    const dates = windowSql('f', window, params);
    const side = (country: string, partner: string) =>
      `SELECT f.country_id, f.sector_id, count(*) AS n FROM analytics_interest f
        WHERE ${[`f.country_id = ${country}`, `f.partner_id = ${partner}`, ...dates].join(' AND ')}
        GROUP BY 1, 2`;
    const rows: { sector_id: number; by_a: number; by_b: number }[] = await this.dataSource.query(
      `SELECT sector_id, by_a, by_b FROM (
         SELECT t.ancestor_id AS sector_id,
                coalesce(sum(s.n) FILTER (WHERE s.country_id = ${pa}), 0)::int AS by_a,
                coalesce(sum(s.n) FILTER (WHERE s.country_id = ${pb}), 0)::int AS by_b
           FROM (${side(pa, pb)} UNION ALL ${side(pb, pa)}) s
           JOIN analytics_sector_tree t ON t.sector_id = s.sector_id
          GROUP BY t.ancestor_id) o
        WHERE by_a > 0 AND by_b > 0
        ORDER BY by_a + by_b DESC, sector_id`,
      params.values,
    );
    return rows.map((row) => ({
      sectorId: row.sector_id,
      mentionsByA: row.by_a,
      mentionsByB: row.by_b,
      mentions: row.by_a + row.by_b,
    }));
  }

  async topSectors(
    country: string,
    partner: string | undefined,
    window: DateWindow,
    limit: number,
    exactSector: boolean,
  ): Promise<TopSector[]> {
    checkRange(limit, 1, 100, 'limit');
    checkWindow(window, 'from');
    const [countryId, partnerId] = await Promise.all([
      this.countries.resolveCode(country, 'country'),
      partner ? this.countries.resolveCode(partner, 'partner') : Promise.resolve(undefined),
    ]);
    const params = new Params();
    const c = params.add(countryId);
    let source: string;
    if (partnerId === undefined && !window.from && !window.to) {
      source = `SELECT r.sector_id, r.mentions FROM analytics_country_sector_total r WHERE r.country_id = ${c}`;
    } else if (partnerId === undefined && yearAligned(window)) {
      source = `SELECT r.sector_id, r.mentions FROM analytics_country_sector_year r
                 ${whereSql([`r.country_id = ${c}`, ...yearWindowSql('r', window, params)])}`;
    } else {
      const where = [`f.country_id = ${c}`, ...windowSql('f', window, params)];
      if (partnerId !== undefined) where.push(`f.partner_id = ${params.add(partnerId)}`);
      source = `SELECT f.sector_id, count(*) AS mentions FROM analytics_interest f ${whereSql(where)} GROUP BY 1`;
    }
    const key = exactSector ? 's.sector_id' : 't.ancestor_id';
    const join = exactSector
      ? ''
      : 'JOIN analytics_sector_tree t ON t.sector_id = s.sector_id AND t.ancestor_is_root';
    const rows: { sector_id: number; mentions: number; share: number }[] =
      await this.dataSource.query(
        `SELECT ${key} AS sector_id, sum(s.mentions)::int AS mentions,
                (sum(s.mentions)::float8 / sum(sum(s.mentions)) OVER ())::float8 AS share
           FROM (${source}) s ${join}
          GROUP BY 1 ORDER BY mentions DESC, sector_id LIMIT ${params.add(limit)}`,
        params.values,
      );
    return rows.map((row) => ({
      sectorId: row.sector_id,
      mentions: row.mentions,
      share: row.share,
    }));
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
    let source: string;
    if (!sector && !window.from && !window.to) {
      source = `SELECT r.partner_id, r.mentions FROM analytics_country_partner_total r WHERE r.country_id = ${c}`;
    } else if (!sector && yearAligned(window)) {
      source = `SELECT r.partner_id, r.mentions FROM analytics_country_partner_year r
                 ${whereSql([`r.country_id = ${c}`, ...yearWindowSql('r', window, params)])}`;
    } else {
      const where = [`f.country_id = ${c}`, ...windowSql('f', window, params)];
      if (sectorIds.length) {
        where.push(
          `f.sector_id IN (SELECT sector_id FROM analytics_sector_tree WHERE ancestor_id = ANY(${params.add(sectorIds)}::int[]))`,
        );
      }
      source = `SELECT f.partner_id, count(*) AS mentions FROM analytics_interest f ${whereSql(where)} GROUP BY 1`;
    }
    const rows: { partner_id: number; mentions: number; share: number }[] =
      await this.dataSource.query(
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
    checkWindow(window, 'from');
    const [idA, idB] = await this.pair(a, b);
    const params = new Params();
    const bucket = periodSql('p', period);
    const where = [
      `p.country_a_id = ${params.add(Math.min(idA, idB))}`,
      `p.country_b_id = ${params.add(Math.max(idA, idB))}`,
    ];
    if (window.from) where.push(`p.start_date >= ${params.add(window.from)}::date`);
    if (window.to) {
      const to = params.add(window.to);
      where.push(
        `p.start_date <= ${to}::date`,
        `${periodEndSql('p.start_date', 'p.date_precision')} <= ${to}::date`,
      );
    }
    const rows: {
      period: string;
      period_precision: Period;
      kind: MeetingKind;
      meetings: number;
      total: number;
    }[] = await this.dataSource.query(
      `SELECT period, period_precision, kind, meetings,
              sum(meetings) OVER (PARTITION BY period, period_precision)::int AS total
         FROM (SELECT ${bucket.start} AS period, ${bucket.precision} AS period_precision, p.kind,
                      count(*)::int AS meetings
                 FROM analytics_meeting_pair p ${whereSql(where)}
                GROUP BY 1, 2, 3) g
        ORDER BY period, ${PERIOD_ORDER}, meetings DESC, kind`,
      params.values,
    );
    const points: TimelinePoint[] = [];
    for (const row of rows) {
      let point = points[points.length - 1];
      if (!point || point.period !== row.period || point.periodPrecision !== row.period_precision) {
        point = {
          period: row.period,
          periodPrecision: row.period_precision,
          meetings: row.total,
          byKind: [],
        };
        points.push(point);
      }
      point.byKind.push({ kind: row.kind, meetings: row.meetings });
    }
    return points;
  }

  /**
   * Relations whose next anniversary that is a multiple of `every` years falls within `within`
   * days of asOf. Same rule as BilateralRelation.nextAnniversary, computed in SQL.
   */
  async upcomingAnniversaries(
    within: number,
    every: number,
    asOf: string = today(),
    limit = 100,
  ): Promise<UpcomingAnniversary[]> {
    checkRange(within, 1, 3660, 'within');
    checkRange(every, 1, 100, 'every');
    checkRange(limit, 1, 1000, 'limit');
    const rows: {
      id: number;
      country_a_id: number;
      country_b_id: number;
      years: number;
      date: string;
      precision: DatePrecision;
      days_until: number;
    }[] = await this.dataSource.query(
      `SELECT r.id, r.country_a_id, r.country_b_id, n.years, to_char(n.date, 'YYYY-MM-DD') AS date,
              r.established_precision AS precision, (n.date - $1::date) AS days_until
         FROM bilateral_relation r
        CROSS JOIN LATERAL (
              SELECT GREATEST($2::int, ((extract(year FROM $1::date)::int
                       - extract(year FROM r.established_on)::int + $2::int - 1) / $2::int) * $2::int) AS years) b
        CROSS JOIN LATERAL (
              SELECT (r.established_on + make_interval(years => b.years))::date AS date) d
        CROSS JOIN LATERAL (
              SELECT CASE WHEN d.date < $1::date THEN b.years + $2::int ELSE b.years END AS years,
                     CASE WHEN d.date < $1::date
                          THEN (r.established_on + make_interval(years => b.years + $2::int))::date
                          ELSE d.date END AS date) n
        WHERE n.date <= $1::date + $3::int
        ORDER BY n.date, n.years DESC, r.id
        LIMIT $4`,
      [asOf, every, within, limit],
    );
    return rows.map((row) => ({
      relationId: row.id,
      countryAId: row.country_a_id,
      countryBId: row.country_b_id,
      years: row.years,
      date: row.date,
      precision: row.precision,
      daysUntil: row.days_until,
    }));
  }

  async sectorShare(
    country: string,
    window: DateWindow,
    exactSector: boolean,
  ): Promise<SectorShareReport> {
    checkWindow(window, 'from');
    const countryId = await this.countries.resolveCode(country, 'country');
    const params = new Params();
    const c = params.add(countryId);
    let source: string;
    if (!window.from && !window.to) {
      source = 'SELECT country_id, sector_id, mentions FROM analytics_country_sector_total';
    } else if (yearAligned(window)) {
      source = `SELECT r.country_id, r.sector_id, sum(r.mentions) AS mentions
                  FROM analytics_country_sector_year r ${whereSql(yearWindowSql('r', window, params))}
                 GROUP BY 1, 2`;
    } else {
      source = `SELECT f.country_id, f.sector_id, count(*) AS mentions
                  FROM analytics_interest f ${whereSql(windowSql('f', window, params))}
                 GROUP BY 1, 2`;
    }
    const key = exactSector ? 's.sector_id' : 't.ancestor_id';
    const join = exactSector
      ? ''
      : 'JOIN analytics_sector_tree t ON t.sector_id = s.sector_id AND t.ancestor_is_root';
    const rows: {
      sector_id: number | null;
      mentions: number;
      share: number;
      average_share: number;
      countries: number;
      country_total: number;
    }[] = await this.dataSource.query(
      `WITH per AS (
         SELECT s.country_id, ${key} AS sector_id, sum(s.mentions)::float8 AS n
           FROM (${source}) s ${join} GROUP BY 1, 2),
       shares AS (
         SELECT country_id, sector_id, n, n / sum(n) OVER (PARTITION BY country_id) AS share FROM per),
       compared AS (SELECT count(DISTINCT country_id)::int AS c FROM per),
       bysector AS (
         SELECT sector_id,
                coalesce(sum(n) FILTER (WHERE country_id = ${c}), 0)::int AS mentions,
                coalesce(sum(share) FILTER (WHERE country_id = ${c}), 0)::float8 AS share,
                (sum(share) / (SELECT c FROM compared))::float8 AS average_share
           FROM shares GROUP BY sector_id)
       SELECT b.sector_id, b.mentions, b.share, b.average_share,
              (SELECT c FROM compared) AS countries,
              (SELECT coalesce(sum(n), 0)::int FROM per WHERE country_id = ${c}) AS country_total
         FROM bysector b
        UNION ALL
       SELECT NULL, 0, 0, 0, (SELECT c FROM compared),
              (SELECT coalesce(sum(n), 0)::int FROM per WHERE country_id = ${c})
        ORDER BY share DESC, average_share DESC, sector_id NULLS LAST`,
      params.values,
    );
    // The last (sector-less) row carries the totals even when nothing matched.
    const totals = rows.find((row) => row.sector_id === null)!;
    return {
      countryId,
      mentions: totals.country_total,
      countriesCompared: totals.countries,
      sectors: rows
        .filter((row) => row.sector_id !== null)
        .map((row) => ({
          sectorId: row.sector_id!,
          mentions: row.mentions,
          share: row.share,
          averageShare: row.average_share,
        })),
    };
  }
}
