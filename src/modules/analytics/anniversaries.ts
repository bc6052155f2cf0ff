import { DatePrecision } from '../../common/partial-date';
import { checkRange } from './analytics-sql';
import { UpcomingAnniversary } from './analytics.types';

// Coming anniversaries of relations: the same rule as BilateralRelation.nextAnniversary, in SQL.

/** February 29 falls on February 28 in a common year; each calendar has its index. */
const LEAP_DAY = 'a.month_day';
const COMMON_DAY = '(CASE WHEN a.month_day = 229 THEN 228 ELSE a.month_day END)';

const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const dayOf = (year: number) => (isLeap(year) ? LEAP_DAY : COMMON_DAY);

/** An ISO date plus some days, as [year, MMDD]. */
function yearAndDay(isoDate: string, plusDays: number): [number, number] {
  const date = new Date(Date.parse(`${isoDate}T00:00:00Z`) + plusDays * 86_400_000);
  return [date.getUTCFullYear(), (date.getUTCMonth() + 1) * 100 + date.getUTCDate()];
}

/**
 * The relations whose anniversary in calendar year `year` is a multiple of `every` years, falls
 * between MMDD `from` and `to`, and is the first such one on or after asOf; in date order, read
 * along the day index and cut at the limit.
 */
function yearBranch(
  year: number,
  [from, to]: [number, number],
  [asOfYear, asOfDay]: [number, number],
  every: number,
  limit: number,
): string {
  const day = dayOf(year);
  // `% every < 1`, not `= 0`: the planner guesses an equality on an expression matches 0.5 % of
  // rows (it matches 1 in `every`), and would then sort the whole range instead of reading the index.
  const where = [
    `${day} BETWEEN ${from} AND ${to}`,
    `a.year <= ${year - every}`,
    `(${year} - a.year) % ${every} < 1`,
  ];
  // The anniversary `every` years earlier must not be on or after asOf itself.
  if (year - every === asOfYear) {
    where.push(`(a.year = ${year - every} OR ${dayOf(asOfYear)} < ${asOfDay})`);
  } else if (year - every > asOfYear) {
    where.push(`a.year = ${year - every}`);
  }
  return `(SELECT a.relation_id, a.country_a_id, a.country_b_id, a.precision,
                  ${year} - a.year AS years, ${year} AS y, ${day} AS md
             FROM analytics_relation_anniversary a
            WHERE ${where.join(' AND ')}
            ORDER BY ${day}, a.year, a.relation_id
            LIMIT ${limit})`;
}

/**
 * Relations whose next anniversary that is a multiple of `every` years falls within `within`
 * days of asOf: one branch per calendar year of the window. Every number in the statement is an
 * integer checked here.
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
  const start = yearAndDay(asOf, 0);
  const [endYear, endDay] = yearAndDay(asOf, within);
  const branches: string[] = [];
  for (let year = start[0]; year <= endYear; year++) {
    const days: [number, number] = [
      year === start[0] ? start[1] : 101,
      year === endYear ? endDay : 1231,
    ];
    branches.push(yearBranch(year, days, start, every, limit));
  }
  return {
    sql: `SELECT relation_id AS id, country_a_id, country_b_id, years, precision,
            to_char(make_date(y, md / 100, md % 100), 'YYYY-MM-DD') AS date,
            make_date(y, md / 100, md % 100) - $1::date AS days_until
       FROM (${branches.join(' UNION ALL ')}) k
      ORDER BY y, md, years DESC, relation_id
      LIMIT ${limit}`,
    params: [asOf],
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
