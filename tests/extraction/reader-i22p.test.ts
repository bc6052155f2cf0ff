import { read, pairs, sides, people } from './reading';

/**
 * Rules found on a thirteenth fresh set of real reports (branch i22p: East and South-East Asia
 * and Oceania, a third with several meetings), by class, each on short reports written for these
 * tests: places and offices are real, the people invented.
 */

describe('sector words that raise nothing at this meeting', () => {
  test('COVID-19 as the circumstance (“despite”, “amid”, “in the midst of”) is no health', () => {
    const [draft] = read(
      'South Korean Vice Minister Lee Dong-ha met Myanmar Foreign Minister Aung Min in Yangon on Monday. They agreed to widen trade despite COVID-19. Aung Min pledged support for Korean firms in the midst of COVID-19.',
      '2024-03-06',
    );
    expect(pairs(draft)).toEqual(['KR trade-economy', 'MM trade-economy']);
  });

  test('“livestock health” is farming, not health', () => {
    const [draft] = read(
      'Mongolian Minister Bat Erdene met Russian Minister Oleg Vasin in Moscow on Monday. Bat Erdene discussed imports of fodder to improve livestock health.',
      '2024-03-06',
    );
    expect(pairs(draft)).toEqual(['MN agriculture', 'MN trade-economy']);
  });

  test('“socio-economic development” is development, which no sector takes', () => {
    const [draft] = read(
      'Papua New Guinea Foreign Minister Peter Kama met Solomon Islands Foreign Minister John Tovua in Honiara on Monday. Kama backed socio-economic development in both nations and proposed closer cooperation in education.',
      '2024-03-06',
    );
    expect(pairs(draft)).toEqual(['PG education']);
  });

  test('what subcommissions are “in charge of” is their remit, not the talks’ topics', () => {
    const [draft] = read(
      'Mongolian Foreign Minister Bat Erdene met Russian Minister Oleg Vasin in Moscow on Monday. The two ministers agreed to hold sessions of subcommissions in charge of affairs regarding agriculture and energy by October. They also discussed tourism.',
      '2024-03-06',
    );
    expect(pairs(draft)).toEqual(['MN tourism', 'RU tourism']);
    const [other] = read(
      'Mongolian Minister Bat Erdene met Russian Minister Oleg Vasin in Moscow on Monday. The ministry responsible for trade and investment agreed to boost energy cooperation.',
      '2024-03-06',
    );
    expect(pairs(other)).toEqual(['MN energy', 'RU energy']);
  });

  test('“clashes between Myanmar’s military and protesters” at talks between two others is a war narrative', () => {
    const [draft] = read(
      'South Korean Foreign Minister Kim Sung-ho spoke by phone with his Bruneian counterpart, Haji Rahman, on Thursday to discuss economic cooperation. The ministers voiced concern over clashes between Myanmar’s military and protesters.',
      '2024-03-07',
    );
    expect(pairs(draft)).toEqual(['BN trade-economy', 'KR trade-economy']);
  });

  test('a “Conference on Health Security” is a name: its sector words are not topics', () => {
    const [draft] = read(
      'Vice Minister Lee Dong-ha met Mongolian Vice Minister Bold Bayar in Seoul on Monday. Lee noted Mongolia’s part in a forum known as the Northeast Asia Conference on Health Security. They also discussed trade.',
      '2024-03-06',
    );
    expect(pairs(draft)).toEqual(['KR trade-economy', 'MN trade-economy']);
  });

  test('acknowledging ongoing cooperation is praise; acknowledging a new offer is raised', () => {
    const [draft] = read(
      'Foreign Minister John Tovua held talks with the Deputy Prime Minister of Papua New Guinea, Peter Kama, on Wednesday in Honiara. Tovua also acknowledges the ongoing cooperation in areas such as trade, customs and police cooperation. Tovua acknowledged the offer and commitment of Papua New Guinea to provide scholarships for education.',
      '2024-03-06',
    );
    expect(pairs(draft)).toEqual(['SB education']);
    const [need] = read(
      'Malaysian Minister Ali Hassan met Thai Minister Somchai Dee in Bangkok on Monday. Ali acknowledged the need for support in energy.',
      '2024-03-06',
    );
    expect(pairs(need)).toEqual(['MY energy']);
  });
});

describe('names and offices', () => {
  test('“the heads of the Vietnamese and Cambodian armed forces met”: an office, not a topic', () => {
    const [draft] = read(
      'Vietnamese Defence Minister Tran Van Long met Cambodian Defence Minister Sok Vanna in Phnom Penh on Friday, while the heads of the Vietnamese and Cambodian armed forces held talks. Sok Vanna proposed cooperation in education.',
      '2024-03-09',
    );
    expect(pairs(draft)).toEqual(['KH education']);
  });

  test('a framework named in “under the frameworks of …” is a name, not a topic', () => {
    const [draft] = read(
      'Chinese Vice Minister of Commerce Li Wei met New Zealand official Anna Brooke in Beijing on Monday. Li said China will cooperate with New Zealand under the frameworks of APEC and the Digital Economy Partnership Agreement.',
      '2024-03-06',
    );
    expect(pairs(draft)).toEqual(['CN multilateral']);
  });
});

describe('meetings', () => {
  test('“to co-chair with B a meeting with their counterparts from four other nations” is no meeting with each', () => {
    const drafts = read(
      'South Korean Foreign Minister Kim Sung-ho held talks with Cambodian Foreign Minister Sok Vanna in Seoul on Wednesday. Sok Vanna was in Seoul for the talks and to co-chair with Kim an online meeting with their counterparts from five other nations: Laos, Myanmar, Vietnam, Brunei and Thailand. They discussed trade.',
      '2024-03-06',
    );
    expect(drafts.map(sides)).toEqual([['KH', 'KR']]);
  });

  test('“X told his visiting Russian counterpart Y that …” is a meeting with Y', () => {
    const drafts = read(
      'Deputy Prime Minister Tran Van Long told his visiting Russian counterpart Ivan Sokolov that Vietnam treasures its ties with Russia. During their meeting in Hanoi, both sides agreed to promote trade. In a separate reception of Korean Vice Minister Park Min-jae, Long stressed investment.',
    );
    expect(drafts.map(sides)).toEqual([
      ['RU', 'VN'],
      ['KR', 'VN'],
    ]);
    expect(people(drafts[0])).toEqual(['Tran Van Long/VN', 'Ivan Sokolov/RU']);
    expect(pairs(drafts[0])).toEqual(['RU trade-economy', 'VN trade-economy']);
    expect(pairs(drafts[1])).toEqual(['VN investment']);
  });

  test('“The meeting between the two officials came amid reports of a visit led by X”: X met no one', () => {
    const drafts = read(
      'Vice Minister of Commerce Li Wei met in Beijing on Monday with Anna Brooke, deputy secretary of the Ministry of Foreign Affairs and Trade of New Zealand. The meeting between the two trade officials took place amid reports of a July trip to China by a group led by New Zealand Prime Minister Tom Hale. Li called for more investment.',
      '2024-03-06',
    );
    expect(drafts.map(sides)).toEqual([['CN', 'NZ']]);
    expect(pairs(drafts[0])).toEqual(['CN investment']);
  });

  test('“told visiting journalist A” is no meeting', () => {
    const drafts = read(
      'Vietnamese Foreign Minister Tran Van Long met Cambodian Foreign Minister Sok Vanna in Hanoi on Monday. They discussed trade. Long later told visiting Japanese journalist Sato Ken that Vietnam wants more tourism.',
      '2024-03-06',
    );
    expect(drafts.map(sides)).toEqual([['KH', 'VN']]);
  });
});

describe('meetings of one visit', () => {
  test('the visit told after a later meeting (“X’s visit began in Nelson”) goes with the main one', () => {
    const drafts = read(
      'New Zealand Prime Minister Sarah Moore told visiting Chinese Vice Premier Liu Qiang that New Zealand wants a free trade agreement. Liu also met New Zealand Opposition leader Mark Ross on Tuesday. Liu’s four-day visit to New Zealand began in Nelson on Sunday. He held talks with local leaders there and gave a speech on investment chances for both nations.',
      '2024-03-06',
    );
    expect(drafts.map(sides)).toEqual([
      ['CN', 'NZ'],
      ['CN', 'NZ'],
    ]);
    expect(pairs(drafts[0])).toEqual(['CN investment', 'NZ trade-economy']);
    expect(pairs(drafts[1])).toEqual([]);
  });
});

describe('people and their words', () => {
  test('“The host and guest stressed …”: both sides', () => {
    const [draft] = read(
      'Vietnamese Deputy Prime Minister Tran Van Long received Cambodian Ambassador Sok Vanna in Hanoi on Monday. Long said Vietnam values the ties. The host and guest stressed the importance of trade.',
      '2024-03-06',
    );
    expect(pairs(draft)).toEqual(['KH trade-economy', 'VN trade-economy']);
  });

  test('the commas of a portfolio (“Minister of Land, Infrastructure and Transport, A,”) stay in the opening phrase', () => {
    const drafts = read(
      'Vietnamese Deputy Prime Minister Tran Van Long met Russian Deputy Prime Minister Ivan Sokolov in Hanoi on Monday. They agreed to expand trade. In a separate reception of Japanese Vice Minister of Land, Infrastructure and Transport, Sato Ken, Long reiterated a policy to encourage investment in Vietnam.',
      '2024-03-06',
    );
    expect(drafts.map(sides)).toEqual([
      ['RU', 'VN'],
      ['JP', 'VN'],
    ]);
    expect(pairs(drafts[1])).toEqual(['VN investment']);
  });

  test('“Minister of Mining and Heavy Industry D. A”: the portfolio is no part of the name, and A speaks after “D.”', () => {
    const [draft] = read(
      'Mongolia’s Minister of Mining and Heavy Industry D. Batbold met British Minister of State Tom Hale in Ulaanbaatar on Monday. At the meeting, D. Batbold emphasized, “We are satisfied with cooperation in education.”',
      '2024-03-06',
    );
    expect(people(draft)).toEqual(['D. Batbold/MN', 'Tom Hale/GB']);
    expect(pairs(draft)).toEqual(['MN education']);
  });

  test('“Ts.Munkh-Erdene”: a two-letter Mongolian initial written onto the name', () => {
    const [draft] = read(
      'Mongolian Foreign Minister Ts.Munkh-Erdene met with Russian Minister of Natural Resources Oleg Vasin on Monday. They discussed trade.',
      '2024-03-06',
    );
    expect(people(draft)).toEqual(['Ts.Munkh-Erdene/MN', 'Oleg Vasin/RU']);
  });
});

describe('page furniture', () => {
  test('a headline run into its photo (“… - ảnh 1”, “hinh anh 1”) is a caption', () => {
    const [draft] = read(
      'Vietnam boosts investment ties with Chile hinh anh 1Deputy Prime Minister Tran Van Long receives the Ambassador of Chile (Source: VNA)\n\nDeputy Prime Minister Tran Van Long received Chilean Ambassador Pedro Soto in Hanoi on May 9. Soto said Chile wants more trade with Vietnam.',
    );
    expect(pairs(draft)).toEqual(['CL trade-economy']);
  });
});
