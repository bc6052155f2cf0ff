import { read, people, dates, sides } from './reading';

/**
 * Rules found on a thirteenth fresh set of real reports (branch i22q: the Middle East, North
 * Africa and the Gulf, with their partners anywhere), by class, each on short reports written for
 * these tests: places and offices are real, the people invented.
 */

describe('offices whose portfolio runs up to the name', () => {
  test('“Minister of Industry and Mineral Resources A”: the portfolio goes on past “and”', () => {
    const [draft] = read(
      'Saudi Minister of Industry and Mineral Resources Fahd Alotaibi met Russian Trade Minister Ivan Petrov in Riyadh.',
    );
    expect(people(draft)).toEqual(['Fahd Alotaibi/SA', 'Ivan Petrov/RU']);
  });

  test('“Special Presidential Envoy for the Middle East and Africa A” is a person', () => {
    const [draft] = read(
      'Algerian Foreign Minister Karim Benaissa and the Russian Special Presidential Envoy for the Middle East and Africa Pavel Orlov discussed trade on Saturday.',
    );
    expect(people(draft)).toEqual(['Karim Benaissa/DZ', 'Pavel Orlov/RU']);
  });

  test('“Minister of Energy Transition and Sustainable Development, A”: no person in the portfolio', () => {
    const [draft] = read(
      'Energy led the agenda of talks held on Thursday in Rabat with the Minister of Energy Transition and Sustainable Development, Salma Idrissi and her Spanish counterpart, Marta Gil. The Minister of Ecological Transition and Demographic Challenge, Marta Gil said trade grew.',
      '2023-02-02',
    );
    expect(people(draft)).toEqual(['Salma Idrissi/MA', 'Marta Gil/ES']);
  });
});

describe('meetings', () => {
  test('“received on Sunday B” after “A, Minister of Tourism,”: the participle is the main verb', () => {
    const [draft] = read(
      'MUSCAT: Salim Harthy, Minister of Tourism, received in his office on Sunday John Kamau, Minister of Tourism of Kenya, and his delegation.',
      '2019-07-14',
      'Oman Observer',
    );
    expect(people(draft)).toEqual(['Salim Harthy/OM', 'John Kamau/KE']);
  });

  test('“last September 3” is the day of the meeting, not a recalled one', () => {
    const text =
      'Trade Secretary Mario Reyes met with UAE Minister of State for Foreign Trade Saif bin Hamad Al Nuaimi in Jakarta last September 3.';
    const [draft] = read(text, '2023-09-06', 'The Filipino Times');
    expect(people(draft)).toEqual(['Mario Reyes/PH', 'Saif bin Hamad Al Nuaimi/AE']);
    expect(dates(text, '2023-09-06')).toEqual(['2023-09-03']);
  });
});

describe('sides of people', () => {
  test('“in Jaipur, India”: the city and country of the venue are no one’s side', () => {
    const [draft] = read(
      'Trade Minister Kemal Aydin discussed trade with his Saudi counterpart, Faisal Al Harbi, in Jaipur, India, on the sidelines of a G20 meeting, according to a statement from the Turkish Trade Ministry.',
      '2023-08-28',
    );
    expect(people(draft)).toEqual(['Kemal Aydin/TR', 'Faisal Al Harbi/SA']);
    expect(sides(draft)).toEqual(['SA', 'TR']);
  });

  test('a list of offices, one with commas in its portfolio and one with a lost space', () => {
    const drafts = read(
      'Turkish Trade Minister Kemal Aydin met French Trade Minister Paul Martin in Ankara. Aydin also held talks with UAE Minister of State for Foreign Trade Saif Al Nuaimi, Omani Commerce, Industry and Investment Promotion Minister Salim Al Harthy and U.S.Trade Representative Anna Brooks.',
      '2023-08-28',
    );
    expect(drafts.map(people).slice(1)).toEqual([
      ['Kemal Aydin/TR', 'Saif Al Nuaimi/AE'],
      ['Kemal Aydin/TR', 'Salim Al Harthy/OM'],
      ['Kemal Aydin/TR', 'Anna Brooks/US'],
    ]);
  });
});

describe('royal offices and attendees', () => {
  test('“Ruler of Dubai” is an office; an airline group is no one; “bin Saeed” alone is no link', () => {
    const [draft] = read(
      'Sheikh Khalid bin Saeed Al Nuaimi, Ruler of Dubai, received Turkish minister Ali Demir in Dubai. The meeting was attended by Sheikh Ahmed bin Saeed Al Falasi, President of the Dubai Aviation Authority and Chairman of the Emirates Airline Group, and Omar Al Harthy, Minister of State.',
      '2023-01-01',
    );
    expect(people(draft)).toEqual([
      'Khalid bin Saeed Al Nuaimi/AE',
      'Ali Demir/TR',
      'Ahmed bin Saeed Al Falasi/AE',
      'Omar Al Harthy/AE',
    ]);
  });
});

describe('later mentions', () => {
  test('“KenjiSato” run together, then “Sato”: one person, on one side', () => {
    const drafts = read(
      "Jordan's Foreign Minister Omar Khalil and the Japanese Foreign Minister, KenjiSato, discussed trade. Khalil and Sato talked about the occupied Palestinian Territories. Following the talks, Sato met with the Minister of Planning, Lina Haddad.",
      '2023-09-04',
    );
    expect(drafts.map(people)).toEqual([
      ['Omar Khalil/JO', 'KenjiSato/JP'],
      ['KenjiSato/JP', 'Lina Haddad/JO'],
    ]);
  });

  test('“X and Y talked about Jordan’s work … in the Palestinian Territories”: no side', () => {
    const drafts = read(
      "Jordan's Foreign Minister Omar Khalil and the Japanese Foreign Minister, Kenji Sato, discussed trade. Khalil and Sato talked about Jordan's work to end the violence in the occupied Palestinian Territories.",
      '2023-09-04',
    );
    expect(drafts.map(sides)).toEqual([['JO', 'JP']]);
  });
});

describe('heads of each side', () => {
  test('“The Omani side was led by A, Minister of Tourism whilst the Iranian side was chaired by B”', () => {
    const [draft] = read(
      'Talks between Oman and Iran were held in Muscat on Tuesday. The Omani side was led by Salim al Harthy, Minister of Tourism whilst the Iranian side was chaired by Reza Karimi, Minister of Cultural Heritage of the Islamic Republic of Iran.',
      '2019-10-22',
    );
    expect(people(draft)).toEqual(['Salim al Harthy/OM', 'Reza Karimi/IR']);
  });
});

describe('recalled meetings', () => {
  test('“reflected by the recent five meetings held between A and B”: no meeting of this report', () => {
    const drafts = read(
      'President Samir Nasser received his Congolese counterpart Paul Mbala in Cairo on Tuesday. They discussed trade. Nasser lauded the ties, praising the cooperation reflected by the recent five meetings held between President Adel Fathi and his Congolese counterpart.',
      '2021-07-28',
    );
    expect(drafts.map(people)).toEqual([['Samir Nasser/EG', 'Paul Mbala/CD']]);
  });
});

describe('text wrapped by hand', () => {
  test('a line broken inside a sentence is no heading: its people and date are read', () => {
    const text =
      'Foreign Minister Omar Haddad received\nthe Ambassador of Japan, Kenji Sato, in\nAmman on Monday. They discussed\ntrade and energy.';
    const [draft] = read(text, '2024-05-07', 'Jordan Times');
    expect(people(draft)).toEqual(['Omar Haddad/JO', 'Kenji Sato/JP']);
    expect(dates(text, '2024-05-07', 'Jordan Times')).toEqual(['2024-05-06']);
  });
});

describe('royal forms of address and those present', () => {
  test('“received HRH Prince A, the Saudi Minister of Culture, in the presence of HE Sheikh B”', () => {
    const drafts = read(
      'Emir Sheikh Hamad bin Khalid Al Thaqafi received in Doha on Monday HRH Prince Faisal bin Nasser Al Rashid, the Saudi Minister of Culture, in the presence of HE Sheikh Ali bin Jassim Al Marri, Minister of State.',
      '2024-05-07',
      'Qatar Tribune',
    );
    expect(drafts.map(people)).toEqual([
      [
        'Hamad bin Khalid Al Thaqafi/QA',
        'Faisal bin Nasser Al Rashid/SA',
        'Ali bin Jassim Al Marri/QA',
      ],
    ]);
  });
});

describe('misspelt offices', () => {
  test('“Foreign Minster A” and “Ambasador to Japan, B” are offices', () => {
    expect(
      people(
        read(
          'Egyptian Foreign Minster Karim Fathy met Greek Foreign Minister Nikos Pappas in Cairo on Monday.',
          '2024-05-07',
        )[0],
      ),
    ).toEqual(['Karim Fathy/EG', 'Nikos Pappas/GR']);
    expect(
      people(
        read(
          "Bahrain's Ambasador to Japan, Khalid Al Nasser, called on Japanese Foreign Minister Kenji Sato in Tokyo on Monday.",
          '2024-05-07',
        )[0],
      ),
    ).toEqual(['Khalid Al Nasser/BH', 'Kenji Sato/JP']);
  });
});

describe('a whole portfolio before “and”', () => {
  test('“A, Minister of Foreign Affairs and B, DPM and Minister of …”: B is a person', () => {
    const [draft] = read(
      'Marko Petrovic, Minister of Foreign Affairs and Arben Hoxha, DPM and Minister of Foreign Affairs of Albania, met on Friday in Podgorica.',
      '2024-04-06',
    );
    expect(people(draft)).toEqual(['Marko Petrovic/ME', 'Arben Hoxha/AL']);
  });
});

describe('heads named before the first meeting the reader finds', () => {
  test('“The Omani side was led by A … the Iranian side was chaired by B” joins the meeting after', () => {
    const [draft] = read(
      'Talks between the Sultanate and Iran were held on Tuesday. The Omani side was led by Salim al Harthy, Minister of Tourism whilst the Iranian side was chaired by Reza Karimi, Minister of Culture of Iran. Meanwhile, direct working meetings were organized between Omani and Iranian travel companies.',
      '2019-10-22',
      'Oman Observer',
    );
    expect(people(draft)).toEqual(['Salim al Harthy/OM', 'Reza Karimi/IR']);
  });
});
