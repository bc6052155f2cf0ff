import { read, pairs, sides, people, dates } from './reading';

/**
 * Rules found on an eighth fresh set of real reports (branch i22l: the Americas, Europe and
 * international bodies), by class, each on short reports written for these tests: places and
 * offices are real, the people invented.
 */

describe('sides of people', () => {
  test('an office with a country before any name is the next person holding a shorter form of it', () => {
    const [draft] = read(
      'Chilean Foreign Minister said his country wants closer ties with Kenya. In his meeting with Prime Minister Daniel Mwangi in Nairobi on Friday, Minister Pedro de la Vega Rojas conveyed a message of esteem for Kenya as a friend of Chile . The minister said the two sides can boost ties in energy.',
    );
    expect(people(draft)).toEqual(['Pedro de la Vega Rojas/CL', 'Daniel Mwangi/KE']);
    expect(pairs(draft)).toEqual(['CL energy']);
  });

  test('“the High Representative … of this organization, A”: the body the report names', () => {
    const [draft] = read(
      'The European Union valued the role of Uruguay in the region. This was expressed by the High Representative for Foreign Affairs and Security Policy of this organization, Anna Kowalska, to the Minister of Foreign Affairs, Pablo Ferreira, in a meeting held today in Geneva.',
    );
    expect(sides(draft)).toEqual(['EU', 'UY']);
    expect(people(draft)).toEqual(['Anna Kowalska/EU', 'Pablo Ferreira/UY']);
  });
});

describe('countries that are not sides', () => {
  test('“Special Representative for Venezuela”: the country of the brief is a topic', () => {
    const drafts = read(
      'Ecuador’s Foreign Minister Jorge Salinas is in the United States for meetings. On Monday, Salinas met with Mark Fuller, Special Representative for Venezuela of the United States. They discussed security.',
    );
    expect(drafts.map(sides)).toEqual([['EC', 'US']]);
  });

  test('“the administration of President A”: the leader served is not a participant', () => {
    const [draft] = read(
      'Ecuador’s Foreign Minister Jorge Salinas is in Washington for meetings with officials from the administration of President Paul Grant. Salinas met with Secretary of State Helen Moore on Tuesday to talk about drug trafficking.',
    );
    expect(people(draft)).toEqual(['Jorge Salinas/EC', 'Helen Moore/US']);
  });

  test('“[scroll down for Spanish version]”: a language is not a side', () => {
    const [draft] = read(
      'Readout of the meeting with the President of Uruguay [scroll down for Spanish version]\n\nThe Secretary-General met today with the President of Uruguay, Luis Pereira. They discussed climate change.',
      '2019-05-02',
      'United Nations',
    );
    expect(sides(draft)).toEqual(['UN', 'UY']);
  });
});

describe('named participants', () => {
  test('“The Honourable A, Secretary of State …” and a headline verb: neither is part of the name', () => {
    const [draft] = read(
      'Canada’s Minister Laura Whitfield Meets Ministers in Chile\n\nThe Honourable Laura Whitfield, Minister of International Development, visited Santiago on May 3, 2011. While in Santiago, Ms. Whitfield met with Chile’s Minister of Foreign Affairs, Rodrigo Valdés Soto.',
    );
    expect(people(draft)).toEqual(['Laura Whitfield/CA', 'Rodrigo Valdés Soto/CL']);
  });

  test('“her counterparts A of Canada and B of Colombia”: each counterpart is a participant', () => {
    const drafts = read(
      'Ecuador’s Foreign Affairs Minister Lucia Paredes on Tuesday met with her counterparts Mark Dawson of Canada and Andrea Gomez of Colombia prior to the regional meeting. Both gatherings were held separately at the ministry in Quito.',
    );
    expect(drafts.map(people)).toEqual([
      ['Lucia Paredes/EC', 'Mark Dawson/CA'],
      ['Lucia Paredes/EC', 'Andrea Gomez/CO'],
    ]);
  });

  test('a photo caption dated “Oct 15, 2018” is neither a meeting of its own nor a person', () => {
    const drafts = read(
      'Photograph provided by the ministry showing Spanish Transport Minister Luis Romero during a meeting with Chilean high officials in Santiago, Chile, Oct 15, 2018.\n\nSpain’s transport minister on Monday kicked off his visit with a meeting with Chilean senior officials, praising his investment.\n\nLuis Romero pointed to Spanish companies during a meeting with Premier Jorge Muñoz and Economy Minister Ana Vidal.',
    );
    expect(drafts.map(people)).toEqual([['Luis Romero/ES', 'Jorge Muñoz/CL', 'Ana Vidal/CL']]);
  });
});

describe('meetings', () => {
  test('“announced the launch of free trade negotiations with A and B” is no meeting', () => {
    const drafts = read(
      'Canadian Trade Minister Laura Whitfield met Chilean Foreign Minister Rodrigo Valdés in Santiago on Monday. They discussed mining.\n\nOn June 7, 2007, the Honourable David Lang, Minister of International Trade, announced the launch of free trade negotiations with the Andean Community countries of Colombia and Peru.',
    );
    expect(drafts.map(sides)).toEqual([['CA', 'CL']]);
  });
});

describe('dates', () => {
  test('a day without a year after the date line takes the year the report writes that month with', () => {
    expect(
      dates(
        'Foreign Minister Ahmet Yilmaz visited Peru on 12-13 May 2022 to hold bilaterals. On May 13, Minister Yilmaz was received by the Peruvian President Jorge Salas. They discussed trade.',
        '2022-05-06',
      ),
    ).toEqual(['2022-05-13']);
  });

  test('a day without a year after the date line is still last year’s when the report names no year', () => {
    expect(
      dates(
        'Foreign Minister Ahmet Yilmaz was received on December 30 by the Peruvian President Jorge Salas. They discussed trade.',
        '2023-01-02',
      ),
    ).toEqual(['2022-12-30']);
  });
});

describe('sectors', () => {
  test('“together with the Ministers of Health, Energy and Trade”: portfolios of unnamed ministers are offices', () => {
    const [draft] = read(
      'On May 13, Foreign Minister Ahmet Yilmaz of Türkiye was received by the Peruvian President Jorge Salas together with the Ministers of Foreign Affairs, Health, Energy and Trade of Peru.',
      '2022-05-20',
    );
    expect(pairs(draft)).toEqual([]);
  });
});

describe('sector words in names and compounds', () => {
  test('a named programme or convention is a name: “Seasonal Agricultural Worker Program”', () => {
    const [draft] = read(
      'Canadian Foreign Minister Laura Whitfield met Mexican Foreign Secretary Ana Torres in Mexico City. They highlighted the Seasonal Agricultural Worker Program and the United Nations Framework Convention on Climate Change, and discussed trade.',
    );
    expect(pairs(draft)).toEqual(['CA trade-economy', 'MX trade-economy']);
  });

  test('“economic security” is the economy, not security', () => {
    const [draft] = read(
      'Canadian Foreign Minister Laura Whitfield met Mexican Foreign Secretary Ana Torres in Mexico City. They discussed building economic security in North America.',
    );
    expect(pairs(draft)).toEqual(['CA trade-economy', 'MX trade-economy']);
  });
});

describe('meetings of a visit', () => {
  test('“held discussions earlier Friday with A”: a second meeting', () => {
    const drafts = read(
      'Chilean President Jorge Salas met on Friday with Spain’s King Felipe VI for talks on bilateral relations. Salas held discussions earlier Friday with Spanish Prime Minister Pedro Ruiz.',
    );
    expect(drafts.map(people)).toEqual([
      ['Jorge Salas/CL', 'Felipe VI/ES'],
      ['Jorge Salas/CL', 'Pedro Ruiz/ES'],
    ]);
  });
});

describe('background', () => {
  test('figures and standings are context, even in a leader’s words', () => {
    const [draft] = read(
      'Brazilian and European Union leaders on Thursday discussed a free trade agreement in Brasilia. Brazilian President Ana Lima said trade between Brazil and the EU was dynamic even during the financial crisis, reaching $96 billion in 2012. Brazil is the largest foreign investor in the region’s mining sector.',
      '2013-01-26',
    );
    expect(pairs(draft)).toEqual(['BR trade-economy', 'EU trade-economy']);
  });

  test('“Earlier talks were suspended between 2004 and 2010”: a past year is background', () => {
    const [draft] = read(
      'Brazilian and European Union leaders on Thursday discussed a free trade agreement in Brasilia. Earlier talks were suspended between 2004 and 2010, because both sides refused concessions on agriculture.',
      '2013-01-26',
    );
    expect(pairs(draft)).toEqual(['BR trade-economy', 'EU trade-economy']);
  });
});

describe('calls', () => {
  test('“held phone calls late Sunday with A and B”: two calls, each on that Sunday', () => {
    const drafts = read(
      'Portugal’s new Foreign Minister Ana Costa held phone calls late Sunday with her German counterpart Klaus Weber and U.S. Secretary of State Mark Fuller.\n\nThe conversation between Costa and Weber shows the importance of the relations. During their phone conversation, Costa and Fuller discussed the food crisis.',
      '2022-05-23',
    );
    expect(drafts.map((d) => [d.kind, d.date?.date, ...sides(d)])).toEqual([
      ['PHONE_CALL', '2022-05-22', 'DE', 'PT'],
      ['PHONE_CALL', '2022-05-22', 'PT', 'US'],
    ]);
  });
});

describe('calls on a head of state', () => {
  test('“started his contacts with a visit to the President of the Republic, A”: a meeting with A', () => {
    const drafts = read(
      'The Prime Minister of Spain, Luis Romero, visited Lisbon on Tuesday.\n\nThe Spanish Premier started his contacts with a visit to the President of the Republic, Mr. Carlos Mendes, at the Presidential Palace.\n\nLater on, Mr. Romero held bilateral talks with Prime Minister Rui Tavares. Energy was on the agenda.',
    );
    expect(drafts.map(people)).toEqual([
      ['Luis Romero/ES', 'Carlos Mendes/PT'],
      ['Luis Romero/ES', 'Rui Tavares/PT'],
    ]);
  });
});

describe('plans', () => {
  test('“During the visit, they will discuss …”: the agenda of a visit to come', () => {
    const [draft] = read(
      'Portugal’s Foreign Minister Ana Costa held a phone call on Sunday with her German counterpart Klaus Weber. They discussed trade. Costa will travel to Berlin in the coming days. During the visit, they will discuss the special meeting of the European Council on defense and energy.',
      '2022-05-23',
    );
    expect(pairs(draft)).toEqual(['DE trade-economy', 'PT trade-economy']);
  });
});

describe('hyphenated fields', () => {
  test('“science-technology”: a pair of sector words joined by a hyphen is both; “bio-fuel” is none', () => {
    const [draft] = read(
      'Chilean Foreign Minister Pedro Rojas met Kenyan Prime Minister Daniel Mwangi in Nairobi. Rojas said the two sides can boost ties in bio-fuel and science-technology.',
    );
    expect(pairs(draft)).toEqual(['CL science-technology']);
  });
});
