import { SectorMatcher } from '../../src/modules/extraction/sector-matcher';
import { stanceOf } from '../../src/modules/extraction/stance';
import { contentStart } from '../../src/modules/extraction/report-layout';
import { readTaxonomy } from '../../src/modules/sector/sector-taxonomy';

const matcher = new SectorMatcher(readTaxonomy().map((s) => ({ ...s, top: s.parent ?? s.code })));
const codes = (text: string) => matcher.find(text).map((m) => `${m.code}:${m.text}`);

describe('the sector matcher (text → sectors with exact spans)', () => {
  test('the longest phrase wins and every span is exact, offsets included', () => {
    const text = 'They spoke of renewable energy, food security and the fight against terrorism.';
    const found = matcher.find(text, 100);
    expect(found.map((m) => m.code)).toEqual(['alternative-energy', 'food-security', 'security']);
    for (const m of found) expect(text.slice(m.start - 100, m.end - 100)).toBe(m.text);
  });

  test('"political" names a sector only in a list of fields', () => {
    expect(codes('cooperation in political, economic and cultural fields')).toEqual([
      'political-dialogue:political',
      'trade-economy:economic',
      'culture:cultural fields',
    ]);
    expect(codes('the political commitment of the government and its political forces')).toEqual(
      [],
    );
  });

  test('phrases that only look like sectors are none', () => {
    expect(codes('a blue economy strategy, palm oil exports and the Security Council')).toEqual([
      'trade-economy:exports',
    ]);
  });
});

describe('stance (sentence → stance)', () => {
  test.each([
    ['The sides agreed to expand trade.', false, 'AGREED'],
    ['She proposed a joint venture in mining.', false, 'PROPOSED'],
    ['Korea is interested in smart cities.', false, 'INTERESTED'],
    ['He stressed the importance of education.', false, 'HIGHLIGHTED'],
    ['The sides stressed the importance of education.', true, 'DISCUSSED'],
    ['They talked about tourism.', false, 'DISCUSSED'],
  ])('%s', (sentence, joint, stance) => {
    expect(stanceOf(sentence, joint)).toBe(stance);
  });
});

test.each([
  [
    ' date 2024-01-02 Addis Ababa, January 2/2024 (ENA)Foreign Minister Abebe met',
    'Foreign Minister',
  ],
  ['TEHRAN – Iraqi Foreign Minister met', 'Iraqi Foreign'],
  ['New Delhi [India], February 28 (ANI): Prime Minister met', 'Prime Minister'],
  ['Foreign Minister Peter Nagy (left) met', 'Foreign Minister'],
])('a date line is not part of the sentence: %s', (sentence, words) => {
  expect(sentence.slice(contentStart(sentence))).toMatch(new RegExp(`^${words}`));
});
