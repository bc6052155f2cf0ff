import { DatePrecision, periodEndSql } from '../../common/partial-date';
import { MeetingKind } from '../meeting/meeting.entity';
import { Period } from './analytics.inputs';
import {
  channelSql,
  checkRange,
  DateWindow,
  Params,
  PERIOD_ORDER,
  periodSql,
  whereSql,
} from './analytics-sql';
import { TimelinePoint, UpcomingAnniversary } from './analytics.types';

// Analytics of a pair's relations over time: meetings per period, and coming anniversaries.

/** A pair's meetings per month and kind (a year-precision meeting stays a YEAR date). */
const BY_MONTH = `(SELECT country_a_id, country_b_id, month AS start_date, kind, meetings,
    (CASE WHEN coarse THEN 'YEAR' ELSE 'MONTH' END)::date_precision AS date_precision
    FROM analytics_pair_month)`;
const BY_MEETING = `(SELECT country_a_id, country_b_id, start_date, date_precision, kind, 1 AS meetings
    FROM analytics_meeting_pair)`;

/**
 * True when the window starts on a first of a month and ends on a last day: then a month of
 * day-precision meetings is wholly in or out, and the monthly rollup answers exactly.
 */
function monthAligned(window: DateWindow): boolean {
  const lastDay = (iso: string) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).getUTCDate() === 1;
  return (!window.from || window.from.endsWith('-01')) && (!window.to || lastDay(window.to));
}

/**
 * A pair's timeline as rows in answer order: period, period_precision, meetings, and the kinds
 * with their counts as two arrays, most first. The resolvers map them (`timelineOf`);
 * selection-built SQL writes their JSON (analytics.selection-sql.ts).
 */
export function engagementTimelineSql(
  [idA, idB]: [number, number],
  period: Period,
  window: DateWindow,
): { sql: string; params: unknown[] } {
  const params = new Params();
  const bucket = periodSql('p', period);
  const where = [
    `p.country_a_id = ${params.add(Math.min(idA, idB))}`,
    `p.country_b_id = ${params.add(Math.max(idA, idB))}`,
    ...channelSql('p', window.channels),
  ];
  if (window.from) where.push(`p.start_date >= ${params.add(window.from)}::date`);
  if (window.to) {
    const to = params.add(window.to);
    where.push(
      `p.start_date <= ${to}::date`,
      `${periodEndSql('p.start_date', 'p.date_precision')} <= ${to}::date`,
    );
  }
  return {
    sql: `SELECT period, period_precision, sum(meetings)::int AS meetings,
                 array_agg(kind ORDER BY meetings DESC, kind)::text[] AS kinds,
                 array_agg(meetings ORDER BY meetings DESC, kind) AS counts
       FROM (SELECT ${bucket.start} AS period, ${bucket.precision} AS period_precision, p.kind,
                    sum(p.meetings)::int AS meetings
               FROM ${monthAligned(window) ? BY_MONTH : BY_MEETING} p ${whereSql(where)}
              GROUP BY 1, 2, 3) g
      GROUP BY period, period_precision
      ORDER BY period, ${PERIOD_ORDER}`,
    params: params.values,
  };
}

export function timelineOf(
  rows: {
    period: string;
    period_precision: Period;
    meetings: number;
    kinds: MeetingKind[];
    counts: number[];
  }[],
): TimelinePoint[] {
  return rows.map((row) => ({
    period: row.period,
    periodPrecision: row.period_precision,
    meetings: row.meetings,
    byKind: row.kinds.map((kind, index) => ({ kind, meetings: row.counts[index] })),
  }));
}

/**
 * Relations whose next anniversary that is a multiple of `every` years falls within `within`
 * days of asOf. Same rule as BilateralRelation.nextAnniversary, computed in SQL.
 */
export function upcomingAnniversariesSql(
  within: number,
  every: number,
  asOf: string,
  limit: number,
): { sql: string; params: unknown[] } {
  checkRange(within, 1, 3660, 'within');
  checkRange(every, 1, 100, 'every');
  checkRange(limit, 1, 1000, 'limit');
  return {
    sql:
      // Integers only (year, MMDD) until the page is chosen: date arithmetic on every relation
      // was most of the statement's time. A February 29 falls on February 28 in other years.
      `SELECT relation_id AS id, country_a_id, country_b_id, years, precision,
            to_char(make_date(y, md / 100, md % 100), 'YYYY-MM-DD') AS date,
            make_date(y, md / 100, md % 100) - $1::date AS days_until
       FROM (SELECT a.relation_id, a.country_a_id, a.country_b_id, a.precision, n.years,
                    a.year + n.years AS y, ${monthDaySql('a.year + n.years')} AS md
               FROM analytics_relation_anniversary a
              CROSS JOIN LATERAL (
                    SELECT GREATEST($2::int, (($3::int - a.year + $2::int - 1) / $2::int) * $2::int) AS n0) b
              CROSS JOIN LATERAL (
                    SELECT CASE WHEN (a.year + b.n0) * 10000 + ${monthDaySql('a.year + b.n0')} < $4::int
                                THEN b.n0 + $2::int ELSE b.n0 END AS years) n
              WHERE a.year + b.n0 <= $5::int
                AND (a.year + n.years) * 10000 + ${monthDaySql('a.year + n.years')} <= $6::int
              ORDER BY (a.year + n.years) * 10000 + ${monthDaySql('a.year + n.years')}, n.years DESC, a.relation_id
              LIMIT $7) k
      ORDER BY y, md, years DESC, relation_id`,
    params: [
      asOf,
      every,
      yearOf(asOf, 0),
      dayNumber(asOf, 0),
      yearOf(asOf, within),
      dayNumber(asOf, within),
      limit,
    ],
  };
}

/** Rows of upcomingAnniversariesSql, in order: id, the pair, years, precision, date, days_until. */
export function anniversariesOf(
  rows: {
    id: number;
    country_a_id: number;
    country_b_id: number;
    years: number;
    date: string;
    precision: DatePrecision;
    days_until: number;
  }[],
): UpcomingAnniversary[] {
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

/** The anniversary's MMDD in the year given by an SQL expression (February 29 in leap years only). */
function monthDaySql(year: string): string {
  return `(CASE WHEN a.month_day = 229 AND NOT ((${year}) % 4 = 0 AND ((${year}) % 100 <> 0 OR (${year}) % 400 = 0)) THEN 228 ELSE a.month_day END)`;
}

/** An ISO date plus some days as the integer YYYYMMDD. */
function dayNumber(isoDate: string, plusDays: number): number {
  const date = new Date(Date.parse(`${isoDate}T00:00:00Z`) + plusDays * 86_400_000);
  return date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

/** The calendar year of an ISO date plus some days. */
function yearOf(isoDate: string, plusDays: number): number {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + plusDays * 86_400_000).getUTCFullYear();
}
