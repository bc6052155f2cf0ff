import { read, sides, people, dates, pairs } from './reading';

/**
 * Rules found on a sixth fresh set of real reports (branch i22j: South, South-East and East Asia),
 * by class, each on short reports written for these tests: places and offices are real, the
 * people invented.
 */

describe('dates', () => {
  test('“told reporters on Thursday that he had met X on Tuesday”: the day of the meeting', () => {
    expect(
      dates(
        'Malaysian Foreign Minister Ahmad Zaki told reporters on Thursday that he had met Japanese Foreign Minister Kenji Sato on Tuesday.',
        '2024-06-07',
      ),
    ).toEqual(['2024-06-04']);
  });

  test('“on the morning of March 20”: the part of the day does not hide the date', () => {
    expect(
      dates(
        'Malaysian Foreign Minister Ahmad Zaki met Japanese Foreign Minister Kenji Sato on the morning of March 20.',
        '2022-03-21',
      ),
    ).toEqual(['2022-03-20']);
  });

  test('“X met A. Earlier in the day, X met B on Monday”: A’s meeting was that day too', () => {
    expect(
      dates(
        'Indian Foreign Secretary Arun Mehta met Nepal Foreign Minister Gita Shah and discussed trade. Earlier in the day, Mehta also met his counterpart Hari Thapa on Monday.',
        '2024-08-12',
      ),
    ).toEqual(['2024-08-12', '2024-08-12']);
  });

  test('a press release “dated” a day does not date the meeting', () => {
    expect(
      dates(
        'Malaysian Foreign Minister Ahmad Zaki met Japanese Foreign Minister Kenji Sato on 17 May. A press release dated 18 May 2021 said so.',
      ),
    ).toEqual([null]);
  });

  test('“X had visited Y on Monday”: an earlier event’s day does not date undated talks', () => {
    expect(
      dates(
        'Japanese Foreign Minister Kenji Sato and Malaysian Foreign Minister Ahmad Zaki held talks. Sato had visited Malaysia on Monday.',
        '2024-06-07',
      ),
    ).toEqual([null]);
  });
});

describe('named participants', () => {
  test('“met with Eng. Salim …”: the full stop of a form of address ends no phrase', () => {
    const [draft] = read(
      'Nepal’s Foreign Minister Sita Gurung held meetings in Oman. She met with Eng. Salim bin Nasser Al Harthy, Oman’s Minister of Energy and Minerals, to discuss energy.',
    );
    expect(people(draft)).toEqual(['Sita Gurung/NP', 'Salim bin Nasser Al Harthy/OM']);
  });

  test('“B.Batbold”: an initial written onto the name is part of it', () => {
    const [draft] = read(
      'On May 4, Minister of Foreign Affairs of Mongolia B.Batbold received the Ambassador of Japan to Mongolia Kenji Sato. They discussed trade.',
    );
    expect(people(draft)).toEqual(['B.Batbold/MN', 'Kenji Sato/JP']);
  });

  test('“H.E.” and Cambodian forms of address stand before the name, not in it', () => {
    const [draft] = read(
      'Samdech Techo Sok Vanna, Prime Minister of Cambodia, and H.E. Somphone Keo, Prime Minister of Laos, held a bilateral meeting. They discussed trade.',
    );
    expect(people(draft)).toEqual(['Sok Vanna/KH', 'Somphone Keo/LA']);
  });

  test('“Energy Minister from Bhutan, X”: the country after “from” is the office’s', () => {
    const [draft] = read(
      'Minister for Forest and Environment Ram Bahadur Karki and visiting Energy Minister from Bhutan, Dorji Wangdi, held a meeting on Tuesday. They discussed ties between Nepal and Bhutan.',
    );
    expect(people(draft)).toContain('Dorji Wangdi/BT');
    expect(sides(draft)).toEqual(['BT', 'NP']);
  });

  test('“Minister for Urban Development A”: the portfolio is not part of the name', () => {
    const [draft] = read(
      'Indian Foreign Secretary Arun Mehta paid an official visit to Nepal. He called on Deputy Prime Minister and Minister for Urban Development Ram Bahadur Karki.',
    );
    expect(people(draft)).toEqual(['Arun Mehta/IN', 'Ram Bahadur Karki/NP']);
  });

  test('“Minister of Heritage and Tourism”: one unknown word after “of” is a portfolio', () => {
    const [draft] = read(
      'Nepal’s Foreign Minister Sita Gurung met Oman’s Minister of Heritage and Tourism in Muscat. They discussed tourism.',
    );
    expect(people(draft)).toEqual(['Sita Gurung/NP']);
  });

  test('“conveyed greetings of Foreign Minister X”: the sender is not at the meeting', () => {
    const [draft] = read(
      'Mongolian Foreign Minister B.Batbold met the Chinese delegation headed by Li Wen, Director-General of the Foreign Ministry. Li Wen conveyed greetings of Chinese Foreign Minister Zhao Ming.',
    );
    expect(people(draft)).toEqual(['B.Batbold/MN', 'Li Wen/CN']);
  });

  test('“nine other Maldivian ministers, including A and B”: each listed is of that side', () => {
    const [draft] = read(
      'During a joint ministerial meeting with nine other Maldivian ministers, including Defence Minister Aisha Nasir and Finance Minister Ibrahim Latheef, Indian External Affairs Minister Arun Mehta discussed defence and health.',
    );
    expect(people(draft)).toEqual(
      expect.arrayContaining(['Aisha Nasir/MV', 'Ibrahim Latheef/MV', 'Arun Mehta/IN']),
    );
  });

  test('the Maldivian side: “Maldivian President X” and a capital written without its accent', () => {
    const [draft] = read(
      'Indian External Affairs Minister Arun Mehta paid a courtesy call on Maldivian President Ahmed Nasir in Male on Monday.',
      '2016-04-12',
    );
    expect(people(draft)).toEqual(['Arun Mehta/IN', 'Ahmed Nasir/MV']);
    expect(draft.city).toBe('Male');
    expect(draft.date?.date).toBe('2016-04-11');
  });
});

describe('Chinese names and bodies', () => {
  test('“Vice Premier He Lifeng … He, also a member of the Political Bureau …, said”', () => {
    const [draft] = read(
      'Chinese Vice Premier He Jianguo on Monday called for closer cooperation with Laos when meeting with Lao Minister of Industry and Commerce Somsak Vong.\n\nHe, also a member of the Political Bureau of the Communist Party of China Central Committee, said that the two sides should expand cooperation on trade and investment.',
      '2024-10-01',
    );
    expect(people(draft)).toEqual(['He Jianguo/CN', 'Somsak Vong/LA']);
    expect(pairs(draft)).toEqual(['CN investment', 'CN trade-economy']);
  });
});

describe('meetings', () => {
  test('“Earlier, X also met Y”: a meeting of the same visit, undated', () => {
    const drafts = read(
      'Malaysian Foreign Minister Ahmad Zaki met British Foreign Secretary John Hale on Friday. Earlier, Ahmad also met his counterpart Marie Roy from Canada.',
      '2024-07-26',
    );
    expect(drafts.map(sides)).toEqual([
      ['GB', 'MY'],
      ['CA', 'MY'],
    ]);
    expect(drafts.map((d) => d.date?.date ?? null)).toEqual(['2024-07-26', null]);
  });

  test('“Earlier, X also held bilateral meetings with A; B; C”: one meeting each, the list split by semicolons', () => {
    const drafts = read(
      'Prime Minister Ahmad Zaki of Malaysia and his Australian counterpart John Hale discussed trade at a bilateral meeting in Jakarta yesterday. Earlier, Ahmad also held bilateral meetings with South Korean President Kim Min-su; Canadian Prime Minister Marie Roy; Japanese Prime Minister Kenji Sato.',
      '2023-09-07',
    );
    expect(drafts.map((d) => people(d)[1])).toEqual([
      'John Hale/AU',
      'Kim Min-su/KR',
      'Marie Roy/CA',
      'Kenji Sato/JP',
    ]);
  });

  test('“Earlier, the two had met in Paris in 2019”: a recalled meeting gives no meeting, no city', () => {
    const drafts = read(
      'Malaysian Foreign Minister Ahmad Zaki met British Foreign Secretary John Hale on Friday. Earlier, the two ministers had met in Paris in 2019.',
      '2024-07-26',
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0].city).toBeUndefined();
  });

  test('“paid a courtesy visit to Prime Minister X”: a meeting with X', () => {
    const [draft] = read(
      'Vietnamese Foreign Minister Tran Van Long paid a courtesy visit to Thai Prime Minister Somchai Boonmee, who agreed to boost trade.',
    );
    expect(people(draft)).toEqual(['Tran Van Long/VN', 'Somchai Boonmee/TH']);
  });

  test('“affirmed … while receiving Ambassador X in Phnom Penh”: a reception, with its city', () => {
    const [draft] = read(
      'Cambodian Prime Minister Samdech Thipadei Sok Vanna affirmed close ties while receiving Vietnamese Ambassador Tran Van Long in Phnom Penh on October 11.',
      '2023-10-11',
    );
    expect(people(draft)).toEqual(['Sok Vanna/KH', 'Tran Van Long/VN']);
    expect(draft.participants[0].title).toBe('Cambodian Prime Minister');
    expect(draft.city).toBe('Phnom Penh');
  });

  test('“called on A, B and C”: one call on each office not met before', () => {
    const drafts = read(
      'Indian Foreign Secretary Arun Mehta paid an official visit to Nepal. He met Nepal Foreign Minister Gita Shah. He also called on Deputy Prime Minister Ram Karki, Minister for Finance Hari Thapa and Minister for Foreign Affairs Gita Shah.',
    );
    // the one met before is not met again
    expect(drafts.map((d) => people(d)[1])).toEqual([
      'Gita Shah/NP',
      'Ram Karki/NP',
      'Hari Thapa/NP',
    ]);
  });

  test('“called on the President X and the Prime Minister Y on Sunday”: two calls, both dated', () => {
    expect(
      dates(
        'Indian Foreign Secretary Arun Mehta called on Nepal President Ram Karki and Prime Minister of Nepal, Hari Thapa on Sunday.',
        '2024-08-12',
      ),
    ).toEqual(['2024-08-11', '2024-08-11']);
  });
});
