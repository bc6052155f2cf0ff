import { read, pairs, sides, people } from './reading';

/**
 * Rules found on a fresh set of real reports (branch i22e), by class, each on short reports
 * written for these tests: the places and offices are real, the people invented.
 */

describe('sides and names', () => {
  test('“People’s Republic of China” with a curly apostrophe is China, not Taiwan', () => {
    const [draft] = read(
      'On May 3, the Minister of Foreign Affairs of Mongolia Bat Erdene met the Minister of Foreign Affairs of the People’s Republic of China Zhou Ming in Ulaanbaatar.',
      '2024-05-04',
    );
    expect(sides(draft)).toEqual(['CN', 'MN']);
  });

  test('an official name of a country ending an office is not part of the person’s name', () => {
    const [draft] = read(
      'On 3 May 2024, the Minister of Foreign Affairs of the Republic of Uzbekistan Alisher Karimov met with the Minister of Foreign Affairs of the Republic of Kazakhstan Daniyar Tulegenov.',
    );
    expect(people(draft)).toEqual(['Alisher Karimov/UZ', 'Daniyar Tulegenov/KZ']);
  });

  test('“discussed cooperation with” a named official reports a meeting with them', () => {
    const [draft] = read(
      'Kazakh Foreign Minister Murat Sultanov discussed multifaceted cooperation with Uzbek Foreign Minister Alisher Karimov in Khiva.',
    );
    expect(people(draft)).toEqual(['Murat Sultanov/KZ', 'Alisher Karimov/UZ']);
  });

  test('“X visited Y at his residence” reports a meeting, dated by its weekday', () => {
    const [draft] = read(
      'The President of Ghana, Kofi Mensah, visited Acting President Tunde Bello at his official residence in Abuja on Sunday. The two leaders discussed trade.',
      '2024-06-10',
    );
    expect(draft.date?.date).toBe('2024-06-09');
    expect(people(draft)).toEqual(['Kofi Mensah/GH', 'Tunde Bello/NG']);
  });

  test('a country after “to discuss” is the topic of the meeting, not a side', () => {
    const drafts = read(
      'A Polish deputy foreign minister has met with Lithuanian government officials to discuss ways to increase sanctions pressure on Russia, officials said.\n\nAdam Nowak visited Vilnius on Tuesday. He was hosted by his Lithuanian counterpart Jonas Petraitis.',
      '2024-06-10',
    );
    expect(drafts.map(sides)).toEqual([['LT', 'PL']]);
  });

  test('meetings that were agreed to be “facilitated” are planned, not held', () => {
    const drafts = read(
      'Mexican Foreign Secretary Pablo Ruiz met Brazilian Foreign Minister Joao Pereira in Brasilia. They agreed to “facilitate” meetings between representatives of the Mexican oil company Pemex and Brazilian state-controlled Petrobras, as Mexican President Carlos Medina had requested.',
    );
    expect(drafts).toHaveLength(1);
  });
});

describe('more names and meetings', () => {
  test('an office, then a form of address and one name: “Prime Minister Sheikh Hasina”', () => {
    const [draft] = read(
      'Prime Minister Sheikh Hasina on Thursday received outgoing Ambassador of Nepal Ram Bahadur Thapa at her official residence in Dhaka.',
      '2023-09-08',
    );
    expect(people(draft)).toEqual(['Hasina/BD', 'Ram Bahadur Thapa/NP']);
  });

  test('“He” after a name word is a given name: “Vice Premier Liu He”', () => {
    const [draft] = read(
      'Chinese Vice Premier Liu He and U.S. Trade Representative John Miller held a phone call on Friday.',
      '2020-05-08',
    );
    expect(people(draft)).toEqual(['Liu He/CN', 'John Miller/US']);
  });

  test('“negotiations were held between X and Y” is a meeting of both', () => {
    const [draft] = read(
      'On June 7, negotiations were held between the Minister of Foreign Affairs of Turkmenistan Berdi Atayev and the Minister of Foreign Affairs of China Zhou Ming.',
      '2022-06-09',
    );
    expect(people(draft)).toEqual(['Berdi Atayev/TM', 'Zhou Ming/CN']);
  });

  test('“who made a farewell call on her” meets the one spoken of before', () => {
    const [draft] = read(
      'Prime Minister Sheikh Hasina on Thursday said Bangladesh and Nepal can engage in various sectors including agriculture.\n\n"There might be cooperation in research," the prime minister told outgoing Ambassador of Nepal Ram Bahadur Thapa who made a farewell call on her.',
      '2023-09-08',
    );
    expect(people(draft).sort()).toEqual(['Hasina/BD', 'Ram Bahadur Thapa/NP']);
    expect(pairs(draft)).toEqual(['BD agriculture', 'BD science-technology']);
  });

  test('a date inside the outlet’s brackets of a date line is not the meeting’s', () => {
    const [draft] = read(
      'Ashgabat (Central Asia News - 9th Jun, 2022) On June 7, Turkmen Foreign Minister Berdi Atayev met Chinese Foreign Minister Zhou Ming.',
      '2022-06-09',
    );
    expect(draft.date?.date).toBe('2022-06-07');
  });
});

describe('words that are not sectors here', () => {
  test('sector words inside an office’s or an institute’s name', () => {
    const [draft] = read(
      'The Chinese Ambassador to Pakistan, Li Wen, called on the Minister for National Food Security and Research, Ahmed Khan, on Wednesday. They noted the success of the Institute of Irrigation and Agricultural Mechanization. Both sides agreed to cooperate in trade.',
      '2021-01-13',
    );
    expect(pairs(draft)).toEqual(['CN trade-economy', 'PK trade-economy']);
  });

  test('a “favourable environment” is conditions, not the environment', () => {
    const [draft] = read(
      'Chinese Vice Premier Wen Tao and U.S. Trade Representative John Miller held a phone call on Friday and agreed to create a favourable environment for the trade deal.',
      '2020-05-08',
    );
    expect(pairs(draft)).toEqual(['CN trade-economy', 'US trade-economy']);
  });
});

describe('who raised it', () => {
  const opening =
    'Chilean Foreign Minister Ana Garcia met Peruvian Foreign Minister Luis Silva in Lima on Monday.\n\n';

  test('“The two sides exchanged views on …, she said” is joint', () => {
    const [draft] = read(
      `${opening}The two sides exchanged views on issues important to the region, including trade and security matters, she said.`,
    );
    expect(pairs(draft)).toEqual([
      'CL security',
      'CL trade-economy',
      'PE security',
      'PE trade-economy',
    ]);
  });

  test('“he and Garcia discussed …” is joint', () => {
    const [draft] = read(
      `${opening}Silva later said that he and Garcia discussed cooperation in education.`,
    );
    expect(pairs(draft)).toEqual(['CL education', 'PE education']);
  });

  test('“the interlocutors” act together; “attention was paid to” reports the talks', () => {
    const [draft] = read(
      `${opening}The interlocutors confirmed the desire to cooperate in health. Special attention was paid to cooperation in the transport sector.`,
    );
    expect(pairs(draft)).toEqual(['CL health', 'CL transport', 'PE health', 'PE transport']);
  });

  test('“He added that discussions centred on …” reports the talks', () => {
    const [draft] = read(
      `${opening}A spokesman for Garcia said the meeting was warm. He added that discussions centred on the free trade agreement.`,
    );
    expect(pairs(draft)).toEqual(['CL trade-economy', 'PE trade-economy']);
  });

  test('what both hailed is praise, what they then agreed is not', () => {
    const [draft] = read(
      `${opening}Both foreign ministers hailed the new visa rules and agreed that they will stimulate mining.`,
    );
    expect(pairs(draft)).toEqual(['CL mining', 'PE mining']);
  });
});

describe('dates', () => {
  test('“last day” in a headline is no date line, and gives no date without one', () => {
    const [draft] = read(
      'Summit: the prime minister’s visit concludes with talks on the last day\n\nPrime Minister Ravi Kumar of India met Turkish President Emre Aydin on Saturday. They discussed trade.',
    );
    expect(draft.date).toBeUndefined();
  });

  test('“Turkey” is Türkiye', () => {
    const [draft] = read(
      'Indian Prime Minister Ravi Kumar held talks with the President of Turkey, Emre Aydin, in Osaka.',
    );
    expect(sides(draft)).toEqual(['IN', 'TR']);
  });

  test('an “Updated:” line is the date of the page, not of the call', () => {
    const [draft] = read(
      'U.S., China trade envoys held phone call -China ministryReuters | Beijing | Updated: 08-05-2020 08:04 IST | Created: 08-05-2020 08:04 IST\nTrade envoys of China and the United States held a phone call on Friday and agreed to strengthen trade, the ministry said. Chinese Vice Premier Wen Tao and U.S. Trade Representative John Miller also agreed to meet.',
      '2020-05-08',
    );
    expect(draft.date?.date).toBe('2020-05-08');
  });
});
