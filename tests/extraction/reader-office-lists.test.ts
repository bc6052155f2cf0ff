import { read, people } from './reading';

/** Lists of people each with an office: which office is whose, where two rounds' rules meet. */
describe('offices in a list of names', () => {
  test('“met A, office of X, B, the office of Y, C, office of Z”: each office after its name', () => {
    const drafts = read(
      'Dakar, December 01, 2021 (ENA) State Minister for Economic Diplomacy at the Ministry of Foreign Affairs of Ethiopia, Abebe Kebede held a series of bilateral meetings with foreign ministers of Senegal, Zimbabwe, Côte d’Ivoire, and Cameroon in Dakar. Accordingly, he met Awa Ndiaye Fall, Minister of Foreign Affairs and Senegalese Abroad of the Republic of Senegal, Tendai M. M. MOYO, the Minister of Foreign Affairs and International Trade of the Republic of Zimbabwe, Ali Konan Kouassi, Minister of Foreign Affairs, African Integration and Diaspora of the Republic of Côte d’Ivoire, and NGONO NGONO, Minister of External Relations of the Republic of Cameroon.',
    );
    expect(drafts.map((d) => people(d)[1])).toEqual([
      'Awa Ndiaye Fall/SN',
      'Tendai M. M. MOYO/ZW',
      'Ali Konan Kouassi/CI',
      'NGONO NGONO/CM',
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
