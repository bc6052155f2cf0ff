import { read, pairs, sides, people, dates } from './reading';

/**
 * Rules found on a fifth fresh set of real reports (branch i22i: Central Asia, the Caucasus, the
 * Balkans, Eastern and Northern Europe, the Caribbean), by class, each on short reports written
 * for these tests: places and offices are real, the people invented.
 */

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

describe('named participants', () => {
  test('“the Ambassador Extraordinary and Plenipotentiary of Russia, A”: the long office is one office', () => {
    const [draft] = read(
      'Deputy Foreign Minister of Belarus Ivan Sokol met with the Ambassador Extraordinary and Plenipotentiary of the Russian Federation to the Republic of Belarus, Oleg Petrov. They discussed trade.',
    );
    expect(people(draft)).toEqual(['Ivan Sokol/BY', 'Oleg Petrov/RU']);
  });

  test('“the Foreign Ministers of Belarus A, Iran B and Russia C”: each name is its country’s, met apart', () => {
    const drafts = read(
      'Acting Foreign Minister of Uzbekistan Timur Karimov held separate meetings with the Foreign Ministers of Belarus Ivan Sokol, Iran Ali Rahimi and Russia Oleg Petrov. They discussed trade.',
    );
    expect(drafts.map(sides)).toEqual([
      ['BY', 'UZ'],
      ['IR', 'UZ'],
      ['RU', 'UZ'],
    ]);
    expect(drafts.map((d) => people(d)[1])).toEqual([
      'Ivan Sokol/BY',
      'Ali Rahimi/IR',
      'Oleg Petrov/RU',
    ]);
  });

  test('a day’s number before an office is not part of it', () => {
    const [draft] = read(
      'On April 13, 2023 Acting Foreign Minister of Uzbekistan Timur Karimov met with Foreign Minister of Belarus Ivan Sokol.',
    );
    expect(draft.participants.map((p) => p.title)).toEqual([
      'Acting Foreign Minister of Uzbekistan',
      'Foreign Minister of Belarus',
    ]);
  });
});

describe('sides', () => {
  test('“Assistant Secretary of State for … Affairs A”: an office only the United States has', () => {
    const [draft] = read(
      'Assistant Secretary of State for European Affairs John Miller met with Kyrgyz Foreign Minister Azamat Osmonov in Bishkek. The sides discussed trade with the US.',
    );
    expect(people(draft)).toEqual(['John Miller/US', 'Azamat Osmonov/KG']);
  });

  test('“during the meeting A had with B”: A met B', () => {
    const [draft] = read(
      'Support for stability was underscored on Friday during the meeting Minister of Foreign Affairs of Romania Ion Popa had with Turkish Ambassador in Bucharest Mehmet Yilmaz. They discussed trade.',
      '2017-01-27',
    );
    expect(people(draft)).toEqual(['Ion Popa/RO', 'Mehmet Yilmaz/TR']);
  });

  test('a photo’s caption (“A (right) is seen with B”) is no meeting', () => {
    const drafts = read(
      'Serbian Foreign Minister Marko Petrovic on Friday met with Foreign Minister of Ghana Kofi Mensah. Petrovic (right) is seen with his Iranian counterpart Reza Karimi. They discussed trade.',
      '2018-04-06',
    );
    expect(drafts.map(sides)).toEqual([['GH', 'RS']]);
  });
});

describe('page furniture', () => {
  test('a “Caption:” line long enough to carry the meeting is read', () => {
    const [draft] = read(
      'Jamaica’s Foreign Minister holds bilateral discussions\n\nCaption: Sen. the Hon. Mary Campbell, Foreign Affairs Minister of Jamaica, engages in bilateral discussions with Carlos Ruiz, Vice Minister of Foreign Affairs of the Republic of Colombia, within the margins of the ACS Summit.\n\nDiscussions centred on cultural heritage.',
    );
    expect(sides(draft)).toEqual(['CO', 'JM']);
  });

  test('short lines that end in “;” are a list of the report, not links', () => {
    const [draft] = read(
      'Foreign Minister of Tajikistan Rustam Nazarov met today with his Uzbek counterpart Aziz Karimov. Among those attending were:\nAmbassador Ali Saidov, Tashkent;\nAmbassador Olim Rahimov, Dushanbe;\nConsul General Farrukh Aliev, Khujand;\n',
    );
    expect(people(draft)).toContain('Aziz Karimov/UZ');
  });

  test('the links to other stories at the end of a page are not the report', () => {
    const [draft] = read(
      'Foreign Minister of Tajikistan Rustam Nazarov met today with his Uzbek counterpart Aziz Karimov. The ministers discussed cooperation in the fields of economy and transport.\n\nTajikistan and Turkey Discuss Prospects for Tourism Cooperation\nTajikistan Approves Protocol on Collective Security System\nThe Issue of Attracting Indonesian Investment Discussed\n',
    );
    expect(pairs(draft)).toEqual([
      'TJ trade-economy',
      'TJ transport',
      'UZ trade-economy',
      'UZ transport',
    ]);
  });
});
