import { read, people, dates } from './reading';

/**
 * Rules found on an eighteenth fresh set of real reports (branch i22t: Russia, China, Central and
 * South Asia, Mongolia; agencies' and ministries' readouts), by class, each on short reports
 * written for these tests: places and offices are real, the people invented.
 */

describe('text wrapped by hand', () => {
  const wrappedText =
    'ASTANA, Kazakhstan, March 5. Kazakhstan\nand Norway discussed cooperation.\nThe talks took place during a meeting between the ambassador of\nKazakhstan Daulet Serikov and the Director for Eastern Europe at the Norwegian Foreign Ministry Ingrid\nHaugen on March 4.\nThe sides discussed energy and trade.\n';

  test('a name broken across two lines is one person, and the sentence keeps its date', () => {
    const [draft] = read(wrappedText, '2024-03-05');
    expect(people(draft)).toEqual(['Daulet Serikov/KZ', 'Ingrid Haugen/NO']);
    expect(dates(wrappedText, '2024-03-05')).toEqual(['2024-03-04']);
  });

  test('the evidence still quotes the report with its line breaks', () => {
    const [draft] = read(wrappedText, '2024-03-05');
    for (const quote of draft.participants.flatMap((p) => p.evidence))
      expect(wrappedText.slice(quote.start, quote.end)).toBe(quote.text);
  });
});
