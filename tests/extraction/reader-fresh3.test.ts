import { read, pairs, sides, people, dates } from './reading';

/**
 * Rules found on a third fresh set of real reports (branch i22g: Africa, Latin America, Europe),
 * by class, each on short reports written for these tests: places and offices are real, the
 * people invented.
 */

describe('dates', () => {
  test('a weekday between the subject and the verb: “X on Thursday met”, “X Friday held”', () => {
    expect(
      dates(
        'Foreign Minister Ana Lopes of Portugal on Thursday met with Chilean Ambassador Diego Rojas.',
        '2019-03-07',
      ),
    ).toEqual(['2019-03-07']);
    expect(
      dates(
        'MERU, Jun 2 – Kenyan President John Kamau Friday held bilateral talks with South Africa’s Deputy President Peter Dlamini.',
        '2018-06-02',
      ),
    ).toEqual(['2018-06-01']);
  });

  test('“Today, 5 May 2024, …”: the day written out is the day of the meeting', () => {
    expect(
      dates(
        'Today, 5 May 2024, South African Minister Mary Dube held talks with Angolan Foreign Minister Paulo Neto.',
        '2024-05-06',
      ),
    ).toEqual(['2024-05-05']);
  });

  test('the day and the place of a planned event are not the meeting’s', () => {
    const [draft] = read(
      'Azerbaijani Foreign Minister Farid Aliyev on Thursday met with Russian Ambassador Ivan Petrov. Petrov invited Aliyev to take part in a meeting of the CIS Council of Foreign Ministers to be held in Moscow on April 5.',
      '2019-03-07',
    );
    expect(draft.date?.date).toBe('2019-03-07');
    expect(draft.city).toBeUndefined();
  });

  test('“the ministry told Trend Nov. 1” dates the report, not the meeting', () => {
    expect(
      dates(
        'Azerbaijani Foreign Minister Farid Aliyev met with Bulgarian Foreign Minister Elena Ivanova, the Foreign Ministry told Trend Nov. 1.',
        '2018-10-31',
      ),
    ).toEqual([null]);
  });

  test('“arrived on Tuesday” is the day of the arrival, not of the meetings', () => {
    expect(
      dates(
        'Cuban Foreign Minister Carlos Diaz is holding bilateral meetings in Mexico, where he arrived on Tuesday. Diaz held a meeting with Peruvian Foreign Minister Luis Vega.',
        '2020-01-08',
      ),
    ).toEqual([null]);
  });

  test('“Addis Ababa February 15/2023 /ENA/” is a date line, not the day of a meeting', () => {
    expect(
      dates(
        'Addis Ababa February 15/2023 /ENA/Ethiopian Foreign Minister Abebe Tadesse has held talks with Kenyan Foreign Minister James Otieno on regional issues.',
        '2023-02-15',
      ),
    ).toEqual([null]);
  });
});

describe('how a report is cut into meetings', () => {
  test('“met her counterparts A of Canada and B of Colombia”: one meeting each', () => {
    const drafts = read(
      'Peruvian Foreign Minister Ana Ruiz met with her counterparts Mary Brown of Canada and Jorge Mesa of Colombia in Lima.',
    );
    expect(drafts.map(sides)).toEqual([
      ['CA', 'PE'],
      ['CO', 'PE'],
    ]);
  });

  test('“separate meetings with A, the President of Cyprus, and B, the Minister”: two meetings', () => {
    const drafts = read(
      'Ghanaian Foreign Minister Ama Mensah held separate meetings with Mr Andreas Georgiou, the President of Cyprus and Dr Nikos Petrou, the Minister of Foreign Affairs.',
    );
    expect(drafts.map(people)).toEqual([
      ['Ama Mensah/GH', 'Andreas Georgiou/CY'],
      ['Ama Mensah/GH', 'Nikos Petrou/CY'],
    ]);
  });

  test('people met who each speak for their own country: one meeting each', () => {
    const drafts = read(
      'Ethiopian Foreign Minister Abebe Tadesse exchanged views with Foreign Minister of Cameroon Paul Ndjock, Spain’s Foreign Minister Luis Garcia and Foreign Minister of Somalia Ahmed Nur.',
    );
    expect(drafts.map(sides)).toEqual([
      ['CM', 'ET'],
      ['ES', 'ET'],
      ['ET', 'SO'],
    ]);
  });

  test('a trilateral meeting stays one meeting', () => {
    const drafts = read(
      'Ethiopian Foreign Minister Abebe Tadesse held a trilateral meeting with Foreign Minister of Kenya James Otieno and Foreign Minister of Somalia Ahmed Nur.',
    );
    expect(drafts).toHaveLength(1);
  });

  test('a summary, then the list of the ministers met: the list’s meetings only', () => {
    const drafts = read(
      'Ethiopian Foreign Minister Abebe Tadesse has held discussions with foreign ministers of three African countries. Tadesse held the discussions with foreign ministers of Gabon, Malawi and Tunisia on the margins of the summit.',
    );
    expect(drafts.map(sides)).toEqual([
      ['ET', 'GA'],
      ['ET', 'MW'],
      ['ET', 'TN'],
    ]);
  });

  test('“A and B attended the talks”: two more people of the same meeting', () => {
    const drafts = read(
      'Kenyan President John Kamau held talks with South Africa’s Deputy President Peter Dlamini in Nairobi. Deputy President Mary Wanjiru and Cabinet Secretary Paul Otieno attended the talks that focussed on trade.',
      undefined,
      'Capital FM (Kenya)',
    );
    expect(drafts).toHaveLength(1);
    expect(people(drafts[0])).toEqual(
      expect.arrayContaining(['Mary Wanjiru/KE', 'Paul Otieno/KE']),
    );
  });

  test('“After the bilateral exchange, a meeting … was held between the delegations”: a second meeting', () => {
    const drafts = read(
      'Azerbaijani Foreign Minister Farid Aliyev met with Bulgarian Foreign Minister Elena Ivanova. They discussed tourism. After the bilateral exchange the first meeting of the Strategic Dialogue of Azerbaijan and Bulgaria was held between the delegations of both sides. Trade was discussed at the meeting.',
    );
    expect(drafts.map(sides)).toEqual([
      ['AZ', 'BG'],
      ['AZ', 'BG'],
    ]);
    expect(drafts.map(pairs)).toEqual([
      ['AZ tourism', 'BG tourism'],
      ['AZ trade-economy', 'BG trade-economy'],
    ]);
  });

  test('“The talks centred on …” speaks of the meeting already reported', () => {
    const drafts = read(
      '• The talks centred on trade and mining. Kenyan Minister John Kamau held bilateral talks with Angola President Paulo Neto in Luanda. “Our talks centred on boosting trade,” Kamau said.',
    );
    expect(drafts.map(sides)).toEqual([['AO', 'KE']]);
  });

  test('an epithet subject is the one the report follows; a new side named alone is a new meeting', () => {
    const drafts = read(
      'Cuban Foreign Minister Carlos Diaz held a meeting with Peruvian Foreign Minister Luis Vega. The Caribbean diplomat also met with Argentine Foreign Minister Jorge Sosa. He also held a fraternal exchange with Pedro Ruiz, Nicaraguan FM.',
    );
    expect(drafts.map(sides)).toEqual([
      ['CU', 'PE'],
      ['AR', 'CU'],
      ['CU', 'NI'],
    ]);
  });

  test('“bilateral meetings in Mexico”: the country they are held in is no side', () => {
    const drafts = read(
      'Cuban Foreign Minister Carlos Diaz is holding bilateral meetings in Mexico. Diaz held a meeting with Peruvian Foreign Minister Luis Vega.',
    );
    expect(drafts.map(sides)).toEqual([['CU', 'PE']]);
  });

  test('what a trip “comes just days after” is recalled; “led a team to a meeting with” is a meeting', () => {
    const drafts = read(
      'Kenyan Foreign Minister John Kamau’s trip to the US comes just days after he visited China where he had visited and met Chinese Foreign Minister Li Ming. On Monday, Kamau led a team of officials to a meeting with the United States Ambassador to Kenya Mary Smith.',
      '2024-01-30',
    );
    expect(drafts.map(sides)).toEqual([['KE', 'US']]);
    expect(drafts[0].date?.date).toBe('2024-01-29');
  });

  test('“held Bilateral Talks with”: a capitalised meeting word after “held”', () => {
    const drafts = read(
      'South African Minister Mary Dube held Bilateral Talks with her counterpart, Angolan Foreign Minister Paulo Neto.',
    );
    expect(drafts.map(people)).toEqual([['Mary Dube/ZA', 'Paulo Neto/AO']]);
  });
});

describe('names', () => {
  test('a legislature’s name after an office is no person: “Group of the Majlis (Parliament)”', () => {
    const drafts = read(
      'Speaker of the National Assembly of Armenia Karen Petrosyan today received the delegation led by Chair of the Iran-Armenia Friendship Group of the Majlis (Parliament) of Iran Ali Reza Rezaei. The parties discussed inter-parliamentary cooperation. At the end of the meeting, Rezaei handed over an invitation of Speaker of the Majlis of Iran Mohammad Ghalib to visit Iran.',
      '2021-12-20',
    );
    expect(drafts).toHaveLength(1);
    expect(people(drafts[0])).toEqual(['Karen Petrosyan/AM', 'Ali Reza Rezaei/IR']);
    expect(drafts[0].participants.map((p) => p.name)).not.toContain('Majlis');
  });

  test('a second capital inside a word of a name: “SingOei”, “McDonald”', () => {
    const drafts = read(
      'Ethiopian State Minister Abebe Tadesse conferred with Abraham Korir SingOei, the Principal Secretary of Foreign Affairs of Kenya. Tadesse also met Irish Ambassador Mary McDonald.',
    );
    expect(drafts.flatMap(people)).toEqual(
      expect.arrayContaining(['Abraham Korir SingOei/KE', 'Mary McDonald/IE']),
    );
  });
});

describe('sides', () => {
  test('the one who meets “his counterparts from A, B and C” speaks for none of them', () => {
    const drafts = read(
      'On the sidelines of the session in Islamabad, Minister of Foreign Affairs Omar Hassan met on Tuesday with his counterparts from Tunisia, Comoros and Thailand.',
      '2022-03-22',
      'Egypt State Information Service',
    );
    expect(drafts.map(sides)).toEqual([
      ['EG', 'TN'],
      ['EG', 'KM'],
      ['EG', 'TH'],
    ]);
  });

  test('“the crisis in Sudan” and “a summit on DRC peace” name topics, not sides', () => {
    const [first] = read(
      'In a meeting with his Canadian counterpart, Mary Brown, Egyptian Foreign Minister Omar Hassan discussed the crisis in Sudan.',
    );
    expect(sides(first)).toEqual(['CA', 'EG']);
    const [second] = read(
      'Kenyan Minister John Kamau held bilateral talks with Angola President Paulo Neto. The talks took place at the sidelines of a summit on DRC peace in Luanda. Kamau was accompanied by Special Advisor Peter Mwangi.',
      undefined,
      'The Star (Kenya)',
    );
    expect(sides(second)).toEqual(['AO', 'KE']);
  });
});

describe('what the talks covered', () => {
  test('“… featured prominently at the meeting”: raised by both sides', () => {
    const [draft] = read(
      'Kenyan President John Kamau held talks with South African Deputy President Peter Dlamini in Nairobi. The agenda that targets health coverage also featured prominently at the meeting.',
    );
    expect(pairs(draft)).toEqual(['KE health', 'ZA health']);
  });
});

describe('organizations as settings', () => {
  test('a session attended, an office’s candidacy, a department: no multilateral cooperation', () => {
    const drafts = read(
      'Egyptian Foreign Minister Omar Hassan, who is attending the 48th session of the Organization of Islamic Cooperation (OIC) Council of Foreign Ministers, met Tunisian Foreign Minister Ali Ben Salah. Peruvian Ambassador Luis Vega, a candidate as Secretary-General of the Organization of American States, also attended. The delegation included a specialist in Multilateral Affairs. They discussed trade.',
    );
    expect(drafts.map(pairs)).toEqual([['EG trade-economy', 'TN trade-economy']]);
  });
});
