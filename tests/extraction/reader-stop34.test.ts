import { people, read } from './reading';

/**
 * Rules made while merging the stop-34 branches, each on short reports written for these tests:
 * places and offices are real, the people invented.
 */

describe('a stop still ahead', () => {
  test('“met B in Brussels before flying on to Vienna, where he will hold talks with C”: the sentence still tells B’s meeting, whose minister a later “he” is', () => {
    const [draft] = read(
      'Chilean Foreign Minister Tomas Errazuriz on Tuesday held talks with Belgian officials in Brussels before flying on to Vienna, where he will hold talks with his Austrian colleague Lena Gruber.\n\nThe tour began on Monday in Lisbon. On Tuesday he met with Belgium’s Foreign Trade Minister Pieter Claes, with whom he discussed trade.\n\nErrazuriz also met with Marc Lambert, an adviser to the Belgian Prime Minister.',
      '2024-03-06',
    );
    expect(people(draft)).toContain('Tomas Errazuriz/CL');
  });
});
