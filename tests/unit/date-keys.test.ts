import { decodeFirst, decodeLast } from '../../src/modules/analytics/analytics-sql';

const EPOCH = Date.UTC(1900, 0, 1);
const reference = (days: number) => new Date(EPOCH + days * 86_400_000).toISOString().slice(0, 10);

test('first/last keys decode to the day they encode, leap days and century years included', () => {
  // Every day from 1600 to 2400 (days since 1900-01-01), at every precision rank.
  const wrong: string[] = [];
  for (let days = -109_573; days <= 182_622; days += 1) {
    const day = reference(days);
    if (decodeFirst(days * 4 + 2) !== day)
      wrong.push(`first ${days}: ${decodeFirst(days * 4 + 2)}`);
    if (decodeLast(days * 4) !== day) wrong.push(`last ${days}: ${decodeLast(days * 4)}`);
    if (decodeFirst(days * 4 + 1) !== day.slice(0, 7)) wrong.push(`month ${days}`);
    if (decodeLast(days * 4 + 2) !== day.slice(0, 4)) wrong.push(`year ${days}`);
  }
  expect(wrong.slice(0, 5)).toEqual([]);
});

test('a date before year 1000 keeps four year digits', () => {
  const days = Math.round((Date.UTC(999, 11, 31) - EPOCH) / 86_400_000);
  expect(decodeFirst(days * 4 + 2)).toBe('0999-12-31');
});
