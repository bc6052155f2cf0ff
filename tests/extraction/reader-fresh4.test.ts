import { read, pairs, sides, people } from './reading';

/**
 * Rules found on a fourth fresh set of real reports (branch i22h: Asia, the Gulf, the Pacific
 * and international bodies' own releases), by class, each on short reports written for these
 * tests: the places and offices are real, the people invented.
 */

describe('sides of officials named without a country', () => {
  test('“Alliance Secretary General” belongs to the body the report names', () => {
    const [draft] = read(
      'Partnership between Portugal and NATO was discussed today at a meeting between Defence Minister Rui Tavares and Alliance Secretary General Lars Berg.',
      '2024-03-18',
    );
    expect(people(draft)).toEqual(['Rui Tavares/PT', 'Lars Berg/NATO']);
  });

  test('a body’s own release is its home side: “The Secretary-General met today with …”', () => {
    const [draft] = read(
      'The Secretary-General met today with President Mark Olsen of Denmark. They discussed climate change.',
      '2013-09-24',
      'United Nations',
    );
    expect(sides(draft)).toEqual(['DK', 'UN']);
    expect(pairs(draft)).toEqual(['DK environment', 'UN environment']);
  });

  test('“Seoul’s foreign ministry” names Korea before a country of the narrative', () => {
    const [draft] = read(
      'Foreign Minister Park Min-jun held a phone call with his Japanese counterpart, Haruto Sato. According to Seoul’s foreign ministry, the two ministers discussed trade. They voiced concern about North Korea’s missile launches.',
      '2024-01-19',
    );
    expect(people(draft)).toEqual(['Park Min-jun/KR', 'Haruto Sato/JP']);
  });
});

describe('sentences run together', () => {
  test('“… on Tuesday.They met twice last year.” is two sentences: the call is not background', () => {
    const [draft] = read(
      'Foreign Minister Ana Lopes of Portugal held a phone call with her Chilean counterpart Diego Rojas on Tuesday.They had met twice last year.',
      '2024-01-19',
    );
    expect(sides(draft)).toEqual(['CL', 'PT']);
    expect(draft.date?.date).toBe('2024-01-16');
  });
});
