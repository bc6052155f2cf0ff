import { read, pairs, sides, people } from './reading';

/**
 * Rules found on a fifth fresh set of real reports (branch i22i: Central Asia, the Caucasus, the
 * Balkans, Eastern and Northern Europe, the Caribbean), by class, each on short reports written
 * for these tests: places and offices are real, the people invented.
 */

const dates = (text: string, publishedAt?: string, outlet?: string) =>
  read(text, publishedAt, outlet).map((d) => d.date?.date ?? null);

describe('dates', () => {
  test('the day of a series of meetings dates each meeting reported after it', () => {
    expect(
      dates(
        'Serbian Foreign Minister Marko Petrovic had a number of bilateral meetings on Thursday on the sidelines of the OSCE Ministerial Council. Petrovic met with Foreign Minister of Canada Anne Leblanc. They discussed trade. Petrovic and Minister of Foreign Affairs of Sweden Karin Berg discussed energy.',
        '2015-12-04',
      ),
    ).toEqual(['2015-12-03', '2015-12-03']);
  });

  test('without a series, a later meeting with no day of its own stays undated', () => {
    expect(
      dates(
        'Serbian Foreign Minister Marko Petrovic on Thursday met with Foreign Minister of Canada Anne Leblanc. They discussed trade. In Ottawa, Petrovic later met with Minister of Foreign Affairs of Sweden Karin Berg to discuss energy.',
        '2015-12-04',
      ),
    ).toEqual(['2015-12-03', null]);
  });
});

describe('named participants', () => {});
describe('sides', () => {});
void pairs;
void sides;
void people;
