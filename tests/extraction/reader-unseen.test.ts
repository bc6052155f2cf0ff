import { read, pairs, sides, people } from './reading';

/**
 * Rules found on real reports outside the tuning set (issue 22), each on short reports written
 * for these tests: the places and offices are real, the people invented.
 */

describe('publications and settings are not sides', () => {
  test('a country word in a publication’s name in the date line is not a side', () => {
    const [draft] = read(
      'ACCRA (Kenya Point News / GNA - 3rd Mar, 2024) Foreign Minister Kwame Asante received a phone call from Japanese Foreign Minister Haruto Sato. The two ministers discussed fisheries between Ghana and Japan.',
      '2024-03-03',
    );
    expect(sides(draft)).toEqual(['GH', 'JP']);
    expect(people(draft)).toEqual(['Kwame Asante/GH', 'Haruto Sato/JP']);
  });

  test('the venue of a summit is where, not who; a visit "in Chile" still names the host', () => {
    const [call] = read(
      'Foreign Minister Kwame Asante received a telephone call from Bahraini Foreign Minister Khalid Nasser after the Gulf Cooperation Council Summit held at Al-Ula in the Kingdom of Saudi Arabia. Asante said Ghana values its ties with Bahrain.',
      '2024-03-03',
    );
    expect(sides(call)).toEqual(['BH', 'GH']);
    const [visit] = read(
      'Foreign Minister Rosa Diaz of Cuba is on a working visit in Chile, where she met Pedro Soto, who will become foreign minister next week.',
      '2024-03-03',
    );
    expect(sides(visit)).toEqual(['CL', 'CU']);
  });
});

describe('settings and things that are not sectors', () => {
  test('a summit that is the occasion of the talks, or one planned, is not multilateral cooperation', () => {
    const [draft] = read(
      'Kenyan Foreign Minister Daniel Mwangi met Ugandan Foreign Minister Joseph Okello on the sidelines of the African Union Summit in Addis Ababa on Monday. The two ministers discussed trade and agreed to hold an online summit next month.',
      '2024-02-20',
    );
    expect(pairs(draft)).toEqual(['KE trade-economy', 'UG trade-economy']);
  });

  test('the reconstruction of a building is not the reconstruction of a country', () => {
    const [pipeline] = read(
      'Iranian Foreign Minister Reza Karimi met Turkish Foreign Minister Emre Aydin in Ankara on Monday. Karimi stressed the reconstruction of the damaged section of the border bridge.',
      '2024-02-20',
    );
    expect(pairs(pipeline)).toEqual([]);
    const [country] = read(
      'Iranian Foreign Minister Reza Karimi met Iraqi Foreign Minister Ali Hassan in Baghdad on Monday. Karimi offered help with the reconstruction of Iraq.',
      '2024-02-20',
    );
    expect(pairs(country)).toEqual(['IR reconstruction']);
  });
});

describe('quotations', () => {
  test('words quoted from a ministry’s statement are not the last-named minister’s', () => {
    const [draft] = read(
      'Russian Foreign Minister Oleg Petrov and his Japanese counterpart Kenji Tanabe held a phone conversation on Monday. During the talks, the ministers discussed "prospects of promoting tourism and cooperation in healthcare," the Russian Foreign Ministry said in a statement.',
      '2024-09-10',
    );
    expect(pairs(draft)).toEqual(['JP health', 'JP tourism', 'RU health', 'RU tourism']);
  });
});

describe('sides of officials named without a country', () => {
  test('the city of a summit does not give a side', () => {
    const [draft] = read(
      'Prime Minister Ravi Menon held talks with Brazilian President Joao Costa on Sunday. They met on the sidelines of the G7 summit in Hiroshima and discussed trade.',
      '2024-05-20',
    );
    expect(sides(draft)).toEqual(['BR']);
  });

  test('the city of the date line gives the home side', () => {
    const [draft] = read(
      'ISLAMABAD - Foreign Minister Imran Qadir received a telephone call from the Foreign Minister of Bahrain Khalid Nasser on Monday. The two ministers discussed trade.',
      '2024-03-05',
      'The Nation',
    );
    expect(sides(draft)).toEqual(['BH', 'PK']);
    expect(people(draft)).toEqual(['Imran Qadir/PK', 'Khalid Nasser/BH']);
  });
});

describe('several meetings in one sentence', () => {
  test('a meeting with the members of a senate is its own meeting, without the next counterpart', () => {
    const drafts = read(
      'Argentine Foreign Minister Santiago Rivas met Mexican Foreign Minister Marcos Ortiz on Monday. Afterward, he met the members of the Mexican senate. They agreed to enhance inter-parliamentary ties. Later, on Wednesday, he held a meeting with Claudia Reyes, the head of government of Mexico City, and they agreed to deepen cooperation in culture.',
      '2024-05-10',
    );
    expect(drafts.map((d) => [...sides(d), d.date?.date])).toEqual([
      ['AR', 'MX', '2024-05-06'],
      ['AR', 'MX', undefined],
      ['AR', 'MX', '2024-05-08'],
    ]);
    expect(pairs(drafts[1])).toEqual(['AR parliamentary', 'MX parliamentary']);
    expect(people(drafts[2])).toEqual(['Santiago Rivas/AR', 'Claudia Reyes/MX']);
  });

  test('a meeting listed first and described later is one meeting', () => {
    const drafts = read(
      'India held bilateral meetings with Japan and Brazil at the G20 agriculture ministers’ meeting on Monday.\n\nA bilateral meeting between Indian Minister of State for Agriculture Ravi Menon and the Minister of Agriculture of Japan Kenji Tanabe focused on fisheries.',
      '2024-09-10',
    );
    expect(drafts.map(sides)).toEqual([
      ['IN', 'JP'],
      ['BR', 'IN'],
    ]);
    expect(people(drafts[0])).toEqual(['Ravi Menon/IN', 'Kenji Tanabe/JP']);
  });

  test('"bilateral meetings with the ministers of A and B" and "his A and B counterparts"', () => {
    const drafts = read(
      'Kenyan Foreign Minister Daniel Mwangi held bilateral meetings with the foreign ministers of Uganda and Tanzania on Monday. On Tuesday, Mwangi met his Rwandan and Burundian counterparts.',
      '2024-06-05',
    );
    expect(drafts.map((d) => [...sides(d), d.date?.date])).toEqual([
      ['KE', 'UG', '2024-06-03'],
      ['KE', 'TZ', '2024-06-03'],
      ['KE', 'RW', '2024-06-04'],
      ['BI', 'KE', '2024-06-04'],
    ]);
  });

  test('a meeting "earlier in the day" is reported, not recalled, and takes that day', () => {
    const drafts = read(
      'Indian Foreign Minister Ravi Menon held talks with Russian Foreign Minister Oleg Petrov in Jakarta on Wednesday. Earlier in the day, Menon met Indonesian Foreign Minister Sari Wulandari.',
      '2023-09-07',
    );
    expect(drafts.map((d) => [...sides(d), d.date?.date])).toEqual([
      ['IN', 'RU', '2023-09-06'],
      ['ID', 'IN', '2023-09-06'],
    ]);
  });
});

describe('names', () => {
  test('"The Argentine Foreign Minister, Santiago Rivas,": the office before the comma', () => {
    const [draft] = read(
      'The Argentine Foreign Minister, Santiago Rivas, is on a visit to Mexico, where he met Marcos Ortiz, the foreign minister of Mexico, on Monday.',
      '2024-05-08',
    );
    expect(people(draft)).toEqual(['Santiago Rivas/AR', 'Marcos Ortiz/MX']);
  });

  test('a surname alone after an office and its country is a name', () => {
    const [draft] = read(
      'Indian Minister of State for Agriculture Ravi Menon met the Minister of Agriculture of Japan Tanabe on Monday. The two ministers discussed fisheries.',
      '2024-09-10',
    );
    expect(people(draft)).toEqual(['Ravi Menon/IN', 'Tanabe/JP']);
  });

  test('"President X’s vice-president": X is only mentioned', () => {
    const [draft] = read(
      'Argentine Foreign Minister Laura Paz met Brazilian Foreign Minister Joao Costa in Brasilia on Monday. President Pedro Alves’s vice-president was also present at the lunch.',
      '2024-04-16',
    );
    expect(people(draft)).toEqual(['Laura Paz/AR', 'Joao Costa/BR']);
  });

  test('a place word between an office and a surname is a given name', () => {
    const [draft] = read(
      'Argentine Foreign Minister Santiago Rivas met Mexican Foreign Minister Marcos Ortiz in Mexico City on Monday. The two ministers discussed agriculture.',
      '2024-05-08',
    );
    expect(people(draft)).toEqual(['Santiago Rivas/AR', 'Marcos Ortiz/MX']);
  });
});

describe('dates', () => {
  test('a date inside a "who …" aside is another event’s', () => {
    const [draft] = read(
      'Ghanaian Foreign Minister Kwame Asante, who visited Tokyo on March 3, met Japanese Foreign Minister Haruto Sato in Accra.',
      '2024-04-10',
    );
    expect(draft.date).toBeUndefined();
  });
});
