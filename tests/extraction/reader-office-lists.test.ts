import { read, people } from './reading';

/** Lists of people each with an office: which office is whose, where two rounds' rules meet. */
describe('offices in a list of names', () => {
  test('“met A, office of X, B, the office of Y, C, office of Z”: each office after its name', () => {
    const drafts = read(
      'Accra, March 03, 2022 (GNA) State Minister for Trade Diplomacy at the Ministry of Foreign Affairs of Ghana, Kwame Mensah held a series of bilateral meetings with foreign ministers of Mali, Zambia, Benin and Gabon in Accra. Accordingly, he met Fatou Traore, Minister of Foreign Affairs and Malians Abroad of the Republic of Mali, Joseph M. K. BANDA, the Minister of Foreign Affairs and International Cooperation of the Republic of Zambia, Pierre Hounsou, Minister of Foreign Affairs, Regional Integration and Diaspora of the Republic of Benin, and NDONG NDONG, Minister of External Relations of the Republic of Gabon.',
    );
    expect(drafts.map((d) => people(d)[1])).toEqual([
      'Fatou Traore/ML',
      'Joseph M. K. BANDA/ZM',
      'Pierre Hounsou/BJ',
      'NDONG NDONG/GA',
    ]);
  });

  test('“called on office A, office B and office C”: each office before its name, one call each', () => {
    const drafts = read(
      'Indian Foreign Secretary Arun Mehta paid an official visit to Nepal on August 11. He met Nepal Foreign Minister Gita Shah. He then called on Deputy Prime Minister and Minister for Physical Planning Ram Bahadur Karki, Deputy Prime Minister and Minister for Finance Hari Prasad Thapa, Minister for Home Affairs Mohan Rai and Minister for Foreign Affairs Gita Shah.',
      '2024-08-13',
    );
    expect(drafts.map((d) => people(d)[1])).toEqual([
      'Gita Shah/NP',
      'Ram Bahadur Karki/NP',
      'Hari Prasad Thapa/NP',
      'Mohan Rai/NP',
    ]);
  });
});
