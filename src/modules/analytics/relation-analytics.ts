import { periodEndSql } from '../../common/partial-date';
import { MeetingKind } from '../meeting/meeting.entity';
import { Period } from './analytics.inputs';
import { channelSql, DateWindow, Params, PERIOD_ORDER, whereSql } from './analytics-sql';
import { TimelinePoint } from './analytics.types';

// A pair's meetings over time, per period (anniversaries are in anniversaries.ts).

/** A pair's meetings per month and kind (a year-precision meeting stays a YEAR date). */
const BY_MONTH = `(SELECT country_a_id, country_b_id, month AS start_date, kind, meetings, coarse,
    (CASE WHEN coarse THEN 'YEAR' ELSE 'MONTH' END)::date_precision AS date_precision
    FROM analytics_pair_month)`;
const BY_MEETING = `(SELECT country_a_id, country_b_id, start_date, date_precision, kind, 1 AS meetings,
    date_precision = 'YEAR' AS coarse
    FROM analytics_meeting_pair)`;

/** The period of a row of BY_MONTH or BY_MEETING: a year-precision meeting stays in its year. */
function bucketSql(period: Period): { start: string; precision: string } {
  const year = `date_trunc('year', p.start_date::timestamp)::date`;
  if (period === Period.YEAR) return { start: year, precision: `'YEAR'` };
  const unit = period === Period.QUARTER ? 'quarter' : 'month';
  return {
    start: `CASE WHEN p.coarse THEN ${year} ELSE date_trunc('${unit}', p.start_date::timestamp)::date END`,
    precision: `CASE WHEN p.coarse THEN 'YEAR' ELSE '${period}' END`,
  };
}

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
  const bucket = bucketSql(period);
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
  // The kinds are aggregated in the order the subquery sorts them (most meetings first): an
  // ORDER BY inside array_agg sorts every period on its own, a third of the statement's time.
  return {
    sql: `SELECT period, period_precision, sum(meetings)::int AS meetings,
                 array_agg(kind)::text[] AS kinds, array_agg(meetings) AS counts
       FROM (SELECT ${bucket.start} AS period, ${bucket.precision} AS period_precision, p.kind,
                    sum(p.meetings)::int AS meetings
               FROM ${monthAligned(window) ? BY_MONTH : BY_MEETING} p ${whereSql(where)}
              GROUP BY 1, 2, 3
              ORDER BY 1, 2, 4 DESC, 3) g
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
