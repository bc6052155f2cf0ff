import { DataSource } from 'typeorm';
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

/** Meetings per period between a pair, split by kind; each meeting counts once per pair. */
export async function engagementTimeline(
  dataSource: DataSource,
  [idA, idB]: [number, number],
  period: Period,
  window: DateWindow,
): Promise<TimelinePoint[]> {
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
  const rows: {
    period: string;
    period_precision: Period;
    kind: MeetingKind;
    meetings: number;
    total: number;
  }[] = await dataSource.query(
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
export async function upcomingAnniversaries(
  dataSource: DataSource,
  within: number,
  every: number,
  asOf: string,
  limit: number,
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
  }[] = await dataSource.query(
    // The first candidate's year drops most relations before any date is computed; date_part,
    // not extract, which returns numeric and took a third of the statement's time.
    `SELECT r.id, r.country_a_id, r.country_b_id, n.years, to_char(n.date, 'YYYY-MM-DD') AS date,
            r.established_precision AS precision, (n.date - $1::date) AS days_until
       FROM bilateral_relation r
      CROSS JOIN LATERAL (SELECT date_part('year', r.established_on)::int AS y0) y
      CROSS JOIN LATERAL (
            SELECT GREATEST($2::int, (($5::int - y.y0 + $2::int - 1) / $2::int) * $2::int) AS years) b
      CROSS JOIN LATERAL (
            SELECT (r.established_on + make_interval(years => b.years))::date AS date) d
      CROSS JOIN LATERAL (
            SELECT CASE WHEN d.date < $1::date THEN b.years + $2::int ELSE b.years END AS years,
                   CASE WHEN d.date < $1::date
                        THEN (r.established_on + make_interval(years => b.years + $2::int))::date
                        ELSE d.date END AS date) n
      WHERE y.y0 + b.years <= $6::int AND n.date <= $1::date + $3::int
      ORDER BY n.date, n.years DESC, r.id
      LIMIT $4`,
    [asOf, every, within, limit, yearOf(asOf, 0), yearOf(asOf, within)],
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

/** The calendar year of an ISO date plus some days. */
function yearOf(isoDate: string, plusDays: number): number {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + plusDays * 86_400_000).getUTCFullYear();
}
