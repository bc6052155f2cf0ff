import { nextAnniversary, yearsBetween } from '../../src/modules/relation/relation.service';

test('years of relations count whole years', () => {
  expect(yearsBetween('1992-01-23', '2022-01-22')).toBe(29);
  expect(yearsBetween('1992-01-23', '2022-01-23')).toBe(30);
  expect(yearsBetween('1992-01-01', '2026-11-28')).toBe(34);
});

test('the next round anniversary is the first multiple of `every` on or after the date', () => {
  expect(nextAnniversary('1992-01-01', '2022-01-01', 5)).toEqual({ years: 30, date: '2022-01-01' });
  expect(nextAnniversary('1992-01-01', '2022-01-02', 5)).toEqual({ years: 35, date: '2027-01-01' });
  expect(nextAnniversary('1992-03-15', '2026-11-28', 10)).toEqual({
    years: 40,
    date: '2032-03-15',
  });
  expect(nextAnniversary('2020-06-01', '2020-06-01', 5)).toEqual({ years: 5, date: '2025-06-01' });
});

test('every must be between 1 and 100', () => {
  expect(() => nextAnniversary('1992-01-01', '2022-01-01', 0)).toThrow(/every/);
  expect(() => nextAnniversary('1992-01-01', '2022-01-01', 101)).toThrow(/every/);
});
