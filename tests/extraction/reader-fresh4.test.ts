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

describe('who raised it: passive and impersonal sentences', () => {
  test('“attention was attached to …” and “… was also highlighted” are both sides’', () => {
    const [draft] = read(
      'Foreign Minister Ana Lopes of Portugal met her Chilean counterpart Diego Rojas in Lisbon. Special attention was attached to cooperation in transport. Updating of cultural ties was also highlighted.',
    );
    expect(pairs(draft)).toEqual(['CL culture', 'CL transport', 'PT culture', 'PT transport']);
  });

  test('the one “briefed on” or “provided with information on” a sector did not raise it alone', () => {
    const [draft] = read(
      'Defence Minister Rui Tavares of Portugal received Chilean Defence Minister Diego Rojas in Lisbon. Rojas was provided with detailed information on demining in the border areas.',
    );
    expect(pairs(draft)).toEqual(['CL demining', 'PT demining']);
  });

  test('what “the three sides” agreed at a trilateral gathering is not the two ministers’ talks', () => {
    const [draft] = read(
      'Foreign Minister Ana Lopes of Portugal met her Chilean counterpart Diego Rojas in Lisbon. The two ministers discussed trade. Rojas also took part in a trilateral dialogue with the Spanish foreign minister yesterday, where the three sides agreed to enhance investment.',
    );
    expect(pairs(draft)).toEqual(['CL trade-economy', 'PT trade-economy']);
  });
});

describe('sector words that raise nothing here', () => {
  test('“told the defence minister” names an office; “highly assessed” is praise', () => {
    const [draft] = read(
      'Defence Minister Rui Tavares of Portugal received Chilean Defence Minister Diego Rojas in Lisbon. Rojas told the defence minister that the partnership had grown. Tavares highly assessed the professionalism of Chilean servicemen in peacekeeping missions and disaster relief. The sides discussed cyber security.',
    );
    expect(pairs(draft)).toEqual(['CL security', 'PT security']);
  });

  test('what a commission still to meet “will focus on” is not raised at these talks', () => {
    const [draft] = read(
      'Energy Minister Rui Tavares of Portugal met his Chilean counterpart Diego Rojas in Santiago. The two sides stressed the need to expand cooperation in the field of energy. It was agreed to hold the joint commission in May. The commission will focus on trade, tourism and health.',
    );
    expect(pairs(draft)).toEqual(['CL energy', 'PT energy']);
  });

  test('“a meeting of the transport ministers” is still a topic', () => {
    const [draft] = read(
      'Foreign Minister Ana Lopes of Portugal met her Chilean counterpart Diego Rojas in Lisbon. Lopes considered the upcoming meeting of the transport ministers of both countries as important.',
    );
    expect(pairs(draft)).toEqual(['PT transport']);
  });
});

describe('several meetings in one sentence', () => {
  test('“bilateral talks with A and B” of two countries are two meetings', () => {
    const drafts = read(
      'Fiji’s Prime Minister Jone Vula recently engaged in bilateral talks with Samoa’s Prime Minister Tavita Lemalu and Tonga’s Prime Minister Sione Fifita during the Forum. In his discussion with PM Lemalu, they explored opportunities to enhance climate resilience. During his meeting with PM Fifita, they discussed tourism.',
    );
    expect(drafts.map(sides)).toEqual([
      ['FJ', 'WS'],
      ['FJ', 'TO'],
    ]);
    expect(pairs(drafts[0])).toEqual(['FJ environment', 'WS environment']);
    expect(pairs(drafts[1])).toEqual(['FJ tourism', 'TO tourism']);
  });

  test('“received A and B” of two countries: a later sentence naming one side speaks of that meeting', () => {
    const drafts = read(
      'Vietnamese Prime Minister Tran Van Hoa received US Deputy Secretary of State Mark Dolan and Secretary of the Mongolian National Security Council Bat Erdene in Hanoi on Dec. 13.\n\nPrime Minister Tran Van Hoa received Mongolian Secretary Bat Erdene again at noon.\n\nAt the reception for the US Deputy Secretary of State, PM Hoa said the two sides should boost cooperation in trade and education.',
    );
    expect(drafts.map(sides)).toEqual([
      ['US', 'VN'],
      ['MN', 'VN'],
    ]);
    expect(pairs(drafts[0])).toEqual(['VN education', 'VN trade-economy']);
    expect(pairs(drafts[1])).toEqual([]);
  });
});

describe('sides and who speaks', () => {
  test('“ISLAMABAD, JUL 29 /DNA/ –” is a date line; “The Foreign Minister” is not “his Tajik counterpart”', () => {
    const [draft] = read(
      'ISLAMABAD, JUL 29 /DNA/ – Foreign Minister Ali Raza Khan held a bilateral meeting with his Tajik counterpart Farrukh Rahimov in Tashkent on 28 July 2022.\n\nThe Foreign Minister stressed the need to enhance bilateral trade. He exchanged views on the situation in Afghanistan.',
      '2022-07-29',
    );
    expect(people(draft)).toEqual(['Ali Raza Khan/PK', 'Farrukh Rahimov/TJ']);
    expect(pairs(draft)).toEqual(['PK trade-economy']);
  });

  test('a gathering’s long name after “on the sidelines of” is still where, not what', () => {
    const [draft] = read(
      'Foreign Minister Ana Lopes of Portugal met her Chilean counterpart Diego Rojas on the sidelines of the Council of Foreign Ministers meeting of the Shanghai Cooperation Organization (SCO-CFM) in Tashkent. The two ministers discussed trade.',
    );
    expect(pairs(draft)).toEqual(['CL trade-economy', 'PT trade-economy']);
  });

  test('what the two countries “have stepped up” is the past, not these talks', () => {
    const [draft] = read(
      'Foreign Minister Ana Lopes of Portugal met her Chilean counterpart Diego Rojas in Lisbon. The two countries have stepped up cooperation at multilateral forums, she said. The two ministers discussed trade.',
    );
    expect(pairs(draft)).toEqual(['CL trade-economy', 'PT trade-economy']);
  });
});

describe('dates', () => {
  test('“The following morning” is the day after the date told before; “the upcoming 25 September meeting” is another event’s', () => {
    const [draft] = read(
      'Foreign Minister Ana Lopes of Portugal arrived in Santiago from Lima on Thursday, 12 June.\n\nThe following morning, Lopes had a working breakfast meeting with Chilean Foreign Minister Diego Rojas, with whom she discussed the upcoming 25 September summit and trade.',
      '2008-06-17',
    );
    expect(draft.date?.date).toBe('2008-06-13');
    expect(sides(draft)).toEqual(['CL', 'PT']);
  });
});

describe('topics that are no side', () => {
  test('“That evening, she met X, and discussed with him Peru, Bolivia and Argentina”: a meeting of the same sides', () => {
    const drafts = read(
      'Foreign Minister Ana Lopes of Portugal met Chilean Foreign Minister Diego Rojas in Santiago on Monday.\n\nThey discussed trade.\n\nThat evening, she met with Interior Minister Pablo Soto, and discussed with him Peru, Bolivia and Argentina, among other subjects.',
      '2024-06-05',
    );
    expect(drafts.map(sides)).toEqual([
      ['CL', 'PT'],
      ['CL', 'PT'],
    ]);
    expect(people(drafts[1])).toEqual(['Ana Lopes/PT', 'Pablo Soto/CL']);
    expect(drafts[1].date?.date).toBe('2024-06-03');
  });
});

describe('sector words', () => {
  test('“maritime security” is security, not shipping', () => {
    const [draft] = read(
      'Foreign Minister Ana Lopes of Portugal met her Chilean counterpart Diego Rojas in Lisbon. The two ministers discussed maritime security.',
    );
    expect(pairs(draft)).toEqual(['CL security', 'PT security']);
  });
});

describe('when the two branches of this round met', () => {
  test('a lede the page prints twice, spaces lost, gives each meeting once', () => {
    const lede =
      'Vietnamese Prime Minister Tran Van Hoa received US Deputy Secretary of State Mark Jones and Secretary of the Mongolian Security Council (MSC) Bat Erdene in Hanoi on Dec. 13.';
    const drafts = read(
      `${lede}\n${lede.replace('State Mark', 'StateMark').replace('Council (MSC)', 'Council(MSC)')}\nHoa and Jones discussed trade and investment.`,
      '2010-12-14',
    );
    expect(drafts.map(sides)).toEqual([
      ['US', 'VN'],
      ['MN', 'VN'],
    ]);
    expect(drafts.flatMap(people)).not.toContain('StateMark Jones/US');
    expect(pairs(drafts[0])).toEqual([
      'US investment',
      'US trade-economy',
      'VN investment',
      'VN trade-economy',
    ]);
  });

  test('“That evening” after a meeting with no day of its own is the day last told', () => {
    const drafts = read(
      'Secretary-General Ana Duarte arrived in London on Thursday, 12 June. The following morning, the Secretary-General had a working breakfast meeting with United Kingdom Prime Minister John Carter. The Secretary-General later had an audience with Queen Mary III. That evening, she met with Foreign Secretary Tom Webb and discussed Kosovo.',
      '2008-06-17',
      'United Nations',
    );
    expect(drafts.map((d) => d.date?.date ?? null)).toEqual(['2008-06-13', null, '2008-06-13']);
  });
});
