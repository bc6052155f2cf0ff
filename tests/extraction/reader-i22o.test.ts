import { read, pairs, sides, people, dates } from './reading';

/**
 * Rules found on an eleventh fresh set of real reports (branch i22o: Sub-Saharan Africa and South
 * Asia, a third of them calls and ministries' readouts), by class, each on short reports written
 * for these tests: places and offices are real, the people invented.
 */

describe('sides of people', () => {
  test('“The visiting Djiboutian minister, A, called on B”: the subject in apposition meets B', () => {
    const drafts = read(
      'The visiting Djiboutian minister, Ali Hassan, called on Prime Minister Abebe Tadesse of Ethiopia in Addis Ababa on Monday.\n\nPakistan’s High Commissioner to Sri Lanka, Omar Farooq, called on Foreign Minister Anil Perera in Colombo on Tuesday.',
      '2024-05-08',
      'Daily Mirror',
    );
    expect(drafts.map(people)).toEqual([
      ['Ali Hassan/DJ', 'Abebe Tadesse/ET'],
      ['Omar Farooq/PK', 'Anil Perera/LK'],
    ]);
  });

  test('“External Affairs Minister A”: an office only India has', () => {
    const [draft] = read(
      'External Affairs Minister Raj Mehta met Maldives Foreign Minister Ahmed Naseem on Monday. They discussed health.',
    );
    expect(people(draft)).toEqual(['Raj Mehta/IN', 'Ahmed Naseem/MV']);
  });

  test('“President A and his Zambian counterpart, B”: A is of the other side', () => {
    const [draft] = read(
      'Kampala, Uganda | DAILY LEDGER | In a joint statement issued by Uganda’s Minister of State for Regional Affairs, John Okot and his Zambian counterpart, Mary Banda, after talks between President Joseph Kamara and his Zambian counterpart, Peter Lungu, the two governments agreed to expand trade.',
      '2024-05-02',
      'Daily Ledger',
    );
    expect(people(draft)).toEqual([
      'John Okot/UG',
      'Mary Banda/ZM',
      'Joseph Kamara/UG',
      'Peter Lungu/ZM',
    ]);
    expect(sides(draft)).toEqual(['UG', 'ZM']);
  });
});

describe('the outlet’s country', () => {
  test('a country run into the outlet’s brand (“GhanaWeb”) is the home side', () => {
    const [draft] = read(
      'Deputy Minister for Foreign Affairs Kofi Mensah met Togo’s Foreign Minister Yao Agbo in Lomé on Monday. They discussed trade.',
      '2024-04-17',
      'GhanaWeb',
    );
    expect(people(draft)).toEqual(['Kofi Mensah/GH', 'Yao Agbo/TG']);
  });
});

describe('people', () => {
  test('“Md.” (Muhammad) is part of the name, not the end of a sentence', () => {
    const [draft] = read(
      'Pakistani Foreign Minister Ali Raza phoned the Adviser for External Affairs of Bangladesh, Md. Karim Uddin, on Wednesday to talk about trade.',
      '2026-01-08',
    );
    expect(people(draft)).toEqual(['Ali Raza/PK', 'Md. Karim Uddin/BD']);
  });

  test('“Her Excellency, Dr A”: the form of address is no name and does not cut the office off', () => {
    const [draft] = read(
      'The SADC Deputy Executive Secretary Her Excellency, Dr Maria Lungu Banda visited Botswana’s Minister of Defence, Dr. Neo Kgosi, in Gaborone on 9 May 2019.',
    );
    expect(people(draft)).toEqual(['Maria Lungu Banda/SADC', 'Neo Kgosi/BW']);
  });

  test('who sent or got an earlier letter is not at the meeting, and opens no meeting', () => {
    const drafts = read(
      'Nepal’s envoy Ram Thapa called on Bangladesh Foreign Minister Dr. Karim Ahmed this afternoon.\n\nMentioning the letter sent on 3 March 2023 by Nepal’s Prime Minister Rt. Hon. Hari Prasad Koirala ‘Sunil’ to Prime Minister Sheikh Rahima after her election, Thapa renewed Nepal’s commitment.\n\nThe two exchanged views on economic cooperation.',
      '2024-01-31',
    );
    expect(drafts.map(people)).toEqual([['Ram Thapa/NP', 'Karim Ahmed/BD']]);
    expect(pairs(drafts[0])).toEqual(['BD trade-economy', 'NP trade-economy']);
  });
});

describe('dates', () => {
  test('a date line with its year before the first sentence dates the report: “on Monday night”', () => {
    expect(
      dates(
        'Dhaka, 5 May 2025 – Foreign Adviser Karim Uddin and Foreign Minister Ali Raza of Pakistan held talks over phone on Monday night.',
      ),
    ).toEqual(['2025-05-05']);
  });

  test('“the two ministers last met on Monday”: an earlier meeting’s day', () => {
    expect(
      dates(
        'Foreign Minister Anil Perera met Indian External Affairs Minister Raj Mehta in Colombo. The two ministers last met on Monday in Delhi.',
        '2021-06-24',
      ),
    ).toEqual([null]);
  });

  test('the day a press release was issued is not the day of the call', () => {
    expect(
      dates(
        'Kathmandu, Feb 9 (PTI) Nepal’s Foreign Minister Hari Koirala spoke by telephone with his Indian counterpart Raj Mehta, officials said. The statement was issued on Thursday.',
        '2022-01-07',
      ),
    ).toEqual([null]);
  });

  test('“On arrival today … Later, the two presidents held talks”: the day of the sentence before', () => {
    expect(
      dates(
        'Kampala, Uganda | THE LEDGER | Zambia will buy Ugandan maize, after President Joseph Kamara and his Zambian counterpart, Peter Lungu, met.\n\nBoth sides also want closer ties in health.\n\nLungu was welcomed with a guard of honour at the lodge in Jinja today. Later, the two leaders and their teams held bilateral talks on trade.',
        '2022-05-11',
        'The Ledger',
      ),
    ).toEqual(['2022-05-11']);
  });
});

describe('organizations as sides', () => {
  test('“the AU Commissioner for Peace and Security”: AU is the African Union, and its official’s side', () => {
    const [draft] = read(
      'ADDIS ABABA, Ethiopia, May 4, 2017/APO/ --\n\nThe AU Commissioner for Peace and Security, Ali Haroun hosted the UK Minister for Africa, John Park. Both condemned terrorism and praised the ties of the AU and the UK.',
    );
    expect(sides(draft)).toEqual(['AFRUNION', 'GB']);
    expect(people(draft)).toEqual(['Ali Haroun/AFRUNION', 'John Park/GB']);
    expect(pairs(draft)).toEqual(['AFRUNION security', 'GB security']);
  });
});

describe('meetings', () => {
  test('“the visiting minister was received by X”: the guest meets the host', () => {
    const drafts = read(
      'Havana, May 3 (PL)-- Vice President Carlos Perez received Dr. Grace N. Wanjiru, Kenya’s Foreign Minister, who is in Cuba on an official trip. They talked about tourism.\n\nEarlier, the visiting minister was received by Cuban Foreign Minister Jorge Alvarez. Health was on their agenda.',
    );
    expect(drafts.map(people)).toEqual([
      ['Carlos Perez/CU', 'Grace N. Wanjiru/KE'],
      ['Grace N. Wanjiru/KE', 'Jorge Alvarez/CU'],
    ]);
  });
});

describe('meetings and their people', () => {
  test('“A was received in audience on Tuesday by B”: A, named without an office, meets B', () => {
    const [draft] = read(
      'Amadou Ndiaye was received in audience on Tuesday by President Alassane Kone of Côte d’Ivoire. They discussed trade.',
      undefined,
      'Dakar Times',
    );
    expect(people(draft)).toEqual(['Amadou Ndiaye/SN', 'Alassane Kone/CI']);
    expect(pairs(draft)).toEqual(['CI trade-economy', 'SN trade-economy']);
  });

  test('“held a working session with X” is a meeting', () => {
    const drafts = read(
      'Senegal’s Prime Minister Amadou Ndiaye met President Alassane Kone of Côte d’Ivoire on Monday.\n\nThe visit began in the capital.\n\nIn the morning, Ndiaye held a working session with Prime Minister Koffi Yao of Côte d’Ivoire. They discussed trade.',
    );
    expect(drafts.map(people)).toEqual([
      ['Amadou Ndiaye/SN', 'Alassane Kone/CI'],
      ['Amadou Ndiaye/SN', 'Koffi Yao/CI'],
    ]);
  });
});

describe('meetings told in an opening phrase', () => {
  test('“During the meeting with A, the Foreign Minister of Tuvalu, both ministers …”: A met the one spoken of', () => {
    const [draft] = read(
      'Minister of Foreign Affairs Dr Ahmed Naseem of the Maldives is in New York.\n\nDuring the meeting with Sione Talake, the Foreign Minister of Tuvalu, both ministers agreed to stay in touch.',
    );
    expect(people(draft)).toEqual(['Ahmed Naseem/MV', 'Sione Talake/TV']);
  });

  test('“received Ambassadors of A, B and C at the Commission Headquarters”: one meeting each', () => {
    const drafts = read(
      'Omar Diallo, President of the ECOWAS Commission, today received Ambassadors of Chile, Kenya and Japan at the Commission Headquarters in Lomé.\n\nAna Perez, Ambassador of Chile to Togo, raised health.',
      '2025-03-05',
    );
    expect(drafts.map(people)).toEqual([
      ['Omar Diallo/ECOWAS', 'Ana Perez/CL'],
      ['Omar Diallo/ECOWAS'],
      ['Omar Diallo/ECOWAS'],
    ]);
    expect(drafts.map(sides)).toEqual([
      ['CL', 'ECOWAS'],
      ['ECOWAS', 'KE'],
      ['ECOWAS', 'JP'],
    ]);
  });
});

describe('delegations', () => {
  test('“A was joined by B (Foreign Affairs and Cooperation), C (Industry and Trade)”', () => {
    const [draft] = read(
      'Ivorian Prime Minister Koffi Yao held a working session with Senegal’s Prime Minister Amadou Ndiaye in Abidjan on Monday. They discussed trade.\n\nOn his side, Ndiaye was joined by Aminata Sy (Foreign Affairs and Cooperation) and Moussa Ba (Industry and Trade).',
    );
    expect(people(draft)).toEqual([
      'Koffi Yao/CI',
      'Amadou Ndiaye/SN',
      'Aminata Sy/SN',
      'Moussa Ba/SN',
    ]);
  });
});

describe('talks between two sides', () => {
  test('“the main topic of discussion on <day> in <city> between A and B”; the Commission’s officials attending', () => {
    const [draft] = read(
      'Energy links between ECOWAS and Japan were the main topic of discussion on 2 May 2023 in Lomé between the Deputy President of the ECOWAS Commission, Mrs Awa Sow, and a Japanese delegation.\n\nThe talks were also attended by officials from the ECOWAS Commission, including the Director of Trade, Musa Bello, and the Director of Energy, Dr Ines Gomes.',
      '2023-05-03',
    );
    expect(sides(draft)).toEqual(['ECOWAS', 'JP']);
    expect(people(draft)).toEqual(['Awa Sow/ECOWAS', 'Musa Bello/ECOWAS', 'Ines Gomes/ECOWAS']);
  });
});

describe('sectors', () => {
  test('“the political and security situation in the region” is a state of affairs, not a sector', () => {
    const [draft] = read(
      'Botswana’s Foreign Minister Neo Kgosi met Namibia’s Foreign Minister Anna Shikongo in Gaborone on 6 August 2018. Kgosi updated her on the region’s political and security situation. They discussed trade.',
    );
    expect(pairs(draft)).toEqual(['BW trade-economy', 'NA trade-economy']);
  });

  test('“the United Nations-led mission” leads an operation; “the Movement’s historic role” is praise of the past', () => {
    const [draft] = read(
      'President Samuel Otieno of Kenya held a phone call with US Secretary of State Mark Reed on Monday. They reviewed the United Nations-led stabilisation force in Haiti. Both also hailed the Movement’s historic role in building the OAU.',
      '2025-01-28',
    );
    expect(pairs(draft)).toEqual([]);
  });

  test('“Cooperation between A and B covers several areas, mainly …” describes the relation, not the talks', () => {
    const [draft] = read(
      'The Vice-President of the ECOWAS Commission, Awa Sow, received Japan’s Ambassador to Nigeria, Kenji Sato, in Abuja on 19 June 2024. They discussed health.\n\nThe partnership between ECOWAS and Japan includes many fields, notably security, economic growth and humanitarian aid.',
      '2024-06-20',
    );
    expect(pairs(draft)).toEqual(['ECOWAS health', 'JP health']);
  });

  test('a portfolio is an office, not a topic: after an office word, in brackets after a name', () => {
    const [draft] = read(
      'Senegal’s Prime Minister Amadou Ndiaye held a working session in Abidjan with his Ivorian counterpart, Koffi Yao. They discussed education. Ndiaye was joined by Aminata Sy (Maritime Economy and Fisheries), and by the Director of Peace Operations and Maritime Security, Ibrahima Fall. The visiting minister of foreign affairs and international trade, Awa Diop, was also present.',
    );
    expect(pairs(draft)).toEqual(['CI education', 'SN education']);
  });
});

describe('sectors named in general English', () => {
  test('“politics” in a list of fields is political dialogue; domestic politics is not', () => {
    const [draft] = read(
      'Vietnamese Deputy Foreign Minister Tran Van Minh held talks in Accra with Ghana’s Deputy Foreign Minister Kofi Mensah. They agreed to deepen links in politics, diplomacy, economy and education. Mensah briefed him on domestic politics.',
    );
    expect(pairs(draft)).toEqual([
      'GH education',
      'GH political-dialogue',
      'GH trade-economy',
      'VN education',
      'VN political-dialogue',
      'VN trade-economy',
    ]);
  });

  test('cooperation in the international arena, at the international level, regional integration: multilateral', () => {
    const drafts = read(
      'Maldives Foreign Minister Ahmed Naseem met Tuvalu’s Foreign Minister Sione Talake in New York on 20 September 2024. The talks dealt with closer cooperation in the international arena.\n\nMalawi’s President Peter Banda met Namibian Foreign Minister Anna Shikongo in Lilongwe on 21 September 2024, and they talked about regional integration.',
    );
    expect(drafts.map(pairs)).toEqual([
      ['MV multilateral', 'TV multilateral'],
      ['MW multilateral', 'NA multilateral'],
    ]);
  });
});

describe('kinds', () => {
  const kinds = (sentence: string) =>
    read(
      `Nepal’s Foreign Minister Hari Koirala ${sentence} his Bangladeshi counterpart Karim Uddin on Monday.`,
      '2024-05-08',
    ).map((d) => `${d.kind} ${people(d).join(' ')}`);

  test('a telephonic conversation, talks over phone, a call dialled: phone calls', () => {
    expect(kinds('held a telephonic conversation with')).toEqual([
      'PHONE_CALL Hari Koirala/NP Karim Uddin/BD',
    ]);
    expect(kinds('held talks over phone with')).toEqual([
      'PHONE_CALL Hari Koirala/NP Karim Uddin/BD',
    ]);
    expect(kinds('dialled')).toEqual(['PHONE_CALL Hari Koirala/NP Karim Uddin/BD']);
  });

  test('“During a video call, the two sides …”: the kind told after the sentence of the meeting', () => {
    const [draft] = read(
      'Sri Lanka’s Foreign Minister Anil Perera has discussed relations with Ahmed Naseem, Minister of Foreign Affairs of the Maldives.\n\nDuring a video call, the two sides underlined tourism.',
      '2020-06-23',
    );
    expect(draft.kind).toBe('VIDEO_CONFERENCE');
  });

  test('a teleconference, a meeting held virtually: video conferences', () => {
    expect(kinds('held a teleconference with')).toEqual([
      'VIDEO_CONFERENCE Hari Koirala/NP Karim Uddin/BD',
    ]);
    expect(kinds('virtually met')).toEqual(['VIDEO_CONFERENCE Hari Koirala/NP Karim Uddin/BD']);
  });
});
