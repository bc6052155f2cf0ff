import { read, people } from './reading';

/** Where two rounds' rules meet (stop 32): a visit to a place whose purpose is a meeting. */
describe('a visit to a place, to meet someone there', () => {
  test('“visited <city> to co-chair the dialogue together with the minister, A”: the visit meets A', () => {
    const drafts = read(
      'European Commissioner for Trade Anna Berg visited Tallinn to co-chair the yearly Trade Forum between the EU and Estonia together with the Minister of Economy, Priit Tamm.',
    );
    expect(drafts.map(people)).toEqual([['Anna Berg/EU', 'Priit Tamm/EE']]);
  });

  test('“visited <city>, <country>, to co-chair … with the minister, A”: the comma ends no phrase', () => {
    const drafts = read(
      'European Commissioner for Trade Anna Berg visited Tallinn, Estonia, to co-chair the yearly Trade Forum with the Minister of Economy, Priit Tamm.',
    );
    expect(drafts.map(people)).toEqual([['Anna Berg/EU', 'Priit Tamm/EE']]);
  });
});
