import { read, pairs, sides, people } from './reading';

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
      'Ecuador’s Foreign Minister Jorge Salinas is in the United States for meetings. On Monday, Salinas met with Mark Fuller, the US Special Representative for Venezuela. They discussed security.',
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
