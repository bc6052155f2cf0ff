import * as chrono from 'chrono-node';
import { Sentence } from './report-text';

export type Precision = 'DAY' | 'MONTH' | 'YEAR';

export interface FoundDate {
  /** ISO 8601 at its precision: "2022-08-25", "2022-08" or "2022". */
  date: string;
  precision: Precision;
  start: number;
  end: number;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(date: Date, precision: Precision): string {
  const year = date.getFullYear();
  if (precision === 'YEAR') return String(year);
  const month = `${year}-${pad(date.getMonth() + 1)}`;
  return precision === 'MONTH' ? month : `${month}-${pad(date.getDate())}`;
}

function precisionOf(result: chrono.ParsedResult): Precision {
  const { start } = result;
  if (
    start.isCertain('day') ||
    start.isCertain('weekday') ||
    /\b(yesterday|today)\b/i.test(result.text)
  ) {
    return 'DAY';
  }
  if (start.isCertain('month') || /\bmonth\b/i.test(result.text)) return 'MONTH';
  return 'YEAR';
}

/** Local noon of a YYYY-MM-DD day, so time zones never move it to another day. */
export function dayAt(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day, 12);
}

/**
 * The publication date: the one given, else a date line at the top of the report ("26 August
 * 2022", "BAKU, Azerbaijan, May 23"). Undefined when neither says.
 */
export function publicationDate(sentences: Sentence[], given?: string): FoundDate | undefined {
  if (given) return { date: given, precision: 'DAY', start: 0, end: 0, text: given };
  for (const sentence of sentences.slice(0, 3)) {
    if (sentence.text.length > 160) continue;
    const [result] = chrono.parse(sentence.text, new Date(), { forwardDate: false });
    if (result && precisionOf(result) === 'DAY') {
      const start = sentence.start + result.index;
      return {
        date: isoOf(result.start.date(), 'DAY'),
        precision: 'DAY',
        start,
        end: start + result.text.length,
        text: result.text,
      };
    }
  }
  return undefined;
}

/** Phrases that date something else: the last visit, the year relations began, an anniversary. */
const OTHER_EVENT =
  /\b(since|anniversary|established|founded|in the past|previous|earlier visit|recalling|recalled|back in)\b[^.]*$/i;

/**
 * The meeting date: the first date in the body of the report, resolved against the publication
 * date ("on August 25", "on Tuesday", "yesterday", "last month"), never after it.
 */
export function meetingDate(
  sentences: Sentence[],
  published: FoundDate | undefined,
  skipBefore: number,
): FoundDate | undefined {
  const reference = published ? dayAt(published.date) : new Date();
  for (const sentence of sentences.slice(0, 6)) {
    if (sentence.end <= skipBefore) continue;
    for (const result of chrono.parse(sentence.text, reference, { forwardDate: false })) {
      const start = sentence.start + result.index;
      if (start < skipBefore) continue;
      if (OTHER_EVENT.test(sentence.text.slice(0, result.index))) continue;
      if (/^\d{1,2}:\d{2}/.test(result.text)) continue;
      let date = result.start.date();
      const precision = precisionOf(result);
      if (precision === 'DAY' && date.getTime() > reference.getTime() + 36 * 3600 * 1000) {
        // "on Tuesday" in a report published on Thursday: the Tuesday before
        if (result.start.isCertain('weekday') && !result.start.isCertain('day')) {
          date = new Date(date.getTime() - 7 * 24 * 3600 * 1000);
        } else continue;
      }
      return {
        date: isoOf(date, precision),
        precision,
        start,
        end: start + result.text.length,
        text: result.text,
      };
    }
  }
  return undefined;
}
