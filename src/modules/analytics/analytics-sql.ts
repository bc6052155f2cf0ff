import { BadUserInputError } from '../../common/errors';
import { DatePrecision, formatPartialDate } from '../../common/partial-date';
import { InterestChannel, Period } from './analytics.inputs';

/** Collects positional parameters while a statement is assembled. */
export class Params {
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
export const FIRST_KEY = `((f.start_date - DATE '1900-01-01') * 4 + CASE f.date_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END)`;
export const LAST_KEY = `((f.period_end - DATE '1900-01-01') * 4 + CASE f.date_precision WHEN 'YEAR' THEN 2 WHEN 'MONTH' THEN 1 ELSE 0 END)`;

const twoDigits = (n: number) => (n < 10 ? `0${n}` : `${n}`);

// Not toISOString().slice(): a sectorInterest answer decodes 2,000 keys, and toISOString made
// this 14 % of the busy CPU under load; the UTC getters take a fifth of its time.
function isoDay(days: number): string {
  const date = new Date(EPOCH + days * DAY_MS);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  return `${year}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

/** The rank part of a key; keys of dates before 1900 are negative, where `%` would be too. */
const rankOf = (key: number) => key - Math.floor(key / 4) * 4;

export function decodeFirst(key: number): string {
  const days = Math.floor(key / 4);
  return formatPartialDate(isoDay(days), PRECISION_BY_RANK[rankOf(key)]);
}

export function decodeLast(key: number): string {
  const end = isoDay(Math.floor(key / 4));
  const precision = PRECISION_BY_RANK[2 - rankOf(key)];
  return formatPartialDate(end, precision);
}

/**
 * The bucket of a dated row: the requested period, except that a date known less precisely than
 * the period stays in a bucket of its own precision (a YEAR date never lands in a guessed month).
 */
export function periodSql(alias: string, period: Period): { start: string; precision: string } {
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

export const PERIOD_ORDER = `CASE period_precision WHEN 'MONTH' THEN 0 WHEN 'QUARTER' THEN 1 ELSE 2 END`;

export interface DateWindow {
  from?: string | null;
  to?: string | null;
  /** Absent or empty: both channels. */
  channels?: readonly InterestChannel[] | null;
}

/** The meeting kind that is the STATEMENTS channel; every other kind is MEETINGS. */
export const STATEMENT_KIND = 'GENERAL_DEBATE_STATEMENT';

/** true: statements only; false: meetings only; null: both (no condition). */
export function statementsOnly(channels?: readonly InterestChannel[] | null): boolean | null {
  const set = new Set(channels ?? []);
  if (set.size !== 1) return null;
  return set.has(InterestChannel.STATEMENTS);
}

/** The channel condition on a row carrying its meeting's kind (analytics_interest, pairs). */
export function channelSql(alias: string, channels?: readonly InterestChannel[] | null): string[] {
  const only = statementsOnly(channels);
  if (only === null) return [];
  return [`${alias}.kind ${only ? '=' : '<>'} '${STATEMENT_KIND}'`];
}

/** The channel condition on a rollup row keyed by its `statement` flag. */
export function rollupChannelSql(
  alias: string,
  channels?: readonly InterestChannel[] | null,
): string[] {
  const only = statementsOnly(channels);
  if (only === null) return [];
  return [`${only ? '' : 'NOT '}${alias}.statement`];
}

export function checkWindow(window: DateWindow, fromField: string) {
  if (window.from && window.to && window.from > window.to) {
    throw new BadUserInputError(`${fromField} must not be after the end date`, fromField);
  }
}

/** True when the window is made of whole calendar years, so the yearly rollups answer exactly. */
export function yearAligned(window: DateWindow): boolean {
  return (
    (!window.from || window.from.slice(5) === '01-01') &&
    (!window.to || window.to.slice(5) === '12-31')
  );
}

/** True when no date narrows the question: the all-time totals answer it. */
export function allTime(window: DateWindow): boolean {
  return !window.from && !window.to;
}

/**
 * A window cut at year boundaries: the whole years in it (answered by yearly rollups) and at most
 * two partial years (answered by interest rows). Every period (day, month, year) lies within one
 * calendar year, so a row contained in the window is contained in exactly one piece.
 */
export function splitWindow(window: DateWindow): { years: DateWindow | null; edges: DateWindow[] } {
  if (yearAligned(window)) return { years: window, edges: [] };
  const { from, to, channels } = window;
  const edges: DateWindow[] = [];
  let yearsFrom = from;
  let yearsTo = to;
  const fromYear = from ? Number(from.slice(0, 4)) : null;
  const toYear = to ? Number(to.slice(0, 4)) : null;
  if (from && from.slice(5) !== '01-01') {
    if (toYear === fromYear) return { years: null, edges: [window] };
    edges.push({ from, to: `${fromYear}-12-31`, channels });
    yearsFrom = `${fromYear! + 1}-01-01`;
  }
  if (to && to.slice(5) !== '12-31') {
    const start = `${toYear}-01-01`;
    edges.push({ from: yearsFrom && yearsFrom > start ? yearsFrom : start, to, channels });
    yearsTo = `${toYear! - 1}-12-31`;
  }
  const empty = yearsFrom && yearsTo && yearsFrom > yearsTo;
  return { years: empty ? null : { from: yearsFrom, to: yearsTo, channels }, edges };
}

/**
 * "Contained" rule: a row counts only when its whole period lies in [from, to]; and the channel
 * condition, on a row that carries its meeting's kind.
 */
export function windowSql(alias: string, window: DateWindow, params: Params): string[] {
  const where: string[] = channelSql(alias, window.channels);
  if (window.from) where.push(`${alias}.start_date >= ${params.add(window.from)}::date`);
  if (window.to) {
    const to = params.add(window.to);
    where.push(`${alias}.start_date <= ${to}::date`, `${alias}.period_end <= ${to}::date`);
  }
  return where;
}

/** A yearly or total rollup's rows in a year-aligned window and the channels. */
export function yearWindowSql(alias: string, window: DateWindow, params: Params): string[] {
  const where: string[] = rollupChannelSql(alias, window.channels);
  if (window.from) where.push(`${alias}.year >= ${params.add(Number(window.from.slice(0, 4)))}`);
  if (window.to) where.push(`${alias}.year <= ${params.add(Number(window.to.slice(0, 4)))}`);
  return where;
}

export function whereSql(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

export function checkRange(value: number, min: number, max: number, field: string) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${field} must be an integer from ${min} to ${max}`, field);
  }
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
