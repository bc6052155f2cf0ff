import { read, pairs, sides, people } from './reading';

/**
 * Rules found on a second fresh set of real reports (branch i22f), by class, each on short
 * reports written for these tests: the places and offices are real, the people invented.
 */

describe('organizations that are no topic', () => {
  test('an organization as a building, an office or a membership is not multilateral', () => {
    const [draft] = read(
      'Foreign Minister Ana Lopes of Portugal met her Chilean counterpart Diego Rojas at the UN headquarters in New York. Rojas, the former President of CARICOM, spoke about developments in ECOWAS member states. The two ministers discussed trade.',
    );
    expect(pairs(draft)).toEqual(['CL trade-economy', 'PT trade-economy']);
  });

  test('an organization named as a topic of the talks is still multilateral', () => {
    const [draft] = read(
      'Foreign Minister Ana Lopes of Portugal met her Chilean counterpart Diego Rojas in Lisbon. The two ministers discussed cooperation within the UN.',
    );
    expect(pairs(draft)).toEqual(['CL multilateral', 'PT multilateral']);
  });

  test('“the unfavourable international environment” is conditions, not nature', () => {
    const [draft] = read(
      'Foreign Minister Ana Lopes of Portugal met her Chilean counterpart Diego Rojas in Lisbon. The two ministers discussed trade amid the unfavorable international environment.',
    );
    expect(pairs(draft)).toEqual(['CL trade-economy', 'PT trade-economy']);
  });
});

describe('country names and personal names', () => {
  test('“PNG” is Papua New Guinea and “Pacific Island leaders” names no Iceland', () => {
    const [draft] = read(
      'PNG Foreign Minister Peter Kora met Vanuatu Prime Minister Jean Tari in Port Vila. Kora invited all Pacific Island leaders to a summit.',
    );
    expect(sides(draft)).toEqual(['PG', 'VU']);
  });

  test('a title word before “bin” is the given name: “Shaikh Sultan bin Khalid Al Amri”', () => {
    const [draft] = read(
      'Oil Minister, Shaikh Hamad bin Salman Al Harbi, today received the UAE Ambassador to Bahrain, Shaikh Sultan bin Khalid Al Amri, in Manama.',
      '2021-08-08',
    );
    expect(people(draft)).toEqual(['Hamad bin Salman Al Harbi/BH', 'Sultan bin Khalid Al Amri/AE']);
  });

  test('“H E” inside an office run is a form of address, not part of the name', () => {
    const [draft] = read(
      'Qatar’s Minister of State Ali Al Kuwari met High Representative of the EU for Foreign Affairs and Security Policy H E Marco Bianchi in Doha.',
    );
    expect(people(draft)).toEqual(['Ali Al Kuwari/QA', 'Marco Bianchi/EU']);
  });
});
