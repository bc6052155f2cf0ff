import { read, sides, dates, people, pairs } from './reading';

/**
 * Rules found on a seventeenth fresh set of real reports (branch i22s: Latin America, the
 * Caribbean, North and West Africa; tours and days of bilaterals), by class, each on short
 * reports written for these tests: places and offices are real, the people invented.
 */

const met = (text: string, publishedAt?: string) =>
  read(text, publishedAt).map((d) => `${sides(d).join('+')} ${d.date?.date ?? '-'}`);

describe('meeting dates', () => {
  test('a day told once for a group met (“received five new ambassadors on Thursday”) dates each', () => {
    expect(
      met(
        'Kenyan Foreign Minister Amina Wekesa, on Thursday, 4th April 2024, received five newly accredited ambassadors in Nairobi.\nIn her meeting with the Ambassador of Norway, Lars Haugen, the minister discussed trade.\nIn discussions with the Ambassador of Chile, Pablo Reyes, she raised mining.',
      ),
    ).toEqual(['KE+NO 2024-04-04', 'CL+KE 2024-04-04']);
    expect(
      dates(
        'Ghanaian President Kofi Mensah met world leaders on Friday on the sidelines of the African Union summit in Addis Ababa. With Prime Minister Ana Souza of Portugal he discussed energy. He also met President Lars Berg of Finland, with whom he discussed education.',
        '2024-02-17',
      ),
    ).toEqual(['2024-02-16', '2024-02-16']);
  });

  test('“the two foreign ministers met on Monday” is one meeting’s day, not a group’s', () => {
    expect(
      dates(
        'Peruvian Foreign Minister Rosa Quispe met her Chilean counterpart Pablo Reyes in Lima. The two foreign ministers met on Monday to discuss trade.\n\nQuispe also met Bolivian Foreign Minister Carlos Mamani. They discussed energy.',
        '2024-03-13',
      ),
    ).toEqual(['2024-03-11', null]);
  });

  test('“On the sidelines of the summit, X also met Y”: the day an earlier sentence gave the summit', () => {
    expect(
      met(
        'Nigerian Foreign Minister Bola Adeyemi attended the opening of the ECOWAS summit in Abuja on Sunday. She met Senegalese Foreign Minister Awa Diallo before the opening. They discussed trade.\n\nOn the sidelines of the summit, Adeyemi also held talks with Foreign Minister Kofi Boateng of Ghana. They discussed energy.',
        '2024-03-12',
      ),
    ).toEqual(['NG+SN 2024-03-10', 'GH+NG 2024-03-10']);
  });
});

describe('meeting sides', () => {
  test("“Guinea Bissau” and “Cote D'Ivoire” without hyphen or accent are their countries", () => {
    expect(
      read(
        'Senegalese Foreign Minister Awa Diallo met President Joao Mendes of Guinea Bissau in Dakar on Monday. They discussed fisheries.',
        '2024-03-12',
      ).map(sides),
    ).toEqual([['GW', 'SN']]);
    expect(
      read(
        "Ghanaian Foreign Minister Kofi Boateng held talks in Abidjan with the Foreign Minister of Cote D'Ivoire, Yao Kouame. They discussed cocoa.",
      ).map(sides),
    ).toEqual([['CI', 'GH']]);
  });
});

describe('sides of people named without a country', () => {
  test('“President A reiterated Ghana’s commitment to …”: the country whose stance one states', () => {
    expect(
      read(
        'President Kwame Asante held talks with his Togolese counterpart President Edem Kodjo in Lome on Friday. The two leaders voiced concern about the situation in Mali. President Asante reiterated Ghana’s commitment to regional security.',
        '2024-05-11',
      ).map(people),
    ).toEqual([['Kwame Asante/GH', 'Edem Kodjo/TG']]);
  });

  test('“In his meeting with the Ambassador of Chile, Mr. A, the Minister …”: the Minister speaks', () => {
    expect(
      read(
        'Kenyan Foreign Minister Amina Wekesa received two new ambassadors in Nairobi on Tuesday.\nIn her meeting with the Ambassador-designate of Chile, H.E. Mr. Pablo Reyes, the Minister reaffirmed Kenya’s interest in mining.\nIn talks with the Ambassador-designate of Norway, Mr. Lars Haugen, the Minister outlined Kenya’s plans for trade.',
        '2024-04-04',
      ).map((d) => `${sides(d).join('+')} ${people(d).join(' ')}`),
    ).toEqual(['CL+KE Amina Wekesa/KE Pablo Reyes/CL', 'KE+NO Amina Wekesa/KE Lars Haugen/NO']);
  });

  test('“…, Mr. A, the Minister outlined …”: the bare office before its verb is not A’s office', () => {
    const [draft] = read(
      'In discussions with Britain’s High Commissioner-designate, Mr. Tom Ashby, the Minister outlined Kenya’s agenda for investment. Kenyan Foreign Minister Amina Wekesa had received him in Nairobi.',
    );
    expect(people(draft)).not.toContain('Tom Ashby/KE');
  });
});

describe('lists of the people met', () => {
  test('an office with commas in a list (“…, Trade, European Union and Development Minister B of Spain”) is B’s alone', () => {
    expect(
      met(
        'On Sunday, Turkish Foreign Minister Ali Demir held bilateral meetings with President Joao Mendes of Guinea Bissau, Trade, European Union and Development Minister Lucia Ferrer of Spain and Minister for Labour, Employment and Social Affairs Goran Ilic of Serbia.',
        '2020-08-17',
      ),
    ).toEqual(['GW+TR 2020-08-16', 'ES+TR 2020-08-16', 'RS+TR 2020-08-16']);
  });
});

describe('dates that are not the meeting’s', () => {
  test('a time-stamped date line (“10:15 | La Paz (Bolivia), Mar. 5.”) is the report’s, not the meeting’s', () => {
    expect(
      dates(
        'Peru FA Min meets Bolivian peer\n\nPhoto: Twitter RR.EE.\n\n10:15 | La Paz (Bolivia), Mar. 5.\n\nPeruvian Foreign Minister Rosa Quispe held an audience with Foreign Minister of Bolivia Carlos Mamani.\n\nPublished: 3/5/2024',
        '2024-03-05',
      ),
    ).toEqual([null]);
  });

  test('“the accord signed by the government in November 2016”: the month of the signing', () => {
    expect(
      dates(
        'Chilean Foreign Minister Rosa Vidal met the head of the UN mission, Omar Haddad, to discuss support for the peace accord signed by the government in November 2016.',
      ),
    ).toEqual([null]);
  });
});

describe('words that report a meeting', () => {
  test('“A engaged with Chile’s Foreign Minister, B, regarding …” reports a meeting with B', () => {
    expect(
      read(
        'Ghanaian Foreign Minister Kofi Boateng engaged with Chile’s Foreign Minister, Pablo Reyes, in Accra on Monday regarding mining.',
        '2024-03-12',
      ).map(people),
    ).toEqual([['Kofi Boateng/GH', 'Pablo Reyes/CL']]);
  });
});

describe('sector words', () => {
  test('“cocoa production” is agriculture', () => {
    const [draft] = read(
      'Ghanaian President Kofi Mensah met Ivorian President Yao Kouame in Abidjan on Monday. The two leaders discussed ways of improving cocoa production.',
      '2024-03-12',
    );
    expect(pairs(draft).some((p) => p.endsWith(' agriculture'))).toBe(true);
  });
});

describe('people of a report that names no meeting word', () => {
  test('“President A’s delegation included B, the Minister …; C, …” takes part too', () => {
    const [draft] = read(
      'Ghanaian President Kofi Mensah has returned from a working visit to his Togolese counterpart, President Edem Kodjo, in Lome. The two leaders discussed regional security.\n\nPresident Mensah’s delegation included Mr Yaw Owusu, the Minister of Trade; and Dr Ama Serwaa, the Chief of Staff.',
      '2024-03-12',
    );
    expect(people(draft)).toEqual(expect.arrayContaining(['Yaw Owusu/GH', 'Ama Serwaa/GH']));
  });
});
