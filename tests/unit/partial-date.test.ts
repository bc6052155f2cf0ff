import {
  DatePrecision,
  formatPartialDate,
  parsePartialDate,
  periodEnd,
} from '../../src/common/partial-date';

test.each([
  ['2022-08-25', '2022-08-25', DatePrecision.DAY],
  ['2022-07', '2022-07-01', DatePrecision.MONTH],
  ['2009', '2009-01-01', DatePrecision.YEAR],
])('parses %s', (text, date, precision) => {
  expect(parsePartialDate(text)).toEqual({ date, precision });
});

test.each(['2022-13', '2022-02-30', '22-01-01', '2022/01/01', '', '2022-1'])(
  'rejects %p',
  (text) => {
    expect(parsePartialDate(text)).toBeNull();
  },
);

test('formats a date at its own precision and never invents a day', () => {
  expect(formatPartialDate('2022-07-01', DatePrecision.MONTH)).toBe('2022-07');
  expect(formatPartialDate('2009-01-01', DatePrecision.YEAR)).toBe('2009');
  expect(formatPartialDate('2022-08-25', DatePrecision.DAY)).toBe('2022-08-25');
});

test('the period of a partial date ends on the last day of its month or year', () => {
  expect(periodEnd('2024-02-01', DatePrecision.MONTH)).toBe('2024-02-29');
  expect(periodEnd('2009-01-01', DatePrecision.YEAR)).toBe('2009-12-31');
  expect(periodEnd('2022-08-25', DatePrecision.DAY)).toBe('2022-08-25');
});
