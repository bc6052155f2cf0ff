import { read, sides, dates } from './reading';

/**
 * Rules found on a seventeenth fresh set of real reports (branch i22s: Latin America, the
 * Caribbean, North and West Africa; tours and days of bilaterals), by class, each on short
 * reports written for these tests: places and offices are real, the people invented.
 */

const met = (text: string, publishedAt?: string) =>
  read(text, publishedAt).map((d) => `${sides(d).join('+')} ${d.date?.date ?? '-'}`);

describe('meeting dates', () => {
  test('a day told once for a group met (“received five new ambassadors on Thursday”) dates each', () => {
    expect(
      met(
        'Kenyan Foreign Minister Amina Wekesa, on Thursday, 4th April 2024, received five newly accredited ambassadors in Nairobi.\nIn her meeting with the Ambassador of Norway, Lars Haugen, the minister discussed trade.\nIn discussions with the Ambassador of Chile, Pablo Reyes, she raised mining.',
      ),
    ).toEqual(['KE+NO 2024-04-04', 'CL+KE 2024-04-04']);
    expect(
      dates(
        'Ghanaian President Kofi Mensah met world leaders on Friday on the sidelines of the African Union summit in Addis Ababa. With Prime Minister Ana Souza of Portugal he discussed energy. He also met President Lars Berg of Finland, with whom he discussed education.',
        '2024-02-17',
      ),
    ).toEqual(['2024-02-16', '2024-02-16']);
  });

  test('“On the sidelines of the summit, X also met Y”: the day an earlier sentence gave the summit', () => {
    expect(
      met(
        'Nigerian Foreign Minister Bola Adeyemi attended the opening of the ECOWAS summit in Abuja on Sunday. She met Senegalese Foreign Minister Awa Diallo before the opening. They discussed trade.\n\nOn the sidelines of the summit, Adeyemi also held talks with Foreign Minister Kofi Boateng of Ghana. They discussed energy.',
        '2024-03-12',
      ),
    ).toEqual(['NG+SN 2024-03-10', 'GH+NG 2024-03-10']);
  });
});

describe('meeting sides', () => {
  test("“Guinea Bissau” and “Cote D'Ivoire” without hyphen or accent are their countries", () => {
    expect(
      read(
        'Senegalese Foreign Minister Awa Diallo met President Joao Mendes of Guinea Bissau in Dakar on Monday. They discussed fisheries.',
        '2024-03-12',
      ).map(sides),
    ).toEqual([['GW', 'SN']]);
    expect(
      read(
        "Ghanaian Foreign Minister Kofi Boateng held talks in Abidjan with the Foreign Minister of Cote D'Ivoire, Yao Kouame. They discussed cocoa.",
      ).map(sides),
    ).toEqual([['CI', 'GH']]);
  });
});
