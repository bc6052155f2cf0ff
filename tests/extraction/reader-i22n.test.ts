import { read, pairs, sides, people } from './reading';

/**
 * Rules found on a tenth fresh set of real reports (branch i22n: Latin America, the Caribbean and
 * the Pacific islands), by class, each on short reports written for these tests: places and
 * offices are real, the people invented.
 */

describe('meetings found', () => {
  test('“also met with A, and with B”: each office met is a meeting of its own', () => {
    const drafts = read(
      'Chilean Foreign Minister Tomas Ibarra held talks on Tuesday in Santiago with Uruguayan Foreign Minister Marcos Ferrer.\n\nThe Uruguayan minister also met on Tuesday with Chilean Senate President Ana Olmedo, and with Deputy Foreign Minister Rosa Quintero. They agreed on the good state of relations.',
      '2023-05-10',
    );
    expect(drafts.map(people)).toEqual([
      ['Tomas Ibarra/CL', 'Marcos Ferrer/UY'],
      ['Marcos Ferrer/UY', 'Ana Olmedo/CL'],
      ['Marcos Ferrer/UY', 'Rosa Quintero/CL'],
    ]);
  });

  test('“had talks with his counterpart, A, and the Prime Minister, B”: two meetings', () => {
    const drafts = read(
      'Tonga’s Foreign Minister, Sione Mateo, is in Samoa for a week.\n\nHe has also had talks with his Samoan counterpart, Lemalu Faleolo, and the Prime Minister, Sir Tavita Lealaiauloto.',
    );
    expect(drafts.map(people)).toEqual([
      ['Sione Mateo/TO', 'Lemalu Faleolo/WS'],
      ['Sione Mateo/TO', 'Tavita Lealaiauloto/WS'],
    ]);
  });
});

describe('meetings found: a side named by an office only', () => {
  test('“meetings with officials, including A, and the president of the Peruvian congress”', () => {
    const drafts = read(
      'Chile’s Deputy Foreign Minister Ana Cortes concluded a visit to Lima on Tuesday.\n\nDuring her visit, she held a series of meetings with senior officials, including Peru’s foreign minister, Carlos Quispe, and the president of the Peruvian congress.',
    );
    expect(drafts.map(people)).toEqual([['Ana Cortes/CL', 'Carlos Quispe/PE'], ['Ana Cortes/CL']]);
    expect(drafts.map(sides)).toEqual([
      ['CL', 'PE'],
      ['CL', 'PE'],
    ]);
  });

  test('“also met with A, and with the Foreign Minister of Chile”: a meeting with Chile', () => {
    const drafts = read(
      'Peruvian Foreign Minister Carlos Quispe is in Brasilia for the summit.\n\nOn Friday he met with Brazilian Foreign Minister Joao Pereira, and with the Foreign Minister of Chile.',
    );
    expect(drafts.map(sides)).toEqual([
      ['BR', 'PE'],
      ['CL', 'PE'],
    ]);
  });
});

describe('meetings found, passive', () => {
  test('“The Ambassador was also received by A, and B”: the hosts are the other side, one each', () => {
    const drafts = read(
      'Peruvian Ambassador Carlos Quispe presented his credentials in Kingston.\n\nThe Peruvian Ambassador was also received by Jamaica’s Prime Minister, Andrew Whyte, and Foreign Minister, Marcia Grant, on Monday and Tuesday. They discussed tourism.',
    );
    expect(drafts.map(people)).toEqual([
      ['Carlos Quispe/PE', 'Andrew Whyte/JM'],
      ['Carlos Quispe/PE', 'Marcia Grant/JM'],
    ]);
  });
});

describe('receptions', () => {
  test('“made the remarks at a reception for Ambassador X”: the host met X', () => {
    const drafts = read(
      'Samoa wants closer ties with Chile.\n\nSamoa’s Head of State Tuala Iosefo made the remarks at a recent reception for Chilean Ambassador Jorge Pizarro, who presented his credentials.',
    );
    expect(drafts.map(people)).toEqual([['Tuala Iosefo/WS', 'Jorge Pizarro/CL']]);
  });
});

describe('meetings not found', () => {
  test('“to follow up on matters agreed by A and B during their phone call”: the call is recalled', () => {
    const drafts = read(
      'Working groups of Chile and Peru held a meeting in Lima, to follow up on matters agreed upon by Presidents Juan Rojas and Pedro Salas during their telephone conversation on March 2.\n\nChile’s delegation was led by Foreign Minister Pablo Soto. The Peruvian delegation was headed by Foreign Minister Carlos Quispe.',
      '2021-03-20',
    );
    expect(drafts.map((d) => d.kind)).toEqual(['BILATERAL_MEETING']);
    expect(drafts.map((d) => d.date?.date ?? null)).toEqual([null]);
    expect(drafts.map(people)).toEqual([['Pablo Soto/CL', 'Carlos Quispe/PE']]);
  });

  test('“visited the Weather Coast …, the home of X”: a place visited is no meeting', () => {
    const drafts = read(
      'Fiji’s Foreign Minister, Josefa Tuilau, is in Tonga this week.\n\nHe has also visited the Vava’u islands, the home of the leader of the Tonga Rugby Union, Viliami Fifita.\n\nHe has also had talks with his Tongan counterpart, Sione Mateo.',
    );
    expect(drafts.map(people)).toEqual([['Josefa Tuilau/FJ', 'Sione Mateo/TO']]);
  });
});

describe('sides of people', () => {
  test('“Chile’s Foreign Minister A and Defense Minister B met their Argentine counterparts”: B is Chilean', () => {
    const [draft] = read(
      'Chile’s Foreign Minister Pablo Soto and Defense Minister Ana Cortes met on Monday with their Argentine counterparts ahead of a summit. They agreed to work together against drug trafficking.',
    );
    expect(people(draft)).toEqual(['Pablo Soto/CL', 'Ana Cortes/CL']);
    expect(sides(draft)).toEqual(['AR', 'CL']);
  });
});

describe('named participants: delegations', () => {
  test('“X’s delegation was led by A, with the participation of B, and C”: all take part', () => {
    const [draft] = read(
      'Officials of Chile and Peru held a high-level meeting in Lima on Monday to review relations.\n\nChile’s delegation was led by Foreign Minister Pablo Soto, with the participation of Finance Minister Jorge Fuentes Araya, and Interior Minister Ana María Ruiz de la Torre. In turn, the Peruvian delegation was headed by Foreign Minister Carlos Quispe, with Defense Minister Luis Huamán, and Ambassador Rosa Paredes.',
    );
    expect(people(draft)).toEqual([
      'Pablo Soto/CL',
      'Jorge Fuentes Araya/CL',
      'Ana María Ruiz de la Torre/CL',
      'Carlos Quispe/PE',
      'Luis Huamán/PE',
      'Rosa Paredes/PE',
    ]);
  });

  test('“the delegations headed by A, and B, met”: the two heads met', () => {
    const drafts = read(
      'Paraguay and Chile reviewed their agenda on Tuesday.\n\nIn Asunción, the delegations headed by Paraguay’s Deputy Foreign Minister, Luis Benitez, and Chile’s Director of Foreign Policy, Pablo Soto, met for the yearly political consultations.',
    );
    expect(drafts.map(people)).toEqual([['Luis Benitez/PY', 'Pablo Soto/CL']]);
  });

  test('“the Indian side was led by A, Secretary …; the Guyanese side was led by Ambassador B”', () => {
    const [draft] = read(
      'India and Guyana held foreign office consultations in Georgetown on Monday.\n\nThe two sides discussed trade.\n\nThe Indian side was led by Ravi Menon, Secretary (East), Ministry of External Affairs. The Guyanese side was led by Ambassador Neil Forde, Director, Ministry of Foreign Affairs.',
    );
    expect(people(draft)).toEqual(['Ravi Menon/IN', 'Neil Forde/GY']);
  });
});

describe('named participants: forms of address', () => {
  test('“Prime Ministers Hon. A MP and Hon. B MP deliberated”: a plural office, “Hon.” and “MP”', () => {
    const [draft] = read(
      'Fiji and Tonga renew ties.\n\nThe two Pacific nations have renewed ties with each other.\n\nPrime Ministers Hon. Peter Tavoa MP and Hon. John Kilua MP deliberated on trade at the margin of the Forum retreat in Nadi.',
    );
    expect(people(draft)).toEqual(['Peter Tavoa/FJ', 'John Kilua/TO']);
  });
});

describe('named participants: headlines', () => {
  test('“Peru FA Min meets with dignitaries”: an abbreviated office is no name', () => {
    const drafts = read(
      'Chile FA Min meets with various dignitaries\n\nChilean Foreign Minister Pablo Soto held an audience with Foreign Minister of Peru Luis Quispe.\n\nLikewise, the diplomat met with the US Acting Assistant Secretary for Western Hemisphere Affairs Mark Fuller.',
    );
    expect(drafts.map(people)).toEqual([
      ['Pablo Soto/CL', 'Luis Quispe/PE'],
      ['Pablo Soto/CL', 'Mark Fuller/US'],
    ]);
  });
});

describe('named participants: only mentioned', () => {
  test('“the first meeting after President X came to power”: X is a time, not a participant', () => {
    const [draft] = read(
      'Paraguayan Foreign Minister Luis Benitez held a meeting with Chilean Foreign Minister Pablo Soto, the first after President Ramon Ortega came to power. They discussed energy.',
    );
    expect(people(draft)).toEqual(['Luis Benitez/PY', 'Pablo Soto/CL']);
  });
});

describe('regions', () => {
  test('“Latin American”, “South America”, “Inter-American”: the region is not the United States', () => {
    const drafts = read(
      'Paraguay wants closer ties with Chile.\n\nForeign Minister Luis Benitez received Chilean Ambassador Pablo Soto on Monday. They discussed the Latin American and Caribbean integration and the Inter-American system.',
      undefined,
      'Latin American News',
    );
    expect(drafts.map(people)).toEqual([['Luis Benitez/PY', 'Pablo Soto/CL']]);
    expect(drafts.map(sides)).toEqual([['CL', 'PY']]);
  });
});

describe('page furniture', () => {
  test('a ticker of other headlines is no part of the report, and the date line below it dates it', () => {
    const drafts = read(
      'Off the wire\nPeru, Bolivia sign energy deal  • Fiji cuts tourism tax to 5 pct  • 1st LD: President arrives in Tokyo for 1st meeting with Japanese PM  • Samoa, Tonga to boost fisheries ties  \nYou are here:   Home\n\nChile, Argentina discuss lithium\n\nXinhua, May 4, 2021 Adjust font size:\n\nChilean Foreign Minister Pablo Soto met with Argentine Foreign Minister Juan Ortega in Buenos Aires on Tuesday to discuss mining.',
    );
    expect(drafts.map(sides)).toEqual([['AR', 'CL']]);
    expect(drafts.map((d) => d.date?.date ?? null)).toEqual(['2021-05-04']);
  });
});

describe('interests: a side’s position', () => {
  test('“For Chile, the dialogue with Peru must include security and trade”: Chile’s position', () => {
    const [draft] = read(
      'Chilean Foreign Minister Pablo Soto met Peruvian Foreign Minister Carlos Quispe in Lima on Monday.\n\nFor Chile, the dialogue with Peru must have a broad focus, including security and trade.',
    );
    expect(pairs(draft)).toEqual(['CL security', 'CL trade-economy']);
  });
});

describe('interests: time words', () => {
  test('“the first meeting after the pandemic”: the pandemic tells the time, it is no health topic', () => {
    const [draft] = read(
      'Paraguayan Foreign Minister Luis Benitez met Chilean Foreign Minister Pablo Soto in Asunción, the first meeting after the pandemic. They discussed energy.',
    );
    expect(pairs(draft)).toEqual(['CL energy', 'PY energy']);
  });
});
