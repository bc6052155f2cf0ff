import { registerEnumType } from 'type-graphql';

export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely a date is known. The stored date is the first day of that period.',
  valuesConfig: {
    DAY: { description: 'Known to the day, e.g. 2022-08-25.' },
    MONTH: { description: 'Known to the month only, e.g. "last month" in a report: 2022-07.' },
    YEAR: { description: 'Known to the year only, e.g. "in 2009".' },
  },
});

export interface PartialDate {
  /** First day of the period, YYYY-MM-DD. */
  date: string;
  precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses ISO 8601 reduced precision ("2022-08-25", "2022-07", "2009"); null when malformed. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const date = `${year}-${month ?? '01'}-${day ?? '01'}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return null;
  const precision = day ? DatePrecision.DAY : month ? DatePrecision.MONTH : DatePrecision.YEAR;
  return { date, precision };
}

export function formatPartialDate(date: string, precision: DatePrecision): string {
  if (precision === DatePrecision.YEAR) return date.slice(0, 4);
  if (precision === DatePrecision.MONTH) return date.slice(0, 7);
  return date.slice(0, 10);
}

/** The last day of the period a partial date denotes. */
export function periodEnd(date: string, precision: DatePrecision): string {
  const [y, m] = date.split('-').map(Number);
  if (precision === DatePrecision.YEAR) return `${y}-12-31`;
  if (precision === DatePrecision.MONTH) {
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return date.slice(0, 10);
}

/** periodEnd in SQL: the last day of the period `date` (a date column) with `precision` denotes. */
export function periodEndSql(date: string, precision: string): string {
  return `(CASE ${precision} WHEN 'DAY' THEN ${date}
    WHEN 'MONTH' THEN (${date} + interval '1 month' - interval '1 day')::date
    ELSE (${date} + interval '1 year' - interval '1 day')::date END)`;
}
