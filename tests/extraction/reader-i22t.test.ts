import { read, people, dates, pairs } from './reading';

/**
 * Rules found on an eighteenth fresh set of real reports (branch i22t: Russia, China, Central and
 * South Asia, Mongolia; agencies' and ministries' readouts), by class, each on short reports
 * written for these tests: places and offices are real, the people invented.
 */

describe('text wrapped by hand', () => {
  const wrappedText =
    'ASTANA, Kazakhstan, March 5. Kazakhstan\nand Norway discussed cooperation.\nThe talks took place during a meeting between the ambassador of\nKazakhstan Daulet Serikov and the Director for Eastern Europe at the Norwegian Foreign Ministry Ingrid\nHaugen on March 4.\nThe sides discussed energy and trade.\n';

  test('a name broken across two lines is one person, and the sentence keeps its date', () => {
    const [draft] = read(wrappedText, '2024-03-05');
    expect(people(draft)).toEqual(['Daulet Serikov/KZ', 'Ingrid Haugen/NO']);
    expect(dates(wrappedText, '2024-03-05')).toEqual(['2024-03-04']);
  });

  test('the evidence still quotes the report with its line breaks', () => {
    const [draft] = read(wrappedText, '2024-03-05');
    for (const quote of draft.participants.flatMap((p) => p.evidence))
      expect(wrappedText.slice(quote.start, quote.end)).toBe(quote.text);
  });
});

describe('attendees named before the words that say so', () => {
  test('“A, officials of the embassy and other officers were also present”', () => {
    const [draft] = read(
      'Turkish Ambassador Mehmet Arslan on Tuesday called on Bangladeshi Commerce Minister Rafiqul Karim in Dhaka. They discussed trade.\n\nAdditional Secretary Nasrin Akter, officials of the Turkish embassy and other officers were also present on the occasion.',
      '2024-06-12',
      'Bangladesh Sangbad Sangstha',
    );
    expect(people(draft)).toContain('Nasrin Akter/BD');
  });

  test('“the Consul Generals” are offices in the plural, not a person named Generals', () => {
    const drafts = read(
      'Japanese Ambassador Kenji Mori on Monday called on Fisheries Minister Nimal Perera. They discussed fisheries.\n\nHe told the ambassador that he visited the Japanese Consulate in Kandy and Galle and met the Consul Generals.\n\nThe Japanese Consul Generals expressed their satisfaction with the measures.',
      '2024-06-11',
    );
    expect(drafts.flatMap(people)).not.toContainEqual(expect.stringMatching(/^Generals\//));
  });
});

describe('a passive meeting with a delegation, and its attendees listed with their offices', () => {
  const text =
    'A meeting was held at the Ministry of Agriculture with a delegation from Canada led by Senator Paul Tremblay.\nThe Minister of Agriculture of the Kyrgyz Republic, Azamat Toktobaev, the Minister of Emergency Situations, Nurlan Sydykov, and other officials attended the event.\nThe parties discussed agriculture.';

  test('“a delegation from Canada led by Senator A”: A is met, for Canada', () => {
    const [draft] = read(text);
    expect(people(draft)).toContain('Paul Tremblay/CA');
  });

  test('“the Minister of Emergency Situations, B, and other officials attended the event”: B attends', () => {
    const drafts = read(text);
    expect(drafts).toHaveLength(1);
    expect(people(drafts[0])).toEqual(
      expect.arrayContaining(['Azamat Toktobaev/KG', 'Nurlan Sydykov/KG']),
    );
  });

  test('a portfolio word is no part of the name after it (“Minister of Mining and Geology A”)', () => {
    const [draft] = read(
      'Minister of Mining and Geology Daniyar Omarov met the Ambassador of Australia, Sarah Blake, in Astana. They discussed mining in Kazakhstan.',
    );
    expect(people(draft)).toContain('Daniyar Omarov/KZ');
  });
});

describe('two sides named for two people', () => {
  test('“the Italian and Spanish envoys to Chile, A and B”: each has the side in its place', () => {
    const drafts = read(
      'Chilean Deputy Foreign Minister Rosa Fuentes met with the Italian and Spanish envoys to Chile, Marco Bellini and Pablo Ortega, to discuss the elections in Venezuela.',
    );
    expect(drafts).toHaveLength(1);
    expect(people(drafts[0])).toEqual(['Rosa Fuentes/CL', 'Marco Bellini/IT', 'Pablo Ortega/ES']);
  });

  test('“the envoys of Austria and Hungary, A and B”: the second one is named too', () => {
    const drafts = read(
      'Polish Deputy Foreign Minister Anna Nowak received the envoys of Austria and Hungary, Karl Huber and Istvan Szabo, in Warsaw on the Danube strategy.',
    );
    expect(drafts.flatMap(people)).toEqual(
      expect.arrayContaining(['Karl Huber/AT', 'Istvan Szabo/HU']),
    );
  });
});

describe('a visitor’s calls on a country’s heads', () => {
  test('“also met President A, Prime Minister B and foreign minister C”: one meeting each', () => {
    const drafts = read(
      'Chinese Vice Foreign Minister Zhao Lin and his Sri Lankan counterpart Kamal Silvaraj held consultations in Colombo on Tuesday.\n\nZhao, who is on a three-day visit, also met President Nimal Jayasekara, Prime Minister Ruwan Dias and foreign minister Chamari Fernando on Tuesday.',
      '2024-06-12',
    );
    expect(drafts.map((d) => people(d).join(' + '))).toEqual([
      'Zhao Lin/CN + Kamal Silvaraj/LK',
      'Zhao Lin/CN + Nimal Jayasekara/LK',
      'Zhao Lin/CN + Ruwan Dias/LK',
      'Zhao Lin/CN + Chamari Fernando/LK',
    ]);
  });
});

describe('a name spelt again with one letter off', () => {
  test('“Aidar …” then “Aydar …” in a quoted readout: one person, one meeting', () => {
    const drafts = read(
      'Kazakh Deputy Foreign Minister Aidar Kurmanov and US Deputy Assistant Secretary Helen Brooks discussed energy at a meeting in Astana.\n"Deputy Minister of Foreign Affairs of Kazakhstan Aydar Kurmanov met with Deputy Assistant Secretary Helen Brooks, who arrived in Astana for consultations," the ministry said.',
    );
    expect(drafts.map(people)).toEqual([['Aidar Kurmanov/KZ', 'Helen Brooks/US']]);
  });

  test('“Kurmannov also met …” after “Aidar Kurmanov”: the same person', () => {
    const drafts = read(
      'Kazakh Deputy Foreign Minister Aidar Kurmanov met the Italian ambassador, Paolo Conti, in Astana on energy.\nKurmannov also met with Sven Lind, head of the EU delegation in Astana, to discuss transport.',
    );
    expect(drafts.map(people)).toEqual([
      ['Aidar Kurmanov/KZ', 'Paolo Conti/IT'],
      ['Aidar Kurmanov/KZ', 'Sven Lind/EU'],
    ]);
  });
});

describe('talks “with the participation of” both heads', () => {
  test('one meeting, each person once', () => {
    const drafts = read(
      'Uzbek-Georgian political consultations with the participation of Uzbek Deputy Foreign Minister Timur Nazarov and Georgian Deputy Foreign Minister Levan Beridze took place in Tbilisi.\n\nNazarov stressed the importance of trade.',
    );
    expect(drafts.map(people)).toEqual([['Timur Nazarov/UZ', 'Levan Beridze/GE']]);
  });
});

describe('sector words', () => {
  test('“political dialog”, spelt without the -ue, is political dialogue', () => {
    const [draft] = read(
      'Tajik Ambassador Farrukh Saidzoda met Latvian State Secretary Andris Ozols in Riga. Attention was paid to intensifying political dialog at all levels.',
    );
    expect(pairs(draft)).toEqual(['LV political-dialogue', 'TJ political-dialogue']);
  });
});

describe('the sides of attendees listed', () => {
  test('“He was accompanied by A, B and C”: the side of the one named before', () => {
    const [draft] = read(
      'Nepali Home Minister Sunil Thapaliya called on Indian Minister of State Rakesh Verma in New Delhi. He was accompanied by Home Secretary Gita Bhattarai, Ambassador Hari Karki and Joint Secretary Dipak Lama. They discussed border security.',
    );
    expect(people(draft).slice(2)).toEqual(['Gita Bhattarai/NP', 'Hari Karki/NP', 'Dipak Lama/NP']);
  });

  test('“Also present were X’s A, B, and Y’s C”: B is of the side of A before', () => {
    const [draft] = read(
      'Mongolian Foreign Minister Bold Erdene met Japanese Foreign Minister Taro Ono in Tokyo. Also present were Mongolian Ambassador Ganbat Tumur, Director General Oyun Dorj, and Japanese Director Kenta Abe.',
    );
    expect(people(draft)).toContain('Oyun Dorj/MN');
  });
});

describe('a delegation received, named only in its members', () => {
  test('“The Indian delegation comprised A, B and C”: all attend, for India', () => {
    const [draft] = read(
      'Kyrgyz Foreign Minister Bakyt Osmonaliev received the Indian delegation. The Indian delegation comprised Joint Secretary Vikram Nair, Director Meera Pillai and Deputy Secretary Arjun Bose. They discussed pharmaceuticals.',
    );
    expect(people(draft)).toEqual([
      'Bakyt Osmonaliev/KG',
      'Vikram Nair/IN',
      'Meera Pillai/IN',
      'Arjun Bose/IN',
    ]);
  });
});

describe('heads of a meeting named in a later paragraph', () => {
  test('“Minister A noted that the sides agreed …”: A speaks in the meeting and takes part', () => {
    const [draft] = read(
      'The foreign ministers of Turkmenistan and Azerbaijan met in Ashgabat on Monday to discuss energy.\n\nTurkmen Foreign Minister Merdan Gurbanov noted that the sides agreed to extend a gas pipeline.',
    );
    expect(people(draft)).toEqual(['Merdan Gurbanov/TM']);
  });
});
