import { read, pairs, sides, people } from './reading';

/**
 * Rules found on a ninth fresh set of real reports (branch i22m: Europe, the Caucasus, Central
 * Asia, Russia and Turkey), by class, each on short reports written for these tests: places,
 * bodies and offices are real, the people invented.
 */

describe('sector words that name a body, an office or a membership', () => {
  test('a capitalised council, union or office: its sector words are its name', () => {
    const [draft] = read(
      'Kazakh Foreign Minister Arman Tulegenov met Director of the OSCE Office for Democratic Institutions and Human Rights Lena Brandt in Vienna on Monday. Tulegenov also spoke of the decisions of the Supreme Eurasian Economic Council and they discussed tourism.',
    );
    expect(pairs(draft)).toEqual(['KZ tourism', 'OSCE tourism']);
  });

  test('“the energy committee chair”, “parliamentary leaders”: people met, not topics', () => {
    const [draft] = read(
      'Slovak Foreign Minister Peter Horvath visited Sofia. He held talks with Bulgarian Speaker Elena Petrova, key parliamentary leaders and the energy committee chair, and they discussed tourism.',
    );
    expect(pairs(draft)).toEqual(['BG tourism', 'SK tourism']);
  });

  test('a company’s name and “the parliamentary committee on …”: who was met, not topics', () => {
    const [draft] = read(
      'Georgian Foreign Minister Nino Beridze met Turkmen Foreign Minister Batyr Orazov in Ashgabat on Monday. They discussed tourism. The delegation included the heads of the Georgian Railway and the Georgian Oil and Gas Corporation. Orazov also met members of the parliamentary committee on foreign relations.',
    );
    expect(pairs(draft)).toEqual(['GE tourism', 'TM tourism']);
  });

  test('“our NATO ally”, “as EU and NATO states”: what a country is, not multilateral cooperation', () => {
    const [draft] = read(
      'Turkish Foreign Minister Emre Aksoy met Latvian Defence Minister Janis Ozols in Ankara on Tuesday to discuss defence cooperation. “Latvia is our NATO ally,” Aksoy said. The two ministers noted their ties as neighbouring, EU and NATO states.',
    );
    expect(pairs(draft)).toEqual(['LV security', 'TR security']);
  });

  test('“an important member of ASEAN”: praise of a country, not cooperation within the body', () => {
    const [draft] = read(
      'Vietnamese Foreign Minister Tran Van Minh met Turkish Foreign Minister Emre Aksoy in Ankara on Monday. Aksoy said Viet Nam is an important member of ASEAN. They discussed tourism.',
    );
    expect(pairs(draft)).toEqual(['TR tourism', 'VN tourism']);
  });

  test('“the UN’s contribution”, “EU-funded projects”: the body’s own acts, not cooperation in it', () => {
    const [draft] = read(
      'Georgian Foreign Minister Nino Beridze met Turkmen Foreign Minister Batyr Orazov in Ashgabat on Monday. Orazov noted the UN’s contribution to peace in the region and spoke of EU-funded projects. They discussed tourism.',
    );
    expect(pairs(draft)).toEqual(['GE tourism', 'TM tourism']);
  });

  test('a body as go-between or its mission: not cooperation within it', () => {
    const [draft] = read(
      'Azerbaijani Foreign Minister Elnur Guliyev met Montenegrin Foreign Minister Marko Vukovic in Baku on Monday. They discussed tourism. Guliyev briefed his guest on the negotiations mediated by the OSCE Minsk Group co-chairs. The sides noted the EU monitoring mission in the region.',
    );
    expect(pairs(draft)).toEqual(['AZ tourism', 'ME tourism']);
  });

  test('a body met as a side stays multilateral when its membership is the topic', () => {
    const [draft] = read(
      'Romanian Foreign Minister Ana Popescu met Bulgarian Foreign Minister Ivan Dimov in Sofia on Monday. They discussed Bulgaria becoming a full member of the European Union.',
    );
    expect(pairs(draft)).toEqual(['BG multilateral', 'RO multilateral']);
  });
});

describe('the setting of the talks', () => {
  test('“came to X to participate in the session of the Council of … of the SCO (SCO)”', () => {
    const [draft] = read(
      'Kazakh Foreign Minister Arman Tulegenov met his Kyrgyz counterpart Almaz Beishenov in Astana. Beishenov came to Astana to participate in the annual session of the Council of Heads of Government of the Shanghai Cooperation Organization (SCO). The sides discussed tourism.',
    );
    expect(pairs(draft)).toEqual(['KG tourism', 'KZ tourism']);
  });
});

describe('phrases that look like a sector', () => {
  test('“security of supply” is energy; “water pipelines” are not', () => {
    const [draft] = read(
      'Tajik President Rustam Saidov received Iranian Minister Reza Karimi in Dushanbe on Monday. They discussed the security of supply for the winter and water pipelines between the two countries.',
    );
    expect(pairs(draft)).toEqual(['IR energy', 'TJ energy']);
  });
});

describe('whose words', () => {
  test('“During the meeting with Y, X emphasized …”: X’s words, not both sides’', () => {
    const [draft] = read(
      'Kazakh Foreign Minister Arman Tulegenov met OSCE Secretary General Lena Brandt in Vienna. During the meeting with Brandt, Tulegenov emphasized the importance of cooperation in tourism.',
    );
    expect(pairs(draft)).toEqual(['KZ tourism']);
  });

  test('“X stressed during the meeting that …”: X’s words; “the sides discussed” stays joint', () => {
    const [draft] = read(
      'Tajik President Rustam Saidov received Iranian Minister Reza Karimi in Dushanbe on Monday. Saidov stressed during the meeting that Tajikistan was satisfied with the level of tourism cooperation with Iran. During the meeting, the sides discussed education.',
    );
    expect(pairs(draft)).toEqual(['IR education', 'TJ education', 'TJ tourism']);
  });
});

describe('whose words, in reported speech', () => {
  test('“X told Y that …”: X’s words, not Y’s', () => {
    const [draft] = read(
      'Georgian Foreign Minister Nino Beridze met Turkmen Foreign Minister Batyr Orazov in Ashgabat on Monday. Beridze told Orazov that Georgia wants to boost trade. Orazov assured his guest that tourism would grow. Orazov told reporters that the sides agreed on education.',
    );
    expect(pairs(draft)).toEqual([
      'GE education',
      'GE trade-economy',
      'TM education',
      'TM tourism',
    ]);
  });

  test('“During the talks, X spoke about …”: X’s words', () => {
    const [draft] = read(
      'Georgian Foreign Minister Nino Beridze met Turkmen Foreign Minister Batyr Orazov in Ashgabat on Monday. During the talks, Orazov spoke about the tourism potential of Turkmenistan.',
    );
    expect(pairs(draft)).toEqual(['TM tourism']);
  });
});

describe('facts of a larger gathering', () => {
  test('“the participants adopted a statement of the ministerial meeting”: not the two sides’', () => {
    const [draft] = read(
      'Turkmen Foreign Minister Batyr Orazov attended the C5+1 meeting in Tashkent. On its sidelines, Orazov met US Secretary of State Mark Fuller on Monday. They discussed trade. Following the talks, the participants adopted a joint statement of the ministerial meeting.',
    );
    expect(pairs(draft)).toEqual(['TM trade-economy', 'US trade-economy']);
  });
});

describe('countries spoken of, not sides', () => {
  test('“support for Ukraine”, “Russian oil and gas”: the country helped or left is no side', () => {
    const drafts = read(
      'Kalnins and Petraitis discussed issues of security, energy resilience, support for Ukraine, and cooperation within the EU.\nDuring the meeting, Petraitis emphasized the path towards energy independence.\n“Lithuania was the first European country to refuse Russian oil and gas completely,” said the Foreign Minister.\nThe head of Lithuanian diplomacy also discussed military mobility with the Latvian Prime Minister.',
    );
    expect(drafts.map(sides)).toEqual([['LT', 'LV']]);
  });
});

describe('countries spoken of in the meeting sentence', () => {
  test('“the Republic of Macedonia’s territorial integrity” in the talks is no side of them', () => {
    const drafts = read(
      'At the palace, President Ivan Georgiev and Ana Kovac, Minister of Foreign Affairs of Croatia discussed tourism.\nAt the meeting the Head of State and the Croatian Minister stressed the need to guarantee the Republic of Macedonia’s territorial integrity.\nThe Bulgarian President said that energy matters.',
    );
    expect(drafts.map(sides)).toEqual([['BG', 'HR']]);
  });

  test('“met A and thanked B for the transit of Russian gas”: the visitor is not Russian', () => {
    const drafts = read(
      'Foreign Minister Peter Horvath met with Bulgarian President Ivan Georgiev and thanked Bulgarian officials for facilitating the transit of Russian gas. They discussed tourism.',
      undefined,
      'Radio Slovakia International',
    );
    expect(drafts.map(sides)).toEqual([['BG', 'SK']]);
  });
});

describe('sides of people', () => {
  test('“European Commissioner for Energy A”: a member of the Commission speaks for the EU', () => {
    const [draft] = read(
      'On 3 March, European Commissioner for Energy Anna Berg visited Chișinău, Moldova, to co-chair the energy dialogue with the Minister for Energy, Ion Rusu. The discussions focused on renewable energy.',
    );
    expect(sides(draft)).toEqual(['EU', 'MD']);
    expect(people(draft)).toEqual(['Anna Berg/EU', 'Ion Rusu/MD']);
  });
});

describe('multilateral cooperation', () => {
  test('“interaction within the framework of the Eurasian Economic Union” is cooperation in it', () => {
    const [draft] = read(
      'Kazakh Foreign Minister Arman Tulegenov met Kyrgyz Foreign Minister Almaz Beishenov in Astana on Monday. The ministers discussed interaction within the framework of the Eurasian Economic Union.',
    );
    expect(pairs(draft)).toEqual(['KG multilateral', 'KZ multilateral']);
  });
});

describe('hardships', () => {
  test('“managed the economic and energy crises”: the economy’s hardship is not a trade interest', () => {
    const [draft] = read(
      'Moldovan Prime Minister Ion Rusu met European Commissioner for Energy Anna Berg in Brussels on Monday. Rusu explained how the government managed the economic and energy crises. They discussed tourism.',
    );
    expect(pairs(draft).filter((p) => p.endsWith('trade-economy'))).toEqual([]);
  });
});

describe('attendees', () => {
  test('“A and B were also present in the meeting”: they join it, no second meeting', () => {
    const drafts = read(
      'Georgia’s Prime Minister Irakli Beridze on Thursday met with Turkish Interior Minister Emre Aksoy, who is visiting Tbilisi. Georgian Interior Minister Levan Dadiani and Turkish Ambassador to Georgia Ayse Kaya were also present in the meeting.',
      '2022-04-07',
    );
    expect(drafts.map(people)).toEqual([
      ['Irakli Beridze/GE', 'Emre Aksoy/TR', 'Levan Dadiani/GE', 'Ayse Kaya/TR'],
    ]);
  });
});

describe('background in the agencies’ shapes', () => {
  test('companies counted, money already invested, pluperfect help, “earlier this year”', () => {
    const [draft] = read(
      'Kazakh Foreign Minister Arman Tulegenov met Hungarian Foreign Minister Gabor Nagy in Astana on Monday. They discussed tourism. More than 40 Hungarian firms operate in Kazakhstan, mostly in agriculture. Hungary has already invested over $2 billion in Kazakhstan’s mining sector. Nagy said the two countries had cooperated closely in health during the pandemic. Earlier this year, the two countries signed an agreement on air services.',
      '2023-12-20',
    );
    expect(pairs(draft)).toEqual(['HU tourism', 'KZ tourism']);
  });
});

describe('quotation marks of the region', () => {
  test('„…’’ and „…“ are quotations: the speaker’s words, even when they name both sides', () => {
    const [draft] = read(
      'Moldovan Prime Minister Ion Rusu met Romanian Prime Minister Andrei Popa in Chișinău on Monday. „Moldova and Romania are involved in the digital transformation of our economies. We continue the reforms,’’ Rusu said. „Romania and Moldova will expand tourism. It is good for both“, Popa said.',
    );
    expect(pairs(draft)).toEqual(['MD ict', 'RO tourism']);
  });
});

describe('meetings told as a noun', () => {
  test('“at a meeting of Prime Minister A and Vice President B in Brussels”: one meeting of two sides', () => {
    const drafts = read(
      'Chisinau, 25 October /MOLDPRES/ - Energy was discussed at a meeting of Prime Minister Ion Rusu and European Commission Vice President Jan Novak in Brussels. Rusu said tourism matters.',
    );
    expect(drafts.map(sides)).toEqual([['EU', 'MD']]);
    expect(pairs(drafts[0])).toEqual(['EU energy', 'MD energy', 'MD tourism']);
  });
});

describe('lists of people met', () => {
  test('“met with foreign ministers from A, B and C”: one meeting with each', () => {
    const drafts = read(
      'On the sidelines of the council, Kazakh Foreign Minister Arman Tulegenov met with foreign ministers from Austria, Cyprus and Greece. They spoke of tourism.',
    );
    expect(drafts.map(sides)).toEqual([
      ['AT', 'KZ'],
      ['CY', 'KZ'],
      ['GR', 'KZ'],
    ]);
  });

  test('“Discussions focused on …” right after the list sums it up: no one meeting’s, not the one before', () => {
    const drafts = read(
      'Kazakh Foreign Minister Arman Tulegenov met OSCE Secretary General Lena Brandt in Vienna on Monday. They discussed tourism. On the sidelines of the council, Tulegenov met with foreign ministers from Austria, Cyprus and Greece. Discussions focused on trade and investment.',
    );
    expect(drafts.map(sides)).toEqual([
      ['KZ', 'OSCE'],
      ['AT', 'KZ'],
      ['CY', 'KZ'],
      ['GR', 'KZ'],
    ]);
    expect(drafts.map(pairs)).toEqual([['KZ tourism', 'OSCE tourism'], [], [], []]);
  });
});
